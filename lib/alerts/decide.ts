/**
 * Whether an alert subscription should fire for a crossing's status now. Pure.
 * A "state" alert fires when the state differs from the one last seen; a "wait" alert when
 * the recent-report wait in its direction drops below its threshold (once, until it rises
 * above again). The event key makes the same event impossible to send twice.
 *
 * A wait is "below" only when the crossing is open (or open with restrictions) now, the figure
 * comes from recent reports, it is not uncertain (lib/status/wait-estimate.ts: at least three
 * reports, not spread more than threefold) and its whole range is under the threshold: a
 * traveller told "below 30 min" sets off, so one quick report among slow ones, two reports, or
 * a wait reported while the gate is shut must not say so. It is "above" when such a figure's
 * range reaches the threshold, "closed" while the crossing is closed (so the first "below" after
 * it reopens fires again); otherwise "unknown", which keeps what was seen before.
 */
import { reasonLine } from "@/lib/status/headline";
import type { Status } from "@/lib/status/types";
import { stateLabels } from "@/lib/format/labels";
import { isUncertain } from "@/lib/status/wait-estimate";

export interface AlertSubscription {
  kind: "state" | "wait";
  waitBelow: number | null;
  direction: "a-b" | "b-a" | null;
  lastSeen: string | null;
}

export interface AlertDecision {
  seen: string;
  send: boolean;
  eventKey: string;
  subject: string;
  line: string;
}

/** What a subscription sees in a status: the state, or whether the wait is below its threshold. */
export function observe(subscription: AlertSubscription, status: Status): string {
  if (subscription.kind === "state") return status.state;
  const wait = status.waits.find((estimate) => estimate.direction === (subscription.direction ?? "a-b"));
  // Closed: no wait now, and a "below" seen before the closure is over (the next one after the
  // reopening is news). Unknown: nothing is known; what was seen before stands.
  if (status.state === "closed") return "closed";
  if (status.state !== "open" && status.state !== "restricted") return "unknown";
  if (!wait || wait.basis !== "reports" || wait.range === null || isUncertain(wait)) return "unknown";
  return wait.range.max < (subscription.waitBelow ?? 0) ? "below" : "above";
}

export function decideAlert(subscription: AlertSubscription, status: Status, crossingName: string): AlertDecision {
  const seen = observe(subscription, status);
  const stamp = status.freshness.newestReportAt?.toISOString() ?? status.at.toISOString();
  if (subscription.kind === "state") {
    const send = subscription.lastSeen !== null && seen !== subscription.lastSeen;
    return {
      seen,
      send,
      eventKey: `state:${seen}:${stamp}`,
      subject: `${crossingName}: now ${stateLabels[status.state].label.toLowerCase()}`,
      // The list row's line of why: under notices that let some through, who may pass and who may not.
      line: `${crossingName} is now ${stateLabels[status.state].label.toLowerCase()}: ${reasonLine(status, "en")}`,
    };
  }
  const wait = status.waits.find((estimate) => estimate.direction === (subscription.direction ?? "a-b"));
  const send = seen === "below" && subscription.lastSeen !== "below";
  return {
    seen: seen === "unknown" ? (subscription.lastSeen ?? "unknown") : seen,
    send,
    eventKey: `wait:${seen}:${stamp}`,
    subject: `${crossingName}: wait ${waitRange(wait)}`,
    line: `${crossingName}: travellers report a wait of ${waitRange(wait)} (${wait?.sampleSize ?? 0} recent reports), below your ${subscription.waitBelow} min.`,
  };
}

/** "10–25 min" (the middle half of the reports, or all of them when there are few), "15 min". */
function waitRange(wait: Status["waits"][number] | undefined): string {
  if (!wait?.range) return "? min";
  return wait.range.min === wait.range.max ? `${wait.range.min} min` : `${wait.range.min}–${wait.range.max} min`;
}
