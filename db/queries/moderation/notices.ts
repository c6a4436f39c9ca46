import "server-only";
/** Notices: post, withdraw, list the active. Callers check the actor's role first (server/auth/session.ts). */
import { and, asc, eq, gte, isNull, or } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { notices } from "@/db/schema";
import type { NoticeInput } from "@/lib/status/types";
import { toNotice } from "@/db/queries/status";
import { audit } from "@/db/queries/moderation/shared";
import type { ActionResult } from "@/db/queries/moderation/shared";

/** A notice's state before it was posted, as its creation's log entry records it: withdrawn at
 * the epoch, so reverting the creation withdraws it (log.ts sets `withdrawnAt` back to this).
 * The audit log shows it as "not posted". */
export const NOT_POSTED = new Date(0).toISOString();

/** A notice as the status engine reads it, for one crossing, before it has an id. */
export type NoticeValues = Omit<NoticeInput, "id" | "postedAt"> & { crossingId: number };

export async function createNotice(actorId: string, values: NoticeValues, reason: string, db: Db = getDb()): Promise<ActionResult & { noticeId?: string }> {
  return db.transaction(async (tx) => {
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
      before: { withdrawnAt: NOT_POSTED },
      // What it does and to whom, so two notices of similar text tell apart in the log.
      after: {
        withdrawnAt: null,
        text: values.text,
        effect: values.effect,
        modes: values.modes?.join(", ") ?? "all",
        startsAt: values.startsAt.toISOString(),
        endsAt: values.endsAt?.toISOString() ?? null,
      },
    });
    return { kind: "ok", actionId, noticeId: notice!.id };
  });
}

export async function withdrawNotice(actorId: string, noticeId: string, reason: string, now: Date = new Date(), db: Db = getDb()): Promise<ActionResult> {
  return db.transaction(async (tx) => {
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
  });
}

/** A crossing's notices in force or planned, as the engine reads them (postedAt from created_at,
 * so the page's list breaks ties as the engine does: lib/status/notices.ts). */
export async function listActiveNotices(crossingId: number, now: Date = new Date(), db: Db = getDb()): Promise<NoticeInput[]> {
  const rows = await db
    .select()
    .from(notices)
    .where(and(eq(notices.crossingId, crossingId), isNull(notices.withdrawnAt), or(isNull(notices.endsAt), gte(notices.endsAt, now))))
    .orderBy(asc(notices.startsAt));
  return rows.map(toNotice);
}
