/**
 * Attempts to get around authorization over real HTTP — each must get no 2xx and change
 * nothing: a forged `x-middleware-subrequest` header (CVE-2025-29927), server actions posted
 * from another origin, acting on other users' reports, a banned user's old session cookie,
 * a revoked API token. (The role matrix of every moderation action is in moderation.spec.ts;
 * token revocation through /account is in tokens.spec.ts.)
 */
import { expect, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { uniqueEmail } from "./support/auth";
import { adminContext, signedIn } from "./support/roles";

/** A crossing no other spec writes to, one per browser project. */
const crossingFor: Record<string, string> = { mobile: "ozinki", desktop: "zhibek-zholy-gisht-kuprik" };
const FORGED_SUBREQUEST = [
  "middleware",
  "proxy",
  "src/middleware",
  "middleware:middleware:middleware:middleware:middleware",
  "proxy:proxy:proxy:proxy:proxy",
  "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy",
];

/** A form on a page as the browser would send it: its action URL and its fields. */
async function formOn(context: BrowserContext, path: string, selector: string) {
  const page = await context.newPage();
  await page.goto(path);
  const form = page.locator(selector).first();
  await expect(form).toBeAttached();
  const { action, fields } = await form.evaluate((element: HTMLFormElement) => ({
    action: element.action,
    fields: [...new FormData(element).entries()].map(([name, value]) => [name, String(value)] as [string, string]),
  }));
  await page.close();
  return { action, fields };
}

async function postForm(request: APIRequestContext, form: { action: string; fields: [string, string][] }, overrides: Record<string, string>, origin: string) {
  const multipart: Record<string, string> = {};
  for (const [name, value] of form.fields) multipart[name] = value;
  Object.assign(multipart, overrides);
  return request.post(form.action, { multipart, headers: { Origin: origin }, maxRedirects: 0 });
}

async function postReport(request: APIRequestContext, slug: string, note: string, headers: Record<string, string> = {}) {
  return request.post(`/api/v1/crossings/${slug}/reports`, {
    data: { direction: "a-b", observedAt: new Date().toISOString(), seen: "open", mode: "car", notes: note, idempotencyKey: crypto.randomUUID() },
    headers,
    maxRedirects: 0,
  });
}

async function reportById(request: APIRequestContext, slug: string, id: string) {
  const { reports } = (await (await request.get(`/api/v1/crossings/${slug}/reports?limit=100`)).json()) as {
    reports: { id: string; notes: string | null; confirmations?: number }[];
  };
  return reports.find((report) => report.id === id) ?? null;
}

test("a forged x-middleware-subrequest header neither skips the proxy nor opens anything", async ({ playwright, baseURL }, testInfo) => {
  const slug = crossingFor[testInfo.project.name]!;
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const value of FORGED_SUBREQUEST) {
    const headers = { "x-middleware-subrequest": value };
    for (const path of ["/moderation", "/moderation/users", "/moderation/log", "/reports/mine", "/account", `/crossings/${slug}/edit`]) {
      const response = await anonymous.get(path, { headers, maxRedirects: 0 });
      expect(response.status(), `${value} GET ${path}`).toBe(307);
      expect(response.headers()["location"], path).toContain("/signin");
    }
    // The proxy still ran: the page has its policy and nonce.
    // A query string keeps the page cache out of it: this page was rendered behind the proxy now.
    const page = await anonymous.get(`/crossings/${slug}?subrequest=${encodeURIComponent(value)}`, { headers });
    expect(page.headers()["x-crossings-cache"], value).toBeUndefined();
    expect(page.headers()["content-security-policy"], value).toMatch(/'nonce-[^']+'/);
    const hide = await anonymous.post("/api/moderation/reports/00000000-0000-4000-8000-000000000001/hide", { headers, data: { reason: "forged" } });
    expect(hide.status(), value).toBe(401);
    const note = `forged subrequest ${value} ${Date.now()}`;
    expect((await postReport(anonymous, slug, note, headers)).status(), value).toBe(401);
  }
  await anonymous.dispose();
});

