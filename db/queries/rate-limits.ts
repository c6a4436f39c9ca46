import "server-only";
/**
 * Hourly limits on readers' actions (votes, flags, edits), per account and per address, counted
 * in the database so they hold across app instances. The check and the count are one
 * transaction under an advisory lock per key, so a burst of parallel requests cannot all pass.
 * Report submissions keep their own count on the reports table (db/queries/reports.ts).
 */
import { and, count, eq, gte, lt, min, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { rateEvents } from "@/db/schema";

export type RateKind = (typeof rateEvents.$inferInsert)["kind"];

export interface RateScope {
  scope: "account" | "address";
  /** `user:<id>` or `address:<hmac>`. */
  key: string;
  limit: number;
}

export type RateOutcome = { kind: "ok" } | { kind: "rate-limited"; scope: RateScope["scope"]; limit: number; retryAt: Date };

/** Counts one `kind` action for every scope, unless one of them is at its limit for the window. */
export async function takeRateSlot(kind: RateKind, scopes: RateScope[], windowMs: number, now: Date = new Date(), db: Db = getDb()): Promise<RateOutcome> {
  if (!scopes.length) return { kind: "ok" };
  const since = new Date(now.getTime() - windowMs);
  return db.transaction(async (tx) => {
    for (const { key } of scopes) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`rate:${kind}:${key}`}, 0))`);
    for (const { scope, key, limit } of scopes) {
      const [usage] = await tx
        .select({ used: count(), oldest: min(rateEvents.at) })
        .from(rateEvents)
        .where(and(eq(rateEvents.kind, kind), eq(rateEvents.key, key), gte(rateEvents.at, since)));
      if (usage && usage.used >= limit) {
        const oldest = usage.oldest ? new Date(usage.oldest) : now;
        return { kind: "rate-limited", scope, limit, retryAt: new Date(oldest.getTime() + windowMs) };
      }
    }
    for (const { key } of scopes) await tx.delete(rateEvents).where(and(eq(rateEvents.kind, kind), eq(rateEvents.key, key), lt(rateEvents.at, since)));
    await tx.insert(rateEvents).values(scopes.map(({ key }) => ({ kind, key, at: now })));
    return { kind: "ok" };
  });
}
