/**
 * Whether a crossing is passable at an instant by its published schedule alone (no notices,
 * no reports, no traveller): a view of the compiled timeline (lib/status/timeline.ts) for the
 * tests, the probe and the seed checks that ask only about the schedule.
 */
import type { CrossingBaseline, SourceRef } from "@/lib/baseline/schema";
import type { SourceStandings } from "@/lib/baseline/standing";
import { eligibilityKind, type ReasonMessage } from "@/lib/status/reason-message";
import type { ScheduleState } from "@/lib/schedule/side-schedule";
import { evaluateStatus } from "@/lib/status/evaluate";

export interface ScheduleReason {
  message: ReasonMessage;
  sources: SourceRef[];
}

export interface CrossingScheduleState {
  state: ScheduleState;
  sides: [{ state: ScheduleState; nextChange: Date | null; holiday: string | null }, { state: ScheduleState; nextChange: Date | null; holiday: string | null }];
  reasons: ScheduleReason[];
  /** When the crossing's or a side's state next changes (within a year), or null. */
  nextChange: Date | null;
}

export function crossingScheduleAt(baseline: CrossingBaseline, instant: Date, standings?: SourceStandings): CrossingScheduleState {
  // No mode: eligibility is the status engine's business, not the schedule's.
  const status = evaluateStatus({ baseline, notices: [], reports: [], instant, standings });
  return {
    state: status.scheduleState,
    sides: status.sides,
    reasons: status.reasons.filter((reason) => eligibilityKind(reason.message) === null).map((reason) => ({ message: reason.message, sources: reason.sources ?? [] })),
    nextChange: status.nextChange,
  };
}
