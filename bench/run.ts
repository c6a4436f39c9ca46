/**
 * `npm run bench`: prints performance figures (never a pass/fail test).
 *
 * 1. The status engine alone: µs per evaluation with 1,000 reports in the window.
 * 2. A synthetic database (default 1,000,000 reports over three years; BENCH_REPORTS to change).
 * 3. Report submissions per second through the data layer (the same function the form calls).
 * 4. The production server on loopback, driven by autocannon with 32 connections: a static
 *    asset, the list, a crossing page and the status API, in the same run.
 * 5. How long a new report takes to show on its crossing's page and in the status API.
 * 6. Lighthouse (mobile settings, system Chromium) on the list and a crossing page.
 *
 * PGlite by default; PostgreSQL when DATABASE_URL is set (a separate `<db>_bench` database).
 */
import os from "node:os";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { submitReport } from "@/db/queries/reports";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { benchStatusEngine } from "./status-engine";
import { prepareBenchDatabase } from "./synthetic";
import { drive, startServer, staticAssetPath, type RouteResult } from "./http";
import { lighthouseScores } from "./lighthouse";
import { benchRenonce } from "./page-nonce";

const REPORTS = Number(process.env.BENCH_REPORTS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const log = (line: string) => console.log(line);
const rows = <T>(result: unknown): T[] => (Array.isArray(result) ? result : ((result as { rows: T[] }).rows ?? [])) as T[];

log(`Crossings bench — ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);

log("\n1. Status engine: one evaluation with 1,000 reports in the window (goal ≤ 1,000 µs)");
for (const row of benchStatusEngine()) {
  log(`  ${row.slug.padEnd(16)} median ${String(row.microsecondsMedian).padStart(5)} µs   p99 ${String(row.microsecondsP99).padStart(5)} µs`);
}

log(`\n2. Database`);
const database = await prepareBenchDatabase(REPORTS, log);
log(`  ${database.kind}, ${database.reports.toLocaleString("en")} synthetic reports (${database.builtNow ? "built" : "reused"} in ${database.seconds.toFixed(1)} s)`);

// A bench account and API token, and report submissions through the data layer.
const connection = connect(database.env.DATABASE_URL ? { databaseUrl: database.env.DATABASE_URL } : { pgliteDir: database.env.PGLITE_DIR, databaseUrl: "" });
const token = generateToken();
let crossingId: number;
let slug: string;
{
  const { db } = connection;
  const userId = `bench-${randomUUID()}`;
  await db.execute(sql`insert into users (id, email, name, created_at) values (${userId}, ${`${userId}@bench.invalid`}, 'Bench', now() - interval '60 days')`);
  await db.execute(sql`insert into api_tokens (user_id, name, token_hash, prefix) values (${userId}, 'bench', ${hashToken(token)}, ${token.slice(0, 10)})`);
  const busiest = rows<{ id: number; slug: string }>(await db.execute(sql`select c.id, c.slug from crossings c order by c.id limit 1`))[0]!;
  crossingId = busiest.id;
  slug = busiest.slug;
  const count = rows<{ n: number }>(await db.execute(sql`select count(*)::int as n from reports where crossing_id = ${crossingId}`))[0]!.n;
  log(`  busiest crossing: ${slug} with ${count.toLocaleString("en")} reports`);

  log("\n3. Report submissions through the data layer (limits, idempotency and all)");
  const n = 500;
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    await submitReport(
      {
        crossingId,
        authorId: userId,
        ipHash: null,
        idempotencyKey: randomUUID(),
        values: { direction: "a-b", observedAt: new Date(Date.now() - 3 * 86400_000 - i * 60_000), seen: "open", mode: "car", waitMinutes: 30, tags: [], notes: null },
      },
      { perUserPerHour: 1_000_000, perIpPerHour: 1_000_000 },
      new Date(),
      db,
    );
  }
  const seconds = (performance.now() - started) / 1000;
  log(`  ${n} sequential submissions in ${seconds.toFixed(2)} s: ${Math.round(n / seconds)} per second`);
  await db.execute(sql`delete from reports where author_id = ${userId}`);
}
await connection.close();

log(`\n4. HTTP on loopback: autocannon, ${CONNECTIONS} connections, ${SECONDS} s per route`);
const server = await startServer(database.env, PORT, log);
const results: RouteResult[] = [];
try {
  const routes = [
    { name: "static asset", path: staticAssetPath() },
    { name: "list page", path: "/" },
    { name: "crossing page", path: `/crossings/${slug}` },
    { name: "status API", path: `/api/v1/crossings/${slug}/status` },
  ];
  for (const route of routes) await drive(server.url, route.name, route.path, 1, 4); // warm up
  for (const route of routes) results.push(await drive(server.url, route.name, route.path, SECONDS, CONNECTIONS));
  const baseline = results[0]!.requestsPerSecond;
  log(`  ${"route".padEnd(14)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"× static".padStart(9)}  non-2xx  errors`);
  for (const r of results) {
    log(
      `  ${r.name.padEnd(14)} ${r.requestsPerSecond.toFixed(0).padStart(8)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${(r.requestsPerSecond / baseline).toFixed(2).padStart(9)}  ${String(r.non2xx).padStart(7)}  ${String(r.errors).padStart(6)}   ${r.path}`,
    );
  }
  for (const name of ["crossing page", "status API"]) {
    const r = results.find((entry) => entry.name === name)!;
    const ratio = r.requestsPerSecond / baseline;
    log(`  goal ${name}: ≥ 0.25× static and p99 ≤ 50 ms — ${ratio >= 0.25 && r.p99 <= 50 ? "met" : "NOT met"} (${ratio.toFixed(2)}×, p99 ${r.p99} ms)`);
  }

  try {
    const renonce = await benchRenonce(`${server.url}/crossings/${slug}`);
    log(
      `  a fresh CSP nonce per cache hit (${(renonce.bytes / 1024).toFixed(0)} KB page, ${renonce.nonces} nonces): stitched gzip ${renonce.stitchedGzipMicroseconds} µs, plain ${renonce.plainMicroseconds} µs, vs gzipping again ${renonce.fullGzipMicroseconds} µs; gzipped ${renonce.stitchedGzipBytes.toLocaleString("en")} B vs ${renonce.wholeGzipBytes.toLocaleString("en")} B whole`,
    );
    // The budget test (e2e/budgets.spec.ts) weighs pages on the small e2e database; here is the
    // busiest crossing with three years of reports (a full wait chart, a full timeline).
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    log(
      `  ${slug} page on this database: ${kb(renonce.stitchedGzipBytes)} KB gzipped from the page cache, ${kb(renonce.wholeGzipBytes)} KB rendered afresh — budget 30 KB: ${renonce.stitchedGzipBytes <= 30 * 1024 ? "met" : "NOT met"}`,
    );
  } catch (error) {
    log(`  a fresh CSP nonce per cache hit: not measured (${error instanceof Error ? error.message : String(error)})`);
  }

  log("\n5. A new report, from the API to the page");
  const note = `bench ${randomUUID()}`;
  const posted = performance.now();
  const sentBody = JSON.stringify({ direction: "a-b", observedAt: new Date(Math.floor(Date.now() / 1000) * 1000).toISOString(), seen: "closed", mode: "car", waitMinutes: 15, notes: note, idempotencyKey: randomUUID() });
  const response = await fetch(`${server.url}/api/v1/crossings/${slug}/reports`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: sentBody,
  });
  await response.arrayBuffer();
  const acknowledged = performance.now() - posted;
  let onPage: number | null = null;
  let inStatus: number | null = null;
  const observedAt = JSON.parse(String(sentBody)).observedAt as string;
  while (performance.now() - posted < 10_000 && (onPage === null || inStatus === null)) {
    if (onPage === null && (await (await fetch(`${server.url}/crossings/${slug}`)).text()).includes(note)) onPage = performance.now() - posted;
    if (inStatus === null) {
      const status = (await (await fetch(`${server.url}/api/v1/crossings/${slug}/status`)).json()) as { freshness: { newestReportAt: string | null } };
      if (status.freshness.newestReportAt && status.freshness.newestReportAt >= observedAt) inStatus = performance.now() - posted;
    }
  }
  log(`  POST answered ${response.status} in ${acknowledged.toFixed(0)} ms; on the page after ${onPage?.toFixed(0) ?? "> 10000"} ms; in the status API after ${inStatus?.toFixed(0) ?? "> 10000"} ms (goal ≤ 1000 ms)`);

  if (process.env.BENCH_LIGHTHOUSE !== "0") {
    log("\n6. Lighthouse, mobile settings (goals: performance ≥ 95, accessibility 100)");
    for (const score of await lighthouseScores(server.url, ["/", `/crossings/${slug}`])) {
      log(
        `  ${score.path.padEnd(28)} performance ${String(score.performance).padStart(3)}  accessibility ${String(score.accessibility).padStart(3)}  LCP ${score.largestContentfulPaintMs} ms  TBT ${score.totalBlockingTimeMs} ms`,
      );
    }
  }
} finally {
  await server.stop();
}
