/**
 * Expected wait per direction (and mode): from recent reports; else the typical wait for that
 * hour of the week in the last year (the histogram the database keeps, db/queries/history.ts —
 * the same figures as the crossing page's typical-wait chart); else the baseline's published
 * range. Each figure is a range with the number of reports it rests on, never one number:
 * two reports of 20 and 300 minutes are "20–300 min, 2 reports: uncertain", not "about 160".
 * The median is kept too (`minutes`: the API and the wait alerts read it), not shown alone.
 * The rules (docs/status-engine.md, "Wait estimate"):
 *
 * - the range is every report's wait when there are fewer than RANGE_QUARTILES_FROM, else the
 *   middle half (lower to upper quartile, ranks rounded outwards): one traveller stuck
 *   overnight must not stretch it;
 * - a figure is uncertain when it rests on fewer than CERTAIN_FROM_REPORTS reports, or when its
 *   range's longer end is more than UNCERTAIN_SPREAD times its shorter end (a shorter end under
 *   SPREAD_FLOOR_MINUTES counts as that: 0–5 min is not "uncertain");
 * - while the crossing is closed there is no wait now (`shownWaits`): the typical wait when it
 *   next opens is shown instead, from history with enough reports at that hour, else nothing.
 */
import type { CrossingBaseline, TravelMode } from "@/lib/baseline/schema";
import { voiceOf, withinWindow } from "@/lib/status/report-weight";
import type { Direction, ReportInput, StatusState, WaitEstimate, WaitHistoryRow } from "@/lib/status/types";
import { wallClockIn } from "@/lib/schedule/zoned-time";
import { histogramAt, histogramMedian } from "@/lib/history/wait-profile";
import { select } from "@/lib/status/select";

/** Fewest reports a history figure may rest on. */
export const HISTORY_MIN_SAMPLE = 3;
/** Hours either side of the instant's hour of the week that count as "this hour". */
export const HISTORY_HOURS_AROUND = 1;
/** From this many reports the range is their middle half; below it, all of them. */
export const RANGE_QUARTILES_FROM = 5;
/** A figure resting on fewer reports than this is uncertain. */
export const CERTAIN_FROM_REPORTS = 3;
/** A range whose longer end is more than this many times its shorter end is uncertain. */
export const UNCERTAIN_SPREAD = 3;
/** Shorter ends under this count as this for the spread (0–5 min is a short wait, not a wide one). */
export const SPREAD_FLOOR_MINUTES = 10;

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

/** The ranks (0-based, ascending) that bound the range of `n` values: all of them below
 * RANGE_QUARTILES_FROM, else the quartiles, rounded outwards. */
export function rangeRanks(n: number): [number, number] {
  if (n < RANGE_QUARTILES_FROM) return [0, n - 1];
  return [Math.floor((n - 1) / 4), Math.ceil((3 * (n - 1)) / 4)];
}

/** The range of waits (rangeRanks), rearranging `copy` (which the caller owns); whole minutes. */
export function rangeInPlace(copy: Float64Array): { min: number; max: number } {
  const [lowRank, highRank] = rangeRanks(copy.length);
  if (lowRank === 0 && highRank === copy.length - 1) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < copy.length; i++) {
      if (copy[i]! < min) min = copy[i]!;
      if (copy[i]! > max) max = copy[i]!;
    }
    return { min: Math.round(min), max: Math.round(max) };
  }
  if (copy.length >= COUNT_FROM) {
    const ranks = countedRanks(copy, lowRank, highRank);
    if (ranks) return { min: ranks[0], max: ranks[1] };
  }
  return { min: Math.round(select(copy, lowRank)), max: Math.round(select(copy, highRank)) };
}

/** Whether a figure from reports or history is too thin or too spread to lean on (the rule at
 * the top of this file). A published range or no figure is not "uncertain": it says what it is. */
