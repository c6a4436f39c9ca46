/**
 * What each method shows at a sample instant, from the reports submitted by then (docs/trust.md,
 * "The simulator"): the engine (evaluateStatus with each report's standing, one voice per
 * address over the reports it sees, and the votes cast by then) and three baselines on the
 * same reports.
 */
import type { SourceStandings } from "@/lib/baseline/standing";
import { evaluateStatus } from "@/lib/status/evaluate";
import { REPORT_WINDOW_BEFORE_MS } from "@/lib/status/report-weight";
import type { ReportInput } from "@/lib/status/types";
import { oneVoicePerAddress } from "@/lib/trust/voices";
import { CLOSED, code, HOUR, OPEN, OTHER, type Code, type CrossingWorld, type SimReport } from "@/lib/trust/simulate/model";

export type Method = "engine" | "schedule" | "latest" | "majority";
export const methods: readonly Method[] = ["engine", "schedule", "latest", "majority"];
export const methodLabel: Record<Method, string> = {
  engine: "engine",
  schedule: "schedule only",
  latest: "latest report wins",
  majority: "majority of last 2 h",
};

/** Reports sorted by submission, with each one's observation time as a Date made once. */
export interface Sorted {
  reports: SimReport[];
  submitted: Float64Array;
  observedDates: Date[];
}

export function sortedBySubmission(reports: readonly SimReport[]): Sorted {
  const sorted = [...reports].sort((a, b) => a.submittedAt - b.submittedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { reports: sorted, submitted: Float64Array.from(sorted, (r) => r.submittedAt), observedDates: sorted.map((r) => new Date(r.observedAt)) };
}

/** The first index whose value is greater than `value` (or at least it, with `inclusive`). */
function bound(values: Float64Array, value: number, inclusive: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (inclusive ? values[mid]! < value : values[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indices (into sorted.reports) of the reports the engine sees at `time`: submitted by then,
 * observed within the 12 h before (observation never follows submission, so a binary search
 * on submission times bounds them).
 */
export function windowAt(sorted: Sorted, time: number): number[] {
  const from = time - REPORT_WINDOW_BEFORE_MS;
  const lo = bound(sorted.submitted, from, true);
  const hi = bound(sorted.submitted, time, false);
  const window: number[] = [];
  for (let i = lo; i < hi; i++) if (sorted.reports[i]!.observedAt >= from) window.push(i);
  return window;
}

/** The engine's inputs for a window: standing, one voice per address among them, votes cast by `time`. */
export function engineReports(sorted: Sorted, window: readonly number[], time: number): ReportInput[] {
  const reports = window.map((i) => sorted.reports[i]!);
  const extra = oneVoicePerAddress(reports.map((r) => ({ author: r.author, address: r.address, score: r.score })));
  return reports.map((r, k) => {
    let confirmations = 0;
    let disputes = 0;
    for (const vote of r.votes) {
      if (vote.at > time) continue;
      if (vote.kind === "confirm") confirmations += vote.weight;
      else disputes += vote.weight;
    }
    return {
      id: r.id,
      observedAt: sorted.observedDates[window[k]!]!,
      direction: r.direction,
      mode: "car",
      seen: r.seen,
      waitMinutes: null,
      verified: false,
      hidden: false,
      reporterTrust: r.score,
      unconfirmed: r.unconfirmed,
      echo: extra[k]!,
      author: r.author,
      address: r.address,
      confirmations,
      disputes,
    };
  });
}

export function engineShows(world: CrossingWorld, standings: SourceStandings, sorted: Sorted, window: readonly number[], time: number): Code {
  const status = evaluateStatus({ baseline: world.baseline, notices: [], reports: engineReports(sorted, window, time), instant: new Date(time), standings });
  return code(status.state);
}

/** Latest report wins: the newest submitted report in the window says it; none: the schedule. */
export function latestShows(sorted: Sorted, window: readonly number[], schedule: Code): Code {
  if (!window.length) return schedule;
  return sorted.reports[window[window.length - 1]!]!.seen === "open" ? OPEN : CLOSED;
}

/** Simple majority of the reports observed in the last 2 h: tie → unknown; none → the schedule. */
export function majorityShows(sorted: Sorted, window: readonly number[], time: number, schedule: Code): Code {
  let open = 0;
  let closed = 0;
  for (const i of window) {
    const report = sorted.reports[i]!;
    if (report.observedAt < time - 2 * HOUR || report.observedAt > time) continue;
    if (report.seen === "open") open++;
    else closed++;
  }
  if (open + closed === 0) return schedule;
  return open > closed ? OPEN : closed > open ? CLOSED : OTHER;
}
