/**
 * "Is it a public holiday in this country on this local date?" for any country code, with
 * three kinds of answer (holidayCalendar):
 * - `date-holidays` where the package has the country (of the region: KZ, UZ, CN, RU, IR; its
 *   data includes the lunar and Solar Hijri feasts), with the days it leaves out added from a
 *   source of their own (CN: dateHolidaysAdditions);
 * - our sourced rule lists where it has none (KG, TJ, TM: lib/holidays/sourced-lists.ts);
 * - "unknown" otherwise (of the region: AF). Unknown is an answer of its own, never an empty
 *   list: publicHolidayOn throws for such a country, and the engine says the holidays are not
 *   known (lib/holidays/closures.ts, lib/status/layers.ts).
 * Holidays only for a group (China's Women's, Youth, Children's and Army days carry a note
 * naming the group) do not close a border post and are left out. A holiday that date-holidays
 * gives as a period (Russia's New Year holidays, 2–6 January: "01-02 P5D") counts on each of
 * its days. Pure: no I/O, cached per country and year.
 */
import Holidays from "date-holidays";
import { contentHash } from "@/lib/content-hash";
import type { CountryCode, SourceRef } from "@/lib/baseline/schema";
import { dateHolidaysAdditions, kyrgyzHolidays, tajikHolidays, turkmenHolidays, type SourcedHolidayList } from "@/lib/holidays/sourced-lists";

const sourcedLists: Partial<Record<CountryCode, SourcedHolidayList>> = { KG: kyrgyzHolidays, TJ: tajikHolidays, TM: turkmenHolidays };

export const dateHolidaysSource: SourceRef = { source: "date-holidays", asOf: "2026-11" };

/** Where a country's holidays come from, or that they are not known. */
export type HolidayCalendar = { kind: "date-holidays"; sources: SourceRef[] } | { kind: "sourced"; sources: SourceRef[] } | { kind: "unknown"; sources: [] };

const dateHolidaysCountries = new Set(Object.keys(new Holidays().getCountries("en")));

export function holidayCalendar(country: CountryCode): HolidayCalendar {
  const list = sourcedLists[country];
  if (list) return { kind: "sourced", sources: list.sources };
  if (dateHolidaysCountries.has(country)) return { kind: "date-holidays", sources: [dateHolidaysSource, ...(additionsFor(country)?.sources ?? [])] };
  return { kind: "unknown", sources: [] };
}

/** Whether Crossings knows the country's public holidays at all. */
export function holidaysKnown(country: CountryCode): boolean {
  return holidayCalendar(country).kind !== "unknown";
}

export class HolidaysUnknownError extends Error {
  constructor(readonly country: CountryCode) {
    super(`The public holidays of ${country} are not known (neither date-holidays nor a sourced list has them)`);
    this.name = "HolidaysUnknownError";
  }
}

function additionsFor(country: CountryCode): SourcedHolidayList | undefined {
  return (dateHolidaysAdditions as Partial<Record<CountryCode, SourcedHolidayList>>)[country];
}

function instanceFor(country: CountryCode): Holidays {
  const list = sourcedLists[country];
  if (!list) {
    const holidays = new Holidays(country, { languages: ["en"], types: ["public"] });
    for (const { rule, name } of additionsFor(country)?.rules ?? []) {
      if (!holidays.setHoliday(rule, { name: { en: name }, type: "public" })) throw new Error(`date-holidays refused the rule "${rule}" for ${country}`);
    }
    return holidays;
  }
  const holidays = new Holidays();
  for (const { rule, name } of list.rules) holidays.setHoliday(rule, { name: { en: name }, type: "public" });
  return holidays;
}

/** One table per process, whichever copy of this module fills it: the production server runs
 * from source beside Next.js's bundle, which has a copy of its own (db/bridge.ts), and warms
 * the table for both at start (warmPublicHolidays). Computing a year of China's or Iran's
 * holidays (lunar and solar feasts) takes tens of milliseconds: not on a reader's request.
 * Keyed by the rule lists' content, so an edit of them (a dev server's reload) starts afresh. */
