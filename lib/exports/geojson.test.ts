import { describe, expect, it } from "vitest";
import { baselineCrossings } from "@/db/seed/data";
import { crossingBaselineSchema } from "@/lib/baseline/schema";
import { summarizeCrossing } from "@/lib/crossings/summary";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { buildCrossingsGeoJson, crossingsGeoJsonSchema } from "@/lib/exports/geojson";

const instant = new Date("2026-07-15T06:00:00Z");
const all = baselineCrossings.map((input) => summarizeCrossing(crossingBaselineSchema.parse(input), instant));
/** Crossings with a sourced location: only they are in the file. */
const summaries = all.filter((summary) => summary.location !== null);

describe("the crossings GeoJSON", () => {
  const collection = buildCrossingsGeoJson(all, instant);

  it("is a FeatureCollection with the licence and attribution as foreign members", () => {
    expect(collection).toMatchObject({
      type: "FeatureCollection",
      license: "CC-BY-4.0",
      attribution: "Crossings contributors; sources listed per crossing at /crossings/{slug}",
      generatedAt: "2026-07-15T06:00:00.000Z",
    });
  });

  it("has exactly one Point feature per crossing with a sourced location", () => {
    expect(summaries.length).toBeGreaterThanOrEqual(30);
    expect(collection.features).toHaveLength(summaries.length);
    expect(new Set(collection.features.map((feature) => feature.properties.slug))).toEqual(new Set(summaries.map((summary) => summary.slug)));
    for (const feature of collection.features) {
      expect(feature.type).toBe("Feature");
      expect(feature.geometry.type).toBe("Point");
      expect(feature.id).toBe(feature.properties.slug);
    }
  });

  it("puts longitude first, in range, at the crossing's location", () => {
    for (const [index, feature] of collection.features.entries()) {
      const [lon, lat] = feature.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
      expect([lon, lat]).toEqual([summaries[index]!.location!.lon, summaries[index]!.location!.lat]);
    }
    // Central Asia: longitude east of 40, latitude north of 30. Swapped axes would fail this.
    const irkeshtam = collection.features.find((feature) => feature.properties.slug === "irkeshtam")!;
    expect(irkeshtam.geometry.coordinates[0]).toBeCloseTo(73.9, 0);
    expect(irkeshtam.geometry.coordinates[1]).toBeCloseTo(39.7, 0);
  });

  it("carries the documented properties, and nothing else", () => {
    const kegen = collection.features.find((feature) => feature.properties.slug === "karkyra-kegen")!;
    expect(Object.keys(kegen.properties).sort()).toEqual(["basis", "countries", "headline", "name", "nameRu", "slug", "state", "url"]);
    expect(kegen.properties).toMatchObject({ name: "Karkyra – Kegen", countries: ["KG", "KZ"], url: "/crossings/karkyra-kegen" });
    expect(["open", "closed", "restricted", "unknown"]).toContain(kegen.properties.state);
  });

  it("survives a JSON round trip and still matches its schema", () => {
    expect(crossingsGeoJsonSchema.parse(JSON.parse(JSON.stringify(collection)))).toEqual(collection);
  });

  it("leaves out a crossing whose location no source gives, rather than placing it anywhere", () => {
    const unlocated = testBaseline({ slug: "no-location" });
    unlocated.sides.forEach((side) => delete side.location);
    const summary = summarizeCrossing(unlocated, instant);
    expect(summary.location).toBeNull();
    const file = buildCrossingsGeoJson([summaries[0]!, summary], instant);
    expect(file.features.map((feature) => feature.id)).toEqual([summaries[0]!.slug]);
    expect(crossingsGeoJsonSchema.parse(file)).toEqual(file);
  });

  it("places a crossing with one sourced post at that post", () => {
    const half = testBaseline({ slug: "one-post" });
    delete half.sides[1].location;
    const [feature] = buildCrossingsGeoJson([summarizeCrossing(half, instant)], instant).features;
    expect(feature!.geometry.coordinates).toEqual([73, 40]);
  });

  it("refuses a location out of range instead of serving it", () => {
    const broken = { ...summaries[0]!, location: { lat: 73.9, lon: 239.7 } };
    expect(() => buildCrossingsGeoJson([broken], instant)).toThrow();
  });
});
