/**
 * The production server, once its environment is known to be valid (./main.ts).
 *
 * It shares one typed object with the app (db/bridge.ts): the database connection (pinged
 * for outages, closed at shutdown), the app's state cache (its next scheduled change bounds
 * a stored page's life) and every invalidation (a write drops the pages it changed).
 *
 * SIGTERM/SIGINT: stop accepting connections, finish the requests in flight (those still open
 * after 10 s are cut), close the database (PGlite must be closed to be left consistent), exit.
 */
import http from "node:http";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import next from "next";
import { processBridge } from "@/db/bridge";
import { crossingCountries } from "@/db/queries/crossing-countries";
import { sessionOwner } from "@/db/queries/session-owner";
import type { CountryCode } from "@/lib/baseline/schema";
import { env } from "@/lib/env";
import { warmPublicHolidays } from "@/lib/holidays/public-holidays";
import { askableYears } from "@/lib/status/timeline-compile";
import { baselineCrossings } from "@/db/seed/data";
import { logEvent } from "@/lib/log";
import { startDigestTimer } from "@/server/alerts/digest";
import { InvalidationTags } from "./invalidation";
import { PageStore } from "./page-store";
import { RenderLimits } from "./render-limits";
import { createRequestHandler } from "./server";
import { serverSettings } from "./settings";
import { warmUp, warmUpPaths } from "./warm-up";

const dev = process.argv.includes("--dev");
const settings = serverSettings(process.env);
const app = next({ dev, hostname: settings.HOSTNAME_BIND, port: settings.PORT });
const handle = app.getRequestHandler();
await app.prepare();

const bridge = processBridge();
const store = new PageStore(settings.PAGE_CACHE_MB * 2 ** 20, settings.invalidationDebounceMs);
const personalStore = settings.PERSONAL_PAGE_CACHE_MB > 0 ? new PageStore(settings.PERSONAL_PAGE_CACHE_MB * 2 ** 20, settings.invalidationDebounceMs) : undefined;
const tags = new InvalidationTags(() => bridge.connection);
bridge.invalidationListeners.add((appTags) => {
  const mapped = tags.map(appTags);
  store.invalidate(mapped);
  personalStore?.invalidate(mapped);
});
// Once the app has opened its database (on the first request): the crossings' slugs, so the
// first write drops one crossing's pages, not all of them; and their countries' public holidays
// for every year a question may reach (askableYears: the planner's and the API's five years
// either side, with the timeline's look-ahead), nearest first, one country-year per turn of the
// event loop, rather than 20–60 ms at a time inside a reader's request (that was the bench's
// longest hold of the loop: a planner page a year ahead computing China's calendar for a new year).
// Again every day, for the years a new year brings within reach (those computed cost nothing).
const warmAskableYears = (db: NonNullable<typeof bridge.connection>["db"]) =>
  crossingCountries(db)
    .then((countries) => warmPublicHolidays(countries as CountryCode[], askableYears(Date.now())))
    .then((failed) => failed.forEach(({ country, error }) => logEvent("warn", "server.holidays_failed", { country, error })))
    .catch((error: unknown) => logEvent("warn", "server.holidays_failed", { error: error instanceof Error ? error.message : String(error) }));
const slugsLoaded = setInterval(() => {
  if (!bridge.connection) return;
  clearInterval(slugsLoaded);
  void tags.refresh();
  void warmAskableYears(bridge.connection.db);
  setInterval(() => void (bridge.connection && warmAskableYears(bridge.connection.db)), 86400_000).unref();
}, 200);
slugsLoaded.unref();
// The moderators' daily digest (server/alerts/digest.ts): checked every 10 minutes on the app's
// connection once it is open; the day is claimed in the database, so one instance sends it.
startDigestTimer({ db: () => bridge.connection?.db ?? null, hourUtc: env.DIGEST_HOUR_UTC, origin: new URL(env.AUTH_URL).origin });

const serve = createRequestHandler({
  handle,
  store,
  personalStore,
  // Before the app has opened its database (its first request), no session is looked up here.
  sessionOwner: async (token) => (bridge.connection ? sessionOwner(bridge.connection.db, token) : null),
  limits: new RenderLimits({
    total: settings.RENDERS_AT_ONCE,
    perAddress: settings.RENDERS_PER_ADDRESS,
    queueTotal: settings.queueTotal,
    queuePerAddress: settings.queuePerAddress,
    maxWaitMs: settings.queueWaitMs,
  }),
  cache: !dev,
  ttlMs: settings.pageTtlMs,
  stateExpiry: () => bridge.stateCache?.earliestExpiry("now:") ?? Number.POSITIVE_INFINITY,
  renderTimeoutMs: settings.renderTimeoutMs,
  trustProxyHops: env.TRUST_PROXY_HOPS,
  siteHost: new URL(env.AUTH_URL).host,
  // Not under `npm run dev`: there every request goes through Next.js, which recompiles as you edit.
  apiRoutes: dev ? undefined : () => bridge.apiRoutes,
});

