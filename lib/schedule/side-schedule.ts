/**
 * One side's published hours, evaluated in that side's own time zone: parsed values (cached),
 * a single claim's state at an instant, and its open intervals. The status engine combines
 * the claims of every layer in lib/status/layers.ts and compiles them in lib/status/timeline.ts.
 */
import { parseOpeningHours } from "@/lib/schedule/opening-hours";
import { fromWallClockDate, toWallClockDate } from "@/lib/schedule/zoned-time";

export type ScheduleState = "open" | "closed" | "unknown";

/** Parsed values, kept: a few hundred distinct strings at most (bounded by clearing). */
const parsedCache = new Map<string, ReturnType<typeof parseOpeningHours>>();
export function parsedHours(hours: string) {
  let value = parsedCache.get(hours);
  if (!value) {
    value = parseOpeningHours(hours);
    if (parsedCache.size > 1000) parsedCache.clear();
    parsedCache.set(hours, value);
  }
  return value;
}

const YEAR_MS = 366 * 24 * 3600 * 1000;

/** One claim at an instant, with its own next change within a year (tests and tools). */
export function evaluateHours(hours: string, timeZone: string, instant: Date): { hours: string; state: ScheduleState; comment: string | null; nextChange: Date | null } {
  const oh = parsedHours(hours);
  const wall = toWallClockDate(instant, timeZone);
  const next = oh.getNextChange(wall, new Date(wall.getTime() + YEAR_MS));
  return {
    hours,
    state: oh.getUnknown(wall) ? "unknown" : oh.getState(wall) ? "open" : "closed",
    comment: oh.getComment(wall) ?? null,
    nextChange: next ? fromWallClockDate(next, timeZone) : null,
  };
}

export interface OpenInterval {
  from: Date;
  to: Date;
  unknown: boolean;
  comment: string | null;
}

/** The intervals in [from, to) when the hours say open (or unknown), as real instants. */
export function openIntervals(hours: string, timeZone: string, from: Date, to: Date): OpenInterval[] {
  return parsedHours(hours)
    .getOpenIntervals(toWallClockDate(from, timeZone), toWallClockDate(to, timeZone))
    .map(([start, end, unknown, comment]) => ({
      from: fromWallClockDate(start, timeZone),
      to: fromWallClockDate(end, timeZone),
      unknown,
      comment: comment ?? null,
    }));
}
