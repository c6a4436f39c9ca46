import { describe, expect, it } from "vitest";
import { baselineCrossings } from "@/db/seed/data";
import { crossingBaselineSchema } from "@/lib/baseline/schema";
import { cityByKey } from "./cities";
import { crossingPlace, distanceKm, roundedKm } from "./distance";
import { distanceFrom, nearParam, parseNear, pointParam, sortByDistance } from "./near";

const baselines = baselineCrossings.map((input) => crossingBaselineSchema.parse(input));

describe("the near= value", () => {
  it("is a known city or a latitude,longitude in range", () => {
    expect(parseNear(undefined)).toEqual({ kind: "none" });
    expect(parseNear("")).toEqual({ kind: "none" });
    const bishkek = parseNear("bishkek");
    expect(bishkek.kind === "city" && bishkek.city.en).toBe("Bishkek");
    expect(parseNear("42.87,74.59")).toEqual({ kind: "point", point: { lat: 42.9, lon: 74.6 } });
    expect(parseNear(" -33.9 , 151.2 ")).toEqual({ kind: "point", point: { lat: -33.9, lon: 151.2 } });
    expect(parseNear("90,180")).toEqual({ kind: "point", point: { lat: 90, lon: 180 } });
  });

  it("is invalid for anything else, never throwing", () => {
    for (const value of [
      "paris",
      "Bishkek",
      "91,0",
      "0,181",
      "-91,0",
      "42.9",
      "42.9,74.6,1",
      "42.9;74.6",
      "1e1,2",
      "NaN,NaN",
      "Infinity,0",
      "42.12345,74.1",
      "toString",
      "__proto__",
      "x".repeat(41),
      ["bishkek"],
      42,
    ]) {
      expect(parseNear(value), JSON.stringify(value)).toEqual({ kind: "invalid" });
    }
  });

  it("keeps no more than 0.1° of a device's point", () => {
    expect(pointParam({ lat: 42.8746, lon: 74.5698 })).toBe("42.9,74.6");
    expect(pointParam({ lat: -0.04, lon: 0.04 })).toBe("0,0");
  });

  it("writes back the value that asks for the same again (the form's select, the stars' return address)", () => {
    for (const value of ["bishkek", "42.9,74.6", "42.87, 74.57"]) expect(parseNear(nearParam(parseNear(value)))).toEqual(parseNear(value));
    expect(nearParam(parseNear("42.87, 74.57"))).toBe("42.9,74.6");
    expect(nearParam(parseNear(""))).toBe("");
    expect(nearParam(parseNear("atlantis"))).toBe("");
  });
});

describe("distances", () => {
  it("are great-circle kilometres", () => {
    // One degree of latitude is 111.2 km on a sphere of 6,371 km.
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.19, 1);
    expect(distanceKm({ lat: 42, lon: 74 }, { lat: 42, lon: 74 })).toBe(0);
    expect(roundedKm(0.2)).toBe(1);
    expect(roundedKm(34.6)).toBe(35);
    expect(roundedKm(123)).toBe(120);
  });

  it("say approximate where the sources give a town's point or an estimate, and exact where they give the post's", () => {
    for (const baseline of baselines) {
      const place = crossingPlace(baseline);
      const notes = baseline.sides.flatMap((side) => side.location?.sources.map((ref) => ref.note ?? "") ?? []);
      expect(place.point === null, baseline.slug).toBe(baseline.sides.every((side) => !side.location));
      if (notes.some((note) => /±\s*\d/.test(note))) expect(place.approximate, baseline.slug).toBe(true);
    }
    // Torugart's Chinese post is placed at the pass (exact), its Kyrgyz one by an editorial estimate (±5 km).
    const torugart = crossingPlace(baselines.find((baseline) => baseline.slug === "torugart")!);
    expect(torugart).toMatchObject({ approximate: true, uncertaintyKm: 5 });
    const exact = baselines.map(crossingPlace).filter((place) => place.point && !place.approximate);
    expect(exact.every((place) => place.uncertaintyKm === 0)).toBe(true);
  });
});

describe("sorting by distance", () => {
  it("puts the nearest placed crossing first and those no source places last, in the order given", () => {
    const bishkek = cityByKey("bishkek")!;
    const sorted = sortByDistance(baselines, bishkek, crossingPlace);
    const placed = baselines.filter((baseline) => crossingPlace(baseline).point);
    // Derived from the data: the placed crossing whose point is nearest to Bishkek.
    const nearest = placed.reduce((best, baseline) => (distanceKm(bishkek, crossingPlace(baseline).point!) < distanceKm(bishkek, crossingPlace(best).point!) ? baseline : best));
    expect(sorted[0]!.slug).toBe(nearest.slug);
    const km = sorted.slice(0, placed.length).map((baseline) => distanceKm(bishkek, crossingPlace(baseline).point!));
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(sorted.slice(placed.length).map((baseline) => baseline.slug)).toEqual(baselines.filter((baseline) => !crossingPlace(baseline).point).map((baseline) => baseline.slug));
    expect(distanceFrom(bishkek, crossingPlace(sorted[0]!))?.km).toBe(roundedKm(distanceKm(bishkek, crossingPlace(sorted[0]!).point!)));
    expect(distanceFrom(bishkek, crossingPlace(sorted.at(-1)!))).toBeNull();
  });

  it("is stable: equal distances keep the order given", () => {
    const rows = [
      { id: "b", point: { lat: 1, lon: 1 } },
      { id: "a", point: { lat: 1, lon: 1 } },
      { id: "none", point: null },
      { id: "near", point: { lat: 0, lon: 0.1 } },
    ];
    const sorted = sortByDistance(rows, { lat: 0, lon: 0 }, (row) => ({ point: row.point, approximate: false, uncertaintyKm: 0 }));
    expect(sorted.map((row) => row.id)).toEqual(["near", "b", "a", "none"]);
  });
});