// How long the event loop was held up since the last look: `kill -USR2 <pid>` prints one JSON
// line (max, p99, mean in ms) and starts over. The bench reads it around its uncached work.
// Garbage collection's pauses beside it: a long hold-up that is a collection is the heap's
// size, not one request's work.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const collections = { maxMs: 0, totalMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    collections.maxMs = Math.max(collections.maxMs, entry.duration);
    collections.totalMs += entry.duration;
  }
}).observe({ entryTypes: ["gc"] });
process.on("SIGUSR2", () => {
  logEvent("info", "server.event_loop", {
    maxMs: Math.round(loopDelay.max / 1e5) / 10,
    p99Ms: Math.round(loopDelay.percentile(99) / 1e5) / 10,
    meanMs: Math.round(loopDelay.mean / 1e5) / 10,
    gcMaxMs: Math.round(collections.maxMs * 10) / 10,
    gcTotalMs: Math.round(collections.totalMs),
  });
  loopDelay.reset();
  collections.maxMs = 0;
  collections.totalMs = 0;
});

const server = http.createServer((request, response) => {
  serve(request, response).catch((error: unknown) => {
    console.error("Request failed:", error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
server.keepAliveTimeout = 65_000;
// A connection on which nothing moves for a minute (a reader who stopped reading) is closed.
server.timeout = 60_000;
// This year's public holidays of the seeded crossings' countries before the first reader: the
// first year of China's calendar (lunar feasts, computed astronomically) takes over 100 ms, which
// would otherwise land inside the first requests. The other years follow in small steps (above).
const seedCountries = new Set(baselineCrossings.flatMap((crossing) => crossing.sides.map((side) => side.country as CountryCode)));
// Then one render of each kind of uncached answer (./warm-up.ts), so the first reader's request
// does not pay for loading and compiling its route (not under `npm run dev`, which compiles on demand).
void warmPublicHolidays(seedCountries, [new Date().getUTCFullYear()])
  .then((failed) => failed.forEach(({ country, error }) => logEvent("warn", "server.holidays_failed", { country, error })))
  .catch((error: unknown) => logEvent("warn", "server.holidays_failed", { error: error instanceof Error ? error.message : String(error) }))
  .then(async () => {
    if (dev) return;
    const started = performance.now();
    const results = await warmUp(handle, warmUpPaths(baselineCrossings[0]?.slug, new Date()), new URL(env.AUTH_URL).host);
    logEvent("info", "server.warmed_up", {
      ms: Math.round(performance.now() - started),
      routes: results.map(({ path, status, ms }) => `${status ?? "abandoned"} ${ms} ms ${path}`).join("; "),
    });
  })
  // Whatever failed above, the server listens, and no rejection is left unhandled to end it.
  .catch((error: unknown) => logEvent("warn", "server.warm_up_failed", { error: error instanceof Error ? error.message : String(error) }))
  .finally(() =>
    server.listen(settings.PORT, settings.HOSTNAME_BIND, () => console.log(`Ready on http://${settings.HOSTNAME_BIND}:${settings.PORT}${dev ? " (development)" : ""}`)),
  );

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  const started = Date.now();
  console.log(`${signal}: finishing requests in flight, then closing the database.`);
  const force = setTimeout(() => {
    console.error("Shutdown did not finish within 45 s: exiting anyway.");
    process.exit(1);
  }, 45_000);
  force.unref();
  // Keep-alive connections that finish their request after this point go idle: close those too;
  // any still open after 10 s (a reader who never reads) are cut, so the database always gets closed.
  const sweep = setInterval(() => server.closeIdleConnections(), 250);
  const cut = setTimeout(() => server.closeAllConnections(), 10_000);
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
  clearInterval(sweep);
  clearTimeout(cut);
  store.close();
  personalStore?.close();
  const requestsDone = Date.now();
  try {
    await bridge.connection?.close();
  } catch (error) {
    console.error("Closing the database failed:", error);
  }
  console.log(`Stopped: requests finished in ${requestsDone - started} ms, database closed in ${Date.now() - requestsDone} ms.`);
  process.exit(0);
}
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => void shutdown(signal));
