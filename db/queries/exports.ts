import "server-only";
/**
 * Data access for the open-data exports and the map: every crossing with its state now, and
 * every visible report (never hidden or withdrawn ones, never who wrote them or from where),
 * newest observed first, read in batches so a large export is streamed, not held in memory.
 */
import { and, asc, desc, lt, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { crossings, reports } from "@/db/schema";
import { listCrossingRecords, listSourceStandings } from "@/db/queries/crossings";
import { crossingState } from "@/lib/status/crossing-state";
import { visibleReport, publicReportColumns } from "@/db/queries/reports";
import { directionEnds } from "@/lib/status/types";
import { loadAllStatusInputs } from "@/db/queries/status";
import type { CountryCode } from "@/lib/baseline/schema";
import { summarizeCrossing, type CrossingSummary } from "@/lib/crossings/summary";
import type { ExportReport } from "@/lib/exports/csv";

/** Every crossing with its state at `now`, ordered by name (as the list and the API). */
export async function listCrossingSummaries(now: Date, db: Db = getDb()): Promise<CrossingSummary[]> {
  const [records, inputs, standings] = await Promise.all([listCrossingRecords(db), loadAllStatusInputs(now, db), listSourceStandings(db)]);
  return records.map((record) => {
    const { status } = crossingState({ baseline: record.baseline, instant: now, standings, ...(inputs.get(record.id) ?? { notices: [], reports: [] }) }, { planner: false });
    return summarizeCrossing(record.baseline, now, undefined, status);
  });
}

export interface ReportExport {
  /** Pass as `before` for the next, older part; null when this part reaches the oldest report. */
  next: Date | null;
  /** This part's rows, newest observed first, a batch at a time. */
  batches: () => AsyncGenerator<ExportReport[], void, undefined>;
}

/** The export's columns: only what the public timeline shows (no author, no address hash). */
const exportColumns = publicReportColumns;

type ExportRow = {
  [K in keyof typeof exportColumns]: (typeof exportColumns)[K]["_"]["notNull"] extends true
    ? (typeof exportColumns)[K]["_"]["data"]
    : (typeof exportColumns)[K]["_"]["data"] | null;
};

interface ExportCrossing {
  slug: string;
  countries: [CountryCode, CountryCode];
}

function toExportReport(row: ExportRow, crossing: ExportCrossing): ExportReport {
  return {
    id: row.id,
    crossingSlug: crossing.slug,
    observedAt: row.observedAt,
    submittedAt: row.submittedAt,
    direction: row.direction,
    ...directionEnds(row.direction, crossing.countries),
    seen: row.seen,
    mode: row.mode,
    waitMinutes: row.waitMinutes,
    tags: row.tags,
    notes: row.notes,
    verified: row.verified,
    confirmations: row.confirmations,
    disputes: row.disputes,
  };
}

/** observed_at as PostgreSQL's text, which keeps its microseconds (a Date keeps milliseconds):
 * keys compared in SQL then never skip or repeat a row whose time has finer digits. */
const observedKey = sql<string>`${reports.observedAt}::text`;
const millisecondKey = sql<string>`date_trunc('milliseconds', ${reports.observedAt})::text`;

/** Rows per query: small, so one batch never holds the event loop for long. */
export const EXPORT_BATCH_SIZE = 500;

/** Lets timers, I/O and other requests run between two batches. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Visible reports observed before `before` (all, without it), at most `cap` of them.
 *
 * A part never splits reports observed in the same millisecond: when more than `cap` remain,
 * it ends before the millisecond of the first report left out, and `next` is the millisecond
 * of the oldest report it holds, so `?before=next` continues exactly where it stopped
 * (`before` is exclusive). Only if more than `cap` reports share one millisecond is it cut
 * at `cap`. (Reports from the form carry milliseconds at most; imported or synthetic ones may
 * carry microseconds, which is why the cut is by millisecond, not by instant.)
 *
 * Every query walks reports_observed_id_idx (observed_at, id) from
 * a key: the part's bounds are found by a walk of `cap` entries, and the rows come
 * in batches of `batchSize`, each continuing after the last (keyset on observed_at, id: every
 * row exactly once, in a stable order, ties on time broken by id), never sorting the table.
 * Between batches the generator yields to the event loop; with `signal` aborted (the client
 * has gone) it stops before the next query.
 */
export async function openReportExport(options: { before?: Date; cap: number; batchSize?: number; signal?: AbortSignal }, db: Db = getDb()): Promise<ReportExport> {
  const { before, cap, signal } = options;
  const batchSize = Math.max(1, Math.min(options.batchSize ?? EXPORT_BATCH_SIZE, cap));
  const upper: SQL | undefined = before ? lt(reports.observedAt, before) : undefined;

  // The first report beyond the cap, if there is one; parts are cut between milliseconds (the
  // `before` of the next part is an ISO instant, to the millisecond).
  const [beyond] = await db
    .select({ observedAt: reports.observedAt, millisecond: millisecondKey })
    .from(reports)
    .where(and(visibleReport, upper))
    .orderBy(desc(reports.observedAt), desc(reports.id))
    .offset(cap)
    .limit(1);
  let lower: SQL | null = null;
  let next: Date | null = null;
  if (beyond) {
    // The part holds the reports from the next millisecond on; `next` is the oldest one's
    // millisecond, so `?before=next` continues with exactly the rest.
    const fromNextMillisecond = sql`${reports.observedAt} >= ${beyond.millisecond}::timestamptz + interval '1 millisecond'`;
    const [oldest] = await db
      .select({ millisecond: sql`date_trunc('milliseconds', ${reports.observedAt})`.mapWith(reports.observedAt) })
      .from(reports)
      .where(and(visibleReport, upper, fromNextMillisecond))
      .orderBy(asc(reports.observedAt), asc(reports.id))
      .limit(1);
    if (oldest) {
      lower = fromNextMillisecond;
      next = oldest.millisecond as Date;
    } else {
      // More than `cap` reports in one millisecond: cut there (the rest of it is lost).
      next = beyond.observedAt;
    }
  }

  async function* batches(): AsyncGenerator<ExportReport[], void, undefined> {
    const crossingRows = await db.select({ id: crossings.id, slug: crossings.slug, countryA: crossings.countryA, countryB: crossings.countryB }).from(crossings);
    const byId = new Map<number, ExportCrossing>(crossingRows.map((row) => [row.id, { slug: row.slug, countries: [row.countryA as CountryCode, row.countryB as CountryCode] }]));
    let cursor: { key: string; id: string } | null = null;
    let sent = 0;
    while (sent < cap) {
      if (signal?.aborted) return;
      const rows: (ExportRow & { key: string })[] = await db
        .select({ ...exportColumns, key: observedKey })
        .from(reports)
        .where(
          and(
            visibleReport,
            upper,
            lower ?? undefined,
            // A row comparison, so the index scan starts at the key (an OR would filter from the top).
            cursor ? sql`(${reports.observedAt}, ${reports.id}) < (${cursor.key}::timestamptz, ${cursor.id}::uuid)` : undefined,
          ),
        )
        .orderBy(desc(reports.observedAt), desc(reports.id))
        .limit(Math.min(batchSize, cap - sent));
      if (!rows.length) return;
      sent += rows.length;
      const last = rows[rows.length - 1]!;
      cursor = { key: last.key, id: last.id };
      // A crossing deleted since the part began takes its reports with it: skip them.
      yield rows.flatMap((row) => {
        const crossing = byId.get(row.crossingId);
        return crossing ? [toExportReport(row, crossing)] : [];
      });
      if (rows.length < batchSize) return;
      await yieldToEventLoop();
    }
  }

  return { next, batches };
}
