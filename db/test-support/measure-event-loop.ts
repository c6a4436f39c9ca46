/**
 * Measures what the embedded database costs the app process (issue 14), the same way on any
 * version of db/client.ts:
 *  (a) while one ~2-second query runs on PGlite: how many setImmediate turns the app's event
 *      loop made, its longest stall, and the latency of a cheap HTTP request answered by this
 *      process, asked by another process every 20 ms;
 *  (b) 1,000 indexed selects one after another (a crossing by slug), per-query time.
 * Run: npx tsx db/test-support/measure-event-loop.ts
 */
import { spawn } from "node:child_process";
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { connect } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedBaseline } from "@/db/seed/seed";

const dir = mkdtempSync(path.join(tmpdir(), "crossings-measure-"));
const connection = connect({ pgliteDir: path.join(dir, "pglite"), databaseUrl: "" });
try {
  await runMigrations(connection);
  await seedBaseline(connection.db);
  const { slug } = ((await connection.rawQuery("select slug from crossings order by id limit 1", [])) as { slug: string }[])[0]!;

  // (b) per-query time, after a warm-up
  for (let i = 0; i < 100; i++) await connection.rawQuery("select id, slug from crossings where slug = $1", [slug]);
  let started = process.hrtime.bigint();
  for (let i = 0; i < 1000; i++) await connection.rawQuery("select id, slug from crossings where slug = $1", [slug]);
  const perQueryUs = Number(process.hrtime.bigint() - started) / 1000 / 1000;

  // (a) a ~2 s query; the HTTP server and the client in another process measure around it
  const server = http.createServer((_, response) => response.end("ok"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const client = spawn(
    process.execPath,
    [
      "-e",
      `
    const http = require("node:http"); const lat = []; const end = Date.now() + 3500;
    const agent = new http.Agent({ keepAlive: true });
    (async () => { while (Date.now() < end) { const t = process.hrtime.bigint();
      await new Promise((r) => http.get({ host: "127.0.0.1", port: ${port}, agent }, (res) => { res.resume(); res.on("end", r); }).on("error", r));
      lat.push(Number(process.hrtime.bigint() - t) / 1e6); await new Promise((r) => setTimeout(r, 20)); }
      lat.sort((a, b) => a - b); console.log(JSON.stringify({ requests: lat.length, p50: lat[lat.length >> 1].toFixed(1), max: lat[lat.length - 1].toFixed(1) })); process.exit(0); })();`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let clientOut = "";
  client.stdout.on("data", (chunk) => (clientOut += chunk));
  await new Promise((resolve) => setTimeout(resolve, 500));
  let ticks = 0;
  let spinning = true;
  let last = performance.now();
  let longestGap = 0;
  const spin = () => {
    ticks++;
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    if (spinning) setImmediate(spin);
  };
  setImmediate(spin);
  started = process.hrtime.bigint();
  await connection.rawQuery("select count(*) from generate_series(1, $1::int) g where g % 7 = 3", [Number(process.env.MEASURE_ROWS ?? 12_000_000)]);
  const queryMs = Number(process.hrtime.bigint() - started) / 1e6;
  spinning = false;
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => client.on("exit", resolve));
  server.close();
  console.log(
    JSON.stringify({
      slowQueryMs: Math.round(queryMs),
      setImmediateTurnsDuringQuery: ticks,
      eventLoopLongestStallMs: Math.round(longestGap),
      httpDuringAndAround: JSON.parse(clientOut),
      indexedSelectUs: Math.round(perQueryUs),
    }),
  );
} finally {
  await connection.close();
  rmSync(dir, { recursive: true, force: true });
}
