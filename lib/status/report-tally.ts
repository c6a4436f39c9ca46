/**
 * Step 3's arithmetic (lib/status/evaluate.ts): the reports that count at an instant, within
 * its stretch of the timeline, the total weight per state, the freshness, the recent waits per
 * direction, and the heaviest reports behind each state — in one pass over the reports, without
 * allocating per report (a thousand reports per evaluation is the bench's case).
 *
 * Only the heaviest REPORTS_NAMED reports are named (`counted`, and each reason's `reportIds`):
 * a reason resting on a thousand reports says so by its count, and lists the fifty that weigh
 * most. Those are kept during the pass (a bounded heap per state), not found by sorting.
 */
import { mergeFirst, TopK } from "@/lib/status/top-k";
import { REPORT_WINDOW_AFTER_MS, REPORT_WINDOW_BEFORE_MS, weightAtAge } from "@/lib/status/report-weight";
import type { ReportInput, Status, StatusInput } from "@/lib/status/types";

/** A report about another mode of travel counts this much when a mode is asked for. */
export const OTHER_MODE_FACTOR = 0.5;
/** How many reports a status names, heaviest first (the rest are counted, not listed). */
export const REPORTS_NAMED = 50;

const SEEN = ["open", "closed", "restricted"] as const;

/** Report ids in order; positions for equal ids (which the data never has), so the sort is consistent. */
function compareIds(a: string, b: string, positionA: number, positionB: number): number {
  return a < b ? -1 : a > b ? 1 : positionA - positionB;
}

/** Scratch arrays, grown as needed and reused: only ever read within one synchronous call, so
 * no answer can depend on what a previous call left in them. */
const scratch = { size: 0, weights: new Float64Array(0), which: new Int32Array(0), seen: new Uint8Array(0), waitsA: new Float64Array(0), waitsB: new Float64Array(0) };
function scratchFor(n: number) {
  if (scratch.size < n) {
    const size = Math.max(1024, 2 ** Math.ceil(Math.log2(n)));
    Object.assign(scratch, {
      size,
      weights: new Float64Array(size),
      which: new Int32Array(size),
      seen: new Uint8Array(size),
      waitsA: new Float64Array(size),
      waitsB: new Float64Array(size),
    });
  }
  return scratch;
}

/** One per state, reused (see the scratch arrays). */
const tops = [new TopK(REPORTS_NAMED), new TopK(REPORTS_NAMED), new TopK(REPORTS_NAMED)];

/** Step 3's arithmetic in one pass over the reports. */
export function tallyReports(reports: ReportInput[], instant: Date, stretch: { start: number; end: number }, mode: StatusInput["mode"]) {
  const time = instant.getTime();
  const latestCounted = time + REPORT_WINDOW_AFTER_MS;
  const { weights, which, waitsA, waitsB } = scratchFor(reports.length);
  const state = scratch.seen;
  const totals = new Float64Array(3);
  const countBySeen = new Int32Array(3);
  const newestBySeen = new Float64Array(3).fill(-Infinity);
  let n = 0;
  let newestVisible: number | null = null;
  // Recent waits per direction, for the wait estimate (the same window, any stretch).
  let countA = 0;
  let countB = 0;
  const tieBreak = (a: number, b: number) => compareIds(reports[which[a]!]!.id, reports[which[b]!]!.id, a, b);
  for (const top of tops) top.reset(weights, tieBreak);
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
    countBySeen[seen]!++;
    if (observed > newestBySeen[seen]!) newestBySeen[seen] = observed;
    weights[n] = weight;
    state[n] = seen;
    which[n] = i;
    tops[seen]!.offer(n++);
  }
  // Each state's heaviest, and the heaviest of all among them.
  const bySeen = tops.map((top) => top.drain());
  const idsBySeen = bySeen.map((positions) => positions.map((p) => reports[which[p]!]!.id));
  const counted: Status["counted"] = mergeFirst(bySeen, REPORTS_NAMED, weights, tieBreak).map((p) => ({ id: reports[which[p]!]!.id, seen: SEEN[state[p]!]!, weight: weights[p]! }));
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
    /** A state's tally: how many reports, the newest, and the heaviest of them by id. */
    describe(seen: ReportInput["seen"]) {
      const index = SEEN.indexOf(seen);
      return { ids: idsBySeen[index]!, tally: { count: countBySeen[index]!, seen, newestAgoMs: Math.max(0, time - newestBySeen[index]!) } };
    },
  };
}
