/**
 * Issue 8: the database goes away under the app, on a real PostgreSQL cluster of the test's
 * own (e2e/support/postgres-cluster.ts) and a production server of its own
 * (e2e/support/app-servers.ts, the existing `.next` build):
 *
 * - stopped under load: the process lives on, readers get a 503 page in their language with
 *   Retry-After (or a cached page), the API and /api/health 503, and service is back within
 *   5 s of the database — including the cache bus, which must LISTEN again;
 * - SIGKILLed right after acknowledged submissions: not one acknowledged report is lost, and
 *   a retry of a refused submission with its idempotency key stores exactly one.
 *
 * Registered only where PostgreSQL's server binaries are installed (CI installs them); the
 * figures are printed for docs/database-faults.md.
 */
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { generateToken, hashToken } from "../lib/auth/tokens";
import { prepareDatabase, startAppServer, type AppServer } from "./support/app-servers";
import { PostgresCluster, postgresBinDir } from "./support/postgres-cluster";

const bin = postgresBinDir();
// Ports of our own: the cluster's and the server's, apart from the e2e server's E2E_PORT.
const PG_PORT = Number(process.env.FAULTS_PG_PORT ?? 5440);
const APP_PORT = Number(process.env.FAULTS_APP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 6);
const slug = "komsomolsky";

type Outcome = number | "network-error";

async function statusOf(request: Promise<Response>): Promise<Outcome> {
  try {
    const response = await request;
    await response.arrayBuffer();
    return response.status;
  } catch {
    return "network-error";
  }
}

