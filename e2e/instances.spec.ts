/**
 * Limits and idempotency under concurrency, over HTTP: two app servers (server/http/main.ts on
 * one build, two ports) on one fresh PostgreSQL database must hold the per-account and
 * per-address report limits together — exactly the limit accepted, the rest 429 — and turn 50
 * concurrent sends of one idempotency key into one report. On PGlite (one process per
 * database) the same 50 go to one server. The PostgreSQL tests are only registered when
 * DATABASE_URL is set.
 */
import postgres from "postgres";
import { expect, test, type Browser } from "@playwright/test";
import { createApiToken, freshDatabase, serverDatabaseKinds, signedInOn, startAppServer, type AppDatabase, type AppServer } from "./support/app-servers";

const basePort = Number(process.env.E2E_PORT ?? 3100);
const PER_USER = 7;
const PER_IP = 12;
const SLUG = "kyzyl-art";

test.describe.configure({ mode: "serial", timeout: 180_000 });

interface Post {
  status: number;
  body: { id?: string; created?: boolean; error?: { code: string } };
}

function report(notes: string, key = crypto.randomUUID()) {
  return { direction: "a-b", observedAt: new Date(Date.now() - 30 * 60_000).toISOString(), seen: "open", mode: "car", waitMinutes: 20, notes, idempotencyKey: key };
}

async function post(server: AppServer, token: string, body: object, forwardedFor?: string): Promise<Post> {
  const response = await fetch(`${server.url}/api/v1/crossings/${SLUG}/reports`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Post["body"] };
}

const count = (posts: Post[], status: number) => posts.filter((p) => p.status === status).length;

async function tokens(browser: Browser, server: AppServer, n: number): Promise<string[]> {
  const made: string[] = [];
  for (let i = 0; i < n; i++) {
    const context = await signedInOn(browser, server);
    made.push(await createApiToken(context, `Concurrency ${i}`));
    await context.close();
  }
  return made;
}

/** 50 concurrent sends of one key, spread over `servers` → one report; then the key with other content → 422. */
async function fiftySendsOfOneKey(servers: AppServer[], token: string): Promise<{ id: string; notes: string }> {
  const notes = `idempotency ${crypto.randomUUID()}`;
  const body = report(notes);
  const posts = await Promise.all(Array.from({ length: 50 }, (_, i) => post(servers[i % servers.length]!, token, body)));
  expect(count(posts, 201), "exactly one send creates the report").toBe(1);
  expect(count(posts, 200), "the other 49 are told it exists").toBe(49);
  const ids = new Set(posts.map((p) => p.body.id));
  expect(ids.size, "every send names the same report").toBe(1);
  const changed = await post(servers[0]!, token, { ...body, waitMinutes: 90 });
  expect(changed.status).toBe(422);
  expect(changed.body.error?.code).toBe("idempotency_conflict");
  return { id: [...ids][0]!, notes };
}

/** The public list as a reader sees it: how many reports carry `notes`. */
async function visibleWithNotes(server: AppServer, notes: string): Promise<number> {
  const { reports } = (await (await fetch(`${server.url}/api/v1/crossings/${SLUG}/reports?limit=100`)).json()) as { reports: { notes: string | null }[] };
  return reports.filter((r) => r.notes === notes).length;
}

if (serverDatabaseKinds.includes("postgres")) {
  test.describe("two app instances on one PostgreSQL database", () => {
    let database: AppDatabase;
    let servers: AppServer[];
    let sql: postgres.Sql;
    let userTokens: string[];

    test.beforeAll(async ({ browser }) => {
      test.setTimeout(240_000);
      database = await freshDatabase("postgres", "instances");
      // One secret on every instance (as production must): the address hash is keyed by it.
      const env = {
        REPORTS_PER_HOUR_PER_USER: String(PER_USER),
        REPORTS_PER_HOUR_PER_IP: String(PER_IP),
        TRUST_PROXY_HOPS: "1",
        AUTH_SECRET: "two-instances-share-this-secret-0123456789",
      };
      servers = await Promise.all([startAppServer(basePort + 3, database, env), startAppServer(basePort + 4, database, env)]);
      sql = postgres(database.url!, { max: 2, onnotice: () => {} });
      userTokens = await tokens(browser, servers[0]!, 6);
    });

    test.afterAll(async () => {
      await sql?.end({ timeout: 5 });
      await Promise.all((servers ?? []).map((server) => server.stop()));
      await database?.drop();
    });

    test(`the per-account limit (${PER_USER} an hour) holds across both instances: 30 concurrent sends, exactly ${PER_USER} accepted`, async () => {
      const notes = `per-account ${crypto.randomUUID()}`;
      // Each from its own address, so only the per-account limit can refuse them.
      const posts = await Promise.all(Array.from({ length: 30 }, (_, i) => post(servers[i % 2]!, userTokens[0]!, report(notes), `198.51.100.${i + 1}`)));
      expect(count(posts, 201)).toBe(PER_USER);
      expect(count(posts, 429)).toBe(30 - PER_USER);
      const [row] = await sql`select count(*)::int as n from reports where notes = ${notes}`;
      expect(row!.n).toBe(PER_USER);
    });

    test(`the per-address limit (${PER_IP} an hour, TRUST_PROXY_HOPS=1) holds across both instances: 24 concurrent sends, exactly ${PER_IP} accepted`, async () => {
      const notes = `per-address ${crypto.randomUUID()}`;
      // Four accounts, six each (under the per-account limit), all from one address.
      const posts = await Promise.all(Array.from({ length: 24 }, (_, i) => post(servers[i % 2]!, userTokens[1 + (i % 4)]!, report(notes), `203.0.113.77`)));
      expect(count(posts, 201)).toBe(PER_IP);
      expect(count(posts, 429)).toBe(24 - PER_IP);
      const [row] = await sql`select count(*)::int as n from reports where notes = ${notes}`;
      expect(row!.n).toBe(PER_IP);
    });

    test("50 concurrent sends of one idempotency key across both instances make one report; the key with other content is 422", async () => {
      const { notes } = await fiftySendsOfOneKey(servers, userTokens[5]!);
      const [row] = await sql`select count(*)::int as n from reports where notes = ${notes}`;
      expect(row!.n).toBe(1);
      expect(await visibleWithNotes(servers[1]!, notes)).toBe(1);
    });
  });
}

test.describe("one app instance on PGlite", () => {
  let database: AppDatabase;
  let server: AppServer;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    database = await freshDatabase("pglite", "idempotency");
    server = await startAppServer(basePort + 5, database, { REPORTS_PER_HOUR_PER_USER: String(PER_USER) });
  });

  test.afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  test("50 concurrent sends of one idempotency key make one report; the key with other content is 422", async ({ browser }) => {
    const [token] = await tokens(browser, server, 1);
    const { notes } = await fiftySendsOfOneKey([server], token!);
    expect(await visibleWithNotes(server, notes)).toBe(1);
  });
});
