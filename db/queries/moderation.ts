import "server-only";
/**
 * Moderation: flags, the review queue, report and account actions, notices and baseline
 * revisions. Every action runs in one transaction with its audit-log row (who, what, when,
 * why, before, after), and every logged action can be reverted from the log.
 * Callers check the actor's role first (lib/auth/session.ts); these functions trust it.
 */
import { timelineBudgetProblem } from "@/lib/status/timeline";
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { invalidateAll, invalidateUser } from "@/db/cache-bus";

import { baselineRevisions, crossings, flags, moderationActions, notices, reports, sessions, users } from "@/db/schema";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import type { NoticeInput } from "@/lib/status/types";
import { derivedColumns } from "@/lib/baseline/facts";
import { canFlag, FLAG_MIN_ACCOUNT_AGE_MS, flagWeight, HIDE_THRESHOLD, type FlagReason } from "@/lib/moderation/rules";

/** Moderation can change what many crossings show: after it, every cached view is dropped. */
async function invalidatingAll<T>(db: Db, work: Promise<T>): Promise<T> {
  const result = await work;
  await invalidateAll(db);
  return result;
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Snapshot = Record<string, unknown>;

async function audit(
  tx: Tx,
  entry: {
    actorId: string;
    action: string;
    targetType: "report" | "user" | "notice" | "crossing";
    targetId: string;
    reason: string;
    before: Snapshot | null;
    after: Snapshot | null;
    revertsActionId?: number;
  },
): Promise<number> {
  const [row] = await tx.insert(moderationActions).values(entry).returning({ id: moderationActions.id });
  return row!.id;
}

const reportState = (row: { hidden: boolean; verified: boolean; reviewState: string }): Snapshot => ({
  hidden: row.hidden,
  verified: row.verified,
  reviewState: row.reviewState,
});

// ---------------------------------------------------------------- flags

export type FlagResult = { kind: "flagged"; hidden: boolean } | { kind: "not-found" } | { kind: "own" } | { kind: "too-new" } | { kind: "already" };

export async function flagReport(
  flaggerId: string,
  reportId: string,
  reason: FlagReason,
  now: Date = new Date(),
  minimumAccountAgeMs = FLAG_MIN_ACCOUNT_AGE_MS,
  db: Db = getDb(),
): Promise<FlagResult> {
  const result = await db.transaction(async (tx): Promise<FlagResult> => {
    const [report] = await tx
      .select()
      .from(reports)
      .where(and(eq(reports.id, reportId), isNull(reports.withdrawnAt)))
      .for("update");
    if (!report || (report.hidden && report.reviewState === "none")) return { kind: "not-found" };
    if (report.authorId === flaggerId) return { kind: "own" };
    const [flagger] = await tx.select().from(users).where(eq(users.id, flaggerId));
    if (!flagger) return { kind: "not-found" };
    const accountAgeMs = now.getTime() - flagger.createdAt.getTime();
    if (!canFlag(accountAgeMs, minimumAccountAgeMs)) return { kind: "too-new" };
    const [record] = await tx
      .select({
        agreed: sql<number>`count(*) filter (where ${flags.resolution} = 'agreed')::int`,
        disagreed: sql<number>`count(*) filter (where ${flags.resolution} = 'disagreed')::int`,
      })
      .from(flags)
      .where(eq(flags.flaggerId, flaggerId));
    const [authored] = await tx
      .select({ visible: count() })
      .from(reports)
      .where(and(eq(reports.authorId, flaggerId), eq(reports.hidden, false), isNull(reports.withdrawnAt)));
    const weight = flagWeight({ agreed: record?.agreed ?? 0, disagreed: record?.disagreed ?? 0, accountAgeMs, visibleReports: authored?.visible ?? 0 });
    const inserted = await tx.insert(flags).values({ reportId, flaggerId, reason, weight, createdAt: now }).onConflictDoNothing().returning({ id: flags.id });
    if (!inserted.length) return { kind: "already" };
    const [open] = await tx
      .select({ total: sql<number>`coalesce(sum(${flags.weight}), 0)::float` })
      .from(flags)
      .where(and(eq(flags.reportId, reportId), isNull(flags.resolution)));
    const hide = (open?.total ?? 0) >= HIDE_THRESHOLD && !report.hidden;
    if (hide) await tx.update(reports).set({ hidden: true, reviewState: "flagged" }).where(eq(reports.id, reportId));
    return { kind: "flagged", hidden: hide || report.hidden };
  });
  // Only a flag that was stored changes anything shown: a refused one (unknown report, one's
  // own, a second flag, too new an account) must not drop every cached page, or any account
  // posting made-up ids would empty the caches twice a second.
  if (result.kind === "flagged") await invalidateAll(db);
  return result;
}

// ---------------------------------------------------------------- the queue

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
        accountAgeDays: author ? Math.floor((now.getTime() - author.createdAt.getTime()) / 86400_000) : null,
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

// ---------------------------------------------------------------- report actions

export type ReportAction = "hide" | "restore" | "verify" | "dismiss-flags";
export type ActionResult = { kind: "ok"; actionId: number } | { kind: "not-found" } | { kind: "invalid"; message: string };

export async function moderateReport(actorId: string, reportId: string, action: ReportAction, reason: string, now: Date = new Date(), db: Db = getDb()): Promise<ActionResult> {
  return invalidatingAll(
    db,
    db.transaction(async (tx) => {
      const [row] = await tx.select().from(reports).where(eq(reports.id, reportId)).for("update");
      if (!row) return { kind: "not-found" };
      const before = reportState(row);
      const next =
        action === "hide"
          ? { hidden: true, reviewState: "none" as const }
          : action === "verify"
            ? { verified: true, hidden: false, reviewState: "none" as const }
            : { hidden: false, reviewState: "none" as const };
      await tx.update(reports).set(next).where(eq(reports.id, reportId));
      // Hiding or verifying settles the flags: hiding upholds them, anything else dismisses them.
      await tx
        .update(flags)
        .set({ resolution: action === "hide" ? "agreed" : "disagreed", resolvedAt: now })
        .where(and(eq(flags.reportId, reportId), isNull(flags.resolution)));
      const actionId = await audit(tx, { actorId, action: `report.${action}`, targetType: "report", targetId: reportId, reason, before, after: reportState({ ...row, ...next }) });
      return { kind: "ok", actionId };
    }),
  );
}

// ---------------------------------------------------------------- account actions

export async function hideUserReports(actorId: string, userId: string, reason: string, db: Db = getDb()): Promise<ActionResult> {
  return invalidatingAll(
    db,
    db.transaction(async (tx) => {
      const [user] = await tx.select().from(users).where(eq(users.id, userId));
      if (!user) return { kind: "not-found" };
      const actionId = await hideAllOf(tx, actorId, userId, reason, "user.hide-reports");
      return { kind: "ok", actionId };
    }),
  );
}

async function hideAllOf(tx: Tx, actorId: string, userId: string, reason: string, action: string): Promise<number> {
  const rows = await tx
    .select()
    .from(reports)
    .where(and(eq(reports.authorId, userId), eq(reports.hidden, false)));
  if (rows.length)
    await tx
      .update(reports)
      .set({ hidden: true })
      .where(
        inArray(
          reports.id,
          rows.map((row) => row.id),
        ),
      );
  return audit(tx, {
    actorId,
    action,
    targetType: "user",
    targetId: userId,
    reason,
    before: { reports: rows.map((row) => ({ id: row.id, ...reportState(row) })) },
    after: { reports: rows.map((row) => ({ id: row.id, ...reportState({ ...row, hidden: true }) })) },
  });
}

/** A ban ends the user's sessions at once; their reports are hidden or kept, as the moderator chooses. */
export async function banUser(actorId: string, userId: string, reason: string, hideReports: boolean, now: Date = new Date(), db: Db = getDb()): Promise<ActionResult> {
  return invalidatingAll(
    db,
    db.transaction(async (tx) => {
      const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
      if (!user) return { kind: "not-found" };
      if (user.role === "admin") return { kind: "invalid", message: "Admins cannot be banned; demote first." };
      await tx.update(users).set({ bannedAt: now }).where(eq(users.id, userId));
      await tx.delete(sessions).where(eq(sessions.userId, userId));
      const actionId = await audit(tx, {
        actorId,
        action: "user.ban",
        targetType: "user",
        targetId: userId,
        reason,
        before: { bannedAt: user.bannedAt?.toISOString() ?? null },
        after: { bannedAt: now.toISOString() },
      });
      if (hideReports) await hideAllOf(tx, actorId, userId, reason, "user.hide-reports");
      return { kind: "ok", actionId };
    }),
  );
}

export async function unbanUser(actorId: string, userId: string, reason: string, db: Db = getDb()): Promise<ActionResult> {
  return invalidatingAll(
    db,
    db.transaction(async (tx) => {
      const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
      if (!user) return { kind: "not-found" };
      await tx.update(users).set({ bannedAt: null }).where(eq(users.id, userId));
      const actionId = await audit(tx, {
        actorId,
        action: "user.unban",
        targetType: "user",
        targetId: userId,
        reason,
        before: { bannedAt: user.bannedAt?.toISOString() ?? null },
        after: { bannedAt: null },
      });
      return { kind: "ok", actionId };
    }),
  );
}

export async function setRole(actorId: string, userId: string, role: "traveller" | "moderator", reason: string, db: Db = getDb()): Promise<ActionResult> {
  const result = await db.transaction(async (tx): Promise<ActionResult> => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!user) return { kind: "not-found" };
    if (user.role === "admin") return { kind: "invalid", message: "Admins are set by ADMIN_EMAILS." };
    await tx.update(users).set({ role }).where(eq(users.id, userId));
    const actionId = await audit(tx, { actorId, action: `user.role`, targetType: "user", targetId: userId, reason, before: { role: user.role }, after: { role } });
    return { kind: "ok", actionId };
  });
  // Their own kept pages show (or hide) the moderators' links and forms: drop them at once.
  if (result.kind === "ok") await invalidateUser(db, userId);
  return result;
}