const SHARED = Symbol.for(`crossings.public-holidays:${contentHash(JSON.stringify([sourcedLists, dateHolidaysAdditions]))}`);
const shared = ((globalThis as unknown as Record<symbol, { instances: Map<CountryCode, Holidays>; byYear: Map<string, Map<string, string>> } | undefined>)[SHARED] ??= {
  instances: new Map(),
  byYear: new Map(),
});
const { instances, byYear } = shared;
const DAY = 86400_000;

/** Local date "YYYY-MM-DD" → holiday name, for one country (whose holidays are known) and year. */
function holidaysIn(country: CountryCode, year: number): Map<string, string> {
  const key = `${country}-${year}`;
  let days = byYear.get(key);
  if (!days) {
    let instance = instances.get(country);
    if (!instance) {
      instance = instanceFor(country);
      instances.set(country, instance);
    }
    days = new Map();
    for (const holiday of instance.getHolidays(year)) {
      if (holiday.type !== "public" || ("note" in holiday && holiday.note)) continue;
      // A period ("01-02 P5D") runs from its local date for as many local days as it lasts.
      const first = Date.UTC(Number(holiday.date.slice(0, 4)), Number(holiday.date.slice(5, 7)) - 1, Number(holiday.date.slice(8, 10)));
      const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY));
      for (let index = 0; index < length; index++) {
        const date = new Date(first + index * DAY).toISOString().slice(0, 10);
        if (!days.has(date)) days.set(date, holiday.name);
      }
    }
    byYear.set(key, days);
  }
  return days;
}

/** The public holiday on a local date, or null when there is none. Throws HolidaysUnknownError
 * for a country whose holidays are not known: ask holidaysKnown (or holidaysOn) first. */
export function publicHolidayOn(country: CountryCode, localDate: string): string | null {
  if (!holidaysKnown(country)) throw new HolidaysUnknownError(country);
  const year = Number(localDate.slice(0, 4));
  // A period that starts late in December runs on into the next year.
  return holidaysIn(country, year).get(localDate) ?? holidaysIn(country, year - 1).get(localDate) ?? null;
}

/** The same, with "not known" as an answer rather than an error. */
export function holidaysOn(country: CountryCode, localDate: string): { known: true; holiday: string | null } | { known: false } {
  return holidaysKnown(country) ? { known: true, holiday: publicHolidayOn(country, localDate) } : { known: false };
}

/** Every public holiday of a known country in a year, by local date (for tests and docs). */
export function publicHolidaysIn(country: CountryCode, year: number): { date: string; name: string }[] {
  if (!holidaysKnown(country)) throw new HolidaysUnknownError(country);
  return [...holidaysIn(country, year)].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

/** Computes the holiday tables of these countries and years ahead of need, one country-year per
 * turn of the event loop, so requests find them ready and nothing holds the loop long: year by
 * year in the order given (nearest first, askableYears), every country within a year. A year
 * already computed costs nothing. A country whose rules fail is skipped from then on (its
 * requests will meet the same error): returned, with why. */
export async function warmPublicHolidays(countries: Iterable<CountryCode>, years: number[]): Promise<{ country: CountryCode; error: string }[]> {
  const failed: { country: CountryCode; error: string }[] = [];
  const known = [...countries].filter((country) => holidaysKnown(country));
  for (const year of years) {
    for (const country of known) {
      if (failed.some((entry) => entry.country === country)) continue;
      if (byYear.has(`${country}-${year}`)) continue;
      try {
        holidaysIn(country, year);
      } catch (error) {
        failed.push({ country, error: error instanceof Error ? error.message : String(error) });
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return failed;
}

/** The sources of a country's holiday dates; none for a country whose holidays are not known. */
export function holidaySources(country: CountryCode): SourceRef[] {
  return holidayCalendar(country).sources;
}
