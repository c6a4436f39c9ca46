/**
 * `npm run bench`: prints performance figures (never a pass/fail test).
 *
 * 1. The status engine alone: µs per evaluation at random instants with 1,000 reports in the
 *    window (goal median ≤ 50 µs, p99 ≤ 1 ms), and the planner (state + next open window + next
 *    change) over every crossing × BENCH_PLANNER_INSTANTS random instants in ±1 year (goal p99
 *    ≤ 2 ms). Alone: `npx tsx --conditions=react-server bench/status-engine.ts`.
 * 2. A synthetic database (default 1,000,000 reports over three years; BENCH_REPORTS to change).
 * 3. Report submissions per second through the data layer (the same function the form calls).
 * 4. The production server on loopback, driven by autocannon with 32 connections: a static
 *    asset, the list, a crossing page and the status API, in the same run.
 * 5. How long a new report takes to show on its crossing's page and in the status API.
 * 6. Lighthouse (mobile settings, system Chromium) on the list, a crossing page and the map.
 * 7. Other work must not freeze the cached crossing page: while one client loops on the CSV
 *    export, a country feed, a crossing feed and distinct planner pages in turn, the crossing
 *    page keeps ≥ 50% of its requests/s alone and p99 ≤ 100 ms.
 * 8. A signed-in reader's crossing page (a session cookie) ≥ 0.05× the static asset; a country
 *    feed and a crossing feed ≥ 0.25× the static asset.
 * 9. The CSV export: time to first byte (goal ≤ 200 ms) and the server process's RSS during it.
 * 10. The anonymous hit rate (`x-crossings-cache: hit`) stays ≥ 90% while one account votes
 *    ("still accurate?") as fast as the server lets it.
 * 11. The soak (bench/soak.ts): mixed anonymous readers, signed-in readers, writers, a voter and
 *    hang-ups for BENCH_SOAK_SECONDS, then every page must answer within 1 s (0 wedged).
 *
 * Environment:
 *   BENCH_PLANNER_INSTANTS=10000  random instants per crossing for the planner figure (section 1)
 *   BENCH_REPORTS=1000000     synthetic reports in the bench database (built once, then reused)
 *   BENCH_SECONDS=10          seconds per autocannon run (sections 4, 7, 8, 10)
 *   BENCH_PORT=3210           the server's port on 127.0.0.1
 *   BENCH_LIGHTHOUSE=0        skips section 6
 *   BENCH_INTERFERENCE=0      skips section 7 (5 × BENCH_SECONDS)
 *   BENCH_VOTES=0             skips section 10
 *   BENCH_SOAK_SECONDS=300    the soak's length; 0 skips section 11
 *   BENCH_UNCACHED=0          skips section 12 (distinct instants, a health-check floor and planner pages; 6 × BENCH_SECONDS)
 *
 * PGlite by default; PostgreSQL when DATABASE_URL is set (a separate `<db>_bench` database).
 */
import os from "node:os";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { submitReport } from "@/db/queries/reports";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { printStatusEngineBench } from "./status-engine";
import { prepareBenchDatabase } from "./synthetic";
import { drive, startServer, staticAssetPath, type RouteResult } from "./http";
import { cacheStates, csvExport, descendantRunning, loopClient, rssMb, serverPid } from "./goals";
import { postReport, runSoak, voteOnce } from "./soak";
import { lighthouseScores } from "./lighthouse";
import { benchRenonce } from "./page-nonce";

const REPORTS = Number(process.env.BENCH_REPORTS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 300);
const met = (ok: boolean) => (ok ? "met" : "NOT met");
const log = (line: string) => console.log(line);
const rows = <T>(result: unknown): T[] => (Array.isArray(result) ? result : ((result as { rows: T[] }).rows ?? [])) as T[];

