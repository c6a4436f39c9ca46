/**
 * Synthetic reports for the bench and the query-plan test: every value is a function of the
 * row number, so the history is the same on every run (relative to the hour it is built).
 * They are marked by an idempotency key starting "bench-".
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

const BATCH = 100_000;

export async function insertSyntheticReports(db: Db, total: number, spanDays: number, progress: (done: number) => void = () => {}): Promise<void> {
  // Crossings are weighted: low ids (the seed's first,
  // busy road crossings) get more reports.
  for (let from = 1; from <= total; from += BATCH) {
    const to = Math.min(total, from + BATCH - 1);
    await db.execute(sql`
      with ids as (select array_agg(id order by id) as ids, count(*)::int as n from crossings),
      rows as (
        select g,
          ids.ids[1 + floor(ids.n * power(((g * 7919) % 10007) / 10007.0, 1.6))::int] as crossing_id
        from generate_series(${from}::bigint, ${to}::bigint) as g, ids
      )
      insert into reports (id, crossing_id, direction, observed_at, submitted_at, seen, mode, wait_minutes, tags, verified, hidden, idempotency_key, review_state)
      select
        -- A version-4 UUID, as gen_random_uuid() makes (the API checks the ids it sends), but
        -- deterministic: the version nibble set to 4, the variant to 8.
        overlay(overlay(md5('bench-' || g) placing '4' from 13) placing '8' from 17)::uuid,
        crossing_id,
        case when g % 2 = 0 then 'a-b' else 'b-a' end,
        date_trunc('hour', now()) - make_interval(secs => (g::float8 * ${spanDays * 86400}) / ${total}),
        date_trunc('hour', now()) - make_interval(secs => (g::float8 * ${spanDays * 86400}) / ${total}) + interval '20 minutes',
        case when (g * 31) % 100 < 85 then 'open' when (g * 31) % 100 < 95 then 'closed' else 'restricted' end,
        (array['car','bus','pedestrian','truck','car'])[1 + (g * 11) % 5],
        case when (g * 17) % 10 < 7 then 5 + (g * 13) % 240 else null end,
        case when (g * 19) % 20 = 0 then array['long-queue'] else '{}'::text[] end,
        (g * 23) % 50 = 0,
        (g * 29) % 200 = 0,
        'bench-' || g,
        'none'
      from rows`);
    progress(to);
  }
}
