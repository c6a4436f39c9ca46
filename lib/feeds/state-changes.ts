/**
 * State changes for the feeds: when did news (a traveller's report, a moderator's notice)
 * change a crossing's state? Pure: the status engine replayed over a window.
 *
 * Each report and notice brings event times: a report when it was submitted (that is when
 * it became known — a report about last week, submitted today, is news today); a notice
 * when it was posted, when it starts and when it ends. At each event time t the engine is
 * evaluated twice, with what was known then:
 *   before — at t − 1 ms, with the reports submitted and notices posted before t;
 *   after  — at t,        with those submitted or posted up to and including t.
 * When the two states differ, the event changed the answer, and that is an entry.
 *
 * Comparing with the state just before the event (rather than with the previous entry)
 * keeps every entry true: a report that aged out or a schedule change between two events
 * is not pinned on the later event. Changes by the schedule alone (opening hours, lunch
 * breaks) are not entries: they are known in advance and on the crossing's page.
 */
import type { SourceStandings } from "@/lib/baseline/standing";
import { reasonText } from "@/lib/i18n/reasons";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import { evaluateStatus } from "@/lib/status/evaluate";
import { REPORT_WINDOW_AFTER_MS, REPORT_WINDOW_BEFORE_MS } from "@/lib/status/report-weight";
import type { NoticeInput, ReportInput, StatusBasis, StatusState } from "@/lib/status/types";

/** A report, with when it became known. */
export interface KnownReport extends ReportInput {
  submittedAt: Date;
}

/** A notice, with when it was posted. */
export interface KnownNotice extends NoticeInput {
  createdAt: Date;
}

export type StateChangeCause = { kind: "report"; id: string } | { kind: "notice"; id: string; what: "posted" | "starts" | "ends" };

export interface StateChange {
  at: Date;
  state: StatusState;
  previous: StatusState;
  basis: StatusBasis;
  /** The engine's reasons after the change, the deciding one first. */
  reasons: string[];
  causes: StateChangeCause[];
}

export interface StateChangeInput {
  baseline: CrossingBaseline;
  /** Visible reports only; those observed up to 12 h before `from` matter too. */
  reports: KnownReport[];
  /** Notices not withdrawn. */
  notices: KnownNotice[];
  /** The window: events after `from`, up to and including `to` (usually now). */
  from: Date;
  to: Date;
  /** The sources' standings, as for the crossing's page (lib/baseline/standing.ts). */
  standings?: SourceStandings;
}

const stateWords: Record<StatusState, string> = { open: "open", closed: "closed", restricted: "restricted", unknown: "unknown" };
const basisWords: Record<StatusBasis, string> = { reports: "reports", notice: "notice", schedule: "schedule", none: "no information" };

/** "Now closed — reports" */
export function stateChangeTitle(change: Pick<StateChange, "state" | "basis">): string {
  return `Now ${stateWords[change.state]} — ${basisWords[change.basis]}`;
}

interface Indexed<T> {
  item: T;
  index: number;
  time: number;
}

const inInputOrder = <T>(list: Indexed<T>[]) => list.sort((a, b) => a.index - b.index).map((entry) => entry.item);

/**
 * The state changes in the window, oldest first.
 *
 * Linear in the reports: they are sorted once by observed time, and as the event times rise
 * a sliding window (two indexes into that order) holds the reports the engine could count
 * near the event — only those are filtered and evaluated, never every report per event. The
 * notices known by an event are a growing prefix of the notices by posting time. Each
 * evaluation gets its reports and notices in the caller's order, so the result is exactly
 * what evaluating the engine on every report at every event gave (the property test in
 * state-changes.test.ts compares the two on random inputs). Work per event is proportional to
 * the reports within 12 hours of it, which the feed bounds (MAX_REPORTS_PER_CROSSING).
 */
export function stateChanges(input: StateChangeInput): StateChange[] {
  const from = input.from.getTime();
  const to = input.to.getTime();
  const events = new Map<number, StateChangeCause[]>();
  const add = (time: Date | null, cause: StateChangeCause) => {
    const t = time?.getTime();
    if (t === undefined || Number.isNaN(t) || t <= from || t > to) return;
    const causes = events.get(t);
    if (causes) causes.push(cause);
    else events.set(t, [cause]);
  };
  for (const report of input.reports) {
    if (report.hidden) continue;
    add(report.submittedAt, { kind: "report", id: report.id });
  }
  for (const notice of input.notices) {
    add(notice.createdAt, { kind: "notice", id: notice.id, what: "posted" });
    // A notice starting before it was posted only takes effect when posted.
    if (notice.startsAt > notice.createdAt) add(notice.startsAt, { kind: "notice", id: notice.id, what: "starts" });
    if (notice.endsAt && notice.endsAt > notice.createdAt) add(notice.endsAt, { kind: "notice", id: notice.id, what: "ends" });
  }

  const byObserved = input.reports
    .map((item, index) => ({ item, index, time: item.observedAt.getTime() }))
    .filter((entry) => !Number.isNaN(entry.time))
    .sort((a, b) => a.time - b.time);
  const byPosted = input.notices.map((item, index) => ({ item, index, time: item.createdAt.getTime() })).sort((a, b) => a.time - b.time);
  // Reports observed in [lowest "before" bound, highest "after" bound] of the current event.
  let lo = 0;
  let hi = 0;

  const evaluate = (instant: number, knownBy: number, inclusive: boolean) => {
    const known = (time: number) => (inclusive ? time <= knownBy : time < knownBy);
    const reports: Indexed<KnownReport>[] = [];
    for (let i = lo; i < hi; i++) {
      const entry = byObserved[i]!;
      if (entry.time >= instant - REPORT_WINDOW_BEFORE_MS && entry.time <= instant + REPORT_WINDOW_AFTER_MS && known(entry.item.submittedAt.getTime())) reports.push(entry);
    }
    const notices: Indexed<KnownNotice>[] = [];
    for (const entry of byPosted) {
      if (!known(entry.time)) break;
      notices.push(entry);
    }
    return evaluateStatus({ baseline: input.baseline, reports: inInputOrder(reports), notices: inInputOrder(notices), instant: new Date(instant), standings: input.standings });
  };

  const changes: StateChange[] = [];
  for (const time of [...events.keys()].sort((a, b) => a - b)) {
    while (lo < byObserved.length && byObserved[lo]!.time < time - 1 - REPORT_WINDOW_BEFORE_MS) lo++;
    if (hi < lo) hi = lo;
    while (hi < byObserved.length && byObserved[hi]!.time <= time + REPORT_WINDOW_AFTER_MS) hi++;
    const before = evaluate(time - 1, time, false);
    const after = evaluate(time, time, true);
    if (before.state === after.state) continue;
    changes.push({
      at: new Date(time),
      state: after.state,
      previous: before.state,
      basis: after.basis,
      reasons: after.reasons.map((reason) => reasonText(reason.message, "en")),
      causes: events.get(time)!,
    });
  }
  return changes;
}
