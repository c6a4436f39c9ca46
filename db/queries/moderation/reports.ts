import "server-only";
/** Report actions: hide, restore, verify, dismiss flags. Callers check the actor's role first (server/auth/session.ts). */
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { flags, reports } from "@/db/schema";
import { audit, reportState } from "@/db/queries/moderation/shared";
import type { ActionResult } from "@/db/queries/moderation/shared";

export type ReportAction = "hide" | "restore" | "verify" | "dismiss-flags";

export async function moderateReport(actorId: string, reportId: string, action: ReportAction, reason: string, now: Date = new Date(), db: Db = getDb()): Promise<ActionResult> {
  return db.transaction(async (tx) => {
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
  });
}
