/**
 * Security headers on every response, and a Content-Security-Policy whose nonce is new on
 * every HTML response — rendered or from the page cache (server/http/nonce.ts), plain or
 * gzipped — while the pages keep working in Chromium with JavaScript: no CSP violations.
 */
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";

const REQUIRED_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "img-src 'self' data:",
  "worker-src 'self'",
];

/** Every kind of HTML response: cached and uncached pages, a query string, two 404s. */
const HTML_PAGES = [
  "/",
  "/crossings/irkeshtam",
  "/map",
  "/crossings/irkeshtam?at=x",
  "/data",
  "/feeds",
  "/api-docs",
  "/signin",
  "/crossings/irkeshtam/history",
  "/no-such-page",
  "/crossings/no-such-crossing",
];

function expectCommonHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["strict-transport-security"], label).toBe("max-age=63072000; includeSubDomains");
  expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], label).toContain("camera=()");
}

/** The policy's nonce, after checking that the body's nonce attributes all carry it. */
async function checkedNonce(response: APIResponse, label: string): Promise<string> {
  const policy = response.headers()["content-security-policy"] ?? "";
  for (const directive of REQUIRED_DIRECTIVES) expect(policy, label).toContain(directive);
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy)?.[1];
  expect(nonce, `${label}: ${policy}`).toBeTruthy();
  expect(policy, label).not.toContain("unsafe-eval");
  expect(policy, label).not.toMatch(/script-src[^;]*unsafe-inline/);
  const html = await response.text();
  const inBody = [...html.matchAll(/<script\b[^>]*\bnonce="([^"]*)"/g)].map((match) => match[1]);
  expect(inBody.length, `${label}: scripts with a nonce`).toBeGreaterThan(0);
  expect(new Set(inBody), label).toEqual(new Set([nonce]));
  // No script without the nonce: it would be blocked.
  expect(
    [...html.matchAll(/<script\b(?![^>]*\bnonce=)[^>]*>/g)].map((match) => match[0]),
    label,
  ).toEqual([]);
  return nonce!;
}

test("every HTML response has the security headers and a nonce of its own", async ({ playwright, baseURL }) => {
  for (const encoding of ["gzip", "identity"]) {
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "accept-encoding": encoding, "accept-language": "en" } });
    const seen = new Set<string>();
    for (const path of HTML_PAGES) {
      // Three times: the first may render, the next come from the page cache where it applies.
      for (let round = 0; round < 3; round++) {
        const response = await request.get(path);
        const label = `${encoding} ${path} #${round} (${response.headers()["x-crossings-cache"] ?? "not cached"})`;
        expect([200, 404], label).toContain(response.status());
        expect(response.headers()["content-type"], label).toContain("text/html");
        expectCommonHeaders(response, label);
        const nonce = await checkedNonce(response, label);
        expect(seen.has(nonce), `${label}: nonce reused`).toBe(false);
        seen.add(nonce);
      }
    }
    // The page cache did serve some of these: its hits carry fresh nonces too.
    // Writes by tests running alongside empty the cache: ask until a hit comes back.
    let hit = await request.get("/crossings/irkeshtam");
    for (let attempt = 0; attempt < 20 && hit.headers()["x-crossings-cache"] !== "hit"; attempt++) hit = await request.get("/crossings/irkeshtam");
    expect(hit.headers()["x-crossings-cache"]).toBe("hit");
    if (encoding === "gzip") expect(hit.headers()["content-encoding"]).toBe("gzip");
    expect(seen.has(await checkedNonce(hit, "hit"))).toBe(false);
    await request.dispose();
  }
});

test("JSON, feeds and static files are not sniffed either", async ({ request }) => {
  const home = await (await request.get("/")).text();
  const asset = /\/_next\/static\/[^"]+\.js/.exec(home)?.[0];
  expect(asset).toBeTruthy();
  for (const path of [
    "/api/health",
    "/api/v1/crossings",
    "/api/v1/crossings/irkeshtam/status",
    "/api/v1/no-such-thing",
    "/feeds/crossings/irkeshtam.atom",
    "/api/v1/exports/reports.csv",
    asset!,
  ]) {
    const response = await request.get(path);
    expectCommonHeaders(response, path);
  }
});

/** Collects CSP violations and script errors from the moment a page starts loading. */
async function watchForViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => w.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test("pages hydrate and work under the policy, from the cache too, with no violation", async ({ page }) => {
  const problems = await watchForViolations(page);
  // Twice: the second load of the list is a page-cache hit with a stitched gzip body.
  for (let round = 0; round < 2; round++) {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  // Client-side navigation proves the scripts ran: a full page load would lose the marker.
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  await page
    .getByRole("link", { name: /Irkeshtam/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/crossings\/irkeshtam$/);
  await expect(page.getByTestId("status").first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
  expect(await violations(page)).toEqual([]);

  // The language switcher (a server action, run by React without a reload).
  await page.getByTestId("language-ru").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
  await page.getByTestId("language-en").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  for (const path of ["/map", "/data", "/feeds", "/api-docs", "/signin", "/no-such-page", "/crossings/irkeshtam/history"]) {
    await page.goto(path);
    await page.waitForLoadState("load");
    expect(await violations(page), path).toEqual([]);
  }
  expect(problems.filter((line) => !line.includes("404"))).toEqual([]);
});

test("the report form works with JavaScript under the policy", async ({ page }, testInfo) => {
  const slug = testInfo.project.name === "mobile" ? "pavlovka" : "gornyak";
  const problems = await watchForViolations(page);
  await signIn(page, uniqueEmail("csp"), `/crossings/${slug}#report`);
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  const form = page.getByRole("region", { name: "Report what you found" });
  await form.getByLabel("Which way did you cross?").selectOption({ index: 1 });
  await form.getByLabel("Open", { exact: true }).check();
  await form.getByLabel("How did you travel?").selectOption("car");
  const note = `Under CSP ${Date.now()}`;
  await form.getByLabel("Notes (optional)").fill(note);
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByTestId("report").first()).toContainText(note);
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
});
