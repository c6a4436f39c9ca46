import "server-only";
/** Account actions: hide all of an account's reports, ban, unban, roles; the accounts list. Callers check the actor's role first (server/auth/session.ts). */
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { reporterRecords } from "@/db/queries/standing";
import { standingOf } from "@/lib/trust/standing";
import { reports, sessions, users } from "@/db/schema";
import { audit, reportState } from "@/db/queries/moderation/shared";
import type { Tx, ActionResult } from "@/db/queries/moderation/shared";

export async function hideUserReports(actorId: string, userId: string, reason: string, db: Db = getDb()): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId));
    if (!user) return { kind: "not-found" };
    const actionId = await hideAllOf(tx, actorId, userId, reason, "user.hide-reports");
    return { kind: "ok", actionId };
  });
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
  return db.transaction(async (tx) => {
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
  });
}

export async function unbanUser(actorId: string, userId: string, reason: string, db: Db = getDb()): Promise<ActionResult> {
  return db.transaction(async (tx) => {
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
  });
}

export async function setRole(actorId: string, userId: string, role: "traveller" | "moderator", reason: string, db: Db = getDb()): Promise<ActionResult> {
  return db.transaction(async (tx): Promise<ActionResult> => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!user) return { kind: "not-found" };
    if (user.role === "admin") return { kind: "invalid", message: "Admins are set by ADMIN_EMAILS." };
    await tx.update(users).set({ role }).where(eq(users.id, userId));
    const actionId = await audit(tx, { actorId, action: `user.role`, targetType: "user", targetId: userId, reason, before: { role: user.role }, after: { role } });
    return { kind: "ok", actionId };
  });
}

/** The newest 200 accounts, each with its record and standing (for moderators only). */
export async function listUsers(db: Db = getDb(), now: Date = new Date()) {
  const rows = await db
    .select({ id: users.id, email: users.email, role: users.role, bannedAt: users.bannedAt, createdAt: users.createdAt })
    .from(users)
    .orderBy(desc(users.createdAt))
    .limit(200);
  const records = await reporterRecords(
    db,
    rows.map((row) => row.id),
    now,
  );
  return rows.map((row) => {
    const record = records.get(row.id)!;
    return { ...row, record, standing: standingOf(record) };
  });
}
