/**
 * Expected wait per direction (and mode): the median of recent reports; else the typical
 * wait for that hour of the week from older reports; else the baseline's published range.
 * Medians, not means: one traveller stuck overnight must not move the estimate.
 */
import type { CrossingBaseline, TravelMode } from "@/lib/baseline/schema";
import { withinWindow } from "@/lib/status/report-weight";
import type { Direction, ReportInput, WaitEstimate } from "@/lib/status/types";
import { wallClockIn } from "@/lib/schedule/zoned-time";

/** Older reports used for "typical at this hour of the week". */
export const HISTORY_DAYS = 365;
/** Fewest reports a history figure may rest on. */
export const HISTORY_MIN_SAMPLE = 3;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

function hourOfWeek(instant: Date, timeZone: string): number {
  const wall = wallClockIn(instant, timeZone);
  return wall.weekday * 24 + wall.hour;
}

export function estimateWait(
  baseline: CrossingBaseline,
  reports: ReportInput[],
  instant: Date,
  direction: Direction,
  mode?: TravelMode,
): WaitEstimate {
  const relevant = reports.filter(
    (report) => !report.hidden && report.waitMinutes !== null && report.direction === direction && (!mode || report.mode === mode),
  );

  const recent = relevant.filter((report) => withinWindow(report, instant));
  if (recent.length) {
    return { direction, minutes: median(recent.map((r) => r.waitMinutes!)), range: null, basis: "reports", sampleSize: recent.length };
  }

  const zone = baseline.sides[direction === "a-b" ? 0 : 1].timeZone;
  const target = hourOfWeek(instant, zone);
  const earliest = instant.getTime() - HISTORY_DAYS * 86400_000;
  const history = relevant.filter((report) => {
    const time = report.observedAt.getTime();
    if (time < earliest || time >= instant.getTime()) return false;
    const distance = Math.abs(hourOfWeek(report.observedAt, zone) - target);
    return Math.min(distance, 168 - distance) <= 1;
  });
  if (history.length >= HISTORY_MIN_SAMPLE) {
    return { direction, minutes: median(history.map((r) => r.waitMinutes!)), range: null, basis: "history", sampleSize: history.length };
  }

  const typical = baseline.typicalWait?.value;
  if (typical) {
    return { direction, minutes: null, range: { min: typical.minMinutes, max: typical.maxMinutes }, basis: "baseline", sampleSize: 0 };
  }
  return { direction, minutes: null, range: null, basis: "none", sampleSize: 0 };
}
