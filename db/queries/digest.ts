/**
 * The moderators' daily digest (server/alerts/digest.ts): the crossings to look at, the reports
 * their states rest on, who gets it, and the claim that makes it once a day however many
 * instances check.
 * No "server-only" here: the production server's process imports it outside React's server
 * bundle (server/http/serve.ts starts the digest's timer), as it does db/queries/session-owner.ts.
 */
import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { crossings, moderatorDigests, reports, users } from "@/db/schema";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import type { ReportFacts } from "@/lib/moderation/digest";

export interface DigestCrossingRecord {
  id: number;
  slug: string;
  name: string;
  baseline: CrossingBaseline;
}

/** Every crossing, by English name (the order the digest lists them in). */
export async function listDigestCrossings(db: Db): Promise<DigestCrossingRecord[]> {
  return db.select({ id: crossings.id, slug: crossings.slug, name: crossings.nameEn, baseline: crossings.baseline }).from(crossings).orderBy(asc(crossings.nameEn));
}

/** What the digest needs of the reports a state rests on: whether anyone confirmed or verified them. */
export async function reportFacts(db: Db, ids: string[]): Promise<Map<string, ReportFacts>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: reports.id, observedAt: reports.observedAt, confirmations: reports.confirmations, verified: reports.verified })
    .from(reports)
    .where(inArray(reports.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Where to send it: every moderator and admin with an email address, unless banned. */
export async function digestRecipients(db: Db): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(inArray(users.role, ["moderator", "admin"]), isNull(users.bannedAt), isNotNull(users.email)))
    .orderBy(asc(users.email));
  return rows.flatMap((row) => (row.email ? [row.email] : []));
}

/** Claims the day's digest: true for the one caller that inserted the day (it sends), false for
 * every other (another instance, or this one earlier, has it). */
export async function claimDigestDay(db: Db, day: string, now: Date): Promise<boolean> {
  const inserted = await db.insert(moderatorDigests).values({ day, claimedAt: now }).onConflictDoNothing().returning({ day: moderatorDigests.day });
  return inserted.length > 0;
}

/** Records what the claimed day's digest did. */
export async function finishDigestDay(db: Db, day: string, outcome: { recipients: number; crossings: number }, now: Date): Promise<void> {
  await db
    .update(moderatorDigests)
    .set({ sentAt: now, ...outcome })
    .where(eq(moderatorDigests.day, day));
}

/** Gives the day back when its digest failed before a single email left, so the next check
 * (on any instance) tries again; once one has left, the day stays taken (never twice). */
export async function releaseDigestDay(db: Db, day: string): Promise<void> {
  await db.delete(moderatorDigests).where(and(eq(moderatorDigests.day, day), isNull(moderatorDigests.sentAt)));
}
