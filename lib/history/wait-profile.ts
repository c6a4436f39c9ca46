/**
 * Typical wait by hour of the week and direction, from past reports, and the best time to
 * cross in words. Pure: the caller passes the reports and the zones.
 */
import { wallClockIn } from "@/lib/schedule/zoned-time";
import { median } from "@/lib/status/wait-estimate";
import type { Direction } from "@/lib/status/types";

/** A cell's median is shown only when it rests on at least this many reports. */
export const MIN_CELL_REPORTS = 3;
const weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

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

function slot(cell: WaitCell): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${weekdayNames[cell.weekday]} ${pad(cell.hour)}:00–${pad((cell.hour + 1) % 24)}:00`;
}

/** "Best time to cross: Tuesday 08:00–09:00 (typically 15 min, from 12 reports); slowest: Friday 17:00–18:00 (90 min)." */
export function bestTimeInWords(profile: WaitProfile, zoneName: string): string {
  if (!profile.best) return `Not enough reports with a wait yet to say when it is quickest (each hour needs ${MIN_CELL_REPORTS}).`;
  const best = `Best time to cross: ${slot(profile.best)} ${zoneName} time (typically ${profile.best.median} min, from ${profile.best.count} reports)`;
  return profile.worst ? `${best}; slowest: ${slot(profile.worst)} (typically ${profile.worst.median} min).` : `${best}.`;
}
