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

export function wallClockIn(instant: Date, timeZone: string): WallClock {
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

/** Offset of the zone from UTC at an instant, in minutes (Bishkek: +360). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const w = wallClockIn(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
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
export function zonedWallTimeToInstant(
  wall: Omit<WallClock, "weekday">,
  timeZone: string,
  milliseconds = 0,
): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, milliseconds);
  // Two passes settle the offset, including across a DST change between guess and answer.
  let guess = naive - zoneOffsetMinutes(new Date(naive), timeZone) * 60000;
  guess = naive - zoneOffsetMinutes(new Date(guess), timeZone) * 60000;
  return new Date(guess);
}