log(`Crossings bench — ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);

log("\n1. Status engine (bench/status-engine.ts): random instants, 1,000 reports in the window; the planner over every crossing");
printStatusEngineBench(log);

log(`\n2. Database`);
const database = await prepareBenchDatabase(REPORTS, log);
log(`  ${database.kind}, ${database.reports.toLocaleString("en")} synthetic reports (${database.builtNow ? "built" : "reused"} in ${database.seconds.toFixed(1)} s)`);

// A bench account and API token, and report submissions through the data layer.
const connection = connect(database.env.DATABASE_URL ? { databaseUrl: database.env.DATABASE_URL } : { pgliteDir: database.env.PGLITE_DIR, databaseUrl: "" });
const token = generateToken();
let crossingId: number;
let slug: string;
const writerTokens: string[] = [];
const sessions: string[] = [];
const firstViewSessions: string[] = [];
const FIRST_VIEWS = 300;
const soakSlugs: string[] = [];
{
  const { db } = connection;
  const userId = `bench-${randomUUID()}`;
  await db.execute(sql`insert into users (id, email, name, created_at) values (${userId}, ${`${userId}@bench.invalid`}, 'Bench', now() - interval '60 days')`);
  await db.execute(sql`insert into api_tokens (user_id, name, token_hash, prefix) values (${userId}, 'bench', ${hashToken(token)}, ${token.slice(0, 10)})`);
  const busiest = rows<{ id: number; slug: string }>(await db.execute(sql`select c.id, c.slug from crossings c order by c.id limit 1`))[0]!;
  crossingId = busiest.id;
  slug = busiest.slug;
  soakSlugs.push(...rows<{ slug: string }>(await db.execute(sql`select slug from crossings order by id limit 8`)).map((row) => row.slug));
  // Writers (an API token each) and signed-in readers (a session row each, as a sign-in makes).
  for (let i = 0; i < 3; i++) {
    const id = `bench-writer-${randomUUID()}`;
    const writerToken = generateToken();
    await db.execute(sql`insert into users (id, email, name, created_at) values (${id}, ${`${id}@bench.invalid`}, 'Bench writer', now() - interval '60 days')`);
    await db.execute(sql`insert into api_tokens (user_id, name, token_hash, prefix) values (${id}, 'bench', ${hashToken(writerToken)}, ${writerToken.slice(0, 10)})`);
    writerTokens.push(writerToken);
  }
  // Sessions each used once (section 8): a signed-in reader's first view, every one a render.
  {
    const id = `bench-reader-${randomUUID()}`;
    await db.execute(sql`insert into users (id, email, name, created_at) values (${id}, ${`${id}@bench.invalid`}, 'Bench first views', now() - interval '60 days')`);
    for (let i = 0; i < FIRST_VIEWS; i++) {
      const session = randomUUID();
      await db.execute(sql`insert into sessions (session_token, user_id, expires) values (${session}, ${id}, now() + interval '1 day')`);
      firstViewSessions.push(session);
    }
  }
  for (let i = 0; i < 2; i++) {
    const id = `bench-reader-${randomUUID()}`;
    const session = randomUUID();
    await db.execute(sql`insert into users (id, email, name, created_at) values (${id}, ${`${id}@bench.invalid`}, 'Bench reader', now() - interval '60 days')`);
    await db.execute(sql`insert into sessions (session_token, user_id, expires) values (${session}, ${id}, now() + interval '1 day')`);
    sessions.push(session);
  }
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
// Writers post as often as the soak asks: the per-account limit is the data layer's (section 3).
const server = await startServer({ ...database.env, REPORTS_PER_HOUR_PER_USER: "1000000", REPORTS_PER_HOUR_PER_IP: "1000000" }, PORT, log);
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
  // Time limits throughout: a server that keeps a page waiting forever must not stop the bench.
  try {
    const note = `bench ${randomUUID()}`;
    const posted = performance.now();
    const sentBody = JSON.stringify({
      direction: "a-b",
      observedAt: new Date(Math.floor(Date.now() / 1000) * 1000).toISOString(),
      seen: "closed",
      mode: "car",
      waitMinutes: 15,
      notes: note,
      idempotencyKey: randomUUID(),
    });
    const response = await fetch(`${server.url}/api/v1/crossings/${slug}/reports`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: sentBody,
      signal: AbortSignal.timeout(30_000),
    });
    await response.arrayBuffer();
    const acknowledged = performance.now() - posted;
    let onPage: number | null = null;
    let inStatus: number | null = null;
    const observedAt = JSON.parse(String(sentBody)).observedAt as string;
    while (performance.now() - posted < 10_000 && (onPage === null || inStatus === null)) {
      if (onPage === null && (await (await fetch(`${server.url}/crossings/${slug}`, { signal: AbortSignal.timeout(10_000) })).text()).includes(note))
        onPage = performance.now() - posted;
      if (inStatus === null) {
        const status = (await (await fetch(`${server.url}/api/v1/crossings/${slug}/status`, { signal: AbortSignal.timeout(10_000) })).json()) as {
          freshness: { newestReportAt: string | null };
        };
        if (status.freshness.newestReportAt && status.freshness.newestReportAt >= observedAt) inStatus = performance.now() - posted;
      }
    }
    log(
      `  POST answered ${response.status} in ${acknowledged.toFixed(0)} ms; on the page after ${onPage?.toFixed(0) ?? "> 10000"} ms; in the status API after ${inStatus?.toFixed(0) ?? "> 10000"} ms (goal ≤ 1000 ms)`,
    );
  } catch (error) {
    log(
      `  not measured: ${error instanceof Error ? `${error.message}${error.cause ? ` (${String((error.cause as Error).message ?? error.cause)})` : ""}` : String(error)} — NOT met`,
    );
  }

  if (process.env.BENCH_LIGHTHOUSE !== "0") {
    log("\n6. Lighthouse, mobile settings (goals: performance ≥ 95, accessibility 100)");
    for (const score of await lighthouseScores(server.url, ["/", `/crossings/${slug}`, "/map"])) {
      log(
        `  ${score.path.padEnd(28)} performance ${String(score.performance).padStart(3)}  accessibility ${String(score.accessibility).padStart(3)}  LCP ${score.largestContentfulPaintMs} ms  TBT ${score.totalBlockingTimeMs} ms`,
      );
    }
  }

  const staticRate = baseline;
  const crossingPath = `/crossings/${slug}`;
  const pid = serverPid(server.pid);
  log(`\n  (the server process: pid ${pid}, RSS ${rssMb(pid)?.toFixed(0) ?? "?"} MB)`);

  if (process.env.BENCH_INTERFERENCE !== "0") {
    log(`\n7. The cached crossing page while one client loops on other work (goal: ≥ 50% of its req/s alone, p99 ≤ 100 ms)`);
    await drive(server.url, "warm-up", crossingPath, 1, 4);
    const alone = await drive(server.url, "alone", crossingPath, SECONDS, CONNECTIONS);
    log(`  ${"alongside".padEnd(22)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"share".padStart(6)}  loop req/s  goal`);
    log(`  ${"nothing".padEnd(22)} ${alone.requestsPerSecond.toFixed(0).padStart(8)} ${String(alone.p50).padStart(7)} ${String(alone.p99).padStart(7)} ${"100%".padStart(6)}`);
    const today = new Date();
    const plannerPath = (i: number) => {
      // A different planner page each time (never cached): minutes of the next days in turn.
      const at = new Date(today.getTime() + 86400_000 + i * 60_000);
      return `${crossingPath}?date=${at.toISOString().slice(0, 10)}&time=${at.toISOString().slice(11, 16)}&mode=${i % 2 ? "car" : "pedestrian"}`;
    };
    const loops: [string, (i: number) => string][] = [
      ["the CSV export", () => "/api/v1/exports/reports.csv"],
      ["a country feed", () => "/feeds/countries/kz.atom"],
      ["a crossing feed", () => `/feeds/crossings/${slug}.atom`],
      ["distinct planner pages", plannerPath],
    ];
    for (const [name, path] of loops) {
      const loop = loopClient(server.url, path);
      const under = await drive(server.url, name, crossingPath, SECONDS, CONNECTIONS);
      const looped = await loop.stop();
      const share = alone.requestsPerSecond > 0 ? under.requestsPerSecond / alone.requestsPerSecond : 0;
      log(
        `  ${name.padEnd(22)} ${under.requestsPerSecond.toFixed(0).padStart(8)} ${String(under.p50).padStart(7)} ${String(under.p99).padStart(7)} ${`${(share * 100).toFixed(0)}%`.padStart(6)}  ${(looped.iterations / looped.seconds).toFixed(1).padStart(10)}  ${met(share >= 0.5 && under.p99 <= 100)}${looped.failures ? ` (${looped.failures} loop answers not 200)` : ""}${under.non2xx + under.errors ? ` (${under.non2xx} non-2xx, ${under.errors} errors)` : ""}`,
      );
    }
  }

  log(`\n8. A signed-in reader's crossing page and the feeds, against the static asset (${staticRate.toFixed(0)} req/s in section 4)`);
  {
    const goals: [string, string, Record<string, string>, number][] = [
      ["signed-in crossing page", crossingPath, { cookie: `authjs.session-token=${sessions[0]}` }, 0.05],
      ["country feed", "/feeds/countries/kz.atom", {}, 0.25],
      ["crossing feed", `/feeds/crossings/${slug}.atom`, {}, 0.25],
    ];
    for (const [name, path, headers, goal] of goals) {
      await drive(server.url, name, path, 1, 4, headers);
      const r = await drive(server.url, name, path, SECONDS, CONNECTIONS, headers);
      const ratio = r.requestsPerSecond / staticRate;
      log(
        `  ${name.padEnd(24)} ${r.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ${ratio.toFixed(2)}× static — goal ≥ ${goal}×: ${met(ratio >= goal)}${r.non2xx + r.errors ? ` (${r.non2xx} non-2xx, ${r.errors} errors)` : ""}   ${path}`,
      );
    }
    // The same page as each signed-in reader's first view (a session never seen before, so
    // every request is a render and a session lookup): what the reader's own cache saves.
    const first = await firstViews(server.url, crossingPath, firstViewSessions, 8);
    log(
      `  signed-in, first views     ${first.requestsPerSecond.toFixed(1).padStart(5)} req/s  p50 ${first.p50} ms  p99 ${first.p99} ms  ${(first.requestsPerSecond / staticRate).toFixed(3)}× static (${first.requests} sessions, 8 at a time, each one render; no goal)${first.failures ? ` (${first.failures} answers not 200)` : ""}`,
    );
  }

  log("\n9. The CSV export (goal: first byte ≤ 200 ms; the server's memory printed)");
  try {
    const csv = await csvExport(server.url, pid);
    log(
      `  ${csv.status}: first byte after ${csv.firstByteMs.toFixed(0)} ms — ${met(csv.firstByteMs >= 0 && csv.firstByteMs <= 200)}; ${(csv.bytes / 2 ** 20).toFixed(1)} MB in ${(csv.totalMs / 1000).toFixed(1)} s; server RSS ${csv.rssBeforeMb.toFixed(0)} MB before, ${csv.rssPeakMb.toFixed(0)} MB at most during (+${(csv.rssPeakMb - csv.rssBeforeMb).toFixed(0)} MB)`,
    );
  } catch (error) {
    log(`  the export failed: ${error instanceof Error ? error.message : String(error)} — NOT met`);
  }

  if (process.env.BENCH_VOTES !== "0") {
    log(`\n10. The anonymous hit rate while one account votes as fast as it may (goal ≥ 90% hits), ${CONNECTIONS} readers, ${SECONDS} s`);
    // A fresh report by a writer, for the reader account to vote on ("still accurate?" is offered for recent reports).
    const posted = await postReport(server.url, slug, writerTokens[0]!);
    let votes = 0;
    let refused = 0;
    let failed = 0;
    let voting = true;
    const voter = (async () => {
      while (voting) {
        const outcome = await voteOnce(server.url, slug, sessions[0]!, votes % 2 ? "dispute" : "confirm");
        if (outcome.kind === "cast") votes++;
        else if (outcome.kind === "refused") {
          // Its limit: wait as long as the server says (at most 5 s), then vote again.
          refused++;
          await new Promise((resolve) => setTimeout(resolve, Math.min(outcome.retryAfterMs ?? 1000, 5000)));
        } else {
          failed++;
          if (outcome.kind === "nothing") await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    })();
    const votingSince = performance.now();
    const states = await cacheStates(server.url, crossingPath, SECONDS, CONNECTIONS);
    voting = false;
    await voter;
    const votingSeconds = (performance.now() - votingSince) / 1000;
    const share = states.requests ? states.hits / states.requests : 0;
    log(
      `  ${states.requests} reads (${Object.entries(states.states)
        .map(([state, n]) => `${state} ${n}`)
        .join(
          ", ",
        )}): ${(share * 100).toFixed(1)}% hits — ${met(share >= 0.9)}; ${votes} votes cast in ${votingSeconds.toFixed(0)} s (${(votes / votingSeconds).toFixed(1)}/s), ${refused} refused, ${failed} not cast${posted === "posted" ? "" : ` (the report to vote on: ${posted})`}`,
    );
  }

  if (SOAK_SECONDS > 0) {
    log(`\n11. Soak: ${SOAK_SECONDS} s of mixed readers, signed-in readers, writers, a voter and hang-ups, then every page within 1 s`);
    const before = rssMb(pid);
    const soak = await runSoak({ url: server.url, seconds: SOAK_SECONDS, slugs: soakSlugs, tokens: writerTokens, sessions, readers: 8, hangUps: 3, deadlineMs: 1000, log });
    log(
      `  ${soak.requests} requests (${(soak.requests / SOAK_SECONDS).toFixed(0)}/s), ${soak.errors} errors, ${soak.status5xx} 5xx, ${soak.hangUps} hang-ups, ${soak.reports.posted} reports posted (${soak.reports.refused} refused), ${soak.votes.cast} votes, ${soak.signedInReads} signed-in reads; latency p50 ${soak.latency.p50} ms, p99 ${soak.latency.p99} ms, max ${soak.latency.max} ms; server RSS ${before?.toFixed(0) ?? "?"} → ${rssMb(pid)?.toFixed(0) ?? "?"} MB`,
    );
    log(
      `  afterwards: ${soak.checked} pages checked, slowest ${soak.slowestCheckMs} ms, ${soak.wedged.length} wedged — goal 0 wedged, 0 errors, 0 5xx: ${met(soak.wedged.length === 0 && soak.errors === 0 && soak.status5xx === 0)}`,
    );
    for (const line of soak.wedged.slice(0, 10)) log(`    wedged: ${line}`);
    for (const line of soak.samples.slice(0, 10)) log(`    sample: ${line}`);
  }
  if (process.env.BENCH_UNCACHED !== "0") {
    log(`\n12. Uncached work: distinct instants and planner pages, ${CONNECTIONS} connections, ${SECONDS} s (the status engine's HTTP goals)`);
    const today = Date.now();
    // A distinct instant on every request, within a year either side, at minute resolution.
    const instant = (i: number) => new Date(today - 365 * 86400_000 + ((i * 7919) % (730 * 1440)) * 60_000);
    const statusAt = (i: number) => `/api/v1/crossings/${slug}/status?at=${instant(i).toISOString()}`;
    const plannerAt = (i: number) => {
      const at = instant(i);
      return `${crossingPath}?date=${at.toISOString().slice(0, 10)}&time=${at.toISOString().slice(11, 16)}`;
    };
    // The same page, uncached, without a planner query (a query string it ignores).
    const uncachedPlain = (i: number) => `${crossingPath}?bench=${i}`;
    // The HTTP server itself (not the PGlite process beside it: SIGUSR2 would end that one).
    const httpPid = descendantRunning(server.pid, "server/http/main.ts");
    await serverLoopDelay(server, httpPid);
    const statusApi = await driveDistinct(server.url, statusAt, SECONDS, CONNECTIONS);
    // For scale: what the framework serves of a dynamic route that does almost nothing (the
    // health check: one trivial query, no cache), the ceiling of any uncached API answer.
    const floor = await driveDistinct(server.url, (i) => `/api/health?n=${i}`, SECONDS, CONNECTIONS);
    const plain = await driveDistinct(server.url, uncachedPlain, SECONDS, CONNECTIONS);
    const planner = await driveDistinct(server.url, plannerAt, SECONDS, CONNECTIONS);
    const statusRatio = statusApi.requestsPerSecond / staticRate;
    const plannerRatio = plain.requestsPerSecond > 0 ? planner.requestsPerSecond / plain.requestsPerSecond : 0;
    const row = (name: string, r: RouteResult, note: string) =>
      log(
        `  ${name.padEnd(34)} ${r.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${String(r.p50).padStart(5)} ms  p99 ${String(r.p99).padStart(5)} ms  ${note}${r.non2xx + r.errors ? ` (${r.non2xx} non-2xx, ${r.errors} errors)` : ""}`,
      );
    row("status API, a distinct ?at= each", statusApi, `${statusRatio.toFixed(2)}× static — goal ≥ 0.25×: ${met(statusRatio >= 0.25)}`);
    row("health check, a distinct URL each", floor, `${(floor.requestsPerSecond / staticRate).toFixed(2)}× static (a dynamic route doing one trivial query: no goal, for scale)`);
    row("crossing page, uncached, no planner", plain, "");
    row("crossing page, a distinct planner", planner, `${plannerRatio.toFixed(2)}× the uncached page — goal ≥ 0.8×: ${met(plannerRatio >= 0.8)}`);
    // Isolation: the cached page alone, then beside 8 connections of distinct planner pages and instants.
    await drive(server.url, "warm-up", crossingPath, 1, 4);
    const alone = await drive(server.url, "alone", crossingPath, SECONDS, CONNECTIONS);
    const heavy = [0, 1, 2, 3]
      .map((k) => loopClient(server.url, (i) => plannerAt(i * 4 + k + 100_000)))
      .concat([0, 1, 2, 3].map((k) => loopClient(server.url, (i) => statusAt(i * 4 + k + 200_000))));
    const beside = await drive(server.url, "beside", crossingPath, SECONDS, CONNECTIONS);
    const looped = await Promise.all(heavy.map((loop) => loop.stop()));
    const p99Ratio = alone.p99 > 0 ? beside.p99 / alone.p99 : Number.POSITIVE_INFINITY;
    const loopRate = looped.reduce((sum, loop) => sum + loop.iterations / loop.seconds, 0);
    log(
      `  cached page alone ${alone.requestsPerSecond.toFixed(0)} req/s, p99 ${alone.p99} ms; beside 8 connections of distinct planner pages and instants (${loopRate.toFixed(1)} req/s between them, ${looped.reduce((sum, loop) => sum + loop.failures, 0)} not 200) ${beside.requestsPerSecond.toFixed(0)} req/s, p99 ${beside.p99} ms: ${p99Ratio.toFixed(2)}× — goal ≤ 2×: ${met(p99Ratio <= 2)}`,
    );
    const loopDelay = await serverLoopDelay(server, httpPid);
    log(
      loopDelay
        ? `  the server's event loop during this section: held up at most ${loopDelay.maxMs} ms (p99 ${loopDelay.p99Ms} ms, mean ${loopDelay.meanMs} ms; longest garbage-collection pause ${loopDelay.gcMaxMs} ms, ${loopDelay.gcTotalMs} ms in all) — goal ≤ 50 ms: ${met(loopDelay.maxMs <= 50)}`
        : "  the server's event loop: no reading (SIGUSR2 unanswered)",
    );
    // One request at a time: the longest a single uncached request holds the loop. (Above, with
    // 32 connections, a turn of the loop runs several requests' callbacks back to back, and the
    // delay is their sum.)
    // First the server finishes what the load above left queued (autocannon stops with renders
    // in flight), and the reading starts over: otherwise it would catch their tail.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await serverLoopDelay(server, httpPid);
    const oneAtATime = [
      await driveDistinct(server.url, (i) => plannerAt(i + 300_000), SECONDS / 2, 1),
      await driveDistinct(server.url, (i) => statusAt(i + 400_000), SECONDS / 2, 1),
    ];
    const single = await serverLoopDelay(server, httpPid);
    log(
      single
        ? `  one request at a time (${oneAtATime.map((r) => `${r.requestsPerSecond.toFixed(1)} req/s`).join(" planner pages, ")} instants): the loop held up at most ${single.maxMs} ms (p99 ${single.p99Ms} ms; longest garbage-collection pause ${single.gcMaxMs} ms, ${single.gcTotalMs} ms in all) — goal ≤ 50 ms per request: ${met(single.maxMs <= 50)}`
        : "  one request at a time: no reading (SIGUSR2 unanswered)",
    );
  }
} finally {
  await server.stop();
}

// What sections 7–11 wrote, out of the reused database: the bench accounts' reports and votes.
{
  const cleanup = connect(database.env.DATABASE_URL ? { databaseUrl: database.env.DATABASE_URL } : { pgliteDir: database.env.PGLITE_DIR, databaseUrl: "" });
  try {
    const { db } = cleanup;
    await db.execute(sql`delete from reports where author_id like 'bench-%'`);
    await db.execute(sql`
      update reports set
        confirmations = (select count(*)::int from report_feedback f where f.report_id = reports.id and f.kind = 'confirm' and f.user_id not like 'bench-%'),
        disputes = (select count(*)::int from report_feedback f where f.report_id = reports.id and f.kind = 'dispute' and f.user_id not like 'bench-%')
      where id in (select report_id from report_feedback where user_id like 'bench-%')`);
    await db.execute(sql`delete from report_feedback where user_id like 'bench-%'`);
    await db.execute(sql`delete from users where id like 'bench-%'`);
  } finally {
    await cleanup.close();
  }
}

/** One GET per session, `parallel` at a time: requests/s and latency percentiles. */
async function firstViews(url: string, path: string, tokens: string[], parallel: number) {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < tokens.length) {
        const token = tokens[next++]!;
        const t0 = performance.now();
        const response = await fetch(`${url}${path}`, { headers: { cookie: `authjs.session-token=${token}`, "accept-encoding": "gzip", "accept-language": "en" } });
        await response.arrayBuffer();
        if (response.status !== 200 || response.headers.get("x-crossings-own-cache") !== "miss") failures++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const at = quantiles(latencies);
  return { requests: tokens.length, requestsPerSecond: tokens.length / seconds, p50: at(0.5), p99: at(0.99), failures };
}

/** `connections` clients, each request to a path of its own (`pathFor(n)`, n counting up), for `seconds`. */
async function driveDistinct(url: string, pathFor: (n: number) => string, seconds: number, connections: number): Promise<RouteResult> {
  let n = 0;
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        try {
          const response = await fetch(`${url}${pathFor(n++)}`, { headers: { "accept-encoding": "gzip", "accept-language": "en" } });
          await response.arrayBuffer();
          if (response.status < 200 || response.status > 299) non2xx++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const at = quantiles(latencies);
  return { name: "distinct", path: pathFor(0), requestsPerSecond: latencies.length / ((performance.now() - started) / 1000), p50: at(0.5), p99: at(0.99), non2xx, errors };
}

/** Asks the server (SIGUSR2, server/http/serve.ts) how long its event loop was held up since the last ask. */
/** The server's SIGUSR2 reading (server/http/serve.ts): the loop's hold-ups and GC pauses, in ms. */
interface LoopReading {
  maxMs: number;
  p99Ms: number;
  meanMs: number;
  gcMaxMs: number;
  gcTotalMs: number;
}

async function serverLoopDelay(server: { output: () => string }, pid: number | null): Promise<LoopReading | null> {
  if (!pid) return null;
  const before = server.output().length;
  process.kill(pid, "SIGUSR2");
  for (let i = 0; i < 40; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const line = server
      .output()
      .slice(before)
      .split("\n")
      .find((text) => text.includes('"server.event_loop"'));
    if (line) return JSON.parse(line.slice(line.indexOf("{"))) as LoopReading;
  }
  return null;
}

/** The q-quantile (0–1) of a list of milliseconds, rounded. */
function quantiles(values: number[]): (q: number) => number {
  const sorted = [...values].sort((a, b) => a - b);
  return (q) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
}
