/**
 * The bench's database: the real schema and seed, plus a deterministic history of synthetic
 * reports (default 1,000,000 over three years, every crossing, busier crossings more often).
 * Built once and reused: a marker row records how many reports it holds.
 *
 * PGlite: under .data/bench-pglite. PostgreSQL (DATABASE_URL set): a database named
 * `<yours>_bench` on the same server, created if missing; yours is never written to.
 */
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { connect } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedBaseline } from "@/db/seed/seed";
import { insertSyntheticReports } from "@/db/synthetic";

export const BENCH_PGLITE_DIR = process.env.BENCH_PGLITE_DIR ?? ".data/bench-pglite";
const SPAN_DAYS = 3 * 365;

export interface BenchDatabase {
  /** What the app's processes need in their environment to use it. */
  env: { DATABASE_URL?: string; PGLITE_DIR?: string };
  kind: "pglite" | "postgres";
  reports: number;
  builtNow: boolean;
  seconds: number;
}

/** DATABASE_URL with its database name suffixed by `_bench`, creating that database if needed. */
async function benchPostgresUrl(databaseUrl: string): Promise<string> {
  const url = new URL(databaseUrl);
  const name = `${url.pathname.slice(1) || "postgres"}_bench`;
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const exists = await admin`select 1 from pg_database where datname = ${name}`;
    if (!exists.length) await admin.unsafe(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  url.pathname = `/${name}`;
  return url.toString();
}

export async function prepareBenchDatabase(total: number, log: (line: string) => void): Promise<BenchDatabase> {
  const started = Date.now();
  const databaseUrl = process.env.DATABASE_URL ? await benchPostgresUrl(process.env.DATABASE_URL) : undefined;
  const connection = databaseUrl ? connect({ databaseUrl }) : connect({ pgliteDir: BENCH_PGLITE_DIR, databaseUrl: "" });
  const env = databaseUrl ? { DATABASE_URL: databaseUrl } : { PGLITE_DIR: BENCH_PGLITE_DIR };
  try {
    await runMigrations(connection);
    await seedBaseline(connection.db);
    const { db } = connection;
    await db.execute(sql`create table if not exists bench_marker (reports integer not null, built_at timestamptz not null)`);
    const marker = (await db.execute(sql`select reports from bench_marker`)) as unknown as { rows?: { reports: number }[] } | { reports: number }[];
    const rows = Array.isArray(marker) ? marker : (marker.rows ?? []);
    if (rows[0]?.reports === total) {
      return { env, kind: connection.kind, reports: total, builtNow: false, seconds: (Date.now() - started) / 1000 };
    }
    log(`Building the bench database (${connection.kind}): ${total.toLocaleString("en")} synthetic reports over ${SPAN_DAYS} days…`);
    await db.execute(sql`delete from reports where idempotency_key like 'bench-%'`);
    await db.execute(sql`delete from bench_marker`);
    await insertSyntheticReports(db, total, SPAN_DAYS, (done) =>
      log(`  ${done.toLocaleString("en")} of ${total.toLocaleString("en")} (${Math.round((Date.now() - started) / 1000)} s)`),
    );
    await db.execute(sql`analyze reports`);
    await db.execute(sql`insert into bench_marker (reports, built_at) values (${total}, now())`);
    return { env, kind: connection.kind, reports: total, builtNow: true, seconds: (Date.now() - started) / 1000 };
  } finally {
    await connection.close();
  }
}
