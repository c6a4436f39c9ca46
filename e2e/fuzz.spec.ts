/**
 * Fuzzing through the real handlers: a production server of its own (server/http/main.ts on the
 * e2e build, its own fresh database — PGlite, and PostgreSQL too when DATABASE_URL is set)
 * takes structured-but-hostile requests per input (1,000 in `npm test`, 10,000 in the deep run: e2e/support/fuzz.ts), signed in as a real
 * traveller, through a real API token, and as the admin. No answer may be 500 or more, and the
 * server may log no error. A failure prints fast-check's seed, path and counterexample.
 */
import fc from "fast-check";
import { expect, test, type BrowserContext } from "@playwright/test";
import { cookieHeader, createApiToken, freshDatabase, serverDatabaseKinds, signedInOn, startAppServer, type AppDatabase, type AppServer } from "./support/app-servers";
import { ADMIN_EMAIL } from "./support/roles";
import { formFuzzCases, fuzzCases, fuzzHttp, send } from "./support/fuzz";
import { encodeSegment, hostileBody, hostileParam, hostileSegment, hostileString, hostileValue, mutatedRecord, nastyDates, queryString, toForm } from "./support/hostile";

const basePort = Number(process.env.E2E_PORT ?? 3100);
const modes = ["pedestrian", "bicycle", "motorcycle", "car", "bus", "truck", "train"] as const;
const tags = ["lunch-break", "long-queue", "foreigners-turned-back", "permit-checked", "fee-paid", "documents-checked", "vehicle-searched", "on-foot-only"];
const flagReasons = ["spam", "wrong-crossing", "false", "abusive", "duplicate"];
/** The crossing the write inputs target (its own database: nothing else reads it). */
const SLUG = "irkeshtam";

/** Header values fetch() can carry (Latin-1, no control characters); the rest is the server's problem. */
const headerSafe = (value: string) => value.replace(/[^\t\x20-\x7e\x80-\xff]/g, "");

