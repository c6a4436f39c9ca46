/**
 * A crossing's state at an instant for a traveller: the one function the pages, the API, the
 * alerts and the exports use (through db/queries/crossing-state.ts, which loads its inputs).
 * The state, its next change and the next open window come from the same compiled timeline
 * (timeline.ts), so they can never disagree with each other.
 */
import { evaluateStatus } from "@/lib/status/evaluate";
import { nextOpenWindow, nextStateChange, type OpenWindow, type StateChange } from "@/lib/status/next-window";
import type { Status, StatusInput } from "@/lib/status/types";

export interface CrossingState {
  status: Status;
  /** When the schedule and notices next change the state, and to what (reports aside). */
  change: StateChange | null;
  /** When it is next passable, if it is not open now (reports aside). */
  nextOpen: OpenWindow | null;
}

export function crossingState(input: StatusInput, { planner = true }: { planner?: boolean } = {}): CrossingState {
  const status = evaluateStatus(input);
  if (!planner) return { status, change: null, nextOpen: null };
  const scheduleInput = { baseline: input.baseline, notices: input.notices, instant: input.instant, mode: input.mode, standings: input.standings };
  return {
    status,
    change: nextStateChange(scheduleInput),
    nextOpen: status.state === "open" ? null : nextOpenWindow(scheduleInput),
  };
}
