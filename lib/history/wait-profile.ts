/**
 * Typical wait by hour of the week and direction, from past reports, and the best time to
 * cross in words (in the reader's language). Pure: the caller passes the reports and the zones.
 */
import { wallClockIn } from "@/lib/schedule/zoned-time";
import type { Direction } from "@/lib/status/types";
import { intlLocales, type Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";

/** A cell's median is shown only when it rests on at least this many reports. */
export const MIN_CELL_REPORTS = 3;
/**
 * "Best time to cross" names an hour only when it rests on enough: the hour has at least
 * BEST_MIN_REPORTS reports, and at least BEST_MIN_HOURS such hours are compared (one hour of
 * data is not a "best" of anything). The histogram keeps no dates, so "over distinct weeks"
 * cannot be asked of it (docs/status-engine.md, "Best time to cross").
 */
export const BEST_MIN_REPORTS = 5;
export const BEST_MIN_HOURS = 2;

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
  /** The quickest and slowest of the hours with BEST_MIN_REPORTS reports, when at least
   * BEST_MIN_HOURS of them can be compared; else null. */
  best: WaitCell | null;
  worst: WaitCell | null;
  /** How many hours of the week have BEST_MIN_REPORTS reports (what "best" compares). */
  comparedHours: number;
  /** This direction's rows of the histogram: the typical wait at any hour (lib/status/wait-estimate.ts typicalWaitAt). */
  histogram: WaitHistogramRow[];
}

/**
 * How many reports of one direction waited how long in one hour of the week: the shape the
 * database keeps up to date on every write (db/queries/history.ts, table wait_history).
 */
export interface WaitHistogramRow {
  direction: Direction;
  hourOfWeek: number; // weekday * 24 + hour, in the departure side's zone
  /** The wait's bucket, by its lower bound (waitBucket). */
  waitMinutes: number;
  reports: number;
}

/**
 * The bucket a wait is counted in, by its lower bound: 5 minutes under an hour, 15 up to
 * three hours, 30 beyond — what the typical-wait chart is read to. The round figures
 * travellers give (10, 15, 20, 30, 45 min, 1 h, 1½ h, 2 h, 3 h …) are their own bucket, so
 * their median is exact; a 37-minute wait counts as 35. The SQL function wait_history_bucket
 * (migration 0007_wait_history.sql) is the same rule.
 */
export function waitBucket(minutes: number): number {
  if (minutes < 60) return minutes - (minutes % 5);
  if (minutes < 180) return minutes - (minutes % 15);
  return minutes - (minutes % 30);
}

