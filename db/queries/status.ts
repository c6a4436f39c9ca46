import "server-only";
/**
 * What the status engine needs from the database for a crossing (or all of them) at an
 * instant: notices in force or coming, reports near the instant, the newest older report
 * (for "no reports in 3 days"), and the last year's waits at the same hour of the week (for
 * the typical wait, from the wait_history table the crossing page's chart reads too).
 */
import { and, desc, eq, gte, isNull, lte, lt, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { crossings, notices, reports, waitHistory, type NoticeRow, type ReportRow } from "@/db/schema";
import type { CrossingBaseline, TravelMode } from "@/lib/baseline/schema";
import { REPORT_WINDOW_AFTER_MS, REPORT_WINDOW_BEFORE_MS } from "@/lib/status/report-weight";
import { hourOfWeek } from "@/lib/status/wait-estimate";
import { visibleReport } from "@/db/queries/reports";
import { reportsWithStanding } from "@/db/queries/standing";
import type { NoticeInput, ReportInput, WaitHistoryRow } from "@/lib/status/types";

export interface StatusInputs {
  notices: NoticeInput[];
  reports: ReportInput[];
  waitHistory: WaitHistoryRow[];
}

export function toNotice(row: Pick<NoticeRow, "id" | "startsAt" | "endsAt" | "modes" | "effect" | "text" | "sourceTitle" | "sourceUrl" | "createdAt">): NoticeInput {
  return {
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    modes: (row.modes as TravelMode[] | null) ?? null,
    effect: row.effect,
    text: row.text,
    sourceTitle: row.sourceTitle,
    sourceUrl: row.sourceUrl,
    postedAt: row.createdAt,
  };
}

function reportWindow(instant: Date) {
  return and(
    visibleReport,
    gte(reports.observedAt, new Date(instant.getTime() - REPORT_WINDOW_BEFORE_MS)),
    lte(reports.observedAt, new Date(instant.getTime() + REPORT_WINDOW_AFTER_MS)),
  );
}

/** Each crossing's newest visible report before an instant: one index probe per crossing
 * (a lateral join), never a pass over every report. */
async function newestBefore(db: Db, before: Date): Promise<ReportRow[]> {
  const ids = db.select({ id: crossings.id }).from(crossings).as("c");
  const newest = db
    .select()
    .from(reports)
    .where(and(eq(reports.crossingId, ids.id), visibleReport, lt(reports.observedAt, before)))
    .orderBy(desc(reports.observedAt))
    .limit(1)
    .as("newest");
  const rows = await db
    .select()
    .from(ids)
    .innerJoinLateral(newest, sql`true`);
  return rows.map((row) => row.newest);
}

/** Every crossing's reports near the instant: an index range per crossing (lateral join). */
async function windowForEveryCrossing(db: Db, instant: Date): Promise<ReportRow[]> {
  const ids = db.select({ id: crossings.id }).from(crossings).as("c");
  const near = db
    .select()
    .from(reports)
    .where(and(eq(reports.crossingId, ids.id), reportWindow(instant)))
    // Newest first, as for one crossing (loadStatusInputs).
    .orderBy(desc(reports.observedAt))
    .as("near");
  const rows = await db
    .select()
    .from(ids)
    .innerJoinLateral(near, sql`true`);
  return rows.map((row) => row.near);
}

/** Inputs for every crossing at once (the list page and list API), keyed by crossing id. */
export async function loadAllStatusInputs(instant: Date, db: Db = getDb()): Promise<Map<number, StatusInputs>> {
  const [noticeRows, reportRows, newestRows, waitRows] = await Promise.all([
    db.select().from(notices).where(isNull(notices.withdrawnAt)),
    windowForEveryCrossing(db, instant),
    newestBefore(db, new Date(instant.getTime() - REPORT_WINDOW_BEFORE_MS)),
    waitHistoryAround(db, instant, null),
  ]);
  const byCrossing = new Map<number, StatusInputs>();
  const entry = (id: number) => {
    let value = byCrossing.get(id);
    if (!value) byCrossing.set(id, (value = { notices: [], reports: [], waitHistory: [] }));
    return value;
  };
  for (const row of noticesAround(noticeRows, instant)) entry(row.crossingId).notices.push(toNotice(row));
  const allRows = [...reportRows, ...newestRows];
  const weighed = await reportsWithStanding(db, allRows);
  allRows.forEach((row, i) => entry(row.crossingId).reports.push(weighed[i]!));
  for (const row of waitRows) entry(row.crossingId).waitHistory.push(toWaitRow(row));
  return byCrossing;
}

/**
 * Each crossing's past waits at the hours of the week around `instant` (its hour ± 1, in the
 * zone of the side each direction leaves from: lib/status/wait-estimate.ts hoursAround, here in
 * SQL with the same functions the triggers count with): one index range of wait_history per
 * crossing and direction (its key's first three columns), never the reports themselves.
 *
 * The hours are worked out once per crossing and direction (a materialized CTE), the three
 * wanted hours made rows of their own (so each is an equality on all three key columns: an
 * index condition on PostgreSQL as on PGlite, not a filter over the direction's rows), and each
 * range is read in a lateral subquery the planner cannot fold into a join (`offset 0`), so the
 * plan holds without table statistics (PGlite never analyzes on its own): folded in, the
 * planner on an unanalyzed wait_history read each crossing's every row and worked the hour
 * out again for each (two time-zone conversions a row, three times), 0.4 s for one crossing.
 */
async function waitHistoryAround(db: Db, instant: Date, crossingId: number | null): Promise<(WaitHistoryRow & { crossingId: number })[]> {
  const rows = (await db.execute(sql`
    with "hours" as materialized (
      select c."id", d."direction", wait_history_hour(${instant.toISOString()}::timestamptz, wait_history_zone(c."baseline", d."direction")) as "hour"
      from ${crossings} c cross join (values ('a-b'), ('b-a')) d("direction")
      where ${crossingId}::integer is null or c."id" = ${crossingId}::integer
    ),
    "wanted" as materialized (
      select h."id", h."direction", (h."hour" + o."offset") % 168 as "hour"
      from "hours" h cross join (values (0), (1), (167)) o("offset")
    )
    select w.* from "wanted" x cross join lateral (
      select w."crossing_id" as "crossingId", w."direction", w."mode", w."hour_of_week" as "hourOfWeek", w."wait_bucket" as "waitMinutes", w."reports"
      from ${waitHistory} w
      where w."crossing_id" = x."id" and w."direction" = x."direction" and w."hour_of_week" = x."hour"
        and w."reports" > 0
      offset 0
    ) w`)) as unknown as (WaitHistoryRow & { crossingId: number })[];
  return rows;
}

const toWaitRow = ({ direction, mode, hourOfWeek, waitMinutes, reports }: WaitHistoryRow): WaitHistoryRow => ({ direction, mode, hourOfWeek, waitMinutes, reports });

/** Notices in force at the instant or later (however far ahead), or ended less than the report
 * window before it (their end cuts the reports before it off: lib/status/evaluate.ts). */
function noticesAround<T extends { endsAt: Date | null }>(all: readonly T[], instant: Date): T[] {
  const since = instant.getTime() - REPORT_WINDOW_BEFORE_MS;
  return all.filter((notice) => notice.endsAt === null || notice.endsAt.getTime() > since);
}

/**
 * What a crossing's inputs may be kept as between requests (db/queries/crossing-state.ts keeps
 * them in the app cache, dropped with the crossing's other entries on every write): its
 * notices, its newest visible report and its wait history at an hour of the week. Without
 * one, everything is read afresh.
 */
export interface StatusInputsMemo {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
}
const noMemo: StatusInputsMemo = { get: (_key, load) => load() };

/** Inputs for one crossing: its notices, the reports near the instant (and the newest older
 * one, for freshness), and its wait history at this hour of the week. */
export async function loadStatusInputs(crossingId: number, instant: Date, baseline: CrossingBaseline, db: Db = getDb(), memo: StatusInputsMemo = noMemo): Promise<StatusInputs> {
  const windowStart = new Date(instant.getTime() - REPORT_WINDOW_BEFORE_MS);
  const hours = `${hourOfWeek(instant, baseline.sides[0].timeZone)}:${hourOfWeek(instant, baseline.sides[1].timeZone)}`;
  const [allNotices, newest, waitRows] = await Promise.all([
    memo.get(`notices`, async () =>
      (
        await db
          .select()
          .from(notices)
          .where(and(eq(notices.crossingId, crossingId), isNull(notices.withdrawnAt)))
      ).map(toNotice),
    ),
    memo.get(`newest`, async () => {
      const [row] = await db
        .select()
        .from(reports)
        .where(and(eq(reports.crossingId, crossingId), visibleReport))
        .orderBy(desc(reports.observedAt))
        .limit(1);
      return row ? ((await reportsWithStanding(db, [row]))[0] ?? null) : null;
    }),
    memo.get(`waits:${hours}`, () => waitHistoryAround(db, instant, crossingId)),
  ]);
  let near: ReportInput[];
  if (!newest || newest.observedAt < windowStart) {
    // Nothing was observed since the window's start (an instant more than the window after
    // the newest report: most of a planner's future): the newest report is all there is.
    near = newest ? [newest] : [];
  } else {
    const rows = await db
      .select()
      .from(reports)
      .where(and(eq(reports.crossingId, crossingId), reportWindow(instant)))
      .unionAll(
        db
          .select()
          .from(reports)
          .where(and(eq(reports.crossingId, crossingId), visibleReport, lt(reports.observedAt, windowStart)))
          .orderBy(desc(reports.observedAt))
          .limit(1),
      )
      // Newest first: the engine's heaviest-reports pass then keeps most of its first picks
      // (weights fall with age), whatever order the index gives. The answer does not depend on it.
      .orderBy(desc(reports.observedAt));
    near = await reportsWithStanding(db, rows);
  }
  return {
    notices: noticesAround(allNotices, instant),
    reports: near,
    waitHistory: waitRows.map(toWaitRow),
  };
}
