/**
 * The baseline seed: idempotent. Re-running adds new crossings and updates changed ones,
 * never duplicates (upsert on slug / source key). A crossing whose baseline a moderator has
 * revised (baseline_origin = 'revision') keeps that revision: the seed then only refreshes
 * seed_baseline, so moderators can see what the seed data says now.
 */
import { createHash } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { crossings, notices as noticesTable, sources as sourcesTable } from "@/db/schema";
import { crossingBaselineSchema, sourceSchema, type CrossingBaseline, type TravelMode } from "@/lib/baseline/schema";
import type { NoticeInput } from "@/lib/status/types";
import { derivedColumns } from "@/lib/baseline/facts";
import { baselineCrossings } from "@/db/seed/data";
import { sources } from "@/db/seed/sources";
import { seedNotices } from "@/db/seed/notices";
import { noticeBody } from "@/lib/moderation/requests";

export interface SeedResult {
  sources: number;
  crossings: number;
  notices: number;
}

/** Who "posted" a seeded notice: the seed updates only notices it created. */
export const SEED_NOTICE_AUTHOR = "seed";

/** A seeded notice's id: a UUID (version 5 layout) derived from its key, the same on every run. */
export function seedNoticeId(key: string): string {
  const hex = createHash("sha1").update(`crossings-seed-notice:${key}`).digest("hex");
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

export interface ValidatedSeedNotice {
  id: string;
  crossing: string;
  startsAt: Date;
  endsAt: Date | null;
  modes: string[] | null;
  effect: "closed" | "open" | "restricted";
  text: string;
  sourceTitle: string;
  sourceUrl: string | null;
  createdAt: Date;
}

/** The seeded notices of one crossing as the status queries hand them to the engine
 * (db/queries/status.ts), for tests that evaluate the seed without a database. */
export function seededNoticeInputs(slugs: ReadonlySet<string>): (slug: string) => NoticeInput[] {
  const notices = validatedSeedNotices(slugs);
  return (slug) =>
    notices
      .filter((notice) => notice.crossing === slug)
      .map(({ id, startsAt, endsAt, modes, effect, text, sourceTitle, sourceUrl, createdAt }) => ({
        id,
        startsAt,
        endsAt,
        modes: modes as TravelMode[] | null,
        effect,
        text,
        sourceTitle,
        sourceUrl,
        postedAt: createdAt,
      }));
}

/** Validates the seeded notices as a moderator's would be (lib/moderation/requests.ts), with
 * known crossings, sources and unique keys; throws naming the notice on the first problem. */
export function validatedSeedNotices(slugs: ReadonlySet<string>): ValidatedSeedNotice[] {
  const keys = new Set<string>();
  return seedNotices.map((notice) => {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(notice.key) || keys.has(notice.key)) throw new Error(`Seed notice "${notice.key}": key invalid or used twice`);
    keys.add(notice.key);
    if (!slugs.has(notice.crossing)) throw new Error(`Seed notice "${notice.key}" names unknown crossing "${notice.crossing}"`);
    const source = sources.find((entry) => entry.key === notice.source);
    if (!source) throw new Error(`Seed notice "${notice.key}" cites unknown source "${notice.source}"`);
    const result = noticeBody.safeParse({
      crossing: notice.crossing,
      startsAt: notice.startsAt,
      endsAt: notice.endsAt,
      modes: notice.modes,
      effect: notice.effect,
      text: notice.text,
      sourceTitle: `${source.publisher}: ${source.title}`.slice(0, 200),
      sourceUrl: source.url,
    });
    if (!result.success) throw new Error(`Seed notice "${notice.key}" is invalid: ${JSON.stringify(result.error.issues)}`);
    const createdAt = new Date(notice.announcedAt);
    if (Number.isNaN(createdAt.getTime())) throw new Error(`Seed notice "${notice.key}": announcedAt is not a date`);
    const { crossing, startsAt, endsAt, modes, effect, text, sourceTitle, sourceUrl } = result.data;
    return { id: seedNoticeId(notice.key), crossing, startsAt, endsAt, modes, effect, text, sourceTitle, sourceUrl, createdAt };
  });
}

/** The sources' keys, each source validated; throws on a key listed twice (one upsert writes
 * every source, and a key twice would abort it: "cannot affect row a second time"). */
export function checkedSourceKeys(list: readonly unknown[]): Set<string> {
  const keys = new Set<string>();
  for (const source of list) {
    const { key } = sourceSchema.parse(source);
    if (keys.has(key)) throw new Error(`Seed source "${key}" appears twice`);
    keys.add(key);
  }
  return keys;
}

