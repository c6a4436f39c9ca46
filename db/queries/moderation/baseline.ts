import "server-only";
/** Baseline revisions: revise (validated, with its diff), list, revert. Callers check the actor's role first (server/auth/session.ts). */
import { timelineBudgetProblem } from "@/lib/status/timeline";
import { desc, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { baselineRevisions, crossings, users } from "@/db/schema";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import { derivedColumns } from "@/lib/baseline/facts";
import { audit } from "@/db/queries/moderation/shared";
import type { ActionResult } from "@/db/queries/moderation/shared";

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
  return db.transaction(async (tx) => {
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
  });
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
