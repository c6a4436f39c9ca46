/**
 * Edges of HTTP, over real requests to the production build (issue 14):
 * - a method a path does not take gets 405 with `Allow` (pages, route handlers, static files);
 * - server actions called directly with arguments of the wrong type get a 4xx, never a 500,
 *   and leave no stack trace in the log;
 * - a crossing or report that does not exist shows the whole not-found page to a reader without
 *   JavaScript (404, in their language), and a slug in another case redirects to the real one;
 * - /api/auth/session never hands the session token (the HttpOnly cookie's value) to a script;
 * - sign-in links are built on AUTH_URL, never on Host: a sign-in started on 127.0.0.1 ends
 *   signed in on AUTH_URL's host (localhost).
 * TRACE, TRACK and CONNECT never reach Next.js's proxy: e2e/trace.spec.ts.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInLinkFor, uniqueEmail } from "./support/auth";
import { SERVER_LOG } from "./support/constants";
import { adminContext, signedIn as signedInAs } from "./support/roles";

const travellerContext = (browser: Parameters<typeof signedInAs>[0]) => signedInAs(browser, uniqueEmail("edges"));

/** A stack trace or Next.js's error mark in the server's log. */
const ERROR_IN_LOG = /⨯|Unhandled|uncaught|(Error|TypeError|ZodError)\b.*\n\s+at /i;

const logSize = () => statSync(SERVER_LOG).size;
const logSince = (offset: number) => readFileSync(SERVER_LOG).subarray(offset).toString("utf8");

test.describe("methods", () => {
  const cases: [method: string, path: string, allow: string][] = [
    ["PROPFIND", "/", "GET, HEAD, POST"],
    ["PROPFIND", "/crossings/irkeshtam", "GET, HEAD, POST"],
    ["DELETE", "/crossings/irkeshtam", "GET, HEAD, POST"],
    ["PUT", "/no/such/page", "GET, HEAD, POST"],
    ["OPTIONS", "/map", "GET, HEAD, POST"],
    ["PROPFIND", "/api/health", "GET, HEAD"],
    ["OPTIONS", "/api/health", "GET, HEAD"],
    ["DELETE", "/api/v1/crossings", "GET, HEAD, OPTIONS"],
    ["PATCH", "/api/v1/crossings/irkeshtam/reports", "GET, HEAD, POST"],
    ["GET", "/api/v1/reports/00000000-0000-4000-8000-000000000000/flags", "POST"],
    ["MKCOL", "/feeds/crossings/irkeshtam.atom", "GET, HEAD"],
    ["POST", "/sw.js", "GET, HEAD"],
    ["PROPFIND", "/icon.svg", "GET, HEAD"],
  ];

  test("a method the path does not take is answered 405 with Allow, and no stack trace", async ({ request }) => {
    const offset = logSize();
    for (const [method, path, allow] of cases) {
      const response = await request.fetch(path, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()["allow"], `${method} ${path}`).toBe(allow);
    }
    expect(logSince(offset)).not.toMatch(ERROR_IN_LOG);
  });

  test("the methods a path takes still work", async ({ request }) => {
    expect((await request.get("/crossings/irkeshtam")).status()).toBe(200);
    expect((await request.head("/")).status()).toBe(200);
    expect((await request.get("/api/health")).status()).toBe(200);
    const preflight = await request.fetch("/api/v1/crossings", { method: "OPTIONS", headers: { Origin: "https://app.example", "Access-Control-Request-Method": "GET" } });
    expect(preflight.status()).toBeLessThan(300);
    expect((await request.get("/sw.js")).status()).toBe(200);
  });
});

