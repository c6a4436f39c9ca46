import "server-only";
/**
 * The crossing page's timeline as a moderator sees it: every report a moderator can act on —
 * the visible ones and the hidden ones (by a moderator, by readers' flags, or held for review),
 * each saying whether it is hidden, so a report hidden from the page can be restored from it.
 * Withdrawn reports stay out: their author took them back, and restoring cannot undo that.
 *
 * Kept apart from `listVisibleReports` (db/queries/reports.ts), which every other reader gets
 * and which must never return a hidden report. Same order and keyset paging, same index
 * (reports_crossing_observed_idx).
 */
import { isNull } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { reports } from "@/db/schema";
import { reportPage, toPublic, type PublicReport, type ReportCursor } from "@/db/queries/reports";

export interface ModeratedReport extends PublicReport {
  hidden: boolean;
  /** Why it is hidden, when it is: "held" (a new account's report with a link, never shown yet),
   * "flagged" (hidden by readers' flags, awaiting review), "none" (hidden by a moderator). */
  reviewState: "none" | "held" | "flagged";
}

export async function listModeratorTimeline(
  crossingId: number,
  options: { limit: number; before?: ReportCursor; viewerId: string },
  db: Db = getDb(),
): Promise<{ reports: ModeratedReport[]; next: ReportCursor | null }> {
  const { rows, next } = await reportPage(crossingId, isNull(reports.withdrawnAt), options, db);
  return { reports: rows.map((row) => ({ ...toPublic(row, options.viewerId), hidden: row.hidden, reviewState: row.reviewState })), next };
}
