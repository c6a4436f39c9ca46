/**
 * The baseline seed: idempotent. Re-running adds new crossings and updates changed ones,
 * never duplicates (upsert on slug / source key). A crossing whose baseline a moderator has
 * revised (baseline_origin = 'revision') keeps that revision: the seed then only refreshes
 * seed_baseline, so moderators can see what the seed data says now.
 */
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { crossings, sources as sourcesTable } from "@/db/schema";
import { crossingBaselineSchema, sourceSchema, type CrossingBaseline } from "@/lib/baseline/schema";
import { derivedColumns } from "@/lib/baseline/facts";
import { baselineCrossings } from "@/db/seed/data";
import { sources } from "@/db/seed/sources";

export interface SeedResult {
  sources: number;
  crossings: number;
}

/** Validates every seed record; throws naming the crossing and field on the first problem. */
export function validatedSeed(): { baselines: CrossingBaseline[]; sourceKeys: Set<string> } {
  const sourceKeys = new Set(sources.map((source) => sourceSchema.parse(source).key));
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
  await db.transaction(async (tx) => {
    for (const source of sources) {
      await tx
        .insert(sourcesTable)
        .values({ ...source })
        .onConflictDoUpdate({
          target: sourcesTable.key,
          set: {
            title: source.title,
            publisher: source.publisher,
            kind: source.kind,
            standing: source.standing,
            url: source.url,
            seedFile: source.seedFile,
            asOf: source.asOf,
            updatedAt: sql`now()`,
          },
        });
    }
    for (const baseline of baselines) {
      await tx
        .insert(crossings)
        .values({
          slug: baseline.slug,
          ...derivedColumns(baseline),
          baseline,
          seedBaseline: baseline,
        })
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
    }
  });
  return { sources: sources.length, crossings: baselines.length };
}