export async function listUsers(db: Db = getDb()) {
  return db
    .select({ id: users.id, email: users.email, role: users.role, bannedAt: users.bannedAt, createdAt: users.createdAt })
    .from(users)
    .orderBy(desc(users.createdAt))
    .limit(200);
}

// ---------------------------------------------------------------- notices

/** A notice as the status engine reads it, for one crossing, before it has an id. */
export type NoticeValues = Omit<NoticeInput, "id"> & { crossingId: number };

export async function createNotice(actorId: string, values: NoticeValues, reason: string, db: Db = getDb()): Promise<ActionResult & { noticeId?: string }> {
  return invalidatingAll(
    db,
    db.transaction(async (tx) => {
      const [notice] = await tx
        .insert(notices)
        .values({ ...values, createdBy: actorId })
        .returning();
      const actionId = await audit(tx, {
        actorId,
        action: "notice.create",
        targetType: "notice",
        targetId: notice!.id,
        reason,
        before: { withdrawnAt: new Date(0).toISOString() },
        after: { withdrawnAt: null, text: values.text, startsAt: values.startsAt.toISOString(), endsAt: values.endsAt?.toISOString() ?? null },
      });
      return { kind: "ok", actionId, noticeId: notice!.id };
    }),
  );
}

export async function withdrawNotice(actorId: string, noticeId: string, reason: string, now: Date = new Date(), db: Db = getDb()): Promise<ActionResult> {
  return invalidatingAll(
    db,
    db.transaction(async (tx) => {
      const [notice] = await tx.select().from(notices).where(eq(notices.id, noticeId)).for("update");
      if (!notice) return { kind: "not-found" };
      await tx.update(notices).set({ withdrawnAt: now }).where(eq(notices.id, noticeId));
      const actionId = await audit(tx, {
        actorId,
        action: "notice.withdraw",
        targetType: "notice",
        targetId: noticeId,
        reason,
        before: { withdrawnAt: notice.withdrawnAt?.toISOString() ?? null },
        after: { withdrawnAt: now.toISOString() },
      });
      return { kind: "ok", actionId };
    }),
  );
}

