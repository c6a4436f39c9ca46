import "server-only";
/**
 * What the status engine needs from the database for a crossing (or all of them) at an
 * instant: notices in force or coming, reports near the instant, the newest older report
 * (for "no reports in 3 days"), and, for one crossing, older reports at the same hour of the
 * week (for the typical wait).
 */
import { and, desc, eq, gt, gte, isNotNull, isNull, lte, lt, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { crossings, notices, reports, type NoticeRow, type ReportRow } from "@/db/schema";
import type { TravelMode } from "@/lib/baseline/schema";
import { REPORT_WINDOW_AFTER_MS, REPORT_WINDOW_BEFORE_MS } from "@/lib/status/report-weight";
import { HISTORY_DAYS } from "@/lib/status/wait-estimate";
import { visibleReport } from "@/db/queries/reports";
import { wallClockIn, zonedWallTimeToInstant } from "@/lib/schedule/zoned-time";
import type { NoticeInput, ReportInput } from "@/lib/status/types";

/** Until accounts carry a standing (sign-in issue), every reporter is an ordinary account. */
const DEFAULT_TRUST = 0.5;
/** Notices starting this far ahead are loaded, so the next change and planner see them. */
const NOTICE_LOOKAHEAD_MS = 60 * 86400_000;

export interface StatusInputs {
  notices: NoticeInput[];
  reports: ReportInput[];
}

export function toNotice(row: Pick<NoticeRow, "id" | "startsAt" | "endsAt" | "modes" | "effect" | "text" | "sourceTitle" | "sourceUrl">): NoticeInput {
  return {
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    modes: (row.modes as TravelMode[] | null) ?? null,
    effect: row.effect,
    text: row.text,
    sourceTitle: row.sourceTitle,
    sourceUrl: row.sourceUrl,
  };
}

function toReport(row: ReportRow): ReportInput {
  return {
    id: row.id,
    observedAt: row.observedAt,
    direction: row.direction,
    mode: row.mode as TravelMode,
    seen: row.seen,
    waitMinutes: row.waitMinutes,
    verified: row.verified,
    hidden: row.hidden,
    reporterTrust: DEFAULT_TRUST,
    confirmations: row.confirmations,
    disputes: row.disputes,
  };
}

function noticeWindow(instant: Date) {
  return and(
    isNull(notices.withdrawnAt),
    lt(notices.startsAt, new Date(instant.getTime() + NOTICE_LOOKAHEAD_MS)),
    // Notices that ended in the last REPORT_WINDOW_BEFORE_MS too: their end cuts the reports
    // before it off from the instant (lib/status/evaluate.ts).
    or(isNull(notices.endsAt), gt(notices.endsAt, new Date(instant.getTime() - REPORT_WINDOW_BEFORE_MS))),
  );
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
  const rows = await db.select().from(ids).innerJoinLateral(newest, sql`true`);
  return rows.map((row) => row.newest);
}

/** Every crossing's reports near the instant: an index range per crossing (lateral join). */
async function windowForEveryCrossing(db: Db, instant: Date): Promise<ReportRow[]> {
  const ids = db.select({ id: crossings.id }).from(crossings).as("c");
  const near = db
    .select()
    .from(reports)
    .where(and(eq(reports.crossingId, ids.id), reportWindow(instant)))
    .as("near");
  const rows = await db.select().from(ids).innerJoinLateral(near, sql`true`);
  return rows.map((row) => row.near);
}

/** Inputs for every crossing at once (the list page and list API), keyed by crossing id. */
export async function loadAllStatusInputs(instant: Date, db: Db = getDb()): Promise<Map<number, StatusInputs>> {
  const [noticeRows, reportRows, newestRows] = await Promise.all([
    db.select().from(notices).where(noticeWindow(instant)),
    windowForEveryCrossing(db, instant),
    newestBefore(db, new Date(instant.getTime() - REPORT_WINDOW_BEFORE_MS)),
  ]);
  const byCrossing = new Map<number, StatusInputs>();
  const entry = (id: number) => {
    let value = byCrossing.get(id);
    if (!value) byCrossing.set(id, (value = { notices: [], reports: [] }));
    return value;
  };
  for (const row of noticeRows) entry(row.crossingId).notices.push(toNotice(row));
  for (const row of [...reportRows, ...newestRows]) entry(row.crossingId).reports.push(toReport(row));
  return byCrossing;
}

/**
 * The hours of the week within ±3 h of `instant`'s (in `timeZone`, circularly: what the engine
 * narrows to ±1 h in each direction's zone), in every past week of the history: one time range
 * per week, local wall times turned into instants in the zone (clock changes included), cut to
 * [instant − HISTORY_DAYS, before). The history query reads just those ranges through
 * reports_crossing_observed_idx; it used to read a year of the crossing's reports and test
 * each one's hour of the week in SQL (60–100 ms on a million reports, most of it the
 * time-zone conversions).
 */
function sameHoursOfWeek(instant: Date, before: Date, timeZone: string): SQL {
  const wall = wallClockIn(instant, timeZone);
  const earliest = instant.getTime() - HISTORY_DAYS * 86400_000;
  const at = (weeksBack: number, hours: number) => {
    const naive = new Date(Date.UTC(wall.year, wall.month - 1, wall.day - 7 * weeksBack, wall.hour + hours));
    const fields = { year: naive.getUTCFullYear(), month: naive.getUTCMonth() + 1, day: naive.getUTCDate(), hour: naive.getUTCHours(), minute: 0, second: 0 };
    return zonedWallTimeToInstant(fields, timeZone).getTime();
  };
  const ranges: SQL[] = [];
  for (let week = 0; week <= Math.ceil(HISTORY_DAYS / 7) + 1; week++) {
    const start = Math.max(at(week, -3), earliest);
    const end = Math.min(at(week, 4), before.getTime());
    if (start < end) ranges.push(and(gte(reports.observedAt, new Date(start)), lt(reports.observedAt, new Date(end)))!);
  }
  return ranges.length ? or(...ranges)! : sql`false`;
}

/** Inputs for one crossing, with the history the wait estimate falls back on. */
export async function loadStatusInputs(
  crossingId: number,
  instant: Date,
  historyTimeZone: string,
  db: Db = getDb(),
): Promise<StatusInputs> {
  const windowStart = new Date(instant.getTime() - REPORT_WINDOW_BEFORE_MS);
  const [noticeRows, windowRows, newestRows, historyRows] = await Promise.all([
    db.select().from(notices).where(and(eq(notices.crossingId, crossingId), noticeWindow(instant))),
    db.select().from(reports).where(and(eq(reports.crossingId, crossingId), reportWindow(instant))),
    db
      .select()
      .from(reports)
      .where(and(eq(reports.crossingId, crossingId), visibleReport, lt(reports.observedAt, windowStart)))
      .orderBy(desc(reports.observedAt))
      .limit(1),
    db
      .select()
      .from(reports)
      .where(
        and(
          eq(reports.crossingId, crossingId),
          visibleReport,
          isNotNull(reports.waitMinutes),
          sameHoursOfWeek(instant, windowStart, historyTimeZone),
        ),
      )
      .orderBy(desc(reports.observedAt))
      .limit(2000),
  ]);
  const seen = new Set<string>();
  const all = [...windowRows, ...newestRows, ...historyRows].filter((row) => (seen.has(row.id) ? false : (seen.add(row.id), true)));
  return { notices: noticeRows.map(toNotice), reports: all.map(toReport) };
}
