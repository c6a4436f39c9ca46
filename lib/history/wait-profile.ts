/**
 * Typical wait by hour of the week and direction, from past reports, and the best time to
 * cross in words (in the reader's language). Pure: the caller passes the reports and the zones.
 */
import { wallClockIn } from "@/lib/schedule/zoned-time";
import { median } from "@/lib/status/wait-estimate";
import type { Direction } from "@/lib/status/types";
import { intlLocales, type Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";

/** A cell's median is shown only when it rests on at least this many reports. */
export const MIN_CELL_REPORTS = 3;

export interface WaitCell {
  weekday: number; // 0 = Sunday, in the departure side's zone
  hour: number;
  median: number;
  count: number;
}

export interface WaitProfile {
  direction: Direction;
  timeZone: string;
  cells: WaitCell[];
  reports: number;
  best: WaitCell | null;
  worst: WaitCell | null;
}

export function waitProfile(
  reports: { observedAt: Date; direction: Direction; waitMinutes: number }[],
  direction: Direction,
  timeZone: string,
): WaitProfile {
  const buckets = new Map<number, number[]>();
  let total = 0;
  for (const report of reports) {
    if (report.direction !== direction) continue;
    const wall = wallClockIn(report.observedAt, timeZone);
    const key = wall.weekday * 24 + wall.hour;
    const bucket = buckets.get(key) ?? [];
    bucket.push(report.waitMinutes);
    buckets.set(key, bucket);
    total += 1;
  }
  const cells = [...buckets.entries()]
    .filter(([, waits]) => waits.length >= MIN_CELL_REPORTS)
    .map(([key, waits]) => ({ weekday: Math.floor(key / 24), hour: key % 24, median: median(waits), count: waits.length }))
    .sort((a, b) => a.weekday * 24 + a.hour - (b.weekday * 24 + b.hour));
  const byWait = [...cells].sort((a, b) => a.median - b.median || b.count - a.count || a.weekday * 24 + a.hour - (b.weekday * 24 + b.hour));
  return { direction, timeZone, cells, reports: total, best: byWait[0] ?? null, worst: byWait.length > 1 ? byWait[byWait.length - 1]! : null };
}

/** Weekday names, Sunday first (as WaitCell.weekday), in a language: "short" labels the chart's
 * rows (capitalised, as English has them: "Sun", "Вс"), "long" goes in sentences. */
export function weekdayNames(locale: Locale, width: "short" | "long"): string[] {
  const format = new Intl.DateTimeFormat(intlLocales[locale], { weekday: width, timeZone: "UTC" });
  // 7 January 2024 was a Sunday.
  return Array.from({ length: 7 }, (_, day) => {
    const name = format.format(new Date(Date.UTC(2024, 0, 7 + day)));
    return width === "short" ? name.charAt(0).toLocaleUpperCase(intlLocales[locale]) + name.slice(1) : name;
  });
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "Best time to cross: Tuesday 08:00–09:00 Bishkek time (typically 15 min, from 12 reports); slowest: Friday 17:00–18:00 (typically 90 min)." */
export function bestTimeInWords(profile: WaitProfile, zoneName: string, locale: Locale): string {
  const w = messagesFor(locale).pages.waitChart;
  if (!profile.best) return w.notEnough(MIN_CELL_REPORTS);
  const days = weekdayNames(locale, "long");
  const slot = (cell: WaitCell) => w.slot(days[cell.weekday]!, `${pad(cell.hour)}:00`, `${pad((cell.hour + 1) % 24)}:00`);
  const best = w.best(slot(profile.best), zoneName, profile.best.median, profile.best.count);
  return profile.worst ? `${best}${w.slowest(slot(profile.worst), profile.worst.median)}` : `${best}${w.end}`;
}
