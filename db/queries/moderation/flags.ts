import "server-only";
/** Flags: a reader flags a report; enough weight of flags hides it pending review. Callers check the actor's role first (server/auth/session.ts). */
import { and, count, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { flags, reports, users } from "@/db/schema";
import { canFlag, FLAG_MIN_ACCOUNT_AGE_MS, flagWeight, HIDE_THRESHOLD, type FlagReason } from "@/lib/moderation/rules";

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
  return result;
}