export async function listActiveNotices(crossingId: number, now: Date = new Date(), db: Db = getDb()) {
  return db
    .select()
    .from(notices)
    .where(and(eq(notices.crossingId, crossingId), isNull(notices.withdrawnAt), or(isNull(notices.endsAt), gte(notices.endsAt, now))))
    .orderBy(asc(notices.startsAt));
}

// ---------------------------------------------------------------- baseline revisions

export async function reviseBaseline(
  actorId: string,
  crossingId: number,
  after: CrossingBaseline,
  meta: { reason: string; sourceTitle: string; sourceUrl: string | null; revertsRevisionId?: number },
  db: Db = getDb(),
): Promise<ActionResult & { revisionId?: number }> {
  // A schedule the status engine cannot compile within its step budget is refused here, for
  // the form and the API alike: the moderator sees why; readers never get a stalled server.
  const tooComplex = timelineBudgetProblem(after, new Date());
  if (tooComplex) return { kind: "invalid", message: tooComplex.message };
  return invalidatingAll(
    db,
    db.transaction(async (tx) => {
      const [row] = await tx.select().from(crossings).where(eq(crossings.id, crossingId)).for("update");
      if (!row) return { kind: "not-found" };
      if (after.slug !== row.slug) return { kind: "invalid", message: "The slug cannot change." };
      await tx
        .update(crossings)
        .set({
          baseline: after,
          baselineOrigin: "revision",
          baselineVersion: row.baselineVersion + 1,
          ...derivedColumns(after),
          updatedAt: sql`now()`,
        })
        .where(eq(crossings.id, crossingId));
      const [revision] = await tx
        .insert(baselineRevisions)
        .values({
          crossingId,
          authorId: actorId,
          reason: meta.reason,
          sourceTitle: meta.sourceTitle,
          sourceUrl: meta.sourceUrl,
          before: row.baseline,
          after,
          revertsRevisionId: meta.revertsRevisionId ?? null,
        })
        .returning({ id: baselineRevisions.id });
      const actionId = await audit(tx, {
        actorId,
        action: meta.revertsRevisionId ? "baseline.revert" : "baseline.edit",
        targetType: "crossing",
        targetId: String(crossingId),
        reason: meta.reason,
        before: { baseline: row.baseline, revisionOrigin: row.baselineOrigin },
        after: { baseline: after, revisionId: revision!.id },
      });
      return { kind: "ok", actionId, revisionId: revision!.id };
    }),
  );
}