test("server actions and the moderation API refuse another site's Origin, and nothing changes", async ({ browser, baseURL }, testInfo) => {
  const slug = crossingFor[testInfo.project.name]!;
  const traveller = await signedIn(browser, uniqueEmail("origin"));
  const sent = await postReport(traveller.request, slug, `origin check ${Date.now()}`);
  expect(sent.status()).toBe(201);
  const id = ((await sent.json()) as { id: string }).id;
  const withdraw = await formOn(traveller, "/reports/mine", `form:has(input[name="reportId"][value="${id}"])`);

  for (const origin of ["https://evil.example", "null", `${baseURL!.replace("localhost", "127.0.0.1")}`]) {
    const response = await postForm(traveller.request, withdraw, {}, origin);
    expect(response.status(), origin).toBe(403);
    expect(await reportById(traveller.request, slug, id), origin).not.toBeNull();
  }
  const admin = await adminContext(browser);
  const hide = await admin.request.post(`/api/moderation/reports/${id}/hide`, { data: { reason: "Cross-site" }, headers: { Origin: "https://evil.example" } });
  expect(hide.status()).toBe(403);
  expect(await reportById(traveller.request, slug, id)).not.toBeNull();

  // The same form from the site itself works: the refusals above were about the Origin alone.
  const own = await postForm(traveller.request, withdraw, {}, new URL(baseURL!).origin);
  expect(own.status()).toBe(303);
  expect(await reportById(traveller.request, slug, id)).toBeNull();
  await traveller.close();
  await admin.close();
});

test("another traveller's report can be neither edited, withdrawn nor confirmed by its author", async ({ browser, baseURL }, testInfo) => {
  const slug = crossingFor[testInfo.project.name]!;
  const origin = new URL(baseURL!).origin;
  const alice = await signedIn(browser, uniqueEmail("alice"));
  const mallory = await signedIn(browser, uniqueEmail("mallory"));
  const aliceNote = `Alice's report ${Date.now()}`;
  const aliceReport = ((await (await postReport(alice.request, slug, aliceNote)).json()) as { id: string }).id;
  const malloryReport = ((await (await postReport(mallory.request, slug, `Mallory's report ${Date.now()}`)).json()) as { id: string }).id;

  // Her edit page is not found for Mallory.
  expect((await mallory.request.get(`/reports/${aliceReport}/edit`, { maxRedirects: 0 })).status()).toBe(404);
  // Mallory's own withdraw form, pointed at Alice's report: nothing is withdrawn.
  const withdraw = await formOn(mallory, "/reports/mine", `form:has(input[name="reportId"][value="${malloryReport}"])`);
  const attempt = await postForm(mallory.request, withdraw, { reportId: aliceReport }, origin);
  expect(attempt.status()).toBeGreaterThanOrEqual(300);
  expect(attempt.status()).toBeLessThan(400);
  expect((await reportById(alice.request, slug, aliceReport))?.notes).toBe(aliceNote);

  // Alice confirming her own report through Mallory-style form replay: refused, no vote counted.
  const feedback = await formOn(alice, `/crossings/${slug}`, `form:has(input[name="reportId"][value="${malloryReport}"])`);
  const own = await postForm(alice.request, feedback, { reportId: aliceReport, kind: "confirm" }, origin);
  expect(own.status()).toBe(303);
  expect(own.headers()["location"]).toContain("feedback=own");
  expect((await reportById(alice.request, slug, aliceReport))?.confirmations ?? 0).toBe(0);
  // Flagging one's own report is no way to get it hidden either.
  const flag = await alice.request.post(`/api/v1/reports/${aliceReport}/flags`, { data: { reason: "spam" } });
  expect(flag.status()).not.toBe(201);
  await alice.close();
  await mallory.close();
});

