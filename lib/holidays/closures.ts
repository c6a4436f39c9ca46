/**
 * When a side's holiday policy closes it: from local midnight `daysBefore` days before the
 * first day of a holiday (consecutive holiday days count as one) to `reopensAt` on the last
 * closed day (`daysAfter` days after the holiday), or to the midnight after it. All in the
 * side's own zone and calendar: a Chinese holiday starts at Beijing's midnight.
 *
 * For a country whose holidays are not known (holidaysKnown: of the region, AF), no day
 * is a named holiday, and a policy that closes on holidays closes "maybe" at any time: one
 * window over the whole range, with holiday null (lib/status/layers.ts then says so).
 */
import type { CountryCode } from "@/lib/baseline/schema";
import { holidaysKnown, publicHolidayOn } from "@/lib/holidays/public-holidays";
import { wallClockIn, zonedWallTimeToInstant } from "@/lib/schedule/zoned-time";

export interface ClosureRule {
  daysBefore: number;
  daysAfter: number;
  reopensAt: string | null;
}

export interface HolidayClosure {
  start: number;
  end: number;
  /** The holiday's name; null when the country's holidays are not known. */
  holiday: string | null;
}

const DAY = 86400_000;
/** Local dates as days since 1970-01-01 (calendar arithmetic only, no zone). */
const dayOf = (year: number, month: number, day: number) => Math.floor(Date.UTC(year, month - 1, day) / DAY);
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export function localDay(instant: Date | number, timeZone: string): number {
  const w = wallClockIn(new Date(instant), timeZone);
  return dayOf(w.year, w.month, w.day);
}

/** The named public holiday on a local day; null when there is none or the country's holidays
 * are not known (holidaysKnown tells which). */
export function holidayOnDay(country: CountryCode, day: number): string | null {
  return holidaysKnown(country) ? publicHolidayOn(country, isoOf(day)) : null;
}

function instantOf(day: number, time: string | null, timeZone: string): number {
  const date = new Date(day * DAY);
  const [hour, minute] = time ? time.split(":").map(Number) : [0, 0];
  return zonedWallTimeToInstant(
    { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: hour!, minute: minute!, second: 0 },
    timeZone,
  ).getTime();
}

/** The closures whose holidays fall on local days [firstDay, lastDay] (a block running past
 * either end is taken whole). */
export function holidayClosures(country: CountryCode, timeZone: string, rule: ClosureRule, firstDay: number, lastDay: number): HolidayClosure[] {
  // Holidays not known: any of these days may be one.
  if (!holidaysKnown(country))
    return [{ start: instantOf(firstDay - rule.daysBefore, null, timeZone), end: instantOf(lastDay + rule.daysAfter + 1, null, timeZone), holiday: null }];
  const closures: HolidayClosure[] = [];
  let day = firstDay;
  // Start inside a block: walk back to its first day.
  while (holidayOnDay(country, day - 1) && holidayOnDay(country, day)) day--;
  for (; day <= lastDay; day++) {
    const holiday = holidayOnDay(country, day);
    if (!holiday) continue;
    let last = day;
    while (holidayOnDay(country, last + 1)) last++;
    const closedLast = last + rule.daysAfter;
    closures.push({
      start: instantOf(day - rule.daysBefore, null, timeZone),
      end: rule.reopensAt ? instantOf(closedLast, rule.reopensAt, timeZone) : instantOf(closedLast + 1, null, timeZone),
      holiday,
    });
    day = last;
  }
  return closures;
}

/** The closure in force at an instant, if any (direct evaluation). */
export function holidayClosureAt(country: CountryCode, timeZone: string, rule: ClosureRule, instant: number): HolidayClosure | null {
  const today = localDay(instant, timeZone);
  for (const closure of holidayClosures(country, timeZone, rule, today - rule.daysAfter - 1, today + rule.daysBefore + 1)) {
    if (closure.start <= instant && instant < closure.end) return closure;
  }
  return null;
}
