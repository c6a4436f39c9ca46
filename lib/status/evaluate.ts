/**
 * The status engine: (baseline, notices, reports, instant) → one state a reader can trust,
 * with its basis and reasons. Pure and deterministic: no I/O, no clock, no randomness.
 *
 * Read top to bottom, it is the specification (DESIGN.md, "How the current state is decided"):
 *  1. Schedule: each side's hours in its own zone, its public holidays, the season and
 *     whether the crossing operates, combined by the layer rule (layers.ts: a certain "closed"
 *     is never hidden by an uncertain layer). Passable only when both sides are open.
 *  2. Notices override the schedule while they are in force.
 *     Steps 1 and 2 are compiled once into a timeline (timeline.ts) and looked up here.
 *  3. Recent reports override both — within the same stretch of the timeline they were made
 *     in, weighted by age and standing; when they disagree, the answer is "conflicting".
 *  4. Eligibility: open, but not for this traveller (mode, goods only, citizens only) → restricted.
 */
import type { SourceStandings } from "@/lib/baseline/standing";
import { applyEligibility } from "@/lib/status/layers";
import { REPORT_WINDOW_AFTER_MS, REPORT_WINDOW_BEFORE_MS, weightAtAge } from "@/lib/status/report-weight";
import { TIMELINE_AHEAD_MS, TIMELINE_BACK_MS, TimelineBudgetError, timelineFor, type SideInterval, type Timeline } from "@/lib/status/timeline";
import { estimateWaits } from "@/lib/status/wait-estimate";
import type { Reason, ReportInput, Status, StatusInput, StatusState } from "@/lib/status/types";

/** Reports must add up to this weight (one fresh ordinary report is 1) to decide the state. */
export const REPORTS_DECIDE_AT = 0.25;
/** When the runner-up state has at least this share of the leader's weight, reports conflict:
 * two travellers against one is a conflict to show, three against one is a majority. */
export const CONFLICT_RATIO = 0.4;
/** A report about another mode of travel counts this much when a mode is asked for. */
export const OTHER_MODE_FACTOR = 0.5;

const YEAR_MS = 366 * 86400_000;
const NO_STANDINGS: SourceStandings = Object.freeze({});

/** The compiled timeline for the input, covering the instant's year ahead (timeline.ts). */
export function timelineOf(input: Omit<StatusInput, "reports">, aheadMs = YEAR_MS): Timeline {
  const time = input.instant.getTime();
  return timelineFor(
    input.baseline,
    input.standings ?? NO_STANDINGS,
    input.notices,
    input.mode,
    time - TIMELINE_BACK_MS,
    Math.max(time + TIMELINE_AHEAD_MS, time + aheadMs + 86400_000),
  );
}

/** One side's open (or maybe open) stretches in [from, to), by schedule alone (the week table). */
export function sideIntervals(baseline: StatusInput["baseline"], standings: SourceStandings | undefined, side: 0 | 1, from: Date, to: Date): SideInterval[] {
  try {
    return timelineFor(baseline, standings ?? NO_STANDINGS, [], undefined, from.getTime(), to.getTime()).sideIntervals(side, from.getTime(), to.getTime());
  } catch (error) {
    if (error instanceof TimelineBudgetError) return [{ from, to, unknown: true, comment: null }];
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
    waits: estimateWaits(input.baseline, input.reports, input.instant, input.mode),
    freshness: { newestReportAt: null, ageMinutes: null },
    counted: [],
    reasons: [{ message: { key: "scheduleTooComplex" } }],
  };
}

const SEEN = ["open", "closed", "restricted"] as const;
/** Weights (at most 3 × 1.5 × 2 = 9) are sorted as 32-bit integers, weight × 2^28; equal keys are
 * then re-sorted exactly, by weight and id, so the order never depends on the order reports arrive in. */
const QUANTUM = 2 ** 28;

/** Scratch arrays for the tally, grown as needed and reused: a thousand reports per evaluation
 * would otherwise allocate tens of kilobytes each time. Only ever read within one synchronous
 * call, so no answer can depend on them. */
const scratch = {
  size: 0,
  weights: new Float64Array(0),
  which: new Int32Array(0),
  keys: new Uint32Array(0),
  a: new Int32Array(0),
  b: new Int32Array(0),
  waitsA: new Float64Array(0),
  waitsB: new Float64Array(0),
};
const counts = new Int32Array(256);
function scratchFor(n: number) {
  if (scratch.size < n) {
    const size = Math.max(1024, 2 ** Math.ceil(Math.log2(n)));
    Object.assign(scratch, {
      size,
      weights: new Float64Array(size),
      which: new Int32Array(size),
      keys: new Uint32Array(size),
      a: new Int32Array(size),
      b: new Int32Array(size),
      waitsA: new Float64Array(size),
      waitsB: new Float64Array(size),
    });
  }
  return scratch;
}

