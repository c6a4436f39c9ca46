/**
 * The seven-day table of one side on the crossing page (app/_components/week-hours.tsx): for each
 * of the coming seven local days, when the side is open (or may be), from the same compiled
 * timeline as the state, its reasons and the planner (timeline.ts) — notices included, so a day a
 * notice closes reads closed in the table as it does in the headline.
 */
import type { CrossingBaseline } from "@/lib/baseline/schema";
import type { SourceStandings } from "@/lib/baseline/standing";
import { sideIntervals } from "@/lib/status/evaluate";
import type { SideInterval } from "@/lib/status/timeline";
import type { NoticeInput } from "@/lib/status/types";
import { wallClockIn, zonedWallTimeToInstant } from "@/lib/schedule/zoned-time";

const DAY_MS = 24 * 3600 * 1000;

export interface WeekDay {
  /** Local midnight of the day, in the side's zone, and of the next. */
  start: Date;
  end: Date;
  /** The side's open (or maybe open) stretches within the day, each with whether the table gives
   * its times: always for an open stretch; for an unknown one only where something really changes
   * within the day (a notice's start, the other layer's hours) — never invented edges at midnight. */
  intervals: (SideInterval & { timed: boolean })[];
}

export function weekTable(baseline: CrossingBaseline, standings: SourceStandings | undefined, notices: NoticeInput[], sideIndex: 0 | 1, now: Date): WeekDay[] {
  const zone = baseline.sides[sideIndex].timeZone;
  const today = wallClockIn(now, zone);
  return Array.from({ length: 7 }, (_, offset) => {
    const start = zonedWallTimeToInstant({ year: today.year, month: today.month, day: today.day + offset, hour: 0, minute: 0, second: 0 }, zone);
    const end = zonedWallTimeToInstant({ year: today.year, month: today.month, day: today.day + offset + 1, hour: 0, minute: 0, second: 0 }, zone);
    // A day is at most 25 hours long (a clock put back); a zone's own oddities never make it longer.
    const until = new Date(Math.min(end.getTime(), start.getTime() + DAY_MS + 3600000));
    const intervals = sideIntervals(baseline, standings, sideIndex, start, until, notices).map((interval) => ({
      ...interval,
      timed: !interval.unknown || interval.from > start || interval.to < until,
    }));
    return { start, end: until, intervals };
  });
}