export async function listBaselineRevisions(crossingId: number, db: Db = getDb()) {
  return db
    .select({ revision: baselineRevisions, authorEmail: users.email })
    .from(baselineRevisions)
    .leftJoin(users, eq(users.id, baselineRevisions.authorId))
    .where(eq(baselineRevisions.crossingId, crossingId))
    .orderBy(desc(baselineRevisions.createdAt), desc(baselineRevisions.id));
}

export async function revertBaselineRevision(actorId: string, revisionId: number, reason: string, db: Db = getDb()): Promise<ActionResult> {
  const [revision] = await db.select().from(baselineRevisions).where(eq(baselineRevisions.id, revisionId));
  if (!revision) return { kind: "not-found" };
  return reviseBaseline(
    actorId,
    revision.crossingId,
    revision.before,
    { reason, sourceTitle: `Revert of revision ${revisionId}`, sourceUrl: null, revertsRevisionId: revisionId },
    db,
  );
}

// ---------------------------------------------------------------- the audit log and reverting

export async function listAuditLog(limit = 100, db: Db = getDb()) {
  return db
    .select({ action: moderationActions, actorEmail: users.email })
    .from(moderationActions)
    .leftJoin(users, eq(users.id, moderationActions.actorId))
    .orderBy(desc(moderationActions.createdAt), desc(moderationActions.id))
    .limit(limit);
}