/** Positions of `keys` from the largest key to the smallest (stable): LSD radix, 4 × 8 bits. */
function radixOrderDescending(keys: Uint32Array, n: number): Int32Array {
  let from = scratch.a;
  let to = scratch.b;
  for (let i = 0; i < n; i++) from[i] = i;
  for (let shift = 0; shift < 32; shift += 8) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[255 - ((keys[i]! >>> shift) & 255)]!++;
    let sum = 0;
    for (let b = 0; b < 256; b++) {
      const count = counts[b]!;
      counts[b] = sum;
      sum += count;
    }
    for (let i = 0; i < n; i++) {
      const position = from[i]!;
      to[counts[255 - ((keys[position]! >>> shift) & 255)]!++] = position;
    }
    [from, to] = [to, from];
  }
  return from.subarray(0, n);
}

/** Step 3's arithmetic in one pass over the reports (the bench's 1,000 reports take tens of µs). */
function tallyReports(reports: ReportInput[], instant: Date, stretch: { start: number; end: number }, mode: StatusInput["mode"]) {
  const time = instant.getTime();
  const latestCounted = time + REPORT_WINDOW_AFTER_MS;
  const { weights, which, keys } = scratchFor(reports.length);
  const totals = [0, 0, 0];
  const newestBySeen = [-Infinity, -Infinity, -Infinity];
  let n = 0;
  let newestVisible: number | null = null;
  // Recent waits per direction, for the wait estimate (the same window, any stretch).
  const { waitsA, waitsB } = scratch;
  let countA = 0;
  let countB = 0;
  for (let i = 0; i < reports.length; i++) {
    const report = reports[i]!;
    if (report.hidden) continue;
    const observed = report.observedAt.getTime();
    if (observed <= latestCounted && (newestVisible === null || observed > newestVisible)) newestVisible = observed;
    const age = time - observed;
    if (age > REPORT_WINDOW_BEFORE_MS || age < -REPORT_WINDOW_AFTER_MS) continue;
    if (report.waitMinutes !== null && (!mode || report.mode === mode)) {
      if (report.direction === "a-b") waitsA[countA++] = report.waitMinutes;
      else waitsB[countB++] = report.waitMinutes;
    }
    if (observed < stretch.start || observed >= stretch.end) continue;
    let weight = weightAtAge(report, age);
    if (weight > 0 && mode && report.mode !== mode) weight *= OTHER_MODE_FACTOR;
    if (!(weight > 0)) continue;
    const seen = report.seen === "open" ? 0 : report.seen === "closed" ? 1 : 2;
    totals[seen]! += weight;
    if (observed > newestBySeen[seen]!) newestBySeen[seen] = observed;
    weights[n] = weight;
    which[n++] = i;
  }
  // Heaviest first, ties by id: a radix sort on the quantized weights (a few µs for a thousand),
  // then runs of equal quantized weight re-sorted exactly by weight and id.
  for (let k = 0; k < n; k++) keys[k] = Math.min(0xffffffff, Math.floor(weights[k]! * QUANTUM));
  const order = radixOrderDescending(keys, n);
  const exact = (a: number, b: number) => {
    const ra = reports[which[a]!]!;
    const rb = reports[which[b]!]!;
    return weights[b]! - weights[a]! || (ra.id < rb.id ? -1 : ra.id > rb.id ? 1 : 0);
  };
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && keys[order[end]!] === keys[order[start]!]) end++;
    if (end - start > 1) {
      const run = Array.from(order.subarray(start, end)).sort(exact);
      for (let k = 0; k < run.length; k++) order[start + k] = run[k]!;
    }
    start = end;
  }
  const idsBySeen: [string[], string[], string[]] = [[], [], []];
  const counted: Status["counted"] = new Array(n);
  for (let k = 0; k < n; k++) {
    const position = order[k]!;
    const report = reports[which[position]!]!;
    idsBySeen[report.seen === "open" ? 0 : report.seen === "closed" ? 1 : 2].push(report.id);
    counted[k] = { id: report.id, seen: report.seen, weight: weights[position]! };
  }
  const ranked = [0, 1, 2]
    .filter((seen) => totals[seen]! > 0)
    .map((seen) => ({ seen: SEEN[seen]!, weight: totals[seen]! }))
    .sort((a, b) => b.weight - a.weight || (a.seen < b.seen ? -1 : 1));
  return {
    counted,
    ranked,
    total: totals[0]! + totals[1]! + totals[2]!,
    newestVisible,
    recentWaits: [waitsA.subarray(0, countA), waitsB.subarray(0, countB)] as [Float64Array, Float64Array],
    describe(seen: ReportInput["seen"]) {
      const ids = idsBySeen[SEEN.indexOf(seen)]!;
      const newest = newestBySeen[SEEN.indexOf(seen)]!;
      return { ids, tally: { count: ids.length, seen, newestAgoMs: Math.max(0, time - newest) } };
    },
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
  const tally = tallyReports(reports, instant, stretch, mode);
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
      reasons.unshift({ message: { key: "reportsConflict", tallies: [a.tally, b.tally] }, reportIds: [...a.ids, ...b.ids] });
    } else {
      state = leader!.seen;
      const a = tally.describe(leader!.seen);
      reasons.unshift({ message: { key: "reports", tally: a.tally }, reportIds: a.ids });
    }
  }

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
    waits: estimateWaits(baseline, reports, instant, mode, tally.recentWaits),
    freshness: { newestReportAt: newest, ageMinutes: newest ? Math.max(0, Math.round((instant.getTime() - newest.getTime()) / 60000)) : null },
    counted,
    reasons,
  };
}
