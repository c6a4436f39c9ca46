import "server-only";
/**
 * Data access for the open-data exports and the map: every crossing with its state now, and
 * every visible report (never hidden or withdrawn ones, never who wrote them or from where),
 * newest observed first, read in batches so a large export is streamed, not held in memory.
 */
import { and, desc, eq, gt, lt, min, or, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { crossings, reports } from "@/db/schema";
import { listCrossingRecords } from "@/db/queries/crossings";
import { visibleReport, publicReportColumns } from "@/db/queries/reports";
import { directionEnds } from "@/lib/status/types";
import { loadAllStatusInputs } from "@/db/queries/status";
import type { CountryCode } from "@/lib/baseline/schema";
import { summarizeCrossing, type CrossingSummary } from "@/lib/crossings/summary";
import type { ExportReport } from "@/lib/exports/csv";

/** Every crossing with its state at `now`, ordered by name (as the list and the API). */
export async function listCrossingSummaries(now: Date, db: Db = getDb()): Promise<CrossingSummary[]> {
  const [records, inputs] = await Promise.all([listCrossingRecords(db), loadAllStatusInputs(now, db)]);
  return records.map((record) => summarizeCrossing(record.baseline, now, inputs.get(record.id)));
}

export interface ReportExport {
  /** Pass as `before` for the next, older part; null when this part reaches the oldest report. */
  next: Date | null;
  /** This part's rows, newest observed first, a batch at a time. */
  batches: () => AsyncGenerator<ExportReport[], void, undefined>;
}

/** The export's columns: only what the public timeline shows (no author, no address hash). */
const exportColumns = {
  ...publicReportColumns,
  crossingSlug: crossings.slug,
  countryA: crossings.countryA,
  countryB: crossings.countryB,
};

type ExportRow = {
  [K in keyof typeof exportColumns]: (typeof exportColumns)[K]["_"]["notNull"] extends true
    ? (typeof exportColumns)[K]["_"]["data"]
    : (typeof exportColumns)[K]["_"]["data"] | null;
};

function toExportReport(row: ExportRow): ExportReport {
  return {
    id: row.id,
    crossingSlug: row.crossingSlug,
    observedAt: row.observedAt,
    submittedAt: row.submittedAt,
    direction: row.direction,
    ...directionEnds(row.direction, [row.countryA as CountryCode, row.countryB as CountryCode]),
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

/**
 * Visible reports observed before `before` (all, without it), at most `cap` of them.
 *
 * A part never splits reports observed at the same instant: when more than `cap` remain, it
 * ends before the instant of the first report left out, and `next` is the instant of the
 * oldest report it holds, so `?before=next` continues exactly where it stopped (`before` is
 * exclusive). Only if more than `cap` reports share one instant is that instant cut at `cap`.
 */
export async function openReportExport(
  options: { before?: Date; cap: number; batchSize?: number },
  db: Db = getDb(),
): Promise<ReportExport> {
  const { before, cap } = options;
  const batchSize = Math.max(1, Math.min(options.batchSize ?? 2000, cap));
  const upper: SQL | undefined = before ? lt(reports.observedAt, before) : undefined;

  // The first report beyond the cap, if there is one.
  const [beyond] = await db
    .select({ observedAt: reports.observedAt })
    .from(reports)
    .where(and(visibleReport, upper))
    .orderBy(desc(reports.observedAt), desc(reports.id))
    .offset(cap)
    .limit(1);
  let lower: Date | null = null;
  let next: Date | null = null;
  if (beyond) {
    const [oldest] = await db
      .select({ observedAt: min(reports.observedAt) })
      .from(reports)
      .where(and(visibleReport, upper, gt(reports.observedAt, beyond.observedAt)));
    if (oldest?.observedAt) {
      lower = beyond.observedAt;
      next = new Date(oldest.observedAt);
    } else {
      // More than `cap` reports at one instant: cut there (the rest of that instant is lost).
      next = beyond.observedAt;
    }
  }

  async function* batches(): AsyncGenerator<ExportReport[], void, undefined> {
    let cursor: { observedAt: Date; id: string } | null = null;
    let sent = 0;
    while (sent < cap) {
      const rows: ExportRow[] = await db
        .select(exportColumns)
        .from(reports)
        .innerJoin(crossings, eq(crossings.id, reports.crossingId))
        .where(
          and(
            visibleReport,
            upper,
            lower ? gt(reports.observedAt, lower) : undefined,
            cursor ? or(lt(reports.observedAt, cursor.observedAt), and(eq(reports.observedAt, cursor.observedAt), lt(reports.id, cursor.id))) : undefined,
          ),
        )
        .orderBy(desc(reports.observedAt), desc(reports.id))
        .limit(Math.min(batchSize, cap - sent));
      if (!rows.length) return;
      sent += rows.length;
      const last = rows[rows.length - 1]!;
      cursor = { observedAt: last.observedAt, id: last.id };
      yield rows.map(toExportReport);
      if (rows.length < batchSize) return;
    }
  }

  return { next, batches };
}