/** Puts the target back as it was before the action, and logs that as an action of its own. */
export async function revertAction(actorId: string, actionId: number, reason: string, db: Db = getDb()): Promise<ActionResult> {
  const [entry] = await db.select().from(moderationActions).where(eq(moderationActions.id, actionId));
  if (!entry) return { kind: "not-found" };
  if (entry.revertedAt) return { kind: "invalid", message: "This action was already reverted." };
  const before = entry.before ?? {};
  if (entry.targetType === "crossing") {
    const result = await reviseBaseline(
      actorId,
      Number(entry.targetId),
      before.baseline as CrossingBaseline,
      { reason, sourceTitle: `Revert of action ${actionId}`, sourceUrl: null },
      db,
    );
    if (result.kind === "ok") await db.update(moderationActions).set({ revertedAt: new Date() }).where(eq(moderationActions.id, actionId));
    return result;
  }
  return invalidatingAll(
    db,
    db.transaction(async (tx) => {
      let after: Snapshot = {};
      if (entry.targetType === "report") {
        const [row] = await tx.select().from(reports).where(eq(reports.id, entry.targetId)).for("update");
        if (!row) return { kind: "not-found" };
        after = reportState(row);
        await tx
          .update(reports)
          .set({ hidden: Boolean(before.hidden), verified: Boolean(before.verified), reviewState: before.reviewState as "none" })
          .where(eq(reports.id, entry.targetId));
      } else if (entry.targetType === "user" && Array.isArray(before.reports)) {
        for (const snapshot of before.reports as { id: string; hidden: boolean; verified: boolean; reviewState: "none" }[]) {
          await tx.update(reports).set({ hidden: snapshot.hidden, verified: snapshot.verified, reviewState: snapshot.reviewState }).where(eq(reports.id, snapshot.id));
        }
        after = entry.after ?? {};
      } else if (entry.targetType === "user") {
        const [user] = await tx.select().from(users).where(eq(users.id, entry.targetId)).for("update");
        if (!user) return { kind: "not-found" };
        after = { role: user.role, bannedAt: user.bannedAt?.toISOString() ?? null };
        const set: Partial<typeof users.$inferInsert> = {};
        if ("role" in before) set.role = before.role as "traveller";
        if ("bannedAt" in before) set.bannedAt = before.bannedAt ? new Date(before.bannedAt as string) : null;
        await tx.update(users).set(set).where(eq(users.id, entry.targetId));
      } else if (entry.targetType === "notice") {
        const [notice] = await tx.select().from(notices).where(eq(notices.id, entry.targetId)).for("update");
        if (!notice) return { kind: "not-found" };
        after = { withdrawnAt: notice.withdrawnAt?.toISOString() ?? null };
        await tx
          .update(notices)
          .set({ withdrawnAt: before.withdrawnAt ? new Date(before.withdrawnAt as string) : null })
          .where(eq(notices.id, entry.targetId));
      }
      const revertId = await audit(tx, {
        actorId,
        action: `revert.${entry.action}`,
        targetType: entry.targetType,
        targetId: entry.targetId,
        reason,
        before: after,
        after: before,
        revertsActionId: actionId,
      });
      await tx.update(moderationActions).set({ revertedAt: new Date() }).where(eq(moderationActions.id, actionId));
      return { kind: "ok", actionId: revertId };
    }),
  );
}