function tally(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

if (bin) {
  test.describe("when the database goes away", () => {
    test.describe.configure({ mode: "serial" });

    const cluster = new PostgresCluster(bin, PG_PORT);
    let server: AppServer;
    const token = generateToken();
    let crossingId = 0;
    /** The load loops run while this is true; a failed test stops them too. */
    let running = false;

    /** A direct connection, as another app instance or an operator would have. */
    const direct = () => postgres(cluster.url, { max: 1, onnotice: () => {} });

    /** A report through the API; a retry sends the very same body (same key, same instant). */
    const report = (idempotencyKey: string, notes: string, observedAt = new Date()) =>
      fetch(`${server.url}/api/v1/crossings/${slug}/reports`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ direction: "a-b", observedAt: observedAt.toISOString(), seen: "open", mode: "car", waitMinutes: 30, notes, idempotencyKey }),
      });

    test.beforeAll(async () => {
      test.setTimeout(180_000);
      await cluster.create();
      prepareDatabase({ DATABASE_URL: cluster.url });
      const sql = direct();
      try {
        await sql`insert into users (id, email, email_verified) values ('faults-traveller', 'faults@e2e.test', now())`;
        await sql`insert into api_tokens (user_id, name, token_hash, prefix) values ('faults-traveller', 'faults', ${hashToken(token)}, ${token.slice(0, 10)})`;
        crossingId = (await sql<{ id: number }[]>`select id from crossings where slug = ${slug}`)[0]!.id;
      } finally {
        await sql.end({ timeout: 5 });
      }
      server = await startAppServer(
        APP_PORT,
        { kind: "postgres", env: { DATABASE_URL: cluster.url } },
        // One test account sends a few hundred reports here; the limits have their own tests.
        { REPORTS_PER_HOUR_PER_USER: "100000", REPORTS_PER_HOUR_PER_IP: "100000" },
      );
    });

    test.afterAll(async () => {
      await server?.stop();
      cluster.destroy();
    });

    test.afterEach(() => {
      running = false;
      const testInfo = test.info();
      if (testInfo.status !== testInfo.expectedStatus) {
        console.log(`--- app server log ---\n${server?.log().split("\n").slice(-60).join("\n")}\n--- PostgreSQL log ---\n${cluster.log()}`);
      }
    });

    test("stopped under load: the app lives on, answers 503 in the reader's language, and is back within 5 s", async ({ page, context }) => {
      test.setTimeout(120_000);
      const pid = server.pid;
      // A signed-in traveller with the report form open (a session row, as a sign-in makes one).
      const session = crypto.randomUUID();
      const sql0 = direct();
      await sql0`insert into sessions (session_token, user_id, expires) values (${session}, 'faults-traveller', now() + interval '1 day')`;
      await sql0.end({ timeout: 5 });
      const traveller = await context.newPage();
      await context.addCookies([{ name: "authjs.session-token", value: session, url: server.url }]);
      await traveller.goto(`${server.url}/crossings/${slug}#report`);
      const form = traveller.getByRole("region", { name: "Report what you found" });
      const formNote = `sent from the form during the outage ${Date.now()}`;
      await form.getByLabel("Which way did you cross?").selectOption("b-a");
      await form.getByLabel("Open", { exact: true }).check();
      await form.getByLabel("How did you travel?").selectOption("pedestrian");
      await form.getByLabel(/How long did you wait/).fill("15");
      await form.getByLabel("Notes (optional)").fill(formNote);
      // Load: readers of uncached pages, the health check, the API, report posts.
      type Phase = "before" | "outage" | "after";
      let phase: Phase = "before";
      running = true;
      const results: Record<Phase, Outcome[]> = { before: [], outage: [], after: [] };
      let counter = 0;
      const requests = [
        () => fetch(`${server.url}/crossings/${slug}?load=${counter++}`),
        () => fetch(`${server.url}/api/health`),
        () => fetch(`${server.url}/api/v1/crossings/${slug}/reports?limit=5`),
        () => report(crypto.randomUUID(), `load ${counter++}`),
      ];
      const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      // Any write empties the page cache: posts pause while a page is cached just before the stop.
      let postsAllowed = true;
      let postsInFlight = 0;
      const workers = Array.from({ length: 8 }, async (_, index) => {
        const kind = index % requests.length;
        while (running) {
          if (kind === 3 && !postsAllowed) {
            await pause(20);
            continue;
          }
          const at = phase;
          if (kind === 3) postsInFlight++;
          const outcome = await statusOf(requests[kind]!());
          if (kind === 3) postsInFlight--;
          results[at].push(outcome);
        }
      });
      await pause(1500);

      postsAllowed = false;
      while (postsInFlight > 0) await pause(20);
      // The page cache applies writes that come within 500 ms of the last one at the end of that
      // window (docs/performance.md): let the last posts' drop pass before warming the page.
      await pause(600);
      // An anonymous reader's page, now in the page cache.
      await fetch(`${server.url}/crossings/${slug}`, { headers: { "accept-language": "en" } });
      const warm = await fetch(`${server.url}/crossings/${slug}`, { headers: { "accept-language": "en" } });
      expect(warm.headers.get("x-crossings-cache")).toBe("hit");
      cluster.stop();
      phase = "outage";
      postsAllowed = true;
      await pause(500);

      // Readers: a 503 page in their language with Retry-After, not Next.js's generic 500.
      const english = await fetch(`${server.url}/crossings/${slug}?outage=en`, { headers: { "accept-language": "en" } });
      expect(english.status).toBe(503);
      expect(english.headers.get("retry-after")).toBe("5");
      // The same security headers as every page, its style allowed by the response's nonce.
      expect(english.headers.get("x-content-type-options")).toBe("nosniff");
      expect(english.headers.get("strict-transport-security")).toContain("max-age=");
      const nonce = /'nonce-([^']+)'/.exec(english.headers.get("content-security-policy") ?? "")?.[1];
      expect(nonce, "a CSP nonce on the 503 page").toBeTruthy();
      const englishPage = await english.text();
      expect(englishPage).toContain('<html lang="en">');
      expect(englishPage).toContain("Crossings is briefly unavailable");
      expect(englishPage).toContain(`<style nonce="${nonce}">`);
      const russian = await fetch(`${server.url}/crossings/${slug}?outage=ru`, { headers: { "accept-language": "ru" } });
      expect(russian.status).toBe(503);
      expect(await russian.text()).toContain("Crossings ненадолго недоступен");
      // In a browser, as a reader sees it.
      const shown = await page.goto(`${server.url}/map?outage=browser`);
      expect(shown!.status()).toBe(503);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Crossings is briefly unavailable");
      await expect(page.getByRole("link", { name: "Try again" })).toHaveAttribute("href", "/map?outage=browser");
      // The page already in memory is still served.
      const cached = await fetch(`${server.url}/crossings/${slug}`, { headers: { "accept-language": "en" } });
      expect(cached.status).toBe(200);
      expect(cached.headers.get("x-crossings-cache")).toBe("hit");
      // The health check and the API: 503, the API's as JSON.
      expect((await fetch(`${server.url}/api/health`)).status).toBe(503);
      const api = await fetch(`${server.url}/api/v1/crossings/${slug}/reports`);
      expect(api.status).toBe(503);
      expect(api.headers.get("retry-after")).toBe("5");
      expect((await api.json()).error.code).toBe("unavailable");
      const post = await report(crypto.randomUUID(), "sent during the outage");
      expect(post.status).toBe(503);
      expect((await post.json()).error.code).toBe("unavailable");
      // The report form's server action: a clear message, and what was typed is kept.
      await form.getByRole("button", { name: "Send report" }).click();
      await expect(form.getByRole("alert")).toContainText("Your report was not sent: our database is briefly unavailable.");
      await expect(form.getByLabel("Notes (optional)")).toHaveValue(formNote);
      await pause(1000);

      cluster.start();
      const back = Date.now();
      phase = "after";
      // The first 200 of an uncached page; then rounds of every kind until one is all 200s
      // (polled for at most 5 s); then 5 more such rounds in a row: steady.
      let firstOk = Number.NaN;
      let steadySince = Number.NaN;
      let streak = 0;
      const round = async () => {
        const outcomes = await Promise.all([
          statusOf(fetch(`${server.url}/crossings/${slug}?recovery=${counter++}`)),
          statusOf(fetch(`${server.url}/api/health`)),
          statusOf(fetch(`${server.url}/api/v1/crossings/${slug}/reports?limit=5`)),
          statusOf(report(crypto.randomUUID(), `recovery ${counter++}`)),
        ]);
        if (outcomes[0] === 200 && Number.isNaN(firstOk)) firstOk = Date.now() - back;
        return outcomes.every((outcome) => outcome === 200 || outcome === 201);
      };
      while (Date.now() - back < 5000 && !(await round())) await pause(50);
      steadySince = Date.now() - back;
      while (steadySince < 5000 && streak < 5 && (await round())) streak++;
      running = false;
      await Promise.all(workers);

      console.log(
        `[database stopped under load] requests by status: before ${JSON.stringify(tally(results.before))}, during the outage ${JSON.stringify(tally(results.outage))}, after ${JSON.stringify(tally(results.after))}`,
      );
      console.log(
        `[database stopped under load] server pid ${pid}, running: ${server.alive()}; first 200 ${seconds(firstOk)} s and steady 200s ${seconds(steadySince)} s after the database returned`,
      );
      expect(steadySince, "every kind of request answers 200 within 5 s of the database returning").toBeLessThan(5000);
      expect(streak, "then 5 rounds of 200s in a row").toBe(5);
      expect(server.alive(), "the same server process lives on").toBe(true);
      // Nothing but 503s (and successes before the stop took hold) while it was away: no 500s.
      expect(results.outage.filter((outcome) => outcome !== 503 && outcome !== 200 && outcome !== 201)).toEqual([]);
      expect(results.outage.filter((outcome) => outcome === 503).length).toBeGreaterThan(0);

      // The traveller sends the same form again: it is stored, once.
      await form.getByRole("button", { name: "Send report" }).click();
      await expect(traveller.getByRole("status")).toContainText("your report is on the timeline");

      // The cache bus listens again: its LISTEN session is back...
      const sql = direct();
      try {
        expect((await sql`select count(*)::int as n from reports where notes = ${formNote}`)[0]!.n).toBe(1);
        await expect.poll(async () => (await sql`select count(*)::int as n from pg_stat_activity where query ilike 'listen %crossings_cache%'`)[0]!.n, { timeout: 5000 }).toBe(1);
        // ...so a write by another instance (a row and its NOTIFY, as db/cache-bus.ts sends it)
        // drops this instance's cached page. First the page is cached: the recovery's own
        // writes may still have a debounced drop pending (server/http/page-store.ts), which
        // empties it once more at the end of its window; then it stays.
        await expect
          .poll(async () => (await fetch(`${server.url}/crossings/${slug}`, { headers: { "accept-language": "en" } })).headers.get("x-crossings-cache"), { timeout: 5000 })
          .toBe("hit");
        const note = `written by another instance ${Date.now()}`;
        await sql`insert into reports (crossing_id, direction, observed_at, seen, mode, notes) values (${crossingId}, 'a-b', now(), 'closed', 'car', ${note})`;
        await sql`select pg_notify('crossings_cache', ${`crossing:${crossingId} list`})`;
        await expect.poll(async () => (await fetch(`${server.url}/crossings/${slug}`, { headers: { "accept-language": "en" } })).text(), { timeout: 5000 }).toContain(note);
      } finally {
        await sql.end({ timeout: 5 });
      }
    });

    test("kill -9 right after acknowledged reports: none is lost, and a retry with its key stores one", async () => {
      test.setTimeout(120_000);
      const count = 200;
      const keys = Array.from({ length: count }, () => crypto.randomUUID());
      const acknowledged: string[] = [];
      // 16 at a time from this one address: 200 at once would be past the server's per-address
      // bound on requests in flight (4 running, 64 waiting; the rest get 429, as they should).
      const answers: Outcome[] = [];
      const queue = [...keys];
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          for (let key = queue.shift(); key; key = queue.shift()) {
            const response = await report(key, `kill-9 ${key}`);
            if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
            else await response.arrayBuffer();
            answers.push(response.status);
          }
        }),
      );
      await cluster.kill9();
      const killedAt = Date.now();

      // While it is down: submissions are refused (503), never acknowledged.
      const refusedKeys = Array.from({ length: 20 }, () => crypto.randomUUID());
      const observedAt = new Date();
      const outage = await Promise.all(refusedKeys.map((key) => statusOf(report(key, `retried ${key}`, observedAt))));
      const outageMs = Date.now() - killedAt;

      cluster.start();
      const back = Date.now();
      await expect.poll(async () => statusOf(fetch(`${server.url}/api/health`)), { timeout: 5000, intervals: [100] }).toBe(200);
      const healthyMs = Date.now() - back;
      // The client retries what was refused, with the same keys, as long as it is told 503 (for
      // up to 5 s: the pool's other connections may come back a moment after the health check's);
      // then once more, as a flaky client would.
      let retried503 = 0;
      const retryUntilAnswered = async (key: string): Promise<Outcome> => {
        for (const deadline = Date.now() + 5000; ;) {
          const status = await statusOf(report(key, `retried ${key}`, observedAt));
          if (status !== 503 || Date.now() > deadline) return status;
          retried503++;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      };
      const retries = await Promise.all(refusedKeys.map(retryUntilAnswered));
      const again = await Promise.all(refusedKeys.map((key) => statusOf(report(key, `retried ${key}`, observedAt))));

      const sql = direct();
      try {
        const found = await sql<{ n: number }[]>`select count(*)::int as n from reports where id = any(${acknowledged}::uuid[])`;
        const stored = await sql<
          { key: string; n: number }[]
        >`select idempotency_key as key, count(*)::int as n from reports where idempotency_key = any(${refusedKeys}) group by idempotency_key`;
        console.log(`[kill -9] ${count} sent: ${JSON.stringify(tally(answers))}; ${acknowledged.length} acknowledged, ${found[0]!.n} found after recovery`);
        console.log(
          `[kill -9] during the outage (${seconds(outageMs)} s): ${JSON.stringify(tally(outage))}; healthy ${seconds(healthyMs)} s after restart; retries ${JSON.stringify(tally(retries))} (after ${retried503} more 503s), again ${JSON.stringify(tally(again))}`,
        );
        expect(acknowledged).toHaveLength(count);
        expect(found[0]!.n).toBe(acknowledged.length);
        expect(outage.every((status) => status === 503)).toBe(true);
        expect(retries.every((status) => status === 201 || status === 200)).toBe(true);
        expect(again.every((status) => status === 200)).toBe(true);
        expect(stored).toHaveLength(refusedKeys.length);
        expect(stored.every((row) => row.n === 1)).toBe(true);
      } finally {
        await sql.end({ timeout: 5 });
      }
      expect(server.alive()).toBe(true);
    });
  });
}
