/**
 * The status engine: (baseline, notices, reports, instant) → one state a reader can trust,
 * with its basis and reasons. Pure and deterministic: no I/O, no clock, no randomness.
 *
 * Read top to bottom, it is the specification (DESIGN.md, "How the current state is decided"):
 *  1. Schedule: each side's hours in its own zone, its public holidays, the season and
 *     whether the crossing operates. Passable only when both sides are open.
 *  2. Notices override the schedule while they are in force.
 *  3. Recent reports override both — within the same stretch of the schedule they were made
 *     in, weighted by age and standing; when they disagree, the answer is "conflicting".
 *  4. Eligibility: open, but not for this traveller (mode, goods only, citizens only) → restricted.
 */
import type { CrossingBaseline, TravelMode } from "@/lib/baseline/schema";
import { crossingScheduleAt } from "@/lib/schedule/crossing-schedule";
import { wallClockIn, zonedWallTimeToInstant } from "@/lib/schedule/zoned-time";
import { holidaySources, publicHolidayOn } from "@/lib/holidays/public-holidays";
import type { ReasonMessage } from "@/lib/status/reason-message";
import { REPORT_WINDOW_AFTER_MS, REPORT_WINDOW_BEFORE_MS, reportWeight } from "@/lib/status/report-weight";
import { estimateWait } from "@/lib/status/wait-estimate";
import type { NoticeInput, Reason, ReportInput, SideState, SideStatus, Status, StatusInput, StatusState } from "@/lib/status/types";

/** Reports must add up to this weight (one fresh ordinary report is 1) to decide the state. */
export const REPORTS_DECIDE_AT = 0.25;
/** When the runner-up state has at least this share of the leader's weight, reports conflict:
 * two travellers against one is a conflict to show, three against one is a majority. */
export const CONFLICT_RATIO = 0.4;
/** A report about another mode of travel counts this much when a mode is asked for. */
export const OTHER_MODE_FACTOR = 0.5;

