/** scripts/data-counts.ts, the counts docs/data.md quotes: its totals add up. */
import { describe, expect, it } from "vitest";
import { baselineCrossings } from "@/db/seed/data";
import { HOURS_UNKNOWN } from "@/db/seed/data/build";
import { dataCounts, formatCounts, isPlaceholder } from "@/scripts/data-counts";

describe("data counts", () => {
  const counts = dataCounts();

  it("counts every crossing once by pair and by hours known, every fact once by standing", () => {
    expect(counts.crossings).toBe(baselineCrossings.length);
    expect(counts.byPair.reduce((sum, [, n]) => sum + n, 0)).toBe(counts.crossings);
    expect(counts.hours.both + counts.hours.one + counts.hours.none).toBe(counts.crossings);
    expect(Object.values(counts.factsByStanding).reduce((sum, n) => sum + n, 0)).toBe(counts.facts);
    expect(counts.betterThanDirectory).toBeLessThanOrEqual(counts.facts);
    expect(counts.byPair.map(([pair]) => pair)).toEqual(expect.arrayContaining(["KZ–UZ", "UZ–TJ", "TM–IR", "TJ–AF"]));
  });

  it("prints a table per border pair and the share better than editorial or directory", () => {
    const text = formatCounts(counts);
    expect(text).toContain("| KG–KZ |");
    expect(text).toMatch(/Better than editorial or directory: \d+ of \d+/);
  });

  it("counts as placeholders only values that say no source gives them", () => {
    expect(isPlaceholder("sides.0.hours", [HOURS_UNKNOWN])).toBe(true);
    expect(isPlaceholder("sides.0.hours", ['Mo-Su unknown "hours not published"'])).toBe(true);
    expect(isPlaceholder("sides.0.hours", [HOURS_UNKNOWN, "24/7"])).toBe(false);
    expect(isPlaceholder("sides.1.hours", ['Mo-Su unknown "daytime only (September 2023); hours not given"'])).toBe(false);
    expect(isPlaceholder("sides.1.postName", [{ en: "Tajik post opposite Kyzyl-Bel (name not sourced)" }])).toBe(true);
    expect(isPlaceholder("sides.1.postName", [{ en: "Mingtepa" }])).toBe(false);
    expect(isPlaceholder("operation", ["unknown"])).toBe(false);
    expect(counts.placeholders).toBeGreaterThan(0);
    expect(counts.placeholders).toBeLessThanOrEqual(counts.facts);
  });
});