test.describe("server actions called directly", () => {
  /** Every server action's id and name, from the pages that render their forms. */
  async function actionIds(request: APIRequestContext, paths: string[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const path of paths) {
      const html = await (await request.get(path)).text();
      const unescaped = html.replaceAll("&quot;", '"').replaceAll('\\"', '"');
      for (const match of unescaped.matchAll(/\$ACTION_ID_([0-9a-f]{40,})/g)) ids.set(match[1]!, path);
      for (const match of unescaped.matchAll(/"id":"([0-9a-f]{40,})","bound"/g)) ids.set(match[1]!, path);
    }
    return ids;
  }

  test("with arguments of the wrong type: 400 or a refusal, never a 500, and no stack trace", async ({ browser, baseURL, request }) => {
    test.setTimeout(180_000);
    const admin = await adminContext(browser);
    const origin = new URL(baseURL!).origin;
    // A report of the admin's own, so /reports/mine and its edit page render their forms.
    const created = await admin.request.post("/api/v1/crossings/torugart/reports", {
      data: { direction: "a-b", observedAt: new Date().toISOString(), seen: "open", mode: "car", idempotencyKey: crypto.randomUUID() },
      headers: { Origin: origin },
    });
    expect(created.status()).toBe(201);
    const reportId = ((await created.json()) as { id: string }).id;
    const ids = new Map([
      ...(await actionIds(request, ["/signin"])),
      ...(await actionIds(admin.request, [
        "/",
        "/account",
        "/reports/mine",
        `/reports/${reportId}/edit`,
        "/crossings/torugart",
        "/crossings/torugart/edit",
        "/moderation/notices",
      ])),
    ]);
    // The layout's two forms (language, sign out), sign-in, the token form, withdraw, edit, the
    // report form, the alert form, the baseline editor, the notice form.
    expect(ids.size).toBeGreaterThanOrEqual(10);

    const offset = logSize();
    const wrong: unknown[][] = [[], [1], ["x"], [null, null], [{ errors: "x" }, 42], ["torugart", "torugart", "torugart"], [[1, 2], { $$typeof: "x" }]];
    for (const [id, page] of ids) {
      for (const args of wrong) {
        // The way a script would: JSON arguments, text/plain (Next.js's encoding for arguments without a form).
        const json = await admin.request.post(page, {
          headers: { "Next-Action": id, Origin: origin, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
          data: JSON.stringify(args),
          maxRedirects: 0,
        });
        expect(json.status(), `${page} ${id} ${JSON.stringify(args)} as text`).toBe(400);
        // The same arguments in the multipart encoding, a form among them where a form is not expected.
        const multipart = await admin.request.post(page, {
          headers: { "Next-Action": id, Origin: origin, Accept: "text/x-component" },
          multipart: { "0": JSON.stringify([...args, "$K1"].reverse()), "1_notes": "x" },
          maxRedirects: 0,
        });
        expect(multipart.status(), `${page} ${id} ${JSON.stringify(args)} as multipart`).toBeLessThan(500);
        // A form where the form goes, wrong bound arguments before it (none at all would be a
        // real call: withdrawing the report, signing out).
        if (args.length === 0) continue;
        const bound = await admin.request.post(page, {
          headers: { "Next-Action": id, Origin: origin, Accept: "text/x-component" },
          multipart: { "0": JSON.stringify([...args, "$K1"]), "1_reportId": reportId, "1_lang": "ru" },
          maxRedirects: 0,
        });
        expect(bound.status(), `${page} ${id} ${JSON.stringify(args)} then a form`).toBeLessThan(500);
      }
    }
    expect(logSince(offset)).not.toMatch(ERROR_IN_LOG);
    expect(logSince(offset)).toContain('"event":"request.malformed"');
    // Nothing was done: the report is still there, unchanged.
    const still = (await (await admin.request.get("/api/v1/crossings/torugart/reports?limit=100")).json()) as { reports: { id: string }[] };
    expect(still.reports.some((report) => report.id === reportId)).toBe(true);
    await admin.close();
  });
});

test.describe("not found, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const path of [
    "/crossings/no-such-crossing",
    "/crossings/no-such-crossing/history",
    "/crossings/no-such-crossing/edit",
    "/crossings/irk%20eshtam",
    "/reports/00000000-0000-4000-8000-000000000000/edit",
    "/reports/42/edit",
  ]) {
    test(`${path} is the whole not-found page, in English`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response!.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("banner").getByRole("link", { name: "Crossings" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
      await expect(page.getByRole("search").getByRole("searchbox")).toBeVisible();
      await expect(page.getByRole("link", { name: "See all crossings" })).toHaveAttribute("href", "/");
    });
  }

  test("a signed-in traveller gets the whole not-found page for moderators' pages and another's report", async ({ browser, baseURL }) => {
    const admin = await adminContext(browser);
    const created = await admin.request.post("/api/v1/crossings/torugart/reports", {
      data: { direction: "a-b", observedAt: new Date().toISOString(), seen: "open", mode: "car", idempotencyKey: crypto.randomUUID() },
      headers: { Origin: new URL(baseURL!).origin },
    });
    expect(created.status()).toBe(201);
    const othersReport = ((await created.json()) as { id: string }).id;
    const signedIn = await travellerContext(browser);
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() });
    const page = await context.newPage();
    for (const path of ["/moderation", "/moderation/users", "/crossings/irkeshtam/history", "/crossings/irkeshtam/edit", `/reports/${othersReport}/edit`]) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Not found" }), path).toBeVisible();
      await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" }), path).toBeVisible();
      await expect(page.getByRole("search").getByRole("searchbox"), path).toBeVisible();
    }
    await Promise.all([context.close(), signedIn.close(), admin.close()]);
  });

  test("in Russian for a Russian reader, and its search box finds the crossing", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "lang", value: "ru", url: baseURL! }]);
    const response = await page.goto("/crossings/irkeshtam-pass");
    expect(response!.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1, name: "Не найдено" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Все пункты пропуска" })).toBeVisible();
    await page.getByRole("search").getByRole("searchbox").fill("Иркештам");
    await page.getByRole("search").getByRole("button").click();
    await expect(page).toHaveURL(/\/\?q=/);
    await expect(page.getByRole("link", { name: /Иркештам/ }).first()).toBeVisible();
  });

  test("a slug in another case redirects (308) to the real one, sub-page and query kept", async ({ request, page }) => {
    for (const [from, to] of [
      ["/crossings/Irkeshtam", "/crossings/irkeshtam"],
      ["/crossings/IRKESHTAM/history", "/crossings/irkeshtam/history"],
      ["/crossings/Irkeshtam/edit?x=1", "/crossings/irkeshtam/edit?x=1"],
    ] as const) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(new URL(response.headers()["location"]!, "http://x").pathname + new URL(response.headers()["location"]!, "http://x").search, from).toBe(to);
    }
    const response = await page.goto("/crossings/Irkeshtam");
    expect(response!.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/crossings/irkeshtam");
  });
});