/** Validates every seed record; throws naming the crossing and field on the first problem. */
export function validatedSeed(): { baselines: CrossingBaseline[]; sourceKeys: Set<string> } {
  const sourceKeys = checkedSourceKeys(sources);
  const slugs = new Set<string>();
  const baselines = baselineCrossings.map((input) => {
    const result = crossingBaselineSchema.safeParse(input);
    if (!result.success) {
      throw new Error(`Seed crossing "${input.slug}" is invalid: ${JSON.stringify(result.error.issues)}`);
    }
    if (slugs.has(result.data.slug)) throw new Error(`Seed crossing "${result.data.slug}" appears twice`);
    slugs.add(result.data.slug);
    for (const match of JSON.stringify(result.data).matchAll(/"source":"([a-z0-9-]+)"/g)) {
      if (!sourceKeys.has(match[1]!)) throw new Error(`Seed crossing "${result.data.slug}" cites unknown source "${match[1]}"`);
    }
    return result.data;
  });
  return { baselines, sourceKeys };
}

/** While the seed owns the baseline, take the new value; after a moderator revision, keep ours. */
function seedOwned(column: AnyPgColumn, excludedName: string): SQL {
  return sql`case when ${crossings.baselineOrigin} = 'seed' then excluded.${sql.raw(excludedName)} else ${column} end`;
}

export async function seedBaseline(db: Db): Promise<SeedResult> {
  const { baselines } = validatedSeed();
  let noticeCount = 0;
  await db.transaction(async (tx) => {
    // One statement per table (a few hundred rows, well under PostgreSQL's 65,535 parameters):
    // one round trip each, not one per row.
    await tx
      .insert(sourcesTable)
      .values(sources.map((source) => ({ ...source })))
      .onConflictDoUpdate({
        target: sourcesTable.key,
        set: {
          title: sql`excluded.title`,
          publisher: sql`excluded.publisher`,
          kind: sql`excluded.kind`,
          standing: sql`excluded.standing`,
          url: sql`excluded.url`,
          seedFile: sql`excluded.seed_file`,
          asOf: sql`excluded.as_of`,
          updatedAt: sql`now()`,
        },
      });
    await tx
      .insert(crossings)
      .values(baselines.map((baseline) => ({ slug: baseline.slug, ...derivedColumns(baseline), baseline, seedBaseline: baseline })))
      .onConflictDoUpdate({
        target: crossings.slug,
        set: {
          seedBaseline: sql`excluded.seed_baseline`,
          baseline: seedOwned(crossings.baseline, "baseline"),
          nameEn: seedOwned(crossings.nameEn, "name_en"),
          nameRu: seedOwned(crossings.nameRu, "name_ru"),
          countryA: seedOwned(crossings.countryA, "country_a"),
          countryB: seedOwned(crossings.countryB, "country_b"),
          lat: seedOwned(crossings.lat, "lat"),
          lon: seedOwned(crossings.lon, "lon"),
          baselineVersion: sql`case when ${crossings.baselineOrigin} = 'seed' and ${crossings.baseline} is distinct from excluded.baseline then ${crossings.baselineVersion} + 1 else ${crossings.baselineVersion} end`,
          updatedAt: sql`case when ${crossings.baseline} is distinct from excluded.baseline or ${crossings.seedBaseline} is distinct from excluded.seed_baseline then now() else ${crossings.updatedAt} end`,
        },
      });
    // Seeded notices: upserted by their stable id, only while the seed is their author; a
    // moderator's withdrawal (withdrawn_at) is never touched, so it stands.
    const notices = validatedSeedNotices(new Set(baselines.map((baseline) => baseline.slug)));
    const ids = new Map((await tx.select({ id: crossings.id, slug: crossings.slug }).from(crossings)).map((row) => [row.slug, row.id]));
    if (notices.length) {
      await tx
        .insert(noticesTable)
        .values(notices.map(({ crossing, createdAt, ...notice }) => ({ ...notice, crossingId: ids.get(crossing)!, createdAt, createdBy: SEED_NOTICE_AUTHOR })))
        .onConflictDoUpdate({
          target: noticesTable.id,
          set: {
            crossingId: sql`excluded.crossing_id`,
            startsAt: sql`excluded.starts_at`,
            endsAt: sql`excluded.ends_at`,
            modes: sql`excluded.modes`,
            effect: sql`excluded.effect`,
            text: sql`excluded.text`,
            sourceTitle: sql`excluded.source_title`,
            sourceUrl: sql`excluded.source_url`,
            // When it was announced: of two notices that start together, the later word decides.
            createdAt: sql`excluded.created_at`,
          },
          setWhere: sql`${noticesTable.createdBy} = ${SEED_NOTICE_AUTHOR}`,
        });
    }
    noticeCount = notices.length;
  });
  return { sources: sources.length, crossings: baselines.length, notices: noticeCount };
}
