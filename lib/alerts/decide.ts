/**
 * Whether an alert subscription should fire for a crossing's status now. Pure.
 * A "state" alert fires when the state differs from the one last seen; a "wait" alert when
 * the recent-report wait in its direction drops below its threshold (once, until it rises
 * above again). The event key makes the same event impossible to send twice.
 */
import { reasonText } from "@/lib/i18n/reasons";
import type { Status } from "@/lib/status/types";
import { stateLabels } from "@/lib/format/labels";

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
  if (!wait || wait.basis !== "reports" || wait.minutes === null) return "unknown";
  return wait.minutes < (subscription.waitBelow ?? 0) ? "below" : "above";
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
      line: `${crossingName} is now ${stateLabels[status.state].label.toLowerCase()}: ${status.reasons[0] ? reasonText(status.reasons[0].message, "en") : ""}`,
    };
  }
  const wait = status.waits.find((estimate) => estimate.direction === (subscription.direction ?? "a-b"));
  const send = seen === "below" && subscription.lastSeen !== "below";
  return {
    seen: seen === "unknown" ? (subscription.lastSeen ?? "unknown") : seen,
    send,
    eventKey: `wait:${seen}:${stamp}`,
    subject: `${crossingName}: wait about ${wait?.minutes ?? "?"} min`,
    line: `${crossingName}: travellers report a wait of about ${wait?.minutes ?? "?"} min (median of ${wait?.sampleSize ?? 0} recent reports), below your ${subscription.waitBelow} min.`,
  };
}
