/**
 * The status engine: (baseline, notices, reports, instant) → one state a reader can trust,
 * with its basis and reasons. Pure and deterministic: no I/O, no clock, no randomness.
 *
 * Read top to bottom, it is the specification (docs/architecture.md, "How the current state is decided";
 * in full, docs/status-engine.md):
 *  1. Schedule: each side's hours in its own zone, its public holidays, the season and
 *     whether the crossing operates, combined by the layer rule (layers.ts: a certain "closed"
 *     is never hidden by an uncertain layer). Passable only when both sides are open.
 *  2. Notices override the schedule while they are in force.
 *     Steps 1 and 2 are compiled once into a timeline (timeline.ts) and looked up here.
 *  3. Recent reports override both — within the same stretch of the timeline they were made
 *     in, weighted by age and standing; when they disagree, the answer is "conflicting".
 *     A report from a new or doubted reporter decides only when corroborated or when nothing
 *     else speaks; a report contradicted by a later one from a reporter who can decide
 *     alone counts a tenth (report-tally.ts, docs/trust.md).
 *  4. Eligibility: open, but not for this traveller (mode, goods only, citizens only) → restricted;
 *     open, but no source says who may cross (or sources disagree) → unknown.
 */
import type { SourceStandings } from "@/lib/baseline/standing";
import { applyEligibility } from "@/lib/status/layers";
import { tallyReports } from "@/lib/status/report-tally";
import { TIMELINE_AHEAD_MS, TIMELINE_BACK_MS, TimelineBudgetError, timelineFor, type SideInterval, type Timeline } from "@/lib/status/timeline";
import { estimateWaits } from "@/lib/status/wait-estimate";
import type { NoticeInput, Reason, Status, StatusInput, StatusState } from "@/lib/status/types";

/** Reports must add up to this weight (one fresh ordinary report is 1) to decide the state. */
export const REPORTS_DECIDE_AT = 0.25;
/** When the runner-up state has at least this share of the leader's weight, reports conflict:
 * two travellers against one is a conflict to show, three against one is a majority. */
export const CONFLICT_RATIO = 0.4;
export { OTHER_MODE_FACTOR } from "@/lib/status/report-tally";

const YEAR_MS = 366 * 86400_000;
const NO_STANDINGS: SourceStandings = Object.freeze({});

/** The stretch of the timeline a question at `instant` reads: the report window's reach behind
 * it, and its year ahead (the next change, the next open window). */
export function timelineRange(instant: Date, aheadMs = YEAR_MS): [number, number] {
  const time = instant.getTime();
  return [time - TIMELINE_BACK_MS, Math.max(time + TIMELINE_AHEAD_MS, time + aheadMs + 86400_000)];
}

/** The compiled timeline for the input, covering the instant's year ahead (timeline.ts). */
export function timelineOf(input: Omit<StatusInput, "reports">, aheadMs = YEAR_MS): Timeline {
  return timelineFor(input.baseline, input.standings ?? NO_STANDINGS, input.notices, input.mode, ...timelineRange(input.instant, aheadMs));
}

/** One side's open (or maybe open) stretches in [from, to), by schedule and notices (the week table, week-table.ts). */
export function sideIntervals(
  baseline: StatusInput["baseline"],
  standings: SourceStandings | undefined,
  side: 0 | 1,
  from: Date,
  to: Date,
  notices: NoticeInput[] = [],
): SideInterval[] {
  try {
    return timelineFor(baseline, standings ?? NO_STANDINGS, notices, undefined, from.getTime(), to.getTime()).sideIntervals(side, from.getTime(), to.getTime());
  } catch (error) {
    if (error instanceof TimelineBudgetError) return [{ from, to, unknown: true, comment: null, onlyModes: null }];
    throw error;
  }
}

/** A schedule beyond the step budget: unknown, saying why, instead of a stalled server. */
function tooComplex(input: StatusInput): Status {
  const none = { state: "unknown" as const, nextChange: null, holiday: null };
  return {
    state: "unknown",
    basis: "none",
    at: input.instant,
    mode: input.mode ?? null,
    conflicting: false,
    scheduleState: "unknown",
    sides: [none, { ...none }],
    nextChange: null,
    waits: estimateWaits(input.baseline, input.reports, input.waitHistory ?? [], input.instant, input.mode),
    freshness: { newestReportAt: null, ageMinutes: null },
    counted: [],
    reasons: [{ message: { key: "scheduleTooComplex" } }],
  };
}

