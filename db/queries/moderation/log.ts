import "server-only";
/** The audit log, and reverting any logged action. Callers check the actor's role first (server/auth/session.ts). */
import { desc, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { moderationActions, notices, reports, users } from "@/db/schema";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import { audit, reportState } from "@/db/queries/moderation/shared";
import type { Snapshot, ActionResult } from "@/db/queries/moderation/shared";
import { reviseBaseline } from "@/db/queries/moderation/baseline";

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
  return db.transaction(async (tx) => {
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
      // An admin's role comes from ADMIN_EMAILS, never from the log: a revert must not demote one.
      if ("role" in before && user.role === "admin") return { kind: "invalid", message: "Admins are set by ADMIN_EMAILS." };
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
  });
}

/** One logged action, for the checks a revert needs before it runs. */
export async function getModerationAction(actionId: number, db: Db = getDb()) {
  const [entry] = await db
    .select({ action: moderationActions.action, targetType: moderationActions.targetType, targetId: moderationActions.targetId })
    .from(moderationActions)
    .where(eq(moderationActions.id, actionId));
  return entry ?? null;
}