/** The values of a histogram (value → how many) at sorted positions (0-based), ascending. */
function sortedEntries(counts: Map<number, number>): [number, number][] {
  return [...counts.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
}

function valueAt(values: [number, number][], index: number): number {
  let seen = 0;
  for (const [value, n] of values) {
    seen += n;
    if (index < seen) return value;
  }
  throw new Error("histogram index out of range");
}

/** The value at a sorted position (0-based) of the values a histogram counts. */
export function histogramAt(counts: Map<number, number>, index: number): number {
  return valueAt(sortedEntries(counts), index);
}

/** The median of a histogram (value → how many), exactly as `median` of the values it counts. */
export function histogramMedian(counts: Map<number, number>): number {
  const values = sortedEntries(counts);
  const total = values.reduce((sum, [, n]) => sum + n, 0);
  const middle = Math.floor(total / 2);
  return total % 2 ? valueAt(values, middle) : Math.round((valueAt(values, middle - 1) + valueAt(values, middle)) / 2);
}

/** Typical wait by hour of the week from a histogram (the table), one direction. */
export function waitProfileFromHistogram(rows: WaitHistogramRow[], direction: Direction, timeZone: string): WaitProfile {
  const buckets = new Map<number, Map<number, number>>();
  const histogram: WaitHistogramRow[] = [];
  let total = 0;
  for (const row of rows) {
    if (row.direction !== direction || row.reports <= 0) continue;
    histogram.push({ direction, hourOfWeek: row.hourOfWeek, waitMinutes: row.waitMinutes, reports: row.reports });
    const bucket = buckets.get(row.hourOfWeek) ?? new Map<number, number>();
    bucket.set(row.waitMinutes, (bucket.get(row.waitMinutes) ?? 0) + row.reports);
    buckets.set(row.hourOfWeek, bucket);
    total += row.reports;
  }
  const cells = [...buckets.entries()]
    .map(([key, counts]) => ({ key, counts, count: [...counts.values()].reduce((sum, n) => sum + n, 0) }))
    .filter(({ count }) => count >= MIN_CELL_REPORTS)
    .map(({ key, counts, count }) => ({ weekday: Math.floor(key / 24), hour: key % 24, median: histogramMedian(counts), count }))
    .sort((a, b) => a.weekday * 24 + a.hour - (b.weekday * 24 + b.hour));
  const compared = cells.filter((cell) => cell.count >= BEST_MIN_REPORTS);
  const byWait = compared.sort((a, b) => a.median - b.median || b.count - a.count || a.weekday * 24 + a.hour - (b.weekday * 24 + b.hour));
  const enough = byWait.length >= BEST_MIN_HOURS;
  return {
    direction,
    timeZone,
    cells,
    reports: total,
    best: enough ? byWait[0]! : null,
    worst: enough ? byWait[byWait.length - 1]! : null,
    comparedHours: byWait.length,
    histogram,
  };
}

/** The histogram of reports (each counted once, in its wait's bucket), in each direction's departure zone. */
export function waitHistogram(reports: { observedAt: Date; direction: Direction; waitMinutes: number }[], zones: Record<Direction, string>): WaitHistogramRow[] {
  const rows = new Map<string, WaitHistogramRow>();
  for (const report of reports) {
    const wall = wallClockIn(report.observedAt, zones[report.direction]);
    const hourOfWeek = wall.weekday * 24 + wall.hour;
    const bucket = waitBucket(report.waitMinutes);
    const key = `${report.direction}:${hourOfWeek}:${bucket}`;
    const row = rows.get(key);
    if (row) row.reports += 1;
    else rows.set(key, { direction: report.direction, hourOfWeek, waitMinutes: bucket, reports: 1 });
  }
  return [...rows.values()];
}

/** Typical wait by hour of the week from the reports themselves (bucketed as the table is), one direction. */
export function waitProfile(reports: { observedAt: Date; direction: Direction; waitMinutes: number }[], direction: Direction, timeZone: string): WaitProfile {
  return waitProfileFromHistogram(waitHistogram(reports, { "a-b": timeZone, "b-a": timeZone }), direction, timeZone);
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

/** "Best time to cross: Tuesday 08:00–09:00 Bishkek time (typically 15 min, from 12 reports; 3 hours of the week compared); slowest: Friday
 * 17:00–18:00 (typically 90 min, from 6 reports)." — or, short of BEST_MIN_HOURS hours with BEST_MIN_REPORTS reports, that there is not
 * enough yet, and how much there is. */
export function bestTimeInWords(profile: WaitProfile, zoneName: string, locale: Locale): string {
  const w = messagesFor(locale).pages.waitChart;
  if (!profile.best || !profile.worst) return w.notEnough(BEST_MIN_HOURS, BEST_MIN_REPORTS, profile.comparedHours, profile.reports);
  const days = weekdayNames(locale, "long");
  const slot = (cell: WaitCell) => w.slot(days[cell.weekday]!, `${pad(cell.hour)}:00`, `${pad((cell.hour + 1) % 24)}:00`);
  const best = w.best(slot(profile.best), zoneName, profile.best.median, profile.best.count, profile.comparedHours);
  return `${best}${w.slowest(slot(profile.worst), profile.worst.median, profile.worst.count)}`;
}
