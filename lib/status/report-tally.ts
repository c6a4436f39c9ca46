/**
 * Step 3's arithmetic (lib/status/evaluate.ts): the reports that count at an instant, within
 * its stretch of the timeline, their weights heaviest first, the total per state, the freshness
 * and the recent waits per direction — in one pass over the reports, without allocating per
 * report beyond the output (a thousand reports per evaluation is the bench's case).
 */
import { REPORT_WINDOW_AFTER_MS, REPORT_WINDOW_BEFORE_MS, weightAtAge } from "@/lib/status/report-weight";
import type { ReportInput, Status, StatusInput } from "@/lib/status/types";

/** A report about another mode of travel counts this much when a mode is asked for. */
export const OTHER_MODE_FACTOR = 0.5;

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
export function tallyReports(reports: ReportInput[], instant: Date, stretch: { start: number; end: number }, mode: StatusInput["mode"]) {
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

