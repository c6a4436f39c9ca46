import "server-only";
/** Past waits at a crossing, for the typical-wait chart (the last year, visible reports). */
import { and, desc, eq, gte, isNotNull } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { reports } from "@/db/schema";
import { visibleReport } from "@/db/queries/reports";

/** Enough for a year of a busy crossing; beyond it the chart rests on the newest. */
export const HISTORY_ROW_LIMIT = 20_000;

export async function listPastWaits(crossingId: number, now: Date = new Date(), db: Db = getDb()) {
  return db
    .select({ observedAt: reports.observedAt, direction: reports.direction, waitMinutes: reports.waitMinutes })
    .from(reports)
    .where(and(eq(reports.crossingId, crossingId), visibleReport, isNotNull(reports.waitMinutes), gte(reports.observedAt, new Date(now.getTime() - 365 * 86400_000))))
    .orderBy(desc(reports.observedAt))
    .limit(HISTORY_ROW_LIMIT) as Promise<{ observedAt: Date; direction: "a-b" | "b-a"; waitMinutes: number }[]>;
}