test("a banned traveller's old session cookie opens nothing: pages, server actions, APIs", async ({ browser, baseURL }, testInfo) => {
  const slug = crossingFor[testInfo.project.name]!;
  const origin = new URL(baseURL!).origin;
  const email = uniqueEmail("to-ban");
  const traveller = await signedIn(browser, email);
  // Forms captured while still allowed, to be replayed with the same cookie after the ban.
  const reportForm = await formOn(traveller, `/crossings/${slug}`, "form:has(textarea[name='notes'])");
  const cookies = await traveller.cookies();
  const admin = await adminContext(browser);
  const users = await admin.newPage();
  await users.goto("/moderation/users");
  const userId = /\/api\/moderation\/users\/([^/]+)\//.exec((await users.locator(`[data-email="${email}"] form`).first().getAttribute("action")) ?? "")?.[1];
  expect(userId).toBeTruthy();
  expect((await admin.request.post(`/api/moderation/users/${userId}/ban`, { data: { reason: "Spam", hideReports: true } })).status()).toBe(200);

  // The same cookie, in a fresh context: exactly what an attacker holding it would send.
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  for (const path of ["/reports/mine", "/account"]) {
    const response = await replay.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
  }
  const note = `banned replay ${Date.now()}`;
  const action = await postForm(replay.request, reportForm, { notes: note, direction: "a-b", seen: "open", mode: "car", waitMinutes: "5" }, origin);
  // A server action answers a refusal in the page it renders (Next.js's design: the form state,
  // with status 200), so the proof is the message and, below, that nothing was stored.
  expect(await action.text()).toContain("Sign in to report: your session has ended.");
  expect((await postReport(replay.request, slug, note)).status()).toBe(401);
  expect((await replay.request.post("/api/v1/reports/00000000-0000-4000-8000-000000000001/flags", { data: { reason: "spam" } })).status()).toBe(401);
  expect((await replay.request.post("/api/moderation/reports/00000000-0000-4000-8000-000000000001/hide", { data: { reason: "x" } })).status()).toBe(401);
  const { reports } = (await (await replay.request.get(`/api/v1/crossings/${slug}/reports?limit=100`)).json()) as { reports: { notes: string | null }[] };
  expect(reports.filter((report) => report.notes === note)).toEqual([]);
  await Promise.all([traveller.close(), admin.close(), replay.close()]);
});

test("a revoked API token is refused everywhere, and does not fall back to the session", async ({ browser }, testInfo) => {
  const slug = crossingFor[testInfo.project.name]!;
  const traveller = await signedIn(browser, uniqueEmail("token"));
  const page = await traveller.newPage();
  await page.goto("/account");
  await page.getByLabel("New token's name").fill("bypass test");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^cr_/);
  const authorization = { authorization: `Bearer ${token}` };
  expect((await postReport(traveller.request, slug, `with token ${Date.now()}`, authorization)).status()).toBe(201);
  await page.goto("/account");
  await page.getByTestId("token").filter({ hasText: "bypass test" }).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("status")).toContainText("revoked");
  const note = `revoked token ${Date.now()}`;
  // The browser context still holds a valid session: a bad token must not borrow it.
  expect((await postReport(traveller.request, slug, note, authorization)).status()).toBe(401);
  expect(
    (await postReport(traveller.request, slug, note, { ...authorization, "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" })).status(),
  ).toBe(401);
  const { reports } = (await (await traveller.request.get(`/api/v1/crossings/${slug}/reports?limit=100`)).json()) as { reports: { notes: string | null }[] };
  expect(reports.filter((report) => report.notes === note)).toEqual([]);
  await traveller.close();
});

test("a malformed form posted to a page, a path with no route or an unknown API path is a 4xx, never a 500", async ({ request }) => {
  // Next.js takes a form POST to a page or an unknown path for a server action; a body that is
  // not a form made it answer 500 (found by fuzzing flags with 10,000 cases on PostgreSQL).
  for (const path of ["/crossings/irkeshtam", "/no-such-page"]) {
    const response = await request.post(path, { headers: { "content-type": "multipart/form-data; boundary=X" }, data: "not a form", maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
  }
  // A route handler reads its own body: signed out, it refuses before that (401).
  const route = await request.post("/api/v1/reports/00000000-0000-4000-8000-000000000001/flags", {
    headers: { "content-type": "multipart/form-data; boundary=X" },
    data: "not a form",
    maxRedirects: 0,
  });
  expect(route.status()).toBe(401);
  // An /api/ path with no route is the API's JSON 404, whatever the body.
  for (const path of ["/api/no-such-endpoint", "/api/v1/crossings/irkeshtam/no-such-thing"]) {
    const unknown = await request.post(path, { headers: { "content-type": "multipart/form-data; boundary=X" }, data: "not a form", maxRedirects: 0 });
    expect(unknown.status(), path).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: "not_found" } });
  }
});
