import { describe, expect, it } from "vitest";
import { holidayClosureAt, holidayOnDay, localDay } from "@/lib/holidays/closures";
import {
  holidayCalendar,
  holidaySources,
  holidaysKnown,
  holidaysOn,
  HolidaysUnknownError,
  publicHolidayOn,
  publicHolidaysIn,
  warmPublicHolidays,
} from "@/lib/holidays/public-holidays";
import type { CountryCode } from "@/lib/baseline/schema";

/** Every country of the region, where its holidays come from, and one day that is a holiday there in 2026. */
const region: [CountryCode, "date-holidays" | "sourced" | "unknown", string | null][] = [
  ["KZ", "date-holidays", "2026-03-22"], // Nauryz
  ["UZ", "date-holidays", "2026-03-21"], // Navruz
  ["CN", "date-holidays", "2026-10-01"], // National Day
  ["RU", "date-holidays", "2026-06-12"], // Russia Day
  ["IR", "date-holidays", "2026-03-21"], // Nowruz
  ["KG", "sourced", "2026-08-31"], // Independence Day
  ["TJ", "sourced", "2026-09-09"], // Independence Day
  ["TM", "sourced", "2026-09-27"], // Independence Day
  ["AF", "unknown", null],
];

describe("public holidays of the region's countries", () => {
  it.each(region)("%s: %s", (country, kind, holiday) => {
    expect(holidayCalendar(country).kind).toBe(kind);
    expect(holidaysKnown(country)).toBe(kind !== "unknown");
    if (holiday === null) {
      // Unknown is an answer of its own, never an empty list.
      expect(holidaysOn(country, "2026-01-01")).toEqual({ known: false });
      expect(() => publicHolidayOn(country, "2026-01-01")).toThrow(HolidaysUnknownError);
      expect(() => publicHolidaysIn(country, 2026)).toThrow(HolidaysUnknownError);
      expect(holidaySources(country)).toEqual([]);
      return;
    }
    const on = holidaysOn(country, holiday);
    expect(on.known && on.holiday).toBeTruthy();
    expect(holidaysOn(country, "2026-07-29")).toEqual({ known: true, holiday: null }); // a Wednesday with no holiday in any of them
    expect(publicHolidaysIn(country, 2026).length).toBeGreaterThanOrEqual(8);
    expect(holidaySources(country).length).toBeGreaterThan(0);
  });

  it("counts every day of a holiday date-holidays gives as a period (Russia's New Year holidays, 1–8 January)", () => {
    for (const day of ["01", "02", "03", "04", "05", "06", "07", "08"]) expect(publicHolidayOn("RU", `2026-01-${day}`), day).not.toBeNull();
    expect(publicHolidayOn("RU", "2026-01-09")).toBeNull();
  });

  it("adds the Chinese statutory days date-holidays leaves out (Spring Festival's third day, 2 May from 2025)", () => {
    expect(
      publicHolidaysIn("CN", 2026)
        .filter((day) => day.name === "Spring Festival")
        .map((day) => day.date),
    ).toEqual(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19"]);
    expect(publicHolidayOn("CN", "2026-05-02")).toBe("Labour Day");
    expect(publicHolidayOn("CN", "2024-05-02")).toBeNull();
    expect(holidaySources("CN").map((ref) => ref.source)).toEqual(["date-holidays", "xinhua-cn-holidays-2024"]);
  });

  it("answers for any ISO code: date-holidays where it has the country, unknown where not", () => {
    expect(holidayCalendar("US").kind).toBe("date-holidays");
    expect(publicHolidayOn("US", "2026-07-04")).not.toBeNull();
    expect(holidayCalendar("MN").kind).toBe("unknown");
  });

  it("for a country whose holidays are not known, names no holiday and closes 'maybe' at any time", () => {
    const instant = new Date("2026-07-15T06:00:00Z");
    expect(holidayOnDay("AF", localDay(instant, "Asia/Kabul"))).toBeNull();
    const closure = holidayClosureAt("AF", "Asia/Kabul", { daysBefore: 0, daysAfter: 0, reopensAt: null }, instant.getTime());
    expect(closure).toMatchObject({ holiday: null });
    expect(closure!.start).toBeLessThanOrEqual(instant.getTime());
    expect(closure!.end).toBeGreaterThan(instant.getTime());
  });

  it("warms whole years ahead of need, in one table for every copy of the module in the process, skipping unknown countries", async () => {
    const key = Object.getOwnPropertySymbols(globalThis).find((symbol) => symbol.description?.startsWith("crossings.public-holidays:"))!;
    const table = (globalThis as unknown as Record<symbol, { byYear: Map<string, Map<string, string>> }>)[key]!;
    expect(table.byYear.has("CN-2031")).toBe(false);
    await warmPublicHolidays(["CN", "AF", "KG"], [2031]);
    expect(table.byYear.has("CN-2031")).toBe(true);
    expect(table.byYear.has("KG-2031")).toBe(true);
    expect([...table.byYear.keys()].some((key) => key.startsWith("AF-"))).toBe(false);
    // What was warmed is what a lookup answers.
    expect(publicHolidayOn("CN", "2031-10-01")).toBe(table.byYear.get("CN-2031")!.get("2031-10-01"));
  });
});
