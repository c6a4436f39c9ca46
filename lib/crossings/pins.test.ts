import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CROSSING_SLUG } from "@/lib/baseline/schema";
import { changePins, MAX_PINS, parsePins, PIN_SLUG, serializePins, splitPinned } from "./pins";

describe("the pins cookie", () => {
  it("reads slugs in the order pinned, each once", () => {
    expect(parsePins("torugart.irkeshtam.korday-ak-zhol")).toEqual(["torugart", "irkeshtam", "korday-ak-zhol"]);
    expect(parsePins("irkeshtam.irkeshtam")).toEqual(["irkeshtam"]);
    expect(parsePins("torugart.irkeshtam.torugart")).toEqual(["torugart", "irkeshtam"]);
    expect(parsePins(serializePins(["a-b", "c"]))).toEqual(["a-b", "c"]);
  });

  it("ignores a missing, malformed or hostile value whole, never throwing", () => {
    for (const value of [
      undefined,
      null,
      "",
      ".",
      "irkeshtam.",
      ".irkeshtam",
      "irkeshtam..torugart",
      "Irkeshtam",
      "irkeshtam,torugart",
      "irkeshtam torugart",
      "irkeshtam.<script>alert(1)</script>",
      "irkeshtam.-torugart",
      "irkeshtam.torugart-",
      "__proto__",
      "a".repeat(81),
      "x".repeat(100_000),
      Array.from({ length: MAX_PINS + 1 }, (_, i) => `c${i}`).join("."),
    ]) {
      expect(parsePins(value), String(value).slice(0, 40)).toEqual([]);
    }
    expect(parsePins(Array.from({ length: MAX_PINS }, (_, i) => `c${i}`).join("."))).toHaveLength(MAX_PINS);
  });

  it("never throws and only ever yields slug-shaped, distinct, bounded lists (any string)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (value) => {
        const pins = parsePins(value);
        expect(pins.length).toBeLessThanOrEqual(MAX_PINS);
        expect(new Set(pins).size).toBe(pins.length);
        for (const pin of pins) expect(CROSSING_SLUG.test(pin) && pin.length <= 80).toBe(true);
      }),
    );
  });

  it("takes crossing slugs by the same rule as the baseline schema", () => {
    expect(PIN_SLUG.source).toBe(CROSSING_SLUG.source);
  });
});

describe("pinning and unpinning", () => {
  it("adds at the end, removes wherever it is, and changes nothing twice", () => {
    expect(changePins([], "irkeshtam", true)).toEqual({ kind: "ok", pins: ["irkeshtam"] });
    expect(changePins(["torugart"], "irkeshtam", true)).toEqual({ kind: "ok", pins: ["torugart", "irkeshtam"] });
    expect(changePins(["torugart", "irkeshtam"], "irkeshtam", true)).toEqual({ kind: "ok", pins: ["torugart", "irkeshtam"] });
    expect(changePins(["torugart", "irkeshtam"], "torugart", false)).toEqual({ kind: "ok", pins: ["irkeshtam"] });
    expect(changePins(["irkeshtam"], "torugart", false)).toEqual({ kind: "ok", pins: ["irkeshtam"] });
  });

  it("refuses a pin past the limit rather than dropping one silently, and still unpins", () => {
    const full = Array.from({ length: MAX_PINS }, (_, i) => `c${i}`);
    expect(changePins(full, "irkeshtam", true)).toEqual({ kind: "full" });
    expect(changePins(full, "c3", true)).toEqual({ kind: "ok", pins: full });
    expect(changePins(full, "c3", false)).toEqual({ kind: "ok", pins: full.filter((pin) => pin !== "c3") });
  });

  it("puts pinned rows first, keeping each part's own order", () => {
    const rows = ["a", "b", "c", "d"].map((slug) => ({ slug }));
    const { pinned, rest } = splitPinned(rows, ["d", "b", "unknown"]);
    expect(pinned.map((row) => row.slug)).toEqual(["b", "d"]);
    expect(rest.map((row) => row.slug)).toEqual(["a", "c"]);
  });
});
