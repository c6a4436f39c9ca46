/**
 * After something changes at a crossing (a report, its edit or withdrawal, a vote, a flag that
 * hides it, a moderation action, a notice, a baseline revision), evaluate its status and send
 * the alerts that fire: by the same mail path as sign-in links (SMTP, or a log line without
 * it), each with a one-click unsubscribe link. Runs after the response. Each event is claimed
 * in the database before it is sent, so calling this after any write never sends twice.
 */
import { createHash, createHmac } from "node:crypto";
import { after } from "next/server";
import { activeSubscriptions, claimDelivery, subscribedCrossingIds } from "@/db/queries/alerts";
import { getCrossingById } from "@/db/queries/crossings";
import { crossingStateAt } from "@/db/queries/crossing-state";
import { authSecret } from "@/server/auth/secret";
import { sendEmail } from "@/server/auth/mail";
import { env } from "@/lib/env";
import { decideAlert } from "@/lib/alerts/decide";

/** The unsubscribe link's secret, derived from the subscription id (never stored). */
export function unsubscribeToken(subscriptionId: string): string {
  return createHmac("sha256", authSecret).update(`unsubscribe:${subscriptionId}`).digest("base64url");
}

export function unsubscribeHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function dispatchAlerts(crossingId: number, origin: string, now: Date = new Date()): Promise<number> {
  const subscriptions = await activeSubscriptions(crossingId);
  if (!subscriptions.length) return 0;
  const record = await getCrossingById(crossingId);
  if (!record) return 0;
  const { status } = await crossingStateAt(record, now, { planner: false });
  let sent = 0;
  for (const { subscription, email } of subscriptions) {
    const decision = decideAlert(subscription, status, record.baseline.name.en);
    const claimed = await claimDelivery(subscription.id, decision.eventKey, decision.seen, decision.send);
    if (!claimed || !email) continue;
    const unsubscribe = `${origin}/alerts/unsubscribe?token=${unsubscribeToken(subscription.id)}`;
    await sendEmail(
      {
        to: email,
        subject: decision.subject,
        text: `${decision.line}\n\n${origin}/crossings/${record.slug}\n\nStop these alerts: ${unsubscribe}\n`,
        headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      },
      env.SMTP_URL,
      env.EMAIL_FROM,
    );
    sent += 1;
  }
  return sent;
}

/**
 * Schedules alerts after the response to a committed write: for one crossing, or for every
 * crossing someone is subscribed to ("any") when the write may change several (moderation
 * of a user's reports, reverts, baseline revisions).
 */
export function alertsAfter(crossing: number | "any", origin: string): void {
  after(async () => {
    try {
      const ids = crossing === "any" ? await subscribedCrossingIds() : [crossing];
      for (const id of ids) await dispatchAlerts(id, origin);
    } catch (error) {
      console.error("Alerts failed:", error);
    }
  });
}
