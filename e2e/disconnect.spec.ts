/**
 * Readers who hang up (a phone on 3G giving up) must never wedge the production server: after
 * any number of them, at any moment (before the answer, mid-body, mid-request), on cold and
 * warm pages, every page still answers in full. A wedged page is one that keeps its readers
 * waiting forever (until a restart), so the deadlines here detect that, not speed.
 *
 * Its own server and database (E2E_PORT + 8): a cold page cache on demand, and the hang-ups
 * stay away from the shared server's other specs.
 */
import { expect, test } from "@playwright/test";
import { freshDatabase, startAppServer, type AppDatabase, type AppServer } from "./support/app-servers";
import { getFully, hangUp, randomHangUp, seeded, sleep, type Outcome } from "../bench/raw-http";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 8;
/** Long enough for any render on a loaded CI machine; a wedged page never answers at all. */
const DEADLINE_MS = 10_000;

// One server for the file, its tests in order in one worker (a failure restarts it, cold).
test.describe.configure({ mode: "default", timeout: 180_000 });

let database: AppDatabase;
let server: AppServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await freshDatabase("pglite", "disconnect");
  server = await startAppServer(PORT, database);
});

test.afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

test.afterEach(() => {
  const info = test.info();
  if (info.status !== info.expectedStatus) console.log(`--- server log (last 40 lines) ---\n${server?.log().split("\n").slice(-40).join("\n")}`);
});

function describe(outcome: Outcome): string {
  return outcome.ok ? `${outcome.answer.status} in ${outcome.answer.ms.toFixed(0)} ms` : outcome.reason;
}

/** A whole answer: 200, an HTML page that ends, within the deadline. */
function expectWhole(outcome: Outcome, label: string): void {
  expect(outcome.ok, `${label}: ${describe(outcome)}`).toBe(true);
  if (!outcome.ok) return;
  expect(outcome.answer.status, label).toBe(200);
  expect(outcome.answer.text, `${label}: the page is complete`).toContain("</html>");
}

test("the testers' reproduction: two readers hang up 20 ms into a cold crossing page, the next reader gets the whole page", async () => {
  // A server that has been up a while (a crossing page rendered once): on a process that has
  // never rendered one, the first render is slower than the hang-ups and they miss the window.
  expectWhole(await getFully(`${server.url}/crossings/nikolaevka`, {}, 60_000), "a first crossing page");
  const url = `${server.url}/crossings/irkeshtam`;
  // Two curls with --max-time 0.02 at once, on a page nobody has asked for yet.
  await Promise.all([hangUp(url, { kind: "after", afterMs: 20 }), hangUp(url, { kind: "after", afterMs: 20 })]);
  const next = await getFully(url, {}, DEADLINE_MS);
  expectWhole(next, "the reader after the two hang-ups");
  // And the readers after that one (the page is not left waiting on a closed response).
  const later = await Promise.all([getFully(url, {}, DEADLINE_MS), getFully(url, { "accept-encoding": "gzip" }, DEADLINE_MS)]);
  later.forEach((outcome, index) => expectWhole(outcome, `reader ${index + 2} after the hang-ups`));
});

test("the same with a language and a zone: each variant of a cold page survives its hang-ups", async () => {
  const variants: { path: string; headers: Record<string, string> }[] = [
    { path: "/crossings/torugart", headers: { cookie: "lang=ru" } },
    { path: "/crossings/torugart", headers: { cookie: "tz=Asia/Almaty" } },
    { path: "/", headers: { cookie: "lang=ru; tz=Asia/Bishkek" } },
    { path: "/map", headers: { "accept-language": "ru" } },
  ];
  for (const variant of variants) {
    const url = `${server.url}${variant.path}`;
    await Promise.all([hangUp(url, { kind: "after", afterMs: 15 }, variant.headers), hangUp(url, { kind: "after", afterMs: 25 }, variant.headers)]);
  }
  const answers = await Promise.all(variants.map((variant) => getFully(`${server.url}${variant.path}`, variant.headers, DEADLINE_MS)));
  answers.forEach((outcome, index) => expectWhole(outcome, `${variants[index]!.path} ${JSON.stringify(variants[index]!.headers)}`));
});

