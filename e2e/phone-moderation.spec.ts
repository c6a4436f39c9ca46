/**
 * The moderation pages on a phone (issue 19: "the moderation log is 605 px wide on a 390 px
 * screen, pushing 'Revert' off it"). A moderator on a Pixel 7 (390×844), with JavaScript and
 * without, opens the queue (holding a flagged report), the log (holding entries with long values),
 * the accounts, the notices and the baseline editor of the crossing with the longest
 * opening_hours value: nothing is wider than the screen, and every control is on it, every button
 * and navigation link at least 24×24 px (WCAG 2.2 target size).
 *
 * Its own phone contexts, in the desktop project: the mobile project leaves the moderation specs
 * out (playwright.config.ts), and the roles' helpers open plain contexts.
 */
import { devices, expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { uniqueEmail } from "./support/auth";
import { adminContext, signedIn, userId } from "./support/roles";

// A Pixel 7 (touch, its user agent and pixel ratio) at 390×844 CSS px, the phone (Playwright's
// own Pixel 7 is 412 wide); the browser itself is the project's Chromium.
const { userAgent, deviceScaleFactor, isMobile, hasTouch } = devices["Pixel 7"];
const phoneOptions = { viewport: { width: 390, height: 844 }, userAgent, deviceScaleFactor, isMobile, hasTouch };
// The reporter's crossing: no other spec reports at Karkyra, so the queue item is this run's own.
const slug = "karkyra-kegen";
// The seed's longest opening_hours value (an unknown rule with a long comment).
const longestHours = "alat-farap";
// No spaces to break at: only wrapping anywhere keeps these within the screen.
const longUrl = `https://example.org/${"a-very-long-path-segment-without-spaces".repeat(4)}?query=${"x".repeat(80)}`;
const longWord = `Hash:${"0123456789abcdef".repeat(8)}`;

/** A signed-in phone (the accounts' own sign-in, e2e/support/roles.ts). */
const phoneContext = (browser: Browser, email: string): Promise<BrowserContext> => signedIn(browser, email, phoneOptions);

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Controls not wholly on the screen, or buttons and menu links smaller than 24×24 px. */
  offScreen: string[];
  tooSmall: string[];
  controls: number;
}

/** What a reader would find wrong on the screen: a page wider than it, controls off it. */
function measure(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute("placeholder") || element.getAttribute("name") || "").trim().slice(0, 40)}"`;
    const offScreen: string[] = [];
    const tooSmall: string[] = [];
    const controls = [...document.querySelectorAll("main a[href], main button, main input:not([type=hidden]), main select, main textarea, .pager a")];
    for (const element of controls) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < 0 || box.right > width + 0.5) offScreen.push(`${name(element)} at ${Math.round(box.left)}–${Math.round(box.right)}`);
      const target = element.matches("button, input[type=submit], .pager a");
      if (target && (box.width < 24 || box.height < 24)) tooSmall.push(`${name(element)} ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, offScreen, tooSmall, controls: controls.length };
  });
}

test("every moderation page fits a 390 px phone, with and without JavaScript", async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await adminContext(browser);

  // A traveller's report with a long unbroken note, flagged by another reader: the queue holds it.
  const reporter = await phoneContext(browser, uniqueEmail("phone-reporter"));
  const note = `Phone queue ${Date.now()} ${longWord}`;
  const posted = await reporter.request.post(`/api/v1/crossings/${slug}/reports`, {
    data: { direction: "a-b", observedAt: new Date().toISOString(), seen: "closed", mode: "car", notes: note, idempotencyKey: crypto.randomUUID() },
  });
  expect(posted.status()).toBe(201);
  const reportId = ((await posted.json()) as { id: string }).id;
  const flagger = await phoneContext(browser, uniqueEmail("phone-flagger"));
  expect((await flagger.request.post(`/api/v1/reports/${reportId}/flags`, { data: { reason: "spam" } })).status()).toBeLessThan(300);

  // The moderator, on a phone: made one by the admin (an entry in the log).
  const email = uniqueEmail("phone-moderator-with-a-rather-long-address");
  const moderator = await phoneContext(browser, email);
  const id = await userId(admin, email);
  expect((await admin.request.post(`/api/moderation/users/${id}/role`, { data: { role: "moderator", reason: `Trusted volunteer ${longWord}` } })).status()).toBe(200);

  // A notice with a long source address: another entry in the log, with long values in it.
  const starts = new Date(Date.now() + 30 * 86400_000);
  const notice = await moderator.request.post("/api/moderation/notices", {
    data: {
      crossing: slug,
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 86400_000).toISOString(),
      effect: "closed",
      text: `Closed for road works ${longWord}`,
      sourceTitle: "Kyrgyz Border Service",
      sourceUrl: longUrl,
    },
  });
  expect(notice.status()).toBeLessThan(300);

  const pages = ["/moderation", "/moderation/log", "/moderation/users", "/moderation/notices", `/crossings/${longestHours}/edit`];
  const withoutScript = await browser.newContext({ ...phoneOptions, javaScriptEnabled: false, storageState: await moderator.storageState() });
  for (const [label, context] of [
    ["with JavaScript", moderator],
    ["without JavaScript", withoutScript],
  ] as const) {
    const page = await context.newPage();
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.status(), `${path} ${label}`).toBe(200);
      // The real content is there: the flagged report, the log's entries, the editor's long value.
      if (path === "/moderation") await expect(page.getByTestId("queue-item").filter({ hasText: note })).toHaveCount(1);
      if (path === "/moderation/log") {
        await expect(page.getByTestId("audit-entry").filter({ hasText: "notice" }).first()).toBeVisible();
        await expect(page.getByRole("button", { name: "Revert" }).first()).toBeInViewport();
      }
      if (path.endsWith("/edit")) await expect(page.getByLabel(/^Hours at/).first()).toHaveValue(/only an undated directory/);
      const found = await measure(page);
      expect(found.controls, `${path} ${label}: controls found`).toBeGreaterThan(3);
      expect(found.scrollWidth, `${path} ${label}: page width`).toBeLessThanOrEqual(found.clientWidth);
      expect(found.offScreen, `${path} ${label}: controls off the screen`).toEqual([]);
      expect(found.tooSmall, `${path} ${label}: targets under 24×24 px`).toEqual([]);
    }
    await page.close();
  }
  for (const context of [admin, reporter, flagger, moderator, withoutScript]) await context.close();
});
