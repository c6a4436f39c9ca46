/**
 * For the arrival planner: when, from an instant on, is the crossing next passable, and until
 * when? And when does its state next change? Both are lookups in the compiled timeline
 * (timeline.ts) — the schedule and notices; reports say nothing about the future. Where the
 * hours are not published, the first window that is at least not known to be closed is
 * offered instead, marked as uncertain, with no invented edges: an unknown stretch runs until
 * something really changes.
 */
import type { StatusInput, StatusState } from "@/lib/status/types";
import { timelineOf } from "@/lib/status/evaluate";
import { TimelineBudgetError } from "@/lib/status/timeline";

export interface OpenWindow {
  from: Date;
  /** null: open beyond the horizon (or round the clock). */
  until: Date | null;
  /** "open": both sides open by their hours; "unknown": may be open, the hours do not say. */
  certainty: "open" | "unknown";
}

const DAY = 86400_000;

export function nextOpenWindow(input: Omit<StatusInput, "reports">, horizonDays = 366): OpenWindow | null {
  try {
    const window = timelineOf(input, horizonDays * DAY).nextWindow(input.instant.getTime(), input.instant.getTime() + horizonDays * DAY);
    return window && { from: new Date(window.from), until: window.until === null ? null : new Date(window.until), certainty: window.certainty };
  } catch (error) {
    if (error instanceof TimelineBudgetError) return null;
    throw error;
  }
}

/** When the answer (without reports) next differs from the one at the instant, and what it
 * becomes: "closed until 16:00, then unknown". Changes where nothing changes for the crossing
 * as a whole (one side reopening while the other is still shut) are not changes. */
export interface StateChange {
  /** The state now, by schedule and notices (reports aside). */
  from: StatusState;
  at: Date;
  state: StatusState;
}

export function nextStateChange(input: Omit<StatusInput, "reports">, horizonDays = 366): StateChange | null {
  try {
    const timeline = timelineOf(input, horizonDays * DAY);
    const index = timeline.indexAt(input.instant.getTime());
    const change = timeline.nextPlannedChange(index, input.instant.getTime() + horizonDays * DAY);
    return change && { from: timeline.values[index]!.planned, at: new Date(change.at), state: change.state };
  } catch (error) {
    if (error instanceof TimelineBudgetError) return null;
    throw error;
  }
}
