/**
 * Observed hours: where a side's hours are not published, the weekly pattern travellers'
 * reports show, in OpenStreetMap opening_hours syntax ("Mo-Fr 09:00-18:00; Sa,Su unknown"),
 * or null when the evidence is too thin or contradicts itself. Pure: the data layer passes in
 * the reports counted by hour of the week (db/queries/observed-hours.ts does it in SQL;
 * `observedEvidence` below does the same from the reports themselves, for tests).
 *
 * Which reports count, for which side: every visible report of the crossing observed in the
 * last OBSERVED_HOURS_RULES.months months that says "open" or "closed" ("restricted" says
 * nothing about the hours), in either direction, counted in that side's own time zone. A
 * traveller who found it open passed both posts within the hour, so an "open" report is
 * evidence that each side was open then. A "closed" report does not say which post turned
 * the traveller back, so it counts against both sides: it can only make the inference refuse
 * more often, never claim more. (Hours are whole clock hours; a side that opens at 08:30 and
 * is reported open at 08:40 is found open 08:00–09:00: the moderator who adopts it reads the
 * reports' count and dates beside it.)
 *
 * The rule (OBSERVED_HOURS_RULES):
 * - at least `minReports` open-or-closed reports, spread over at least `minWeeks` distinct
 *   local weeks (Monday first), with at least `minOpenReports` open ones on the open days;
 * - a day of the week is *open* when it has at least `minDayOpenReports` open reports, *closed*
 *   when it has none and at least `minClosedDayReports` closed ones, and otherwise *unknown*
 *   (written `unknown` in the result, never as closed); at least one day must be open;
 * - the open days share one daily pattern (pooled), or, where that is contradicted, Monday to
 *   Friday share one and Saturday and Sunday each have their own; each group rests on at least
 *   `minGroupOpenReports` open reports;
 * - within a group of days, a clock hour is claimed open when the group has at least one open
 *   report in it and at most one closed report per `closedPerOpen` open ones
 *   (floor(open / closedPerOpen): one closed report needs ten open ones at that hour); an hour
 *   with open reports and more closed ones than that is a contradiction and the answer is
 *   null; an hour with no open reports is not claimed open;
 * - a group's claimed hours form at most `maxRangesPerDay` ranges (scattered hours are noise);
 * - the result parses with the opening_hours package within OPENING_HOURS_LIMITS.
 */
import { openingHoursProblem, parseOpeningHours } from "@/lib/schedule/opening-hours";
import { wallClockIn } from "@/lib/schedule/zoned-time";
import type { SourceRef } from "@/lib/baseline/schema";

export const OBSERVED_HOURS_RULES = {
  /** How far back reports count. */
  months: 6,
  minReports: 20,
  minWeeks: 4,
  /** Of those, open reports on the days found open. */
  minOpenReports: 10,
  /** Open reports behind each group of days with its own hours. */
  minGroupOpenReports: 4,
  minDayOpenReports: 2,
  minClosedDayReports: 2,
  closedPerOpen: 10,
  maxRangesPerDay: 3,
} as const;

export type ObservedSeen = "open" | "closed" | "restricted";

/** Reports at one hour of the week (0 = Sunday 00:00 local, as wait_history counts). */
export interface HourOfWeekCounts {
  hourOfWeek: number;
  open: number;
  closed: number;
}

/** What the inference reads: open and closed reports by hour of the week, in one zone. */
export interface ObservedEvidence {
  cells: HourOfWeekCounts[];
  /** Open and closed reports counted (restricted ones are not). */
  reports: number;
  /** Distinct local weeks (Monday first) with such a report. */
  weeks: number;
  first: Date | null;
  last: Date | null;
}

/** Days Monday first (0 = Monday … 6 = Sunday), as opening_hours writes them. */
export const OH_DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] as const;

export interface ObservedGroup {
  /** Monday first. */
  days: number[];
  /** Whole hours, [start, end): [9, 18] is 09:00–18:00. */
  ranges: [number, number][];
}

export interface ObservedHours {
  /** opening_hours syntax, within the schema's limits. */
  hours: string;
  groups: ObservedGroup[];
  /** Days with closed reports and no open ones (Monday first). */
  closedDays: number[];
  /** Days without enough reports either way (Monday first), written "unknown". */
  unknownDays: number[];
  reports: number;
  weeks: number;
  since: Date;
  until: Date;
}

/** The start of the window of reports that count, for `now`. */
export function observedWindowStart(now: Date): Date {
  const start = new Date(now.getTime());
  start.setUTCMonth(start.getUTCMonth() - OBSERVED_HOURS_RULES.months);
  return new Date(Math.floor(start.getTime() / 3600_000) * 3600_000);
}