export function isUncertain(wait: WaitEstimate): boolean {
  if (wait.basis !== "reports" && wait.basis !== "history") return false;
  if (wait.unconfirmed) return true;
  if (wait.sampleSize < CERTAIN_FROM_REPORTS) return true;
  const range = wait.range ?? (wait.minutes === null ? null : { min: wait.minutes, max: wait.minutes });
  return range !== null && range.max > UNCERTAIN_SPREAD * Math.max(range.min, SPREAD_FLOOR_MINUTES);
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

/** A direction's recent waits, and whether they are only unconfirmed reports' (recentWaits). */
export interface RecentWaits {
  waits: Float64Array;
  unconfirmed: boolean;
}

/** How much newer than every confirmed wait an unconfirmed one must be to join the figure. */
export const STALE_CONFIRMED_WAIT_MS = 2 * 3600_000;

/** Which recent waits a direction's figure rests on: those of reports that can decide alone,
 * when there are any; unconfirmed reports' waits (new or doubted accounts) speak, as with a
 * state, when nothing else does — or when they are news: observed more than
 * STALE_CONFIRMED_WAIT_MS after every confirmed wait (a queue that built up since). A figure
 * they are part of is uncertain however many they are: three fresh accounts must not make
 * "300 min" a firm figure, nor stretch a figure ordinary travellers just gave. Times: the newest
 * observation of each kind (-Infinity: none). */
export function recentWaits(confirmed: Float64Array, unconfirmed: Float64Array, newestConfirmed = -Infinity, newestUnconfirmed = -Infinity): RecentWaits {
  if (unconfirmed.length === 0) return { waits: confirmed, unconfirmed: false };
  if (confirmed.length === 0) return { waits: unconfirmed, unconfirmed: true };
  if (newestUnconfirmed - newestConfirmed > STALE_CONFIRMED_WAIT_MS) {
    const all = new Float64Array(confirmed.length + unconfirmed.length);
    all.set(confirmed);
    all.set(unconfirmed, confirmed.length);
    return { waits: all, unconfirmed: true };
  }
  return { waits: confirmed, unconfirmed: false };
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
  gathered?: [RecentWaits, RecentWaits],
): [WaitEstimate, WaitEstimate] {
  let recent = gathered;
  if (!recent) {
    // [direction][confirmed, unconfirmed], with the newest of each; an echo's wait is not a wait (report-tally.ts).
    const lists = [0, 1].map(() => [0, 1].map(() => ({ waits: [] as number[], newest: -Infinity })));
    for (const report of reports) {
      if (report.hidden || report.waitMinutes === null || (mode && report.mode !== mode) || !withinWindow(report, instant)) continue;
      const voice = voiceOf(report);
      if (voice === "echo") continue;
      const list = lists[report.direction === "a-b" ? 0 : 1]![voice === "unconfirmed" ? 1 : 0]!;
      list.waits.push(report.waitMinutes);
      list.newest = Math.max(list.newest, report.observedAt.getTime());
    }
    const of = ([confirmed, unconfirmed]: { waits: number[]; newest: number }[]) =>
      recentWaits(Float64Array.from(confirmed!.waits), Float64Array.from(unconfirmed!.waits), confirmed!.newest, unconfirmed!.newest);
    recent = [of(lists[0]!), of(lists[1]!)];
  }
  return [
    recent[0].waits.length ? fromReports("a-b", recent[0]) : typicalWait(baseline, history, instant, "a-b", mode),
    recent[1].waits.length ? fromReports("b-a", recent[1]) : typicalWait(baseline, history, instant, "b-a", mode),
  ];
}

function fromReports(direction: Direction, { waits, unconfirmed }: RecentWaits): WaitEstimate {
  const minutes = medianInPlace(waits);
  return { direction, minutes, range: rangeInPlace(waits), basis: "reports", sampleSize: waits.length, ...(unconfirmed ? { unconfirmed: true } : {}) };
}

/** A row of past waits: the engine's (by mode) or the chart's (all modes together, no `mode`). */
export type PastWaitRow = Pick<WaitHistoryRow, "direction" | "hourOfWeek" | "waitMinutes" | "reports"> & { mode?: string };

/**
 * The typical wait in a direction at an instant's hour of the week (±HISTORY_HOURS_AROUND, in
 * `timeZone`, the zone the direction leaves from) from the last year's reports, or null when
 * fewer than HISTORY_MIN_SAMPLE reports were made then. With `mode`, rows of other modes are
 * left out (rows without a mode, all modes together, are kept).
 */
export function typicalWaitAt(history: readonly PastWaitRow[], instant: Date, timeZone: string, direction: Direction, mode?: TravelMode): WaitEstimate | null {
  const hours = hoursAround(instant, timeZone);
  const counts = new Map<number, number>();
  let total = 0;
  for (const row of history) {
    if (row.direction !== direction || row.reports <= 0 || (mode && row.mode !== undefined && row.mode !== mode) || !hours.includes(row.hourOfWeek)) continue;
    counts.set(row.waitMinutes, (counts.get(row.waitMinutes) ?? 0) + row.reports);
    total += row.reports;
  }
  if (total < HISTORY_MIN_SAMPLE) return null;
  const [lowRank, highRank] = rangeRanks(total);
  return { direction, minutes: histogramMedian(counts), range: { min: histogramAt(counts, lowRank), max: histogramAt(counts, highRank) }, basis: "history", sampleSize: total };
}

/** Without recent reports: the last year's reports at this hour of the week, else the
 * baseline's published range. */
function typicalWait(baseline: CrossingBaseline, history: readonly WaitHistoryRow[], instant: Date, direction: Direction, mode?: TravelMode): WaitEstimate {
  const typicalThen = typicalWaitAt(history, instant, baseline.sides[direction === "a-b" ? 0 : 1].timeZone, direction, mode);
  if (typicalThen) return typicalThen;
  const typical = baseline.typicalWait?.value;
  if (typical) {
    return { direction, minutes: null, range: { min: typical.minMinutes, max: typical.maxMinutes }, basis: "baseline", sampleSize: 0 };
  }
  return { direction, minutes: null, range: null, basis: "none", sampleSize: 0 };
}

/**
 * What a reader is shown for a direction's wait:
 * - `estimate`: the engine's figure (reports, history or the published range), with whether it
 *   is uncertain;
 * - `at-opening`: the crossing is closed, and history has a typical wait for when it next opens;
 * - `closed`: closed, and history cannot say what the wait will be when it opens (or when it
 *   opens is not known): no figure at all — a queue figure for a closed crossing misleads;
 * - `none`: nothing is known.
 */
export type ShownWait =
  | { kind: "estimate"; wait: WaitEstimate; uncertain: boolean }
  | { kind: "at-opening"; opensAt: Date; wait: WaitEstimate; uncertain: boolean }
  | { kind: "closed" }
  | { kind: "none" };

/** When a closed crossing next opens (by schedule and notices), and the past waits to read the
 * typical wait then from (the whole week's, e.g. the chart's histogram). */
export interface NextOpening {
  at: Date;
  history: readonly PastWaitRow[];
}

/** The waits to show for a state: the engine's figures, except while closed (the rule above). */
export function shownWaits(
  status: { state: StatusState; waits: readonly WaitEstimate[]; mode?: TravelMode | null },
  baseline: CrossingBaseline,
  opening: NextOpening | null,
): ShownWait[] {
  return status.waits.map((wait): ShownWait => {
    if (status.state === "closed") {
      if (!opening) return { kind: "closed" };
      const zone = baseline.sides[wait.direction === "a-b" ? 0 : 1].timeZone;
      const then = typicalWaitAt(opening.history, opening.at, zone, wait.direction, status.mode ?? undefined);
      return then ? { kind: "at-opening", opensAt: opening.at, wait: then, uncertain: isUncertain(then) } : { kind: "closed" };
    }
    if (wait.basis === "none") return { kind: "none" };
    return { kind: "estimate", wait, uncertain: isUncertain(wait) };
  });
}
