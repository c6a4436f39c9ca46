/**
 * Dates and times for people: always with an explicit zone, never the server's.
 */
import { zoneOffsetMinutes } from "@/lib/schedule/zoned-time";

const LOCALE = "en-GB";

export function utcOffsetLabel(instant: Date, timeZone: string): string {
  const minutes = zoneOffsetMinutes(instant, timeZone);
  const sign = minutes < 0 ? "−" : "+";
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, "0")}` : ""}`;
}

/** "Bishkek (UTC+6)" */
export function zoneLabel(timeZone: string, instant: Date): string {
  const city = timeZone.split("/").pop()!.replace(/_/g, " ");
  return timeZone === "UTC" ? "UTC" : `${city} (${utcOffsetLabel(instant, timeZone)})`;
}

export function formatTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
}

/** "Sat 22 Nov, 14:05"; with the year when it is not this year ("Thu 14 Jan 2027, 10:00"). */
export function formatDayTime(instant: Date, timeZone: string, now: Date = new Date()): string {
  const otherYear = Math.abs(instant.getTime() - now.getTime()) > 300 * 86400_000 || instant.getUTCFullYear() !== now.getUTCFullYear();
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    ...(otherYear ? { year: "numeric" } : {}),
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}

export function formatDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, weekday: "short", day: "numeric", month: "short" }).format(instant);
}

/** "in 3 h 20 min", "in 2 days" */
export function formatDuration(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ""}`;
  return `${Math.round(hours / 24)} days`;
}

/** "May 2024", "2024", "30 May 2024" from a source's as-of date. */
export function formatAsOf(asOf: string): string {
  const [year, month, day] = asOf.split("-").map(Number);
  if (!month) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", ...(day ? { day: "numeric" } : {}), month: "long", year: "numeric" }).format(date);
}

/** Zones a reader can pick when JavaScript is off; the browser's own zone is used when it is on. */
export const readerZones = [
  "UTC",
  "Asia/Bishkek",
  "Asia/Almaty",
  "Asia/Tashkent",
  "Asia/Dushanbe",
  "Asia/Shanghai",
  "Asia/Urumqi",
  "Europe/Moscow",
  "Asia/Yekaterinburg",
  "Asia/Omsk",
  "Asia/Novosibirsk",
  "Europe/London",
  "Europe/Berlin",
  "Europe/Istanbul",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Seoul",
  "America/New_York",
  "America/Los_Angeles",
  "Australia/Sydney",
] as const;

export function isTimeZone(value: string | undefined | null): value is string {
  if (!value || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