/** The evidence from the reports themselves (the SQL query computes the same). */
export function observedEvidence(reports: { observedAt: Date; seen: ObservedSeen }[], timeZone: string): ObservedEvidence {
  const cells = new Map<number, HourOfWeekCounts>();
  const weeks = new Set<number>();
  let count = 0;
  let first: Date | null = null;
  let last: Date | null = null;
  for (const report of reports) {
    if (report.seen === "restricted") continue;
    const wall = wallClockIn(report.observedAt, timeZone);
    const hourOfWeek = wall.weekday * 24 + wall.hour;
    const cell = cells.get(hourOfWeek) ?? { hourOfWeek, open: 0, closed: 0 };
    cell[report.seen] += 1;
    cells.set(hourOfWeek, cell);
    weeks.add(Date.UTC(wall.year, wall.month - 1, wall.day) - ((wall.weekday + 6) % 7) * 86400_000);
    count += 1;
    if (!first || report.observedAt < first) first = report.observedAt;
    if (!last || report.observedAt > last) last = report.observedAt;
  }
  return { cells: [...cells.values()].sort((a, b) => a.hourOfWeek - b.hourOfWeek), reports: count, weeks: weeks.size, first, last };
}

const pad = (hour: number) => `${String(hour).padStart(2, "0")}:00`;

/** "Mo-Fr", "Mo,We", "Mo-We,Sa": days Monday first. */
export function ohDays(days: number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const day of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[1] === day - 1) run[1] = day;
    else runs.push([day, day]);
  }
  return runs.map(([from, to]) => (from === to ? OH_DAYS[from]! : to === from + 1 ? `${OH_DAYS[from]},${OH_DAYS[to]}` : `${OH_DAYS[from]}-${OH_DAYS[to]}`)).join(",");
}

/** The hours claimed open for a group, or "contradicted". */
function groupRanges(days: number[], open: number[][], closed: number[][]): [number, number][] | "contradicted" {
  const claimed: boolean[] = [];
  for (let hour = 0; hour < 24; hour++) {
    const o = days.reduce((sum, day) => sum + open[day]![hour]!, 0);
    const c = days.reduce((sum, day) => sum + closed[day]![hour]!, 0);
    if (o >= 1 && c > Math.floor(o / OBSERVED_HOURS_RULES.closedPerOpen)) return "contradicted";
    claimed.push(o >= 1);
  }
  const ranges: [number, number][] = [];
  for (let hour = 0; hour < 24; hour++) {
    if (!claimed[hour]) continue;
    const range = ranges[ranges.length - 1];
    if (range && range[1] === hour) range[1] = hour + 1;
    else ranges.push([hour, hour + 1]);
  }
  return ranges;
}

export function inferObservedHours(evidence: ObservedEvidence): ObservedHours | null {
  const rules = OBSERVED_HOURS_RULES;
  if (evidence.reports < rules.minReports || evidence.weeks < rules.minWeeks || !evidence.first || !evidence.last) return null;
  // [day Monday first][hour]
  const open = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const closed = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const cell of evidence.cells) {
    if (!Number.isInteger(cell.hourOfWeek) || cell.hourOfWeek < 0 || cell.hourOfWeek >= 168) continue;
    const day = (Math.floor(cell.hourOfWeek / 24) + 6) % 7;
    open[day]![cell.hourOfWeek % 24]! += cell.open;
    closed[day]![cell.hourOfWeek % 24]! += cell.closed;
  }
  const sum = (row: number[]) => row.reduce((a, b) => a + b, 0);
  const openDays: number[] = [];
  const closedDays: number[] = [];
  const unknownDays: number[] = [];
  for (let day = 0; day < 7; day++) {
    const o = sum(open[day]!);
    const c = sum(closed[day]!);
    if (o >= rules.minDayOpenReports) openDays.push(day);
    else if (o === 0 && c >= rules.minClosedDayReports) closedDays.push(day);
    else unknownDays.push(day);
  }
  if (openDays.reduce((total, day) => total + sum(open[day]!), 0) < rules.minOpenReports) return null;

  const weekdays = openDays.filter((day) => day < 5);
  const groupings: number[][][] = [[openDays], [weekdays, ...openDays.filter((day) => day >= 5).map((day) => [day])].filter((days) => days.length > 0)];
  for (const grouping of groupings) {
    const groups: ObservedGroup[] = [];
    let ok = true;
    for (const days of grouping) {
      const ranges = groupRanges(days, open, closed);
      const backing = days.reduce((total, day) => total + sum(open[day]!), 0);
      if (ranges === "contradicted" || ranges.length === 0 || ranges.length > rules.maxRangesPerDay || backing < rules.minGroupOpenReports) {
        ok = false;
        break;
      }
      groups.push({ days, ranges });
    }
    if (!ok) continue;
    // Groups with the same ranges are written as one rule.
    const merged: ObservedGroup[] = [];
    for (const group of groups) {
      const same = merged.find((other) => JSON.stringify(other.ranges) === JSON.stringify(group.ranges));
      if (same) same.days = [...same.days, ...group.days].sort((a, b) => a - b);
      else merged.push({ days: [...group.days], ranges: group.ranges });
    }
    const rulesText = merged.map((group) => `${ohDays(group.days)} ${group.ranges.map(([from, to]) => `${pad(from)}-${pad(to)}`).join(",")}`);
    if (unknownDays.length) rulesText.push(`${ohDays(unknownDays)} unknown "not enough traveller reports"`);
    const hours = rulesText.join("; ");
    if (openingHoursProblem(hours)) return null;
    return { hours, groups: merged, closedDays, unknownDays, reports: evidence.reports, weeks: evidence.weeks, since: evidence.first, until: evidence.last };
  }
  return null;
}

