import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { signIn, uniqueEmail } from "./support/auth";
import { adminContext } from "./support/roles";

type Documented = { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> };
type OpenApi = { paths: Record<string, Record<string, Documented>>; components: Record<string, unknown> };

/** Route handlers the document leaves out on purpose, and why. */
const UNDOCUMENTED: Record<string, string> = {
  "/api/auth/{...nextauth}": "Auth.js's own endpoints (sign-in by email, callback, session), not this API",
  "/api/{...path}": "the JSON 404 for any /api/ path no route matches",
};

/** Every route handler under app/, as the document writes its path ({param}), with its methods. */
function routeHandlers(): { path: string; methods: string[] }[] {
  return (fs.readdirSync("app", { recursive: true }) as string[])
    .filter((file) => file.split(path.sep).pop() === "route.ts")
    .map((file) => {
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((segment) => !/^\(.*\)$/.test(segment));
      const text = fs.readFileSync(path.join("app", file), "utf8");
      const methods = new Set<string>();
      const verbs = "GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS";
      // export const GET = …, export async function GET, export function GET
      for (const match of text.matchAll(new RegExp(`export (?:const|let|async function|function) (${verbs})\\b`, "g"))) methods.add(match[1]!);
      // export { handler as GET, POST } and export const { GET, POST } = …
      for (const match of text.matchAll(/export (?:const )?\{([^}]*)\}/g)) {
        for (const name of match[1]!.split(",").map((part) =>
          part
            .trim()
            .split(/\s+as\s+/)
            .pop()!,
        ))
          if (new RegExp(`^(${verbs})$`).test(name)) methods.add(name);
      }
      // A handler whose methods this cannot read would otherwise pass unchecked.
      expect(methods.size, `the methods of app/${file}`).toBeGreaterThan(0);
      return { path: `/${segments.map((segment) => segment.replace(/^\[(.*)\]$/, "{$1}")).join("/")}`, methods: [...methods] };
    });
}

