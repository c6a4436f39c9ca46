import { describe, expect, it } from "vitest";
import { openingHours } from "@/lib/baseline/schema";
import { OPENING_HOURS_LIMITS, openingHoursProblem } from "@/lib/schedule/opening-hours";
import { validatedSeed } from "@/db/seed/seed";

/** n one-minute ranges a day: "00:00-00:01,00:02-00:03,…". */
function minuteRanges(n: number): string {
  const at = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  return Array.from({ length: n }, (_, i) => `${at(2 * i)}-${at(2 * i + 1)}`).join(",");
}

describe("opening_hours limits", () => {
  it("accepts every seeded value and ordinary posts' hours", () => {
    for (const baseline of validatedSeed().baselines)
      for (const side of baseline.sides) for (const claim of [side.hours, ...side.hours.alternatives]) expect(openingHoursProblem(claim.value)).toBeNull();
    for (const value of ["24/7", "Mo-Fr 09:00-11:00,14:00-18:00; Sa 10:00-14:00", 'Mo-Su unknown "not published"', "Mo-Su 22:00-06:00"])
      expect(openingHours.safeParse(value).success).toBe(true);
    expect(openingHours.safeParse(minuteRanges(OPENING_HOURS_LIMITS.rangesPerDay)).success).toBe(true);
  });

  it("refuses 720 one-minute ranges a day (valid syntax, 82 s of CPU once), fast", () => {
    const value = Array.from({ length: 720 }, (_, i) => `${String(Math.floor((2 * i) / 60)).padStart(2, "0")}:${String((2 * i) % 60).padStart(2, "0")}`)
      .map((start, i) => `${start}-${String(Math.floor((2 * i + 1) / 60)).padStart(2, "0")}:${String((2 * i + 1) % 60).padStart(2, "0")}`)
      .join(",");
    const started = performance.now();
    expect(openingHoursProblem(value)?.kind).toBe("limit");
    expect(performance.now() - started).toBeLessThan(2000);
    expect(openingHoursProblem(minuteRanges(OPENING_HOURS_LIMITS.rangesPerDay + 1))).toMatchObject({ kind: "limit", message: expect.stringContaining("time ranges") });
  });

  it("refuses values beyond the length and rule limits, and says which", () => {
    expect(openingHoursProblem(`Mo-Fr 09:00-18:00; ${"Sa 10:00-11:00; ".repeat(40)}`)).toMatchObject({ kind: "limit" });
    expect(openingHoursProblem(Array.from({ length: 25 }, (_, i) => `Jan ${String(i + 1).padStart(2, "0")} 10:00-11:00`).join("; "))).toMatchObject({
      kind: "limit",
      message: "more than 24 rules",
    });
    expect(openingHoursProblem('Mo-Fr 09:00-18:00 "' + "x".repeat(600) + '"')).toMatchObject({ kind: "limit", message: "longer than 500 characters" });
    expect(openingHoursProblem("Mo-Fr 25:00-26:00")).toMatchObject({ kind: "syntax" });
    const refused = openingHours.safeParse(minuteRanges(40));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/beyond the limits/);
  });
});