/** "Mon–Fri 09:00–18:00; Sat 09:00–13:00": the open groups, with day names from `shortDays`
 * (Sunday first, as lib/history/wait-profile.ts weekdayNames gives them). */
export function observedHoursInWords(observed: Pick<ObservedHours, "groups">, shortDays: string[]): string {
  const name = (day: number) => shortDays[(day + 1) % 7]!;
  return observed.groups
    .map((group) => {
      const days = ohDays(group.days)
        .split(",")
        .map((part) =>
          part
            .split("-")
            .map((code) => name(OH_DAYS.indexOf(code as (typeof OH_DAYS)[number])))
            .join("–"),
        )
        .join(", ");
      return `${days} ${group.ranges.map(([from, to]) => `${pad(from)}–${pad(to)}`).join(", ")}`;
    })
    .join("; ");
}

/** Whether a side's hours say nothing definite: no hour of a week is known to be open (all
 * "unknown" or closed, e.g. 'Mo-Su unknown "hours not published"'). Only such sides get the
 * observed hours shown and offered for adoption. */
export function hoursAreUnknown(openingHoursValue: string): boolean {
  let known = unknownHours.get(openingHoursValue);
  if (known === undefined) {
    known = weekIsUnknown(openingHoursValue);
    // The values are the baselines' (a few hundred at most); the cap only bounds a pathological stream.
    if (unknownHours.size >= 1024) unknownHours.clear();
    unknownHours.set(openingHoursValue, known);
  }
  return known;
}
/** hoursAreUnknown's answers by value: it is asked four times per crossing page, and each answer
 * parses the value and walks a week (0.2–0.7 ms). */
const unknownHours = new Map<string, boolean>();

function weekIsUnknown(openingHoursValue: string): boolean {
  let oh;
  try {
    oh = parseOpeningHours(openingHoursValue);
  } catch {
    return true;
  }
  let sawUnknown = false;
  // A reference week (5–11 January 2026, Monday first), every half hour, in wall-clock time.
  for (let step = 0; step < 7 * 48; step++) {
    const at = new Date(Date.UTC(2026, 0, 5) + step * 1800_000);
    if (oh.getUnknown(at)) sawUnknown = true;
    else if (oh.getState(at)) return false;
  }
  return sawUnknown;
}

/** The source key observed hours are adopted under (db/seed/sources.ts: standing "traveller"). */
export const TRAVELLER_REPORTS_SOURCE = "traveller-reports";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

type HoursFact = { value: string; sources: SourceRef[]; alternatives: { value: string; sources: SourceRef[] }[] };

/** The baseline with one side's hours set to what travellers observed, sourced to their
 * reports as of `today`. The claims it stands beside are kept as alternatives, not dropped: the
 * engine's supersession (lib/baseline/standing.ts) then decides, so a first-hand observation
 * outranks an editorial "not published" but not a border service's or a news agency's hours,
 * with which it can only disagree (and the answer where they differ is unknown). */
export function withObservedHours<B extends { sides: [{ hours: HoursFact }, { hours: HoursFact }] }>(baseline: B, side: 0 | 1, observed: ObservedHours, today: Date): B {
  const next = structuredClone(baseline);
  const previous = next.sides[side].hours;
  next.sides[side].hours = {
    value: observed.hours,
    sources: [
      {
        source: TRAVELLER_REPORTS_SOURCE,
        asOf: isoDay(today),
        note: `Observed: ${observed.reports} visible open or closed reports over ${observed.weeks} weeks, ${isoDay(observed.since)} to ${isoDay(observed.until)}`,
      },
    ],
    alternatives: [{ value: previous.value, sources: previous.sources }, ...previous.alternatives],
  };
  return next;
}
