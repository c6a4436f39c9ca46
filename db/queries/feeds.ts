import "server-only";
/**
 * What the Atom feeds need (lib/feeds/build.ts): a crossing, or every crossing on a
 * country's borders, with its visible reports and live notices of the feed window.
 * A report's author and address are read only to weigh it as the status engine does (the
 * reporter's standing, one voice per address: db/queries/standing.ts) and are never passed
 * on; never a hidden or withdrawn report, never a withdrawn notice.
 */
import { and, asc, desc, eq, gt, gte, inArray, isNull, lte, or, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { crossings, notices, reports } from "@/db/schema";
import { visibleReport, publicReportColumns } from "@/db/queries/reports";
import { toNotice } from "@/db/queries/status";
import { reportsWithStanding } from "@/db/queries/standing";
import { listSourceStandings } from "@/db/queries/crossings";
import type { CountryCode } from "@/lib/baseline/schema";
import { feedWindowStart, type FeedCrossing } from "@/lib/feeds/build";
import { REPORT_WINDOW_BEFORE_MS } from "@/lib/status/report-weight";

/** Reports per crossing a feed replays at most: far more than a month brings today. */
const MAX_REPORTS_PER_CROSSING = 2000;

/** What a feed shows of a report, and what weighing it needs (author and address: not passed on). */
const reportColumns = {
  ...publicReportColumns,
  authorId: reports.authorId,
  ipHash: reports.ipHash,
  hidden: reports.hidden,
};

const noticeColumns = {
  id: notices.id,
  crossingId: notices.crossingId,
  startsAt: notices.startsAt,
  endsAt: notices.endsAt,
  modes: notices.modes,
  effect: notices.effect,
  text: notices.text,
  sourceTitle: notices.sourceTitle,
  sourceUrl: notices.sourceUrl,
  createdAt: notices.createdAt,
};

const crossingColumns = { id: crossings.id, slug: crossings.slug, baseline: crossings.baseline, updatedAt: crossings.updatedAt };

async function withNews(rows: { id: number; slug: string; baseline: FeedCrossing["baseline"]; updatedAt: Date }[], now: Date, db: Db): Promise<FeedCrossing[]> {
  if (!rows.length) return [];
  const ids = rows.map((row) => row.id);
  // The state just before the window needs the reports of the 12 hours before it.
  const since = new Date(feedWindowStart(now).getTime() - REPORT_WINDOW_BEFORE_MS);
  const [reportRows, noticeRows, standings] = await Promise.all([
    db
      .select(reportColumns)
      .from(reports)
      .where(and(inArray(reports.crossingId, ids), visibleReport, lte(reports.submittedAt, now), or(gte(reports.submittedAt, since), gte(reports.observedAt, since))))
      .orderBy(desc(reports.submittedAt), asc(reports.id))
      .limit(MAX_REPORTS_PER_CROSSING * ids.length),
    db
      .select(noticeColumns)
      .from(notices)
      .where(
        and(
          inArray(notices.crossingId, ids),
          isNull(notices.withdrawnAt),
          lte(notices.createdAt, now),
          or(gte(notices.createdAt, since), isNull(notices.endsAt), gt(notices.endsAt, since)),
        ),
      )
      .orderBy(asc(notices.createdAt)),
    listSourceStandings(db),
  ]);
  const byId = new Map<number, FeedCrossing>(
    rows.map((row) => [row.id, { slug: row.slug, baseline: row.baseline, updatedAt: row.updatedAt, reports: [], notices: [], standings }]),
  );
  const perCrossing = new Map<number, number>();
  const kept = reportRows.filter((row) => {
    const used = perCrossing.get(row.crossingId) ?? 0;
    perCrossing.set(row.crossingId, used + 1);
    return used < MAX_REPORTS_PER_CROSSING;
  });
  const weighed = await reportsWithStanding(db, kept, now);
  kept.forEach((row, i) => {
    byId.get(row.crossingId)?.reports.push({ ...weighed[i]!, submittedAt: row.submittedAt, tags: row.tags, notes: row.notes });
  });
  for (const row of noticeRows) {
    byId.get(row.crossingId)?.notices.push({ ...toNotice(row), createdAt: row.createdAt });
  }
  return rows.map((row) => byId.get(row.id)!);
}

/** One crossing's feed data, or null when there is no such crossing. */
export async function loadCrossingFeed(slug: string, now: Date = new Date(), db: Db = getDb()): Promise<FeedCrossing | null> {
  const rows = await db.select(crossingColumns).from(crossings).where(eq(crossings.slug, slug)).limit(1);
  const [crossing] = await withNews(rows, now, db);
  return crossing ?? null;
}

/** Every crossing with the country on one side, by name. */
export async function loadCountryFeed(country: CountryCode, now: Date = new Date(), db: Db = getDb()): Promise<FeedCrossing[]> {
  const onBorder: SQL = or(eq(crossings.countryA, country), eq(crossings.countryB, country))!;
  const rows = await db.select(crossingColumns).from(crossings).where(onBorder).orderBy(asc(crossings.nameEn));
  return withNews(rows, now, db);
}
