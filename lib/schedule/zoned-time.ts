/**
 * Wall-clock time in a given IANA zone, and back.
 *
 * The `opening_hours` package reads dates through local getters (getHours, getDay, …), i.e.
 * in the host's zone. We hand it a "wall-clock date": a Date whose local fields are the
 * wall-clock time of the instant in the side's zone. A host zone with daylight saving would
 * still leak in (a wall time that falls into the host's spring-forward gap cannot be
 * represented), so this module pins the process to UTC, which has no gaps. Everything the
 * product shows formats with an explicit `timeZone`, so nothing else depends on the host zone.
 */
if (process.env.TZ !== "UTC") process.env.TZ = "UTC";

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** Reading a zone's wall clock through Intl: the slow but authoritative way. */
export function wallClockViaIntl(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: weekdays.indexOf(parts.weekday ?? ""),
  };
}

/** Zone offsets change only at quarter-hour UTC boundaries (every rule in the tz database
 * does), and at most once in a day. So the offset is cached per zone and UTC day when it is
 * the same at the day's first and last quarter hour, else per quarter hour of that day; the
 * wall clock is then plain arithmetic. Intl is asked about twice per zone and day. */
const QUARTER_HOUR = 15 * 60_000;
const DAY = 86400_000;
const VARIES = Number.NaN;
const dayOffsets = new Map<string, Map<number, number>>();
const quarterOffsets = new Map<string, Map<number, number>>();

function offsetViaIntl(bucketStart: number, timeZone: string): number {
  const w = wallClockViaIntl(new Date(bucketStart), timeZone);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - bucketStart) / 60000);
}

function cacheFor(caches: Map<string, Map<number, number>>, timeZone: string): Map<number, number> {
  let cache = caches.get(timeZone);
  if (!cache) caches.set(timeZone, (cache = new Map()));
  else if (cache.size > 50_000) cache.clear();
  return cache;
}

/** Offset of the zone from UTC at an instant, in minutes (Bishkek: +360). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const time = instant.getTime();
  const day = Math.floor(time / DAY);
  const days = cacheFor(dayOffsets, timeZone);
  let offset = days.get(day);
  if (offset === undefined) {
    const first = offsetViaIntl(day * DAY, timeZone);
    offset = first === offsetViaIntl(day * DAY + DAY - QUARTER_HOUR, timeZone) ? first : VARIES;
    days.set(day, offset);
  }
  if (!Number.isNaN(offset)) return offset;
  const bucket = Math.floor(time / QUARTER_HOUR);
  const quarters = cacheFor(quarterOffsets, timeZone);
  offset = quarters.get(bucket);
  if (offset === undefined) {
    offset = offsetViaIntl(bucket * QUARTER_HOUR, timeZone);
    quarters.set(bucket, offset);
  }
  return offset;
}

export function wallClockIn(instant: Date, timeZone: string): WallClock {
  const shifted = new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

/** The Date whose host-local fields show the instant's wall-clock time in `timeZone`. */
export function toWallClockDate(instant: Date, timeZone: string): Date {
  const w = wallClockIn(instant, timeZone);
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, instant.getMilliseconds());
}

/** The instant at which `timeZone`'s clocks show the host-local fields of `wallClock`.
 * In a repeated hour (clocks going back) the earlier instant is chosen. */
export function fromWallClockDate(wallClock: Date, timeZone: string): Date {
  return zonedWallTimeToInstant(
    {
      year: wallClock.getFullYear(),
      month: wallClock.getMonth() + 1,
      day: wallClock.getDate(),
      hour: wallClock.getHours(),
      minute: wallClock.getMinutes(),
      second: wallClock.getSeconds(),
    },
    timeZone,
    wallClock.getMilliseconds(),
  );
}

/** The instant at which the zone's clocks show the given wall time. */
export function zonedWallTimeToInstant(wall: Omit<WallClock, "weekday">, timeZone: string, milliseconds = 0): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, milliseconds);
  // Two passes settle the offset, including across a DST change between guess and answer.
  let guess = naive - zoneOffsetMinutes(new Date(naive), timeZone) * 60000;
  guess = naive - zoneOffsetMinutes(new Date(guess), timeZone) * 60000;
  return new Date(guess);
}

/** "2026-07-15T09:30" typed in a datetime-local field, read in `timeZone`; null when malformed. */
export function localInputToInstant(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  // 31 February would roll over into March: refuse dates the calendar does not have.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return zonedWallTimeToInstant({ year, month, day, hour, minute, second: 0 }, timeZone);
}