function localDate(instant: Date, timeZone: string): string {
  const w = wallClockIn(instant, timeZone);
  return `${w.year}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
}

function nextLocalMidnight(instant: Date, timeZone: string): Date {
  const w = wallClockIn(instant, timeZone);
  return zonedWallTimeToInstant({ year: w.year, month: w.month, day: w.day + 1, hour: 0, minute: 0, second: 0 }, timeZone);
}

function earliest(dates: (Date | null | undefined)[]): Date | null {
  let best: Date | null = null;
  for (const date of dates) if (date && (!best || date < best)) best = date;
  return best;
}

interface ScheduleLayer {
  state: SideState;
  sides: [SideStatus, SideStatus];
  nextChange: Date | null;
  reasons: Reason[];
}

/** Step 1: the published schedule, with public holidays applied per side. */
export function scheduleLayer(baseline: CrossingBaseline, instant: Date): ScheduleLayer {
  const schedule = crossingScheduleAt(baseline, instant);
  const bySchedule = baseline.operation.value === "operating" && schedule.inSeason !== false;
  const changes: (Date | null)[] = [schedule.nextChange];
  const holidayReasons: Reason[] = [];
  const overridden = new Set<number>();

  const sides = baseline.sides.map((side, index): SideStatus => {
    const evaluation = schedule.sides[index]!;
    const holiday = publicHolidayOn(side.country, localDate(instant, side.timeZone));
    const policy = side.publicHolidays?.value;
    let state: SideState = evaluation.state;
    if (policy === "closed" || policy === "unknown") {
      // Whether tomorrow is a holiday decides whether local midnight changes the answer.
      const midnight = nextLocalMidnight(instant, side.timeZone);
      if ((publicHolidayOn(side.country, localDate(midnight, side.timeZone)) !== null) !== (holiday !== null)) changes.push(midnight);
    }
    if (holiday && bySchedule && state !== "closed") {
      const place = { post: side.postName.value, country: side.country, holiday };
      const sources = [...(side.publicHolidays?.sources ?? []), ...holidaySources(side.country)];
      if (policy === "closed" || policy === "unknown") {
        state = policy;
        overridden.add(index);
        holidayReasons.push({ message: { key: policy === "closed" ? "holidayCloses" : "holidayMaybe", ...place }, sources });
      } else if (policy === undefined && state === "open") {
        holidayReasons.push({ message: { key: "holidayUnsaid", ...place }, sources });
      }
    }
    return { state, nextChange: evaluation.nextChange, holiday };
  }) as [SideStatus, SideStatus];

  let state: SideState = schedule.state;
  if (bySchedule) {
    const states = sides.map((side) => side.state);
    state = states.includes("closed") ? "closed" : states.includes("unknown") ? "unknown" : "open";
  }
  const reasons: Reason[] = [
    ...holidayReasons,
    ...schedule.reasons
      .filter((reason) => (reason.side === undefined ? state === schedule.state : !overridden.has(reason.side)))
      .map((reason) => ({ message: reason.message, sources: reason.sources })),
  ];
  return { state, sides, nextChange: earliest(changes), reasons };
}

/** The schedule's stretch around the instant: reports made in it still describe it. */
function scheduleStretch(baseline: CrossingBaseline, instant: Date, nextChange: Date | null): { start: number; end: number } {
  let cursor = new Date(instant.getTime() - REPORT_WINDOW_BEFORE_MS);
  let start = cursor.getTime();
  for (let step = 0; step < 48; step++) {
    const next = scheduleLayer(baseline, cursor).nextChange;
    if (!next || next > instant) break;
    start = next.getTime();
    cursor = next;
  }
  return { start, end: nextChange?.getTime() ?? Number.POSITIVE_INFINITY };
}

function noticeApplies(notice: NoticeInput, instant: Date, mode: TravelMode | undefined): boolean {
  if (notice.startsAt > instant || (notice.endsAt && notice.endsAt <= instant)) return false;
  return !mode || notice.modes === null || notice.modes.includes(mode);
}

export function evaluateStatus(input: StatusInput): Status {
  const { baseline, notices, reports, instant, mode } = input;
  const reasons: Reason[] = [];

  // 1. Schedule.
  const schedule = scheduleLayer(baseline, instant);
  let state: StatusState = schedule.state;
  let basis: Status["basis"] = baseline.operation.value === "unknown" ? "none" : "schedule";
  reasons.push(...schedule.reasons);

  // 2. Notices in force (the latest-starting one wins), and when notices next start or end.
  const noticeChanges: Date[] = [];
  for (const notice of notices) {
    if (notice.startsAt > instant) noticeChanges.push(notice.startsAt);
    if (notice.endsAt && notice.endsAt > instant) noticeChanges.push(notice.endsAt);
  }
  const active = notices
    .filter((notice) => noticeApplies(notice, instant, mode))
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())[0];
  if (active) {
    const partial = !mode && active.modes !== null;
    state = active.effect === "closed" && partial ? "restricted" : active.effect;
    basis = "notice";
    reasons.unshift({
      message: { key: "notice", text: active.text, onlyModes: partial ? active.modes : null, untilFurtherNotice: !active.endsAt },
      noticeId: active.id,
    });
  }
  const nextChange = earliest([schedule.nextChange, ...noticeChanges]);

  // 3. Recent reports, within the schedule's current stretch.
  const stretch = scheduleStretch(baseline, instant, schedule.nextChange);
  const counted: Status["counted"] = [];
  for (const report of reports) {
    const time = report.observedAt.getTime();
    if (time < stretch.start || time >= stretch.end) continue;
    let weight = reportWeight(report, instant);
    if (weight > 0 && mode && report.mode !== mode) weight *= OTHER_MODE_FACTOR;
    if (weight > 0) counted.push({ id: report.id, seen: report.seen, weight });
  }
  counted.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const totals = new Map<ReportInput["seen"], number>();
  for (const entry of counted) totals.set(entry.seen, (totals.get(entry.seen) ?? 0) + entry.weight);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const total = ranked.reduce((sum, [, weight]) => sum + weight, 0);
  let conflicting = false;
  const byId = new Map(reports.map((report) => [report.id, report]));
  const describe = (seen: ReportInput["seen"]) => {
    const ids = counted.filter((entry) => entry.seen === seen).map((entry) => entry.id);
    const newest = Math.max(...ids.map((id) => byId.get(id)!.observedAt.getTime()));
    return { ids, tally: { count: ids.length, seen, newestAgoMs: Math.max(0, instant.getTime() - newest) } };
  };
  if (total >= REPORTS_DECIDE_AT && ranked.length) {
    const [leader, runnerUp] = ranked;
    basis = "reports";
    if (runnerUp && runnerUp[1] >= CONFLICT_RATIO * leader![1]) {
      conflicting = true;
      state = "unknown";
      const a = describe(leader![0]);
      const b = describe(runnerUp[0]);
      reasons.unshift({ message: { key: "reportsConflict", tallies: [a.tally, b.tally] }, reportIds: [...a.ids, ...b.ids] });
    } else {
      state = leader![0];
      const a = describe(leader![0]);
      reasons.unshift({ message: { key: "reports", tally: a.tally }, reportIds: a.ids });
    }
  }

  // 4. Eligibility: a traveller who may not cross here is told so whether the post is open
  // or its hours are unknown (only "closed" says more).
  if (state === "open" || state === "unknown") {
    const { modes, who } = baseline.traffic.value;
    let restriction: ReasonMessage | null = null;
    if (mode && !modes.includes(mode)) restriction = { key: "modeNotAllowed", mode, allowed: modes };
    else if (who === "goods" && mode !== "truck") restriction = { key: "goodsOnly" };
    else if (who === "bilateral") restriction = { key: "bilateral", countries: [baseline.sides[0].country, baseline.sides[1].country] };
    if (restriction) {
      state = "restricted";
      reasons.unshift({ message: restriction, sources: baseline.traffic.sources });
    }
  }

  // Freshness: the newest visible report up to the instant, however old.
  let newest: Date | null = null;
  const latestCounted = instant.getTime() + REPORT_WINDOW_AFTER_MS;
  for (const report of reports) {
    const time = report.observedAt.getTime();
    if (!report.hidden && time <= latestCounted && (!newest || time > newest.getTime())) newest = report.observedAt;
  }

  return {
    state,
    basis,
    at: instant,
    mode: mode ?? null,
    conflicting,
    scheduleState: schedule.state,
    sides: schedule.sides,
    nextChange,
    waits: [estimateWait(baseline, reports, instant, "a-b", mode), estimateWait(baseline, reports, instant, "b-a", mode)],
    freshness: { newestReportAt: newest, ageMinutes: newest ? Math.max(0, Math.round((instant.getTime() - newest.getTime()) / 60000)) : null },
    counted,
    reasons,
  };
}