for (const [index, kind] of serverDatabaseKinds.entries()) {
  const cases = fuzzCases();
  const formCases = formFuzzCases();
  test.describe(`fuzzing the real handlers on ${kind}`, () => {
    // In order, in one worker (the inputs share one server; each database is its own group, so
    // the two can run side by side); a failing input does not stop the others. 20 minutes per
    // test: room for the deep run's 10,000 requests on a busy two-core machine (a limit, not a speed check).
    test.describe.configure({ mode: "default", timeout: 1_200_000 });
    let database: AppDatabase;
    let server: AppServer;
    let traveller: BrowserContext;
    let admin: BrowserContext;
    let token: string;
    let travellerCookie: string;
    let adminCookie: string;
    let slugs: string[];
    let reportIds: string[];
    let cursor: string;

    test.beforeAll(async ({ browser }) => {
      test.setTimeout(240_000);
      database = await freshDatabase(kind, "fuzz");
      // Limits high: the fuzz should reach the database writes behind them, not stop at 429.
      server = await startAppServer(basePort + 1 + index, database, {
        REPORTS_PER_HOUR_PER_USER: "1000000",
        REPORTS_PER_HOUR_PER_IP: "1000000",
        TRUST_PROXY_HOPS: "1",
      });
      traveller = await signedInOn(browser, server);
      admin = await signedInOn(browser, server, ADMIN_EMAIL);
      token = await createApiToken(traveller);
      travellerCookie = await cookieHeader(traveller);
      adminCookie = await cookieHeader(admin);
      slugs = ((await (await fetch(`${server.url}/api/v1/crossings`)).json()) as { crossings: { slug: string }[] }).crossings.map((c) => c.slug);
      reportIds = [];
      for (let i = 0; i < 3; i++) {
        const created = await fetch(`${server.url}/api/v1/crossings/${SLUG}/reports`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({
            direction: "a-b",
            observedAt: new Date(Date.now() - (i + 1) * 3600_000).toISOString(),
            seen: "open",
            mode: "car",
            idempotencyKey: crypto.randomUUID(),
          }),
        });
        expect(created.status).toBe(201);
        reportIds.push(((await created.json()) as { id: string }).id);
      }
      cursor = ((await (await fetch(`${server.url}/api/v1/crossings/${SLUG}/reports?limit=1`)).json()) as { next: string }).next;
    });

    test.afterAll(async () => {
      await traveller?.close();
      await admin?.close();
      await server?.stop();
      await database?.drop();
    });

    test.afterEach(() => {
      expect(server.alive(), "the fuzzed server is still up").toBe(true);
    });

    const slug = () => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...slugs).map(encodeSegment) }, { weight: 1, arbitrary: hostileSegment(fc.constant(SLUG)) });
    const instant = fc.date({ min: new Date(Date.now() - 370 * 86400_000), max: new Date(Date.now() + 3600_000), noInvalidDate: true });
    const isoWithOffset = fc.tuple(instant, fc.constantFrom("Z", "+06:00", "+05:00", "-03:30")).map(([date, zone]) => {
      if (zone === "Z") return date.toISOString();
      const [sign, hours, minutes] = [zone[0] === "-" ? -1 : 1, Number(zone.slice(1, 3)), Number(zone.slice(4))];
      const local = new Date(date.getTime() + sign * (hours * 60 + minutes) * 60_000);
      return `${local.toISOString().slice(0, 19)}${zone}`;
    });
    const reportFields = () => ({
      direction: fc.constantFrom("a-b", "b-a"),
      observedAt: fc.oneof({ weight: 4, arbitrary: isoWithOffset }, { weight: 1, arbitrary: fc.constantFrom(...nastyDates) }),
      seen: fc.constantFrom("open", "closed", "restricted"),
      mode: fc.constantFrom(...modes),
      waitMinutes: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constant(null)),
      tags: fc.subarray(tags),
      notes: fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 200 }) }, { weight: 1, arbitrary: hostileString }, { weight: 1, arbitrary: fc.constant(null) }),
      idempotencyKey: fc.uuid(),
    });
    const bodyInit = (encoded: { contentType: string | null; body: string | FormData | URLSearchParams | null }, headers: Record<string, string>): RequestInit => ({
      method: "POST",
      headers: { ...headers, ...(encoded.contentType !== null ? { "content-type": headerSafe(encoded.contentType) } : {}) },
      body: encoded.body,
    });

    test(`a report through the JSON API: ${cases} hostile bodies, 0 answers ≥ 500`, async () => {
      const input = fc.record({ slug: slug(), encoded: hostileBody(mutatedRecord(reportFields())), forwardedFor: fc.option(hostileString) });
      const summary = await fuzzHttp("report JSON API", server, input, ({ slug, encoded, forwardedFor }) =>
        send(
          `${server.url}/api/v1/crossings/${slug}/reports`,
          bodyInit(encoded, { authorization: `Bearer ${token}`, ...(forwardedFor === null ? {} : { "x-forwarded-for": headerSafe(forwardedFor) }) }),
        ),
      );
      expect(summary.cases).toBeGreaterThanOrEqual(cases);
      // Valid-looking reports got through to the database, not only refusals.
      expect(summary.statuses[201]).toBeGreaterThan(0);
    });

    test(`API tokens: ${cases} hostile Authorization headers, 0 answers ≥ 500`, async () => {
      const authorization = fc.oneof(
        fc.constant(`Bearer ${token}`),
        fc.constantFrom("Bearer", "Bearer ", "bearer x", "Basic dXNlcjpwYXNz", token, `Bearer ${token} ${token}`, `Bearer  ${token}`, `Token ${token}`),
        hostileString.map((value) => `Bearer cr_${value}`),
        hostileString.map((value) => `Bearer ${value}`),
        hostileString,
        fc.nat({ max: token.length }).map((cut) => `Bearer ${token.slice(0, cut)}`),
      );
      const input = fc.record({ authorization, cookie: fc.boolean(), record: mutatedRecord(reportFields()) });
      const summary = await fuzzHttp("API token posts", server, input, ({ authorization, cookie, record }) =>
        send(`${server.url}/api/v1/crossings/${SLUG}/reports`, {
          method: "POST",
          headers: { authorization: headerSafe(authorization), "content-type": "application/json", ...(cookie ? { cookie: travellerCookie } : {}) },
          body: JSON.stringify(record),
        }),
      );
      expect(summary.statuses[401]).toBeGreaterThan(0);
    });

    test(`the report form's server action: ${formCases} hostile forms, 0 answers ≥ 500`, async () => {
      // The hidden fields React renders for a form bound to a server action (its id and bound slug).
      const html = await (await fetch(`${server.url}/crossings/${SLUG}`, { headers: { cookie: travellerCookie } })).text();
      const form = /<form[^>]*report-form[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? "";
      const hidden = [...form.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map(
        ([, name, value]) => [name!, (value ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&")] as const,
      );
      expect(hidden.length, "the report form posts to a server action").toBeGreaterThan(0);
      const localTime = instant.map((date) => date.toISOString().slice(0, 16));
      const fields = {
        ...reportFields(),
        observedAt: fc.oneof(localTime, fc.constantFrom(...nastyDates)),
        waitMinutes: fc.oneof(fc.integer({ min: 0, max: 600 }).map(String), fc.constant(""), hostileString),
      };
      const input = fc.record({ record: mutatedRecord(fields), multipart: fc.boolean() });
      const summary = await fuzzHttp(
        "report form server action",
        server,
        input,
        ({ record, multipart }) => {
          const form = toForm(record, FormData);
          for (const [name, value] of hidden) form.append(name, value);
          const body = multipart ? form : new URLSearchParams([...form.entries()].map(([key, value]) => [key, String(value)]));
          return send(`${server.url}/crossings/${SLUG}`, { method: "POST", headers: { cookie: travellerCookie, accept: "text/html" }, body });
        },
        formCases,
      );
      // Both outcomes were reached: reports made (redirected) and forms sent back with errors.
      expect(summary.statuses[303]).toBeGreaterThan(0);
      expect(summary.statuses[200]).toBeGreaterThan(0);
    });

    test(`flags: ${cases} hostile flags, 0 answers ≥ 500`, async () => {
      const id = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...reportIds) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 2, arbitrary: hostileSegment(fc.uuid()) });
      const record = mutatedRecord({
        reason: fc.constantFrom(...flagReasons),
        returnTo: fc.oneof(fc.constantFrom(`/crossings/${SLUG}`, "//evil.example", "https://evil.example/", "/\\evil"), hostileString),
      });
      const input = fc.record({ id, encoded: hostileBody(record), origin: fc.option(fc.constantFrom(server.url, "https://evil.example", "null", "%%%")) });
      const summary = await fuzzHttp("flags", server, input, ({ id, encoded, origin }) =>
        send(`${server.url}/api/v1/reports/${id}/flags`, bodyInit(encoded, { cookie: travellerCookie, ...(origin ? { origin } : {}) })),
      );
      expect(summary.statuses[201] ?? summary.statuses[409]).toBeGreaterThan(0);
    });

    test(`closure notices: ${cases} hostile notices, 0 answers ≥ 500`, async () => {
      const record = mutatedRecord({
        crossing: fc.oneof(fc.constantFrom(...slugs), hostileString),
        startsAt: fc.oneof(isoWithOffset, fc.constantFrom(...nastyDates)),
        endsAt: fc.oneof(isoWithOffset, fc.constant(""), fc.constant(null), fc.constantFrom(...nastyDates)),
        modes: fc.subarray([...modes]),
        effect: fc.constantFrom("closed", "open", "restricted"),
        text: fc.oneof(fc.constant("Closed for road works after a landslide"), hostileString),
        sourceTitle: fc.oneof(fc.constant("Border service of Kyrgyzstan"), hostileString),
        sourceUrl: fc.oneof(fc.constant("https://example.org/notice"), fc.constant(""), hostileString),
        returnTo: fc.oneof(fc.constant("/moderation/notices"), hostileString),
      });
      const summary = await fuzzHttp("notices", server, hostileBody(record), (encoded) => send(`${server.url}/api/moderation/notices`, bodyInit(encoded, { cookie: adminCookie })));
      expect(summary.statuses[200] ?? summary.statuses[303]).toBeGreaterThan(0);
    });

    test(`baseline edits: ${cases} hostile baselines, 0 answers ≥ 500`, async () => {
      const detail = (await (await fetch(`${server.url}/api/v1/crossings/${SLUG}`)).json()) as { crossing: { baseline: unknown } };
      const baseline = mutateDeep(detail.crossing.baseline);
      const record = mutatedRecord({
        baseline,
        reason: fc.oneof(fc.constant("Hours confirmed by phone"), hostileString),
        sourceTitle: fc.oneof(fc.constant("Phone call to the post"), hostileString),
        sourceUrl: fc.oneof(fc.constant(""), fc.constant("https://example.org/hours"), hostileString),
      });
      const input = fc.record({
        slug: fc.oneof({ weight: 4, arbitrary: fc.constant(SLUG) }, { weight: 1, arbitrary: hostileSegment(fc.constant(SLUG)) }),
        encoded: hostileBody(record),
      });
      const summary = await fuzzHttp("baseline edits", server, input, ({ slug, encoded }) =>
        send(`${server.url}/api/moderation/crossings/${slug}/baseline`, bodyInit(encoded, { cookie: adminCookie })),
      );
      expect(summary.statuses[200]).toBeGreaterThan(0);
    });

    test(`status query ?at=&mode=&lang=: ${cases} hostile queries, 0 answers ≥ 500`, async () => {
      const input = fc.record({
        slug: slug(),
        at: hostileParam(fc.oneof(isoWithOffset, fc.constantFrom(...nastyDates))),
        mode: hostileParam(fc.constantFrom(...modes)),
        lang: hostileParam(fc.constantFrom("en", "ru")),
      });
      const summary = await fuzzHttp("status query", server, input, ({ slug, ...params }) => send(`${server.url}/api/v1/crossings/${slug}/status${queryString(params)}`, {}));
      expect(summary.statuses[200]).toBeGreaterThan(0);
      expect(summary.statuses[400]).toBeGreaterThan(0);
    });

    test(`reports query ?limit=&before=: ${cases} hostile queries, 0 answers ≥ 500`, async () => {
      const before = fc.oneof(
        fc.constant(cursor),
        fc.tuple(fc.constantFrom(...nastyDates), fc.uuid()).map(([date, id]) => `${date}_${id}`),
        fc.tuple(instant, fc.uuid()).map(([date, id]) => `${date.toISOString()}_${id}`),
        fc.constantFrom("0000-01-01T00:00:00.000Z_", "-000001-01-01T00:00:00.000Z_").map((prefix) => `${prefix}${reportIds[0]}`),
        fc.nat({ max: cursor.length }).map((cut) => cursor.slice(0, cut)),
      );
      const input = fc.record({ slug: slug(), limit: hostileParam(fc.integer({ min: -5, max: 120 }).map(String)), before: hostileParam(before) });
      const summary = await fuzzHttp("reports query", server, input, ({ slug, ...params }) => send(`${server.url}/api/v1/crossings/${slug}/reports${queryString(params)}`, {}));
      expect(summary.statuses[200]).toBeGreaterThan(0);
    });

    test(`slugs: ${cases} hostile slugs across the routes that take one, 0 answers ≥ 500`, async () => {
      const route = fc.constantFrom(
        (s: string) => `/api/v1/crossings/${s}`,
        (s: string) => `/api/v1/crossings/${s}/status`,
        (s: string) => `/api/v1/crossings/${s}/reports`,
        (s: string) => `/feeds/crossings/${s}.atom`,
        (s: string) => `/crossings/${s}`,
      );
      const input = fc.record({ route, slug: hostileSegment(fc.constantFrom(...slugs)) });
      const summary = await fuzzHttp("slugs", server, input, ({ route, slug }) => send(`${server.url}${route(slug)}`, {}));
      expect(summary.statuses[404]).toBeGreaterThan(0);
    });
  });
}

/** A deep copy of `base` with up to three of its values (at any depth) replaced by hostile ones or removed. */
function mutateDeep(base: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, at: (string | number)[]) => {
    if (at.length) paths.push(at);
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...at, i]));
    else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) walk(item, [...at, key]);
  };
  walk(base, []);
  const change = fc.tuple(fc.nat({ max: paths.length - 1 }), fc.option(hostileValue, { freq: 4 }));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(base) },
    {
      weight: 6,
      arbitrary: fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
        const copy = structuredClone(base);
        for (const [pathIndex, value] of changes) {
          const path = paths[pathIndex]!;
          let parent = copy as Record<string | number, unknown>;
          for (const key of path.slice(0, -1)) parent = (parent?.[key] ?? {}) as Record<string | number, unknown>;
          // An earlier change may have put a number where an object was.
          if (!parent || typeof parent !== "object") continue;
          if (value === null) delete parent[path.at(-1)!];
          else parent[path.at(-1)!] = value;
        }
        return copy;
      }),
    },
    { weight: 1, arbitrary: hostileValue },
  );
}
