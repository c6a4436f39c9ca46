/**
 * A 30-second soak (bench/soak.ts; `npm run bench` runs it for 5 minutes): anonymous readers of
 * every kind of page, signed-in readers, writers posting reports through the API, a voter, and
 * readers who hang up at random moments — then every page must answer in full.
 *
 * Its own server and database (E2E_PORT + 10): the writes empty the page cache and the
 * hang-ups may wedge pages, neither of which may reach the shared server's other specs (which
 * expect cache hits and answers); and the soak measures this server alone, not the rest of the
 * suite's traffic. It is not a speed test: the deadline afterwards (5 s here, on a CI machine
 * whose other worker is busy) detects a page that never answers, and the soak itself only
 * counts errors (no answer at all within 30 s, a reset, a cut-off body) and 5xx.
 */
import { expect, test } from "@playwright/test";
import { runSoak } from "../bench/soak";
import { seedAccounts } from "./support/accounts";
import { freshDatabase, startAppServer, type AppDatabase, type AppServer } from "./support/app-servers";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 10;
const SECONDS = Number(process.env.E2E_SOAK_SECONDS ?? 30);

test.describe.configure({ mode: "default", timeout: 240_000 });

let database: AppDatabase;
let server: AppServer;
let accounts: Awaited<ReturnType<typeof seedAccounts>>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await freshDatabase("pglite", "soak");
  accounts = await seedAccounts(database, 4, "soak");
  // Writers at a steady pace for the whole soak: the per-account limit (tested in db/) is not
  // what is soaked here.
  server = await startAppServer(PORT, database, { REPORTS_PER_HOUR_PER_USER: "10000", REPORTS_PER_HOUR_PER_IP: "10000" });
});

test.afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

test(`${SECONDS} s of mixed readers, writers, a voter and hang-ups: no errors, no 5xx, every page answers afterwards`, async () => {
  const result = await runSoak({
    url: server.url,
    seconds: SECONDS,
    slugs: ["karkyra-kegen", "irkeshtam", "korday-ak-zhol", "torugart", "dostuk", "khorgos"],
    tokens: accounts.slice(1, 4).map((account) => account.token),
    sessions: accounts.slice(0, 2).map((account) => account.session),
    readers: 6,
    hangUps: 3,
    deadlineMs: 5000,
    maxChecks: 150,
    log: console.log,
  });
  console.log(JSON.stringify({ ...result, wedged: result.wedged.length, samples: undefined }));
  if (result.samples.length) console.log(`samples:\n  ${result.samples.join("\n  ")}`);
  expect(server.alive(), "the server is still running").toBe(true);
  expect(result.wedged, "pages that did not answer in full within 5 s after the soak").toEqual([]);
  expect(result.status5xx, "5xx answers during the soak").toBe(0);
  expect(result.errors, "requests with no whole answer within 30 s during the soak").toBe(0);
  // The writers and the voter did write (a soak of reads only would prove less).
  expect(result.reports.posted).toBeGreaterThan(0);
  expect(result.votes.cast).toBeGreaterThan(0);
});
