/**
 * Expected wait per direction (and mode): the median of recent reports; else the typical
 * wait for that hour of the week in the last year (the histogram the database keeps,
 * db/queries/history.ts — the same figures as the crossing page's typical-wait chart); else
 * the baseline's published range. Medians, not means: one traveller stuck overnight must not
 * move the estimate.
 */
import type { CrossingBaseline, TravelMode } from "@/lib/baseline/schema";
import { withinWindow } from "@/lib/status/report-weight";
import type { Direction, ReportInput, WaitEstimate, WaitHistoryRow } from "@/lib/status/types";
import { wallClockIn } from "@/lib/schedule/zoned-time";
import { histogramMedian } from "@/lib/history/wait-profile";
import { select } from "@/lib/status/select";

/** Fewest reports a history figure may rest on. */
export const HISTORY_MIN_SAMPLE = 3;
/** Hours either side of the instant's hour of the week that count as "this hour". */
export const HISTORY_HOURS_AROUND = 1;

export function median(values: number[]): number {
  return medianInPlace(Float64Array.from(values));
}

/** Waits are whole minutes up to 72 hours (lib/reports/report-input.ts): many of them are
 * counted, not selected. */
const COUNTED_UP_TO = 72 * 60;
const COUNT_FROM = 64;
const counts = new Uint32Array(COUNTED_UP_TO + 1);

/** The value at each of two ranks (0-based, in ascending order) by counting; null when a value is
 * not a whole number of minutes in range. */
function countedRanks(values: Float64Array, lowRank: number, highRank: number): [number, number] | null {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!(value >= 0 && value <= COUNTED_UP_TO && Number.isInteger(value))) {
      counts.fill(0, 0, max + 1);
      return null;
    }
    counts[value]!++;
    if (value > max) max = value;
  }
  let low = -1;
  let high = -1;
  let seen = 0;
  for (let value = 0; value <= max && high === -1; value++) {
    seen += counts[value]!;
    if (low === -1 && seen > lowRank) low = value;
    if (seen > highRank) high = value;
  }
  counts.fill(0, 0, max + 1);
  return [low, high];
}

/** The median, rearranging `copy` (which the caller owns). */
export function medianInPlace(copy: Float64Array): number {
  const middle = Math.floor(copy.length / 2);
  const odd = copy.length % 2 === 1;
  if (copy.length >= COUNT_FROM) {
    const ranks = countedRanks(copy, odd ? middle : middle - 1, middle);
    if (ranks) return odd ? ranks[1] : Math.round((ranks[0] + ranks[1]) / 2);
  }
  const upper = select(copy, middle);
  if (odd) return upper;
  // Everything left of `middle` is now ≤ upper: the lower middle is their maximum.
  let lower = -Infinity;
  for (let i = 0; i < middle; i++) if (copy[i]! > lower) lower = copy[i]!;
  return Math.round((lower + upper) / 2);
}

/** The hour of the week (0 = Sunday 00:00) of `instant` in `timeZone`. */
export function hourOfWeek(instant: Date, timeZone: string): number {
  const wall = wallClockIn(instant, timeZone);
  return wall.weekday * 24 + wall.hour;
}

/** The hours of the week that count as `instant`'s in a direction's departure zone. */
export function hoursAround(instant: Date, timeZone: string): number[] {
  const target = hourOfWeek(instant, timeZone);
  const hours: number[] = [];
  for (let offset = -HISTORY_HOURS_AROUND; offset <= HISTORY_HOURS_AROUND; offset++) hours.push((target + offset + 168) % 168);
  return hours;
}

/** Both directions: one pass over the reports for the recent medians (the common case). */
export function estimateWaits(
  baseline: CrossingBaseline,
  reports: ReportInput[],
  history: readonly WaitHistoryRow[],
  instant: Date,
  mode?: TravelMode,
  /** The recent waits per direction, when the caller has already gathered them (and gives them
   * up: they are rearranged). */
  gathered?: [Float64Array, Float64Array],
): [WaitEstimate, WaitEstimate] {
  let recent = gathered;
  if (!recent) {
    const lists: [number[], number[]] = [[], []];
    for (const report of reports) {
      if (report.hidden || report.waitMinutes === null || (mode && report.mode !== mode) || !withinWindow(report, instant)) continue;
      lists[report.direction === "a-b" ? 0 : 1].push(report.waitMinutes);
    }
    recent = [Float64Array.from(lists[0]), Float64Array.from(lists[1])];
  }
  return [
    recent[0].length
      ? { direction: "a-b", minutes: medianInPlace(recent[0]), range: null, basis: "reports", sampleSize: recent[0].length }
      : typicalWait(baseline, history, instant, "a-b", mode),
    recent[1].length
      ? { direction: "b-a", minutes: medianInPlace(recent[1]), range: null, basis: "reports", sampleSize: recent[1].length }
      : typicalWait(baseline, history, instant, "b-a", mode),
  ];
}

/** Without recent reports: the last year's reports at this hour of the week, else the
 * baseline's published range. */
function typicalWait(baseline: CrossingBaseline, history: readonly WaitHistoryRow[], instant: Date, direction: Direction, mode?: TravelMode): WaitEstimate {
  const hours = hoursAround(instant, baseline.sides[direction === "a-b" ? 0 : 1].timeZone);
  const counts = new Map<number, number>();
  let total = 0;
  for (const row of history) {
    if (row.direction !== direction || row.reports <= 0 || (mode && row.mode !== mode) || !hours.includes(row.hourOfWeek)) continue;
    counts.set(row.waitMinutes, (counts.get(row.waitMinutes) ?? 0) + row.reports);
    total += row.reports;
  }
  if (total >= HISTORY_MIN_SAMPLE) {
    return { direction, minutes: histogramMedian(counts), range: null, basis: "history", sampleSize: total };
  }
  const typical = baseline.typicalWait?.value;
  if (typical) {
    return { direction, minutes: null, range: { min: typical.minMinutes, max: typical.maxMinutes }, basis: "baseline", sampleSize: 0 };
  }
  return { direction, minutes: null, range: null, basis: "none", sampleSize: 0 };
}
