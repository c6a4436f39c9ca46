import "server-only";
/**
 * The evidence for observed hours (lib/history/observed-hours.ts): a crossing's visible open
 * and closed reports of the last months (not those whose author could not decide alone when
 * reporting, unless a moderator verified them: throwaway accounts must not draw hours that a
 * moderator may adopt — migration 0014), counted by hour of the week in one side's zone, with
 * how many there are, over how many local weeks, and the first and last.
 *
 * One query over an index range: reports_crossing_observed_idx (crossing_id, observed_at)
 * bounded by the window, never the whole table; the counting happens in SQL (at most 168 rows
 * and one total come back). The hour of the week is wait_history's (migration 0007:
 * `wait_history_hour`, 0 = Sunday 00:00 local); weeks are local and Monday first, as
 * observedEvidence counts them.
 */
import { eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { crossings } from "@/db/schema";
import { reviseBaseline, type ActionResult } from "@/db/queries/moderation";
import { crossingBaselineSchema, type CrossingBaseline } from "@/lib/baseline/schema";
import { hoursAreUnknown, inferObservedHours, observedWindowStart, withObservedHours, type ObservedEvidence, type ObservedHours } from "@/lib/history/observed-hours";

interface Row {
  hour_of_week: number | null;
  open: number;
  closed: number;
  weeks: number;
  first: Date | string | null;
  last: Date | string | null;
}

const asDate = (value: Date | string | null) => (value === null ? null : value instanceof Date ? value : new Date(value));

export async function loadObservedEvidence(crossingId: number, timeZone: string, now: Date = new Date(), db: Db = getDb()): Promise<ObservedEvidence> {
  const since = observedWindowStart(now);
  // The zone is a parameter (the side's, from its validated baseline), never spliced in.
  const rows = (await db.execute(sql`
    select wait_history_hour(r.observed_at, ${timeZone}::text) as hour_of_week,
      (count(*) filter (where r.seen = 'open'))::int as open,
      (count(*) filter (where r.seen = 'closed'))::int as closed,
      count(distinct date_trunc('week', r.observed_at at time zone ${timeZone}::text))::int as weeks,
      min(r.observed_at) as first,
      max(r.observed_at) as last
    from reports r
    where r.crossing_id = ${crossingId} and r.observed_at >= ${since.toISOString()}::timestamptz and r.observed_at <= ${now.toISOString()}::timestamptz
      and r.hidden = false and r.withdrawn_at is null and r.seen in ('open', 'closed')
      and (r.unconfirmed_author = false or r.verified)
    group by grouping sets ((1), ())
  `)) as unknown as Row[];
  const total = rows.find((row) => row.hour_of_week === null);
  return {
    cells: rows
      .filter((row) => row.hour_of_week !== null)
      .map((row) => ({ hourOfWeek: Number(row.hour_of_week), open: Number(row.open), closed: Number(row.closed) }))
      .sort((a, b) => a.hourOfWeek - b.hourOfWeek),
    reports: total ? Number(total.open) + Number(total.closed) : 0,
    weeks: total ? Number(total.weeks) : 0,
    first: asDate(total?.first ?? null),
    last: asDate(total?.last ?? null),
  };
}

/** What travellers observed at one side, or null (too thin, contradictory, or the side's
 * hours are not unknown: then there is nothing to fill in). */
export async function observedHoursForSide(
  crossing: { id: number; baseline: CrossingBaseline },
  side: 0 | 1,
  now: Date = new Date(),
  db: Db = getDb(),
): Promise<ObservedHours | null> {
  const own = crossing.baseline.sides[side];
  if (!hoursAreUnknown(own.hours.value)) return null;
  return inferObservedHours(await loadObservedEvidence(crossing.id, own.timeZone, now, db));
}

/** "known": the side's hours are not unknown; "no-pattern": the reports show none now. */
export type AdoptResult = (ActionResult & { revisionId?: number; hours?: string }) | { kind: "known" } | { kind: "no-pattern" };

/**
 * A moderator adopts the observed hours of a side as the baseline: recomputed here from the
 * reports (never a value from a form), refused when there is nothing to adopt now, and saved
 * through the normal revision (reviseBaseline: the revision with its before and after, the
 * audit log, the caches).
 */
export async function adoptObservedHours(actorId: string, crossingId: number, side: 0 | 1, now: Date = new Date(), db: Db = getDb()): Promise<AdoptResult> {
  const [row] = await db.select({ id: crossings.id, baseline: crossings.baseline }).from(crossings).where(eq(crossings.id, crossingId));
  if (!row) return { kind: "not-found" };
  if (!hoursAreUnknown(row.baseline.sides[side].hours.value)) return { kind: "known" };
  const observed = await observedHoursForSide(row, side, now, db);
  if (!observed) return { kind: "no-pattern" };
  const after = crossingBaselineSchema.parse(withObservedHours(row.baseline, side, observed, now));
  const month = now.toISOString().slice(0, 7);
  const result = await reviseBaseline(
    actorId,
    crossingId,
    after,
    {
      reason: `Adopted the hours travellers observed at side ${side + 1}: ${observed.reports} reports since ${observed.since.toISOString().slice(0, 10)}`,
      sourceTitle: `Traveller reports on Crossings (first-hand, as of ${month})`,
      sourceUrl: null,
    },
    db,
  );
  return { ...result, hours: observed.hours };
}