test("readers hang up at random moments under load, mixed with readers who wait: afterwards every page answers in full", async () => {
  const random = seeded(Number(process.env.DISCONNECT_SEED ?? 1409));
  const slugs = ["karkyra-kegen", "korday-ak-zhol", "ak-tilek", "dostuk", "khorgos", "kulma-karasu", "aisha-bibi", "kyzyl-art"];
  const paths = ["/", "/map", ...slugs.map((slug) => `/crossings/${slug}`)];
  const cookies = ["", "lang=en", "lang=ru", "tz=Asia/Bishkek", "lang=ru; tz=Asia/Tashkent", "tz=Europe/Moscow", "lang=en; tz=Asia/Shanghai"];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const headersFor = (cookie: string, gzip: boolean): Record<string, string> => ({ ...(cookie ? { cookie } : {}), ...(gzip ? { "accept-encoding": "gzip" } : {}) });

  // Half the pages warm first: the hang-ups meet both cached and cold pages.
  for (const path of paths.slice(0, paths.length / 2)) await getFully(`${server.url}${path}`, {}, DEADLINE_MS);

  const waitingReaders: Promise<Outcome>[] = [];
  let hangUps = 0;
  const until = Date.now() + 12_000;
  const lanes = Array.from({ length: 12 }, async () => {
    while (Date.now() < until) {
      const url = `${server.url}${pick(paths)}`;
      const headers = headersFor(pick(cookies), random() < 0.5);
      if (random() < 0.7) {
        hangUps++;
        await hangUp(url, randomHangUp(random), headers);
      } else {
        // A reader who waits (not asserted for time: the load is the point here).
        const reader = getFully(url, headers, 60_000);
        waitingReaders.push(reader);
        await reader;
      }
    }
  });
  await Promise.all(lanes);
  console.log(`${hangUps} hang-ups and ${waitingReaders.length} waiting readers in 12 s`);
  const waited = await Promise.all(waitingReaders);
  const failedReaders = waited.filter((outcome) => !outcome.ok || outcome.answer.status >= 500);
  expect(failedReaders.map(describe), "readers who waited during the hang-ups").toEqual([]);

  // Then every page, in every variant used, answers 200 in full within the deadline.
  const checks = paths.flatMap((path) => cookies.flatMap((cookie) => [false, true].map((gzip) => ({ path, cookie, gzip }))));
  const outcomes = await Promise.all(checks.map((check) => getFully(`${server.url}${check.path}`, headersFor(check.cookie, check.gzip), DEADLINE_MS)));
  const wedged = outcomes.flatMap((outcome, index) => {
    const check = checks[index]!;
    const ok = outcome.ok && outcome.answer.status === 200 && outcome.answer.text.includes("</html>");
    return ok ? [] : [`${check.path} cookie=${JSON.stringify(check.cookie)} gzip=${check.gzip}: ${describe(outcome)}`];
  });
  expect(wedged, `pages that did not answer in full within ${DEADLINE_MS} ms after the hang-ups`).toEqual([]);
});

test("hang-ups mid-body on a cached page leave it cached and whole", async () => {
  const url = `${server.url}/crossings/ak-tilek`;
  expectWhole(await getFully(url, {}, DEADLINE_MS), "warm-up");
  await Promise.all(
    Array.from({ length: 20 }, (_, index) => hangUp(url, index % 2 ? { kind: "mid-body" } : { kind: "after", afterMs: index }, index % 3 ? {} : { "accept-encoding": "gzip" })),
  );
  await sleep(50);
  expectWhole(await getFully(url, {}, DEADLINE_MS), "after 20 hang-ups on the cached page");
  expectWhole(await getFully(url, { "accept-encoding": "gzip" }, DEADLINE_MS), "gzipped, after 20 hang-ups on the cached page");
});