export function evaluateStatus(input: StatusInput): Status {
  const { baseline, reports, instant, mode } = input;
  let timeline: Timeline;
  try {
    timeline = timelineOf(input);
  } catch (error) {
    if (error instanceof TimelineBudgetError) return tooComplex(input);
    throw error;
  }
  const time = instant.getTime();
  const limit = time + YEAR_MS;

  // 1–2. The schedule and notices: one lookup in the compiled timeline.
  const index = timeline.indexAt(time);
  const value = timeline.values[index]!;
  let state: StatusState = value.state;
  let basis: Status["basis"] = value.basis;
  const sideNext = [timeline.sideNextChange(index, 0, limit), timeline.sideNextChange(index, 1, limit)];
  const reasons: Reason[] = value.reasons.map((reason, r) => {
    const message = reason.message;
    if (message.key !== "sideClosed" && message.key !== "sideHoursUnknown") return reason;
    // Each side's line says when that side's own state changes, from the same timeline.
    const next = sideNext[value.reasonSides[r] ?? 0] ?? null;
    return { ...reason, message: { ...message, nextChange: next === null ? null : new Date(next), at: instant } };
  });
  const next = timeline.nextChange(index, limit);
  const nextChange = next === null ? null : new Date(next);

  // 3. Recent reports, within the current stretch: a change of the schedule's state or a
  // notice's start or end begins a new one, and reports from before it say nothing after it.
  const stretch = timeline.stretch(index);
  const tally = tallyReports(reports, instant, stretch, mode, value.state);
  const { counted } = tally;
  let conflicting = false;
  if (tally.ranked.length && tally.total >= REPORTS_DECIDE_AT) {
    const [leader, runnerUp] = tally.ranked;
    basis = "reports";
    if (runnerUp && runnerUp.weight >= CONFLICT_RATIO * leader!.weight) {
      conflicting = true;
      state = "unknown";
      const a = tally.describe(leader!.seen);
      const b = tally.describe(runnerUp.seen);
      // The heaviest reports of either side, at most REPORTS_NAMED in all, heaviest first.
      const ids = tally.counted.filter((entry) => entry.seen === leader!.seen || entry.seen === runnerUp.seen).map((entry) => entry.id);
      reasons.unshift({ message: { key: "reportsConflict", tallies: [a.tally, b.tally] }, reportIds: ids });
    } else {
      state = leader!.seen;
      const a = tally.describe(leader!.seen);
      reasons.unshift({ message: { key: "reports", tally: a.tally }, reportIds: a.ids });
    }
  }

  // Unconfirmed reports that did not count still show, last, as what they are.
  for (const entry of tally.awaiting) reasons.push({ message: { key: "reportsAwaiting", tally: entry.tally }, reportIds: entry.ids });
  for (const entry of tally.unconfirmed) reasons.push({ message: { key: "reportsUnconfirmed", tally: entry.tally }, reportIds: entry.ids });

  // 4. Eligibility: a traveller who may not cross here is told so whether the post is open
  // or its hours are unknown (only "closed" says more).
  state = applyEligibility(timeline.eligibility, state, reasons).state;

  // Freshness: the newest visible report up to the instant, however old.
  const newest = tally.newestVisible === null ? null : new Date(tally.newestVisible);

  return {
    state,
    basis,
    at: instant,
    mode: mode ?? null,
    conflicting,
    scheduleState: value.schedule,
    sides: [0, 1].map((side) => ({
      state: value.sides[side]!.state,
      nextChange: sideNext[side] == null ? null : new Date(sideNext[side]),
      holiday: value.sides[side]!.holiday,
    })) as Status["sides"],
    nextChange,
    waits: estimateWaits(baseline, reports, input.waitHistory ?? [], instant, mode, tally.recentWaits),
    freshness: { newestReportAt: newest, ageMinutes: newest ? Math.max(0, Math.round((instant.getTime() - newest.getTime()) / 60000)) : null },
    counted,
    reasons,
  };
}
