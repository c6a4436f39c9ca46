import "server-only";
/** Alert subscriptions and their deliveries (each event sent at most once per subscription). */
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { alertDeliveries, alertSubscriptions, crossings, users } from "@/db/schema";

export interface NewSubscription {
  userId: string;
  crossingId: number;
  kind: "state" | "wait";
  waitBelow: number | null;
  direction: "a-b" | "b-a" | null;
  lastSeen: string;
}

export const MAX_ALERTS_PER_USER = 30;

export async function subscribe(input: NewSubscription, unsubscribeHashFor: (id: string) => string, db: Db = getDb()): Promise<{ id: string } | { error: string }> {
  const active = await db
    .select({ id: alertSubscriptions.id })
    .from(alertSubscriptions)
    .where(and(eq(alertSubscriptions.userId, input.userId), isNull(alertSubscriptions.unsubscribedAt)));
  if (active.length >= MAX_ALERTS_PER_USER) return { error: `At most ${MAX_ALERTS_PER_USER} alerts: remove one first.` };
  const id = crypto.randomUUID();
  await db.insert(alertSubscriptions).values({ id, ...input, unsubscribeHash: unsubscribeHashFor(id) });
  return { id };
}

export async function listSubscriptions(userId: string, crossingId?: number, db: Db = getDb()) {
  return db
    .select({
      id: alertSubscriptions.id,
      kind: alertSubscriptions.kind,
      waitBelow: alertSubscriptions.waitBelow,
      direction: alertSubscriptions.direction,
      crossingSlug: crossings.slug,
      crossingName: crossings.nameEn,
    })
    .from(alertSubscriptions)
    .innerJoin(crossings, eq(crossings.id, alertSubscriptions.crossingId))
    .where(and(eq(alertSubscriptions.userId, userId), isNull(alertSubscriptions.unsubscribedAt), crossingId ? eq(alertSubscriptions.crossingId, crossingId) : undefined));
}

/** The subscription's owner when the link was still active, else null. */
export async function unsubscribeByHash(hash: string, db: Db = getDb()): Promise<string | null> {
  const rows = await db
    .update(alertSubscriptions)
    .set({ unsubscribedAt: new Date() })
    .where(and(eq(alertSubscriptions.unsubscribeHash, hash), isNull(alertSubscriptions.unsubscribedAt)))
    .returning({ id: alertSubscriptions.id, userId: alertSubscriptions.userId });
  return rows[0]?.userId ?? null;
}

export async function unsubscribeOwn(userId: string, id: string, db: Db = getDb()): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
  const rows = await db
    .update(alertSubscriptions)
    .set({ unsubscribedAt: new Date() })
    .where(and(eq(alertSubscriptions.id, id), eq(alertSubscriptions.userId, userId), isNull(alertSubscriptions.unsubscribedAt)))
    .returning({ id: alertSubscriptions.id });
  return rows.length > 0;
}

/** Active subscriptions on a crossing, with where to send them (banned accounts get nothing). */
export async function activeSubscriptions(crossingId: number, db: Db = getDb()) {
  return db
    .select({ subscription: alertSubscriptions, email: users.email })
    .from(alertSubscriptions)
    .innerJoin(users, eq(users.id, alertSubscriptions.userId))
    .where(and(eq(alertSubscriptions.crossingId, crossingId), isNull(alertSubscriptions.unsubscribedAt), isNull(users.bannedAt)));
}

/** Crossings someone is subscribed to: a moderation action or a baseline revision may change any of them. */
export async function subscribedCrossingIds(db: Db = getDb()): Promise<number[]> {
  const rows = await db.selectDistinct({ crossingId: alertSubscriptions.crossingId }).from(alertSubscriptions).where(isNull(alertSubscriptions.unsubscribedAt));
  return rows.map((row) => row.crossingId);
}

/** Records what the subscription now sees; claims the event for sending. True: send it (no one
 * has); false: it was already sent (by this or another instance). */
export async function claimDelivery(subscriptionId: string, eventKey: string, seen: string, send: boolean, db: Db = getDb()): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.update(alertSubscriptions).set({ lastSeen: seen }).where(eq(alertSubscriptions.id, subscriptionId));
    if (!send) return false;
    const inserted = await tx.insert(alertDeliveries).values({ subscriptionId, eventKey }).onConflictDoNothing().returning({ id: alertDeliveries.id });
    return inserted.length > 0;
  });
}