test("/api/auth/session says who is signed in, never the session token or ids", async ({ browser }) => {
  const email = uniqueEmail("session");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await signInLinkFor(email));
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const token = (await context.cookies()).find((cookie) => cookie.name.includes("session-token"))!;
  expect(token.httpOnly).toBe(true);

  const response = await page.request.get("/api/auth/session");
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).not.toContain(token.value);
  const body = JSON.parse(text) as Record<string, unknown>;
  expect(body).toEqual({ user: { name: null, email, role: "traveller" }, expires: expect.any(String) });
  expect(new Date(body.expires as string).getTime()).toBeGreaterThan(Date.now());
  // Signed out: nothing.
  const anonymous = await browser.newContext();
  expect(await (await anonymous.request.get("/api/auth/session")).json()).toBeNull();
  await anonymous.close();
  await context.close();
});

test("a sign-in started on 127.0.0.1 links to AUTH_URL, not the Host asked for, and signs in there", async ({ browser, baseURL }) => {
  const authUrl = new URL(baseURL!); // playwright.config.ts: AUTH_URL is the base URL (localhost)
  const elsewhere = new URL(baseURL!);
  elsewhere.hostname = "127.0.0.1";
  const email = uniqueEmail("host");
  const context = await browser.newContext({ baseURL: elsewhere.origin });
  const page = await context.newPage();
  await page.goto("/signin?callbackUrl=%2Fmap");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = new URL(await signInLinkFor(email));
  expect(link.origin).toBe(authUrl.origin);
  expect(link.searchParams.get("callbackUrl") ?? "").toMatch(new RegExp(`^(${authUrl.origin.replace(/[.:/]/g, "\\$&")})?/map$`));

  // The reader opens the link from their mail: it signs them in on AUTH_URL's host, where they land.
  await page.goto(link.toString());
  expect(new URL(page.url()).origin).toBe(authUrl.origin);
  expect(new URL(page.url()).pathname).toBe("/map");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await context.close();
});

test("the production server will not start without AUTH_URL, and says so", () => {
  const { AUTH_URL: _unset, ...environment } = process.env;
  void _unset;
  const root = path.resolve(import.meta.dirname, "..");
  const started = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "server", "http", "main.ts")], {
    cwd: root,
    env: { ...environment, NODE_ENV: "production", PORT: String(Number(process.env.E2E_PORT ?? 3100) + 11), PGLITE_DIR: ".data/e2e-no-auth-url" },
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(started.status, started.stdout + started.stderr).toBe(1);
  expect(started.stderr).toContain("Cannot start: Invalid environment");
  expect(started.stderr).toContain("AUTH_URL must be set in production");
  expect(started.stderr).not.toMatch(/\n\s+at /); // one message, no stack trace
});
