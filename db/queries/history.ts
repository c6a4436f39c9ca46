import "server-only";
/**
 * Past waits at a crossing, for the typical-wait chart: the last year of visible reports
 * with a wait, by hour of the week.
 *
 * Read from `wait_history` (db/schema.ts), a histogram per crossing, direction, hour of the
 * week and wait bucket (lib/history/wait-profile.ts waitBucket) that triggers on `reports` keep up to date in the same
 * transaction as every write (migration 0007_wait_history.sql): a page reads a few hundred
 * rows, not a year of reports. "The last year" is `wait_history_window.since`, moved on to
 * the hour by `ageWaitHistory` (it subtracts the reports that left the window, read by
 * time through reports_observed_id_idx); readers call it when it is an hour behind.
 */
import { and, desc, eq, gt, gte, isNotNull, or, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { reports, waitHistory, waitHistoryWindow } from "@/db/schema";
import { visibleReport } from "@/db/queries/reports";
import type { WaitHistogramRow } from "@/lib/history/wait-profile";

export const HISTORY_WINDOW_DAYS = 365;
const HOUR_MS = 3600_000;

/** The window's start for `now`: a year back, to the hour. */
export function historyWindowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS - HISTORY_WINDOW_DAYS * 86400_000);
}

/** Moves the window on to `historyWindowStart(now)`; false when it was there already. */
export async function ageWaitHistory(now: Date = new Date(), db: Db = getDb()): Promise<boolean> {
  const target = historyWindowStart(now);
  // One driver (postgres.js) for both databases: execute() returns the rows themselves.
  const rows = (await db.execute(sql`select wait_history_age(${target.toISOString()}::timestamptz) as moved`)) as unknown as { moved: boolean }[];
  return Boolean(rows[0]?.moved);
}

/** Recounts the table from the reports (one crossing, or all): for a repair, never on a request. */
export async function rebuildWaitHistory(crossingId: number | null = null, db: Db = getDb()): Promise<void> {
  await db.execute(sql`select wait_history_rebuild(${crossingId}::integer)`);
}

/** A crossing's histogram (all modes together): what the typical-wait chart needs. */
export async function loadWaitHistogram(crossingId: number, now: Date = new Date(), db: Db = getDb()): Promise<WaitHistogramRow[]> {
  const [window] = await db.select({ since: waitHistoryWindow.since }).from(waitHistoryWindow).where(eq(waitHistoryWindow.id, 1));
  if (window && window.since < historyWindowStart(now)) await ageWaitHistory(now, db);
  return db
    .select({ direction: waitHistory.direction, hourOfWeek: waitHistory.hourOfWeek, waitMinutes: waitHistory.waitBucket, reports: waitHistory.reports })
    .from(waitHistory)
    .where(and(eq(waitHistory.crossingId, crossingId), gt(waitHistory.reports, 0)));
}

/** The reports the table counts, read from the reports themselves: for tests and repairs. */
export async function listPastWaits(crossingId: number, since: Date, db: Db = getDb()) {
  return db
    .select({ observedAt: reports.observedAt, direction: reports.direction, waitMinutes: reports.waitMinutes })
    .from(reports)
    .where(
      and(
        eq(reports.crossingId, crossingId),
        visibleReport,
        isNotNull(reports.waitMinutes),
        or(eq(reports.unconfirmedAuthor, false), eq(reports.verified, true)),
        gte(reports.observedAt, since),
      ),
    )
    .orderBy(desc(reports.observedAt)) as Promise<{ observedAt: Date; direction: "a-b" | "b-a"; waitMinutes: number }[]>;
}
