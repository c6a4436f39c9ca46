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
import { and, desc, eq, isNull, lt, or } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { reports } from "@/db/schema";
import type { PublicReport } from "@/db/queries/reports";

export interface ModeratedReport extends PublicReport {
  hidden: boolean;
  /** Why it is hidden, when it is: "held" (a new account's report with a link, never shown yet),
   * "flagged" (hidden by readers' flags, awaiting review), "none" (hidden by a moderator). */
  reviewState: "none" | "held" | "flagged";
}

export async function listModeratorTimeline(
  crossingId: number,
  options: { limit: number; before?: { observedAt: Date; id: string }; viewerId: string },
  db: Db = getDb(),
): Promise<{ reports: ModeratedReport[]; next: { observedAt: Date; id: string } | null }> {
  const cursor = options.before;
  const rows = await db
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.crossingId, crossingId),
        isNull(reports.withdrawnAt),
        cursor ? or(lt(reports.observedAt, cursor.observedAt), and(eq(reports.observedAt, cursor.observedAt), lt(reports.id, cursor.id))) : undefined,
      ),
    )
    .orderBy(desc(reports.observedAt), desc(reports.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return {
    reports: page.map((row) => ({
      id: row.id,
      observedAt: row.observedAt,
      submittedAt: row.submittedAt,
      direction: row.direction,
      seen: row.seen,
      mode: row.mode,
      waitMinutes: row.waitMinutes,
      tags: row.tags,
      notes: row.notes,
      verified: row.verified,
      confirmations: row.confirmations,
      disputes: row.disputes,
      edited: row.editedAt !== null,
      mine: row.authorId === options.viewerId,
      hidden: row.hidden,
      reviewState: row.reviewState,
    })),
    next: rows.length > options.limit && last ? { observedAt: last.observedAt, id: last.id } : null,
  };
}
