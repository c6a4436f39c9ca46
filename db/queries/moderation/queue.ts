import "server-only";
/** The review queue: flagged and held reports, new travellers' reports to verify, and the recently hidden. Callers check the actor's role first (server/auth/session.ts). */
import { and, asc, count, desc, eq, gte, isNull, lte, ne, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { crossings, flags, reports, users } from "@/db/schema";

export interface QueueItem {
  id: string;
  crossingId: number;
  crossingSlug: string;
  crossingName: string;
  observedAt: Date;
  submittedAt: Date;
  direction: string;
  seen: string;
  mode: string;
  waitMinutes: number | null;
  notes: string | null;
  hidden: boolean;
  verified: boolean;
  reviewState: string;
  flags: { reason: string; weight: number; createdAt: Date }[];
  author: { id: string | null; reports: number; hidden: number; accountAgeDays: number | null; banned: boolean };
  nearby: { id: string; observedAt: Date; seen: string; hidden: boolean }[];
}

/** Whole days since an account was made; null for an account no longer there. */
function accountAgeDays(createdAt: Date | null, now: Date): number | null {
  return createdAt ? Math.floor((now.getTime() - createdAt.getTime()) / 86400_000) : null;
}

/** Flagged and held reports, oldest first, with the reporter's history and what others saw then. */
export async function listQueue(now: Date = new Date(), db: Db = getDb()): Promise<QueueItem[]> {
  // Held or flagged by state, and with open flags: two index-backed reads, merged oldest first.
  const queued = (condition: SQL | undefined, flagged: boolean) => {
    const query = db
      .selectDistinct({ report: reports, crossingSlug: crossings.slug, crossingName: crossings.nameEn })
      .from(reports)
      .innerJoin(crossings, eq(crossings.id, reports.crossingId));
    return (flagged ? query.innerJoin(flags, and(eq(flags.reportId, reports.id), isNull(flags.resolution))) : query)
      .where(and(isNull(reports.withdrawnAt), condition))
      .orderBy(asc(reports.submittedAt))
      .limit(100);
  };
  const [byState, byFlags] = await Promise.all([queued(sql`${reports.reviewState} <> 'none'`, false), queued(undefined, true)]);
  const seen = new Set<string>();
  const rows = [...byState, ...byFlags]
    .filter(({ report }) => (seen.has(report.id) ? false : (seen.add(report.id), true)))
    .sort((a, b) => a.report.submittedAt.getTime() - b.report.submittedAt.getTime())
    .slice(0, 100);
  const items: QueueItem[] = [];
  for (const { report, crossingSlug, crossingName } of rows) {
    const [reportFlags, authorRow, history, nearby] = await Promise.all([
      db
        .select({ reason: flags.reason, weight: flags.weight, createdAt: flags.createdAt })
        .from(flags)
        .where(and(eq(flags.reportId, report.id), isNull(flags.resolution))),
      report.authorId ? db.select().from(users).where(eq(users.id, report.authorId)) : Promise.resolve([]),
      report.authorId
        ? db
            .select({ total: count(), hidden: sql<number>`count(*) filter (where ${reports.hidden})::int` })
            .from(reports)
            .where(eq(reports.authorId, report.authorId))
        : Promise.resolve([{ total: 0, hidden: 0 }]),
      db
        .select({ id: reports.id, observedAt: reports.observedAt, seen: reports.seen, hidden: reports.hidden })
        .from(reports)
        .where(
          and(
            eq(reports.crossingId, report.crossingId),
            ne(reports.id, report.id),
            gte(reports.observedAt, new Date(report.observedAt.getTime() - 3 * 3600_000)),
            lte(reports.observedAt, new Date(report.observedAt.getTime() + 3 * 3600_000)),
          ),
        )
        .orderBy(desc(reports.observedAt))
        .limit(10),
    ]);
    const author = authorRow[0];
    items.push({
      id: report.id,
      crossingId: report.crossingId,
      crossingSlug,
      crossingName,
      observedAt: report.observedAt,
      submittedAt: report.submittedAt,
      direction: report.direction,
      seen: report.seen,
      mode: report.mode,
      waitMinutes: report.waitMinutes,
      notes: report.notes,
      hidden: report.hidden,
      verified: report.verified,
      reviewState: report.reviewState,
      flags: reportFlags,
      author: {
        id: report.authorId,
        reports: history[0]?.total ?? 0,
        hidden: history[0]?.hidden ?? 0,
        accountAgeDays: accountAgeDays(author?.createdAt ?? null, now),
        banned: Boolean(author?.bannedAt),
      },
      nearby,
    });
  }
  return items;
}

/** Reports hidden in the last week (by moderators or flags), for a restore within reach. */
export async function listRecentlyHidden(now: Date = new Date(), db: Db = getDb()) {
  return db
    .select({ id: reports.id, notes: reports.notes, seen: reports.seen, observedAt: reports.observedAt, crossingSlug: crossings.slug, crossingName: crossings.nameEn })
    .from(reports)
    .innerJoin(crossings, eq(crossings.id, reports.crossingId))
    .where(and(eq(reports.hidden, true), eq(reports.reviewState, "none"), isNull(reports.withdrawnAt), gte(reports.observedAt, new Date(now.getTime() - 7 * 86400_000))))
    .orderBy(desc(reports.observedAt))
    .limit(50);
}

/** How far back the list of new travellers' reports reaches. */
export const UNCONFIRMED_LISTED_DAYS = 14;

export interface UnconfirmedItem {
  id: string;
  crossingSlug: string;
  crossingName: string;
  seen: string;
  /** Which way the traveller crossed (a wait is per direction). */
  direction: "a-b" | "b-a";
  mode: string;
  waitMinutes: number | null;
  observedAt: Date;
  notes: string | null;
  /** Whole days since the account was made (as the queue's author), null when it was deleted. */
  accountAgeDays: number | null;
}

/**
 * Reports of the last UNCONFIRMED_LISTED_DAYS from accounts that could not decide alone when
 * they posted (new, or without a corroborated report: lib/trust/standing.ts), not yet verified,
 * visible, newest first. Such a report's state counts only when a traveller with a record says
 * the same, and its wait joins the typical waits only once a moderator verifies it (migration
 * 0014): without this list a first-time traveller's wait would wait for a moderator to happen
 * on it. Read through the partial index reports_unconfirmed_idx (its condition, word for word).
 */
export async function listUnconfirmed(now: Date = new Date(), db: Db = getDb(), limit = 50): Promise<UnconfirmedItem[]> {
  const rows = await db
    .select({
      id: reports.id,
      crossingSlug: crossings.slug,
      crossingName: crossings.nameEn,
      seen: reports.seen,
      direction: reports.direction,
      mode: reports.mode,
      waitMinutes: reports.waitMinutes,
      observedAt: reports.observedAt,
      notes: reports.notes,
      accountCreatedAt: users.createdAt,
    })
    .from(reports)
    .innerJoin(crossings, eq(crossings.id, reports.crossingId))
    .leftJoin(users, eq(users.id, reports.authorId))
    .where(
      and(
        sql`${reports.unconfirmedAuthor} and not ${reports.verified}`,
        eq(reports.hidden, false),
        isNull(reports.withdrawnAt),
        gte(reports.submittedAt, new Date(now.getTime() - UNCONFIRMED_LISTED_DAYS * 86400_000)),
      ),
    )
    .orderBy(desc(reports.submittedAt))
    .limit(limit);
  return rows.map(({ accountCreatedAt, ...row }) => ({ ...row, accountAgeDays: accountAgeDays(accountCreatedAt, now) }));
}
