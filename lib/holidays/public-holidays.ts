/**
 * "Is it a public holiday in this country on this local date?" — `date-holidays` for KZ, UZ,
 * CN and RU (its data includes the lunar feasts), our sourced rule lists for KG and TJ.
 * Holidays only for a group (China's Women's, Youth, Children's and Army days carry a note
 * naming the group) do not close a border post and are left out. Pure: no I/O, cached per
 * country and year.
 */
import Holidays from "date-holidays";
import type { CountryCode, SourceRef } from "@/lib/baseline/schema";
import { kyrgyzHolidays, tajikHolidays, type SourcedHolidayList } from "@/lib/holidays/sourced-lists";

const sourcedLists: Partial<Record<CountryCode, SourcedHolidayList>> = { KG: kyrgyzHolidays, TJ: tajikHolidays };

export const dateHolidaysSource: SourceRef = { source: "date-holidays", asOf: "2026-11" };

function instanceFor(country: CountryCode): Holidays {
  const list = sourcedLists[country];
  if (!list) return new Holidays(country, { languages: ["en"], types: ["public"] });
  const holidays = new Holidays();
  for (const { rule, name } of list.rules) holidays.setHoliday(rule, { name: { en: name }, type: "public" });
  return holidays;
}

const instances = new Map<CountryCode, Holidays>();
const byYear = new Map<string, Map<string, string>>();

/** Local date "YYYY-MM-DD" → holiday name, for one country and year. */
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
      const date = holiday.date.slice(0, 10);
      if (!days.has(date)) days.set(date, holiday.name);
    }
    byYear.set(key, days);
  }
  return days;
}

export function publicHolidayOn(country: CountryCode, localDate: string): string | null {
  return holidaysIn(country, Number(localDate.slice(0, 4))).get(localDate) ?? null;
}

export function holidaySources(country: CountryCode): SourceRef[] {
  return sourcedLists[country]?.sources ?? [dateHolidaysSource];
}
