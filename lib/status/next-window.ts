/**
 * For the arrival planner: when, from an instant on, is the crossing next passable, and
 * until when? Walks the schedule's and notices' change points (reports say nothing about
 * the future), up to a horizon. Where the hours are not published, the first window that
 * is at least not known to be closed is offered instead, marked as uncertain.
 */
import type { StatusInput, StatusState } from "@/lib/status/types";
import { evaluateStatus } from "@/lib/status/evaluate";

export interface OpenWindow {
  from: Date;
  /** null: open beyond the horizon (or round the clock). */
  until: Date | null;
  /** "open": both sides open by their hours; "unknown": may be open, the hours do not say. */
  certainty: "open" | "unknown";
}

const MAX_STEPS = 400;

export function nextOpenWindow(input: Omit<StatusInput, "reports">, horizonDays = 366): OpenWindow | null {
  const horizon = input.instant.getTime() + horizonDays * 86400_000;
  let cursor = input.instant;
  let firstUnknown: OpenWindow | null = null;
  for (let step = 0; step < MAX_STEPS && cursor.getTime() <= horizon; step++) {
    const status = evaluateStatus({ ...input, reports: [], instant: cursor });
    if (status.state === "open") return { from: cursor, until: status.nextChange, certainty: "open" };
    if (status.state === "unknown" && !firstUnknown) firstUnknown = { from: cursor, until: status.nextChange, certainty: "unknown" };
    if (!status.nextChange || status.nextChange <= cursor) break;
    cursor = status.nextChange;
  }
  return firstUnknown;
}

/** When the answer (without reports) next differs from the one at the instant, and what it
 * becomes: "closed until 16:00, then unknown". Change points where nothing changes for the
 * crossing as a whole (one side reopening while the other is still shut) are skipped. */
export interface StateChange {
  /** The state now, by schedule and notices (reports aside). */
  from: StatusState;
  at: Date;
  state: StatusState;
}

export function nextStateChange(input: Omit<StatusInput, "reports">, horizonDays = 366): StateChange | null {
  const horizon = input.instant.getTime() + horizonDays * 86400_000;
  const initial = evaluateStatus({ ...input, reports: [] });
  let cursor = initial.nextChange;
  for (let step = 0; cursor && step < MAX_STEPS && cursor.getTime() <= horizon; step++) {
    const status = evaluateStatus({ ...input, reports: [], instant: cursor });
    if (status.state !== initial.state) return { from: initial.state, at: cursor, state: status.state };
    if (!status.nextChange || status.nextChange <= cursor) return null;
    cursor = status.nextChange;
  }
  return null;
}
