/**
 * Dates and times for people: always with an explicit zone, never the server's.
 */
import { wallClockIn, zoneOffsetMinutes } from "@/lib/schedule/zoned-time";
import { intlLocales, type Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { formatNumber } from "@/lib/i18n/plural";
import { zoneCity } from "@/lib/i18n/zone-names";

export function utcOffsetLabel(instant: Date, timeZone: string): string {
  const minutes = zoneOffsetMinutes(instant, timeZone);
  const sign = minutes < 0 ? "−" : "+";
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, "0")}` : ""}`;
}

/** "Bishkek (UTC+6)"; on a Russian page "Бишкек (UTC+6)" (lib/i18n/zone-names.ts). */
export function zoneLabel(timeZone: string, instant: Date, locale: Locale = "en"): string {
  return timeZone === "UTC" ? "UTC" : `${zoneCity(timeZone, locale)} (${utcOffsetLabel(instant, timeZone)})`;
}

export interface Formatters {
  locale: Locale;
  /** "14:05" */
  time(instant: Date, timeZone: string): string;
  /** "Sat 22 Nov, 14:05"; with the year when it is not this year ("Thu 14 Jan 2027, 10:00"). */
  dayTime(instant: Date, timeZone: string, now?: Date): string;
  /** "Sat 22 Nov" */
  day(instant: Date, timeZone: string): string;
  /** "3 h 20 min", "2 days" */
  duration(ms: number): string;
  /** "40 min ago", "just now" */
  ago(ms: number): string;
  /** "May 2024", "2024", "30 May 2024" from a source's as-of date. */
  asOf(asOf: string): string;
  /** A day of any year, "20 May", or a month alone, "May" (`month` 0–11). */
  dayOfYear(month: number, day: number | null): string;
  number(value: number): string;
}

function makeFormatters(locale: Locale): Formatters {
  const tag = intlLocales[locale];
  const t = messagesFor(locale);
  const cache = new Map<string, Intl.DateTimeFormat>();
  const dateFormat = (key: string, options: Intl.DateTimeFormatOptions) => {
    let format = cache.get(key);
    if (!format) cache.set(key, (format = new Intl.DateTimeFormat(tag, options)));
    return format;
  };
  const duration = (ms: number) => {
    const minutes = Math.round(Math.abs(ms) / 60000);
    if (minutes < 60) return t.units.minutes(minutes);
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return minutes % 60 ? t.units.hoursMinutes(hours, minutes % 60) : t.units.hours(hours);
    return t.units.days(Math.round(hours / 24));
  };
  return {
    locale,
    time: (instant, timeZone) => dateFormat(`t ${timeZone}`, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant),
    dayTime(instant, timeZone, now = new Date()) {
      // The year as the zone's own calendar has it: 1 January 00:30 in Bishkek is still 31 December in UTC.
      const otherYear = Math.abs(instant.getTime() - now.getTime()) > 300 * 86400_000 || wallClockIn(instant, timeZone).year !== wallClockIn(now, timeZone).year;
      return dateFormat(`dt ${otherYear} ${timeZone}`, {
        timeZone,
        weekday: "short",
        day: "numeric",
        month: "short",
        ...(otherYear ? { year: "numeric" } : {}),
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }).format(instant);
    },
    day: (instant, timeZone) => dateFormat(`d ${timeZone}`, { timeZone, weekday: "short", day: "numeric", month: "short" }).format(instant),
    duration,
    ago(ms) {
      const minutes = Math.max(0, Math.round(ms / 60000));
      if (minutes < 1) return t.justNow;
      // Past the first hour, whole hours read better than "3 h 20 min ago".
      const rounded = minutes < 60 ? minutes : minutes < 48 * 60 ? Math.round(minutes / 60) * 60 : minutes;
      return t.ago(duration(rounded * 60000));
    },
    asOf(asOf) {
      const [year, month, day] = asOf.split("-").map(Number);
      if (!month) return String(year);
      const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
      return dateFormat(`a ${Boolean(day)}`, { timeZone: "UTC", ...(day ? { day: "numeric" } : {}), month: "long", year: "numeric" }).format(date);
    },
    // In a leap year, so that 29 February is a day too.
    dayOfYear: (month, day) =>
      dateFormat(`y ${day !== null}`, { timeZone: "UTC", ...(day !== null ? { day: "numeric" } : {}), month: "long" }).format(new Date(Date.UTC(2024, month, day ?? 1))),
    number: (value) => formatNumber(locale, value),
  };
}

const formatterCache = new Map<Locale, Formatters>();
export function formatters(locale: Locale): Formatters {
  let value = formatterCache.get(locale);
  if (!value) formatterCache.set(locale, (value = makeFormatters(locale)));
  return value;
}

// English, for what is not shown to a reader in their language (feeds, emails, logs).
export const formatTime = (instant: Date, timeZone: string) => formatters("en").time(instant, timeZone);
export const formatDayTime = (instant: Date, timeZone: string, now?: Date) => formatters("en").dayTime(instant, timeZone, now);
export const formatDay = (instant: Date, timeZone: string) => formatters("en").day(instant, timeZone);
export const formatDuration = (ms: number) => formatters("en").duration(ms);
export const formatAsOf = (asOf: string) => formatters("en").asOf(asOf);

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
