import "server-only";
/**
 * Data access for crossings and their sources. Returns plain objects with only what the
 * pages and API need.
 */
import { asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { crossings, sources } from "@/db/schema";
import { isCrossingSlug, type CrossingBaseline, type Source } from "@/lib/baseline/schema";
import { citedSources } from "@/lib/baseline/facts";
import type { SourceStandings } from "@/lib/baseline/standing";

/** A source as pages and the API show it. */
const sourceColumns = {
  key: sources.key,
  title: sources.title,
  publisher: sources.publisher,
  kind: sources.kind,
  standing: sources.standing,
  url: sources.url,
  seedFile: sources.seedFile,
  asOf: sources.asOf,
};

export interface CrossingRecord {
  id: number;
  slug: string;
  baseline: CrossingBaseline;
  baselineVersion: number;
  updatedAt: Date;
}

export async function listCrossingRecords(db: Db = getDb()): Promise<CrossingRecord[]> {
  return db
    .select({
      id: crossings.id,
      slug: crossings.slug,
      baseline: crossings.baseline,
      baselineVersion: crossings.baselineVersion,
      updatedAt: crossings.updatedAt,
    })
    .from(crossings)
    .orderBy(asc(crossings.nameEn));
}

export interface CrossingDetailRecord extends CrossingRecord {
  /** The sources the baseline cites, most-cited first. */
  sources: Source[];
}

export async function getCrossingRecord(slug: string, db: Db = getDb()): Promise<CrossingDetailRecord | null> {
  // A URL can carry anything (a NUL makes PostgreSQL throw): what cannot be a slug is no crossing.
  if (!isCrossingSlug(slug)) return null;
  return getCrossingWhere(eq(crossings.slug, slug), db);
}

export async function getCrossingById(id: number, db: Db = getDb()): Promise<CrossingDetailRecord | null> {
  return getCrossingWhere(eq(crossings.id, id), db);
}

async function getCrossingWhere(condition: SQL, db: Db): Promise<CrossingDetailRecord | null> {
  const [row] = await db
    .select({
      id: crossings.id,
      slug: crossings.slug,
      baseline: crossings.baseline,
      baselineVersion: crossings.baselineVersion,
      updatedAt: crossings.updatedAt,
    })
    .from(crossings)
    .where(condition)
    .limit(1);
  if (!row) return null;
  const keys = citedSources(row.baseline);
  const rows = keys.length ? await db.select(sourceColumns).from(sources).where(inArray(sources.key, keys)) : [];
  const byKey = new Map(rows.map((source) => [source.key, source]));
  return { ...row, sources: keys.map((key) => byKey.get(key)).filter((source): source is Source => !!source) };
}

/** For /api/health: can we run a query at all, within the time limit? */
export async function pingDatabase(timeoutMs = 2000, db: Db = getDb()): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("database ping timed out")), timeoutMs);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Every source's standing (lib/baseline/standing.ts), for the status engine's supersession. */
export async function listSourceStandings(db: Db = getDb()): Promise<SourceStandings> {
  const rows = await db.select({ key: sources.key, standing: sources.standing }).from(sources);
  return Object.fromEntries(rows.map((row) => [row.key, row.standing]));
}

/** Sources by key (e.g. the holiday lists a status reason cites), in the order asked. */
export async function getSourcesByKeys(keys: string[], db: Db = getDb()): Promise<Source[]> {
  if (!keys.length) return [];
  const rows = await db.select(sourceColumns).from(sources).where(inArray(sources.key, keys));
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return keys.map((key) => byKey.get(key)).filter((source): source is Source => !!source);
}