test("the document describes every route the app serves, and nothing it does not", async ({ request }) => {
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as OpenApi;
  const documented = new Set(Object.entries(document.paths).flatMap(([route, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${route}`)));
  const served = new Set<string>();
  const handlers = routeHandlers();
  expect(handlers.length).toBeGreaterThan(10);
  for (const handler of handlers) {
    if (UNDOCUMENTED[handler.path]) continue;
    for (const method of handler.methods) {
      // CORS preflights answer every public GET (the document's description says so).
      if (method === "OPTIONS") continue;
      if (handler.path === "/api/moderation/{...path}") {
        // One handler, one documented path per moderation action.
        const actions = [...documented].filter((entry) => entry.startsWith(`${method} /api/moderation/`));
        expect(actions.length, "the moderation actions are documented").toBeGreaterThan(5);
        actions.forEach((entry) => served.add(entry));
        continue;
      }
      expect(documented, `${method} ${handler.path} is served but not documented`).toContain(`${method} ${handler.path}`);
      served.add(`${method} ${handler.path}`);
    }
  }
  for (const entry of documented) expect(served, `${entry} is documented but no route serves it`).toContain(entry);
});

/** Every documented operation, every method: each example call answers with a status the
 * operation documents, and a body that validates against what it documents for that status. */
test("every documented operation answers as documented", async ({ request, page, browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const document = (await response.json()) as OpenApi;
  expect((document as unknown as { openapi: string }).openapi).toBe("3.1.0");

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: "doc", components: document.components }, "doc");
  const validatorFor = (ref: string) => ajv.compile({ $ref: `doc#/components/schemas/${ref.split("/").pop()}` });

  // A traveller with a personal API token, and a report of theirs on a crossing no other test reads.
  await signIn(page, uniqueEmail("contract"), "/account");
  await page.getByLabel("New token's name").fill("Contract test");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  const bot = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const report = { direction: "a-b", observedAt: new Date().toISOString(), seen: "open", mode: "car", waitMinutes: 20, idempotencyKey: crypto.randomUUID() };
  const created = await bot.post("/api/v1/crossings/gaudan-bajgiran/reports", { data: report });
  expect(created.status()).toBe(201);
  const reportId = ((await created.json()) as { id: string }).id;
  const admin = await adminContext(browser);
  const anonymous = await playwright.request.newContext({ baseURL });

  type Call = { as: APIRequestContext; method?: string; url: string; data?: unknown; expect: number };
  const reason = { reason: "Contract test of the moderation API" };
  // Signed out, then a traveller, then an admin with an empty body: a 400 (not the 404 of an
  // action the handler does not know) shows the documented path is one the handler serves.
  const moderation = (url: string, data: unknown = reason): Call[] => [
    { as: anonymous, method: "POST", url, data, expect: 401 },
    { as: page.request, method: "POST", url, data, expect: 403 },
    { as: admin.request, method: "POST", url, data: {}, expect: 400 },
  ];
  const examples: Record<string, Call[]> = {
    "GET /api/health": [{ as: anonymous, url: "/api/health", expect: 200 }],
    "GET /api/v1/openapi.json": [{ as: anonymous, url: "/api/v1/openapi.json", expect: 200 }],
    "GET /api/v1/crossings": [{ as: anonymous, url: "/api/v1/crossings", expect: 200 }],
    "GET /api/v1/crossings/{slug}": [
      { as: anonymous, url: "/api/v1/crossings/karkyra-kegen", expect: 200 },
      { as: anonymous, url: "/api/v1/crossings/no-such-crossing", expect: 404 },
    ],
    "GET /api/v1/crossings/{slug}/status": [
      { as: anonymous, url: "/api/v1/crossings/irkeshtam/status?at=2027-07-14T12:00:00%2B06:00&mode=car", expect: 200 },
      { as: anonymous, url: "/api/v1/crossings/irkeshtam/status?mode=rocket", expect: 400 },
    ],
    "GET /api/v1/crossings/{slug}/reports": [
      { as: anonymous, url: "/api/v1/crossings/korday-ak-zhol/reports?limit=5", expect: 200 },
      { as: anonymous, url: "/api/v1/crossings/korday-ak-zhol/reports?limit=0", expect: 400 },
    ],
    "POST /api/v1/crossings/{slug}/reports": [
      { as: bot, method: "POST", url: "/api/v1/crossings/gaudan-bajgiran/reports", data: { ...report, idempotencyKey: crypto.randomUUID() }, expect: 201 },
      { as: bot, method: "POST", url: "/api/v1/crossings/gaudan-bajgiran/reports", data: report, expect: 200 },
      { as: bot, method: "POST", url: "/api/v1/crossings/gaudan-bajgiran/reports", data: "not json", expect: 415 },
      { as: bot, method: "POST", url: "/api/v1/crossings/gaudan-bajgiran/reports", data: { ...report, waitMinutes: -1, idempotencyKey: crypto.randomUUID() }, expect: 400 },
      { as: anonymous, method: "POST", url: "/api/v1/crossings/gaudan-bajgiran/reports", data: report, expect: 401 },
    ],
    "POST /api/v1/reports/{id}/flags": [
      { as: anonymous, method: "POST", url: `/api/v1/reports/${reportId}/flags`, data: { reason: "spam" }, expect: 401 },
      { as: page.request, method: "POST", url: `/api/v1/reports/${reportId}/flags`, data: { reason: "rocket" }, expect: 400 },
      // The reader's own report.
      { as: page.request, method: "POST", url: `/api/v1/reports/${reportId}/flags`, data: { reason: "spam" }, expect: 409 },
    ],
    "GET /api/v1/exports/reports.csv": [
      { as: anonymous, url: "/api/v1/exports/reports.csv?before=2026-01-01T00:00:00Z", expect: 200 },
      { as: anonymous, url: "/api/v1/exports/reports.csv?before=yesterday", expect: 400 },
    ],
    "GET /api/v1/exports/crossings.geojson": [{ as: anonymous, url: "/api/v1/exports/crossings.geojson", expect: 200 }],
    "GET /feeds/crossings/{file}": [
      { as: anonymous, url: "/feeds/crossings/korday-ak-zhol.atom", expect: 200 },
      { as: anonymous, url: "/feeds/crossings/no-such-crossing.atom", expect: 404 },
    ],
    "GET /feeds/countries/{file}": [
      { as: anonymous, url: "/feeds/countries/kg.atom", expect: 200 },
      { as: anonymous, url: "/feeds/countries/zz.atom", expect: 404 },
    ],
    "POST /api/alerts/unsubscribe": [{ as: anonymous, method: "POST", url: `/api/alerts/unsubscribe?token=${"x".repeat(32)}`, expect: 303 }],
    "POST /api/moderation/reports/{id}/hide": [
      ...moderation(`/api/moderation/reports/${reportId}/hide`),
      { as: admin.request, method: "POST", url: `/api/moderation/reports/${reportId}/hide`, data: reason, expect: 200 },
    ],
    "POST /api/moderation/reports/{id}/restore": [
      ...moderation(`/api/moderation/reports/${reportId}/restore`),
      { as: admin.request, method: "POST", url: `/api/moderation/reports/${reportId}/restore`, data: reason, expect: 200 },
    ],
    "POST /api/moderation/reports/{id}/verify": moderation(`/api/moderation/reports/${reportId}/verify`),
    "POST /api/moderation/reports/{id}/dismiss-flags": moderation(`/api/moderation/reports/${reportId}/dismiss-flags`),
    "POST /api/moderation/users/{id}/ban": moderation("/api/moderation/users/no-such-user/ban"),
    "POST /api/moderation/users/{id}/unban": moderation("/api/moderation/users/no-such-user/unban"),
    "POST /api/moderation/users/{id}/hide-reports": moderation("/api/moderation/users/no-such-user/hide-reports"),
    "POST /api/moderation/users/{id}/role": moderation("/api/moderation/users/no-such-user/role", { ...reason, role: "moderator" }),
    "POST /api/moderation/actions/{id}/revert": [
      ...moderation("/api/moderation/actions/999999999/revert"),
      { as: admin.request, method: "POST", url: "/api/moderation/actions/999999999/revert", data: reason, expect: 404 },
    ],
    "POST /api/moderation/notices": [
      ...moderation("/api/moderation/notices", {}),
      { as: admin.request, method: "POST", url: "/api/moderation/notices", data: { crossing: "gaudan-bajgiran", startsAt: "yesterday" }, expect: 400 },
    ],
    "POST /api/moderation/notices/{id}/withdraw": moderation(`/api/moderation/notices/${crypto.randomUUID()}/withdraw`),
    "POST /api/moderation/crossings/{slug}/baseline": [
      ...moderation("/api/moderation/crossings/gaudan-bajgiran/baseline", {}),
      {
        as: admin.request,
        method: "POST",
        url: "/api/moderation/crossings/gaudan-bajgiran/baseline",
        data: { ...reason, sourceTitle: "Contract test", baseline: { slug: "gaudan-bajgiran" } },
        expect: 400,
      },
    ],
    "POST /api/moderation/crossings/{slug}/observed-hours": [
      ...moderation("/api/moderation/crossings/gaudan-bajgiran/observed-hours", { side: "0" }),
      { as: admin.request, method: "POST", url: "/api/moderation/crossings/gaudan-bajgiran/observed-hours", data: { side: "0" }, expect: 422 },
    ],
    "POST /api/moderation/revisions/{id}/revert": moderation("/api/moderation/revisions/999999999/revert"),
  };

  const operations = Object.entries(document.paths).flatMap(([route, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${route}`, operation })),
  );
  expect(Object.keys(examples).sort()).toEqual(operations.map((o) => o.key).sort());
  for (const { key, operation } of operations) {
    for (const call of examples[key]!) {
      const answer = await call.as.fetch(call.url, { method: call.method ?? "GET", data: call.data, maxRedirects: 0 });
      const where = `${key} (${call.method ?? "GET"} ${call.url})`;
      expect(answer.status(), `${where} answered ${answer.status()}: ${answer.status() >= 400 ? await answer.text() : ""}`).toBe(call.expect);
      const documented = operation.responses[String(answer.status())];
      expect(documented, `${where}: ${answer.status()} is documented`).toBeDefined();
      const content = documented!.content;
      if (!content) continue;
      const type = (answer.headers()["content-type"] ?? "").split(";")[0]!.trim();
      expect(Object.keys(content), `${where}: the documented media type`).toContain(type);
      const ref = content[type]!.schema.$ref;
      if (ref) {
        const validate = validatorFor(ref);
        const body = await answer.json();
        expect(validate(body), `${where}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
  }
  await Promise.all([bot.dispose(), anonymous.dispose(), admin.close()]);
});

test("public GETs carry an ETag and answer 304 to a matching If-None-Match", async ({ request }) => {
  const first = await request.get("/api/v1/crossings/karkyra-kegen/status?at=2027-01-14T10:00:00Z");
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^"[\w-]+"$/);
  expect(first.headers()["cache-control"]).toContain("max-age=");
  const again = await request.get("/api/v1/crossings/karkyra-kegen/status?at=2027-01-14T10:00:00Z", { headers: { "If-None-Match": etag! } });
  expect(again.status()).toBe(304);
  const preflight = await request.fetch("/api/v1/crossings", { method: "OPTIONS", headers: { Origin: "https://app.example", "Access-Control-Request-Method": "GET" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
});

test("the API docs page lists every operation", async ({ page, request }) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  const count = Object.values(document.paths as Record<string, object>).reduce((sum, methods) => sum + Object.keys(methods).length, 0);
  await page.goto("/api-docs");
  await expect(page.getByTestId("operation")).toHaveCount(count);
});
