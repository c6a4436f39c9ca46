import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signIn, signInLinkFor, uniqueEmail } from "./support/auth";
import { SERVER_LOG } from "./support/constants";
import { adminContext, moderatorContext } from "./support/roles";

/** Crossings open around the clock by schedule (24/7 on both sides), one per browser project,
 * so parallel projects never report on the same crossing. */
const openAllDay: Record<string, string> = { mobile: "korday-ak-zhol", desktop: "oybek-fotehobod" };

async function fillReport(page: Page, options: { direction?: string; seen?: string; mode?: string; wait?: string; notes?: string; observedAt?: string }) {
  const form = page.getByRole("region", { name: "Report what you found" });
  if (options.direction !== undefined) await form.getByLabel("Which way did you cross?").selectOption(options.direction);
  if (options.observedAt !== undefined) await form.getByLabel(/When were you there/).fill(options.observedAt);
  if (options.seen) await form.getByLabel(options.seen, { exact: true }).check();
  if (options.mode) await form.getByLabel("How did you travel?").selectOption(options.mode);
  if (options.wait !== undefined) await form.getByLabel(/How long did you wait/).fill(options.wait);
  if (options.notes !== undefined) await form.getByLabel("Notes (optional)").fill(options.notes);
  return form;
}

async function reportsWithNote(page: Page, slug: string, note: string) {
  const response = await page.request.get(`/api/v1/crossings/${slug}/reports?limit=100`);
  const { reports } = (await response.json()) as { reports: { id: string; notes: string | null; seen: string }[] };
  return reports.filter((report) => report.notes === note);
}

test("two brand-new accounts cannot flip an open crossing: each 'closed' shows as unconfirmed until a moderator verifies it", async ({ page, browser }, testInfo) => {
  const slug = openAllDay[testInfo.project.name]!;
  await page.goto(`/crossings/${slug}`);
  await expect(page.getByTestId("status").first()).toHaveAttribute("data-state", "open");
  await page.getByRole("link", { name: "Sign in to report" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  const email = uniqueEmail("traveller");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = await signInLinkFor(email);
  await page.goto(link);
  await expect(page).toHaveURL(new RegExp(`/crossings/${slug}`));
  await expect(page.getByRole("link", { name: "My reports" })).toBeVisible();

  // The first fresh account reports "closed": on the timeline at once, shown as unconfirmed,
  // and the crossing stays open — in the headline a reader cannot miss it.
  const note = `Barrier down ${Date.now()}`;
  const form = await fillReport(page, { direction: "a-b", seen: "Closed", mode: "car", wait: "40", notes: note });
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("status")).toContainText("your report is on the timeline");
  const now = page.getByTestId("status").first();
  await expect(now).toHaveAttribute("data-state", "open");
  await expect(now).toContainText(/but 1 traveller reported closed .* \(not yet confirmed\)/);
  await expect(page.getByText(/Unconfirmed: 1 traveller reported closed/).first()).toBeVisible();
  await expect(page.getByTestId("report").first()).toContainText(note);

  // A second fresh account, on its own, says the same: still open, now two unconfirmed.
  const second = await browser.newContext();
  const other = await second.newPage();
  await signIn(other, uniqueEmail("accomplice"), `/crossings/${slug}#report`);
  const again = await fillReport(other, { direction: "b-a", seen: "Closed", mode: "car", notes: `${note} (2)` });
  await again.getByRole("button", { name: "Send report" }).click();
  await expect(other.getByRole("status")).toContainText("your report is on the timeline");
  await expect(other.getByTestId("status").first()).toHaveAttribute("data-state", "open");
  await expect(other.getByText(/Unconfirmed: 2 travellers reported closed/).first()).toBeVisible();
  // The API says the same, with the reason's code.
  const api = (await (await page.request.get(`/api/v1/crossings/${slug}/status`)).json()) as { state: string; reasons: { code: string }[] };
  expect(api.state).toBe("open");
  expect(api.reasons.map((reason) => reason.code)).toContain("reportsUnconfirmed");
  await second.close();

  // A moderator verifies the first report: a verified report counts alone, and the crossing closes.
  const admin = await adminContext(browser);
  const { context: moderator } = await moderatorContext(browser, admin);
  const [stored] = await reportsWithNote(page, slug, note);
  expect(stored).toBeDefined();
  const verified = await moderator.request.post(`/api/moderation/reports/${stored!.id}/verify`, { data: { reason: "Confirmed by phone with the post" } });
  expect(verified.status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId("status").first()).toHaveAttribute("data-state", "closed");
  await expect(page.getByTestId("status").first()).toHaveAttribute("data-basis", "reports");
  await admin.close();
  await moderator.close();

  // The link worked once: using it again does not sign anyone in.
  const stranger = await page.context().browser()!.newContext();
  const third = await stranger.newPage();
  await third.goto(link);
  await expect(third).toHaveURL(/\/signin\?.*error=Verification/);
  await stranger.close();
  // An everyday event, logged as one line, not as Auth.js's stack trace.
  await expect.poll(() => readFileSync(SERVER_LOG, "utf8")).toContain("[auth] a sign-in link was expired or already used");
});

test("wrong inputs are shown beside their fields and store nothing", async ({ page }, testInfo) => {
  const slug = openAllDay[testInfo.project.name]!;
  await signIn(page, uniqueEmail("careless"), `/crossings/${slug}#report`);
  const note = `Should not be stored ${Date.now()}`;
  const future = new Date(Date.now() + 3 * 86400_000).toISOString().slice(0, 16);
  const form = await fillReport(page, { direction: "", seen: "Open", mode: "car", wait: "-5", notes: note, observedAt: future });
  await form.getByRole("button", { name: "Send report" }).click();

  await expect(form.getByLabel("Which way did you cross?")).toHaveAttribute("aria-invalid", "true");
  await expect(form.locator("#report-direction-error")).toHaveText("Choose which way you crossed.");
  await expect(form.locator("#report-wait-error")).toHaveText("The wait cannot be negative.");
  await expect(form.getByLabel(/How long did you wait/)).toHaveAttribute("aria-describedby", /report-wait-error/);
  await expect(form.locator("#report-observed-error")).toContainText("in the future");
  // What was typed is kept, so nothing has to be entered again.
  await expect(form.getByLabel("Notes (optional)")).toHaveValue(note);
  expect(await reportsWithNote(page, slug, note)).toHaveLength(0);
});

test("a double click stores one report", async ({ page }, testInfo) => {
  const slug = testInfo.project.name === "mobile" ? "khorgos" : "bakhty-pokitu";
  await signIn(page, uniqueEmail("hasty"), `/crossings/${slug}#report`);
  const note = `Double click ${Date.now()}`;
  const form = await fillReport(page, { direction: "b-a", seen: "Open", mode: "pedestrian", wait: "15", notes: note });
  await form.getByRole("button", { name: "Send report" }).dblclick();
  await expect(page.getByRole("status")).toContainText("your report is on the timeline");
  expect(await reportsWithNote(page, slug, note)).toHaveLength(1);
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the report form works, and a resend of the same form makes no second report", async ({ page }, testInfo) => {
    const slug = testInfo.project.name === "mobile" ? "sypatay-batyr" : "aisha-bibi";
    await signIn(page, uniqueEmail("nojs"), `/crossings/${slug}#report`);
    const note = `No JavaScript ${Date.now()}`;
    // Keep the exact request the browser sends, to resend it as a flaky connection would.
    let sent: { url: string; headers: Record<string, string>; body: Buffer | null } | null = null;
    await page.route(`**/crossings/${slug}**`, async (route) => {
      const request = route.request();
      if (request.method() === "POST") sent = { url: request.url(), headers: request.headers(), body: request.postDataBuffer() };
      await route.continue();
    });
    const form = await fillReport(page, { direction: "a-b", seen: "Open", mode: "bus", wait: "25", notes: note });
    await form.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByRole("status")).toContainText("your report is on the timeline");
    await expect(page.getByTestId("status").first()).toHaveAttribute("data-basis", "reports");
    expect(await reportsWithNote(page, slug, note)).toHaveLength(1);

    expect(sent).not.toBeNull();
    const resend = await page.request.post(sent!.url, { headers: sent!.headers, data: sent!.body ?? undefined, maxRedirects: 0 });
    expect(resend.status()).toBe(303);
    expect(await reportsWithNote(page, slug, note)).toHaveLength(1);
  });
});

test("signed out, a direct POST is refused and stores nothing", async ({ request }) => {
  const note = `Forged ${Date.now()}`;
  const response = await request.post("/api/v1/crossings/korday-ak-zhol/reports", {
    data: { direction: "a-b", observedAt: new Date().toISOString(), seen: "closed", mode: "car", notes: note, idempotencyKey: crypto.randomUUID() },
  });
  expect(response.status()).toBe(401);
  const { reports } = await (await request.get("/api/v1/crossings/korday-ak-zhol/reports?limit=100")).json();
  expect(reports.filter((report: { notes: string }) => report.notes === note)).toHaveLength(0);
});

test("a signed-out POST to the form's server action is refused and stores nothing", async ({ page }, testInfo) => {
  const slug = openAllDay[testInfo.project.name]!;
  await signIn(page, uniqueEmail("leaver"), `/crossings/${slug}#report`);
  const note = `After sign-out ${Date.now()}`;
  let sent: { url: string; headers: Record<string, string>; body: Buffer | null } | null = null;
  // Every POST is dropped: the action's, and the device's resend of the report the form then
  // keeps (app/_components/report-form.tsx) to the API, which is not the request forged below.
  await page.route(`**/crossings/${slug}**`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    if (request.headers()["next-action"]) sent ??= { url: request.url(), headers: request.headers(), body: request.postDataBuffer() };
    await route.abort();
  });
  const form = await fillReport(page, { direction: "a-b", seen: "Closed", mode: "car", notes: note });
  await form.getByRole("button", { name: "Send report" }).click();
  await expect.poll(() => sent).not.toBeNull();

  await page.context().clearCookies();
  const { cookie: _dropped, ...headers } = sent!.headers;
  void _dropped;
  const forged = await page.request.post(sent!.url, { headers, data: sent!.body ?? undefined, maxRedirects: 0 });
  expect(forged.status()).toBeLessThan(500);
  expect(forged.status()).not.toBe(303);
  expect(await forged.text()).toContain("Sign in to report");
  expect(await reportsWithNote(page, slug, note)).toHaveLength(0);
});

test("my reports: edit within 24 hours keeps the earlier version; withdraw removes it from the page", async ({ page }, testInfo) => {
  const slug = testInfo.project.name === "mobile" ? "dostuk" : "izboskan";
  await signIn(page, uniqueEmail("editor"), `/crossings/${slug}#report`);
  const note = `To be edited ${Date.now()}`;
  const form = await fillReport(page, { direction: "a-b", seen: "Open", mode: "pedestrian", wait: "30", notes: note });
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("status")).toContainText("your report is on the timeline");

  await page.getByRole("link", { name: "My reports" }).click();
  const mine = page.getByTestId("own-report").filter({ hasText: note });
  await mine.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel(/How long did you wait/).fill("75");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toContainText("earlier version is kept");
  await expect(page.getByTestId("own-report").filter({ hasText: note })).toContainText("waited 75 min");
  await expect(page.getByTestId("own-report").filter({ hasText: note })).toContainText("edited");

  await page.getByTestId("own-report").filter({ hasText: note }).getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByRole("status")).toContainText("withdrawn");
  expect(await reportsWithNote(page, slug, note)).toHaveLength(0);
});

test("still accurate? a second reader confirms a report in one click", async ({ browser, page }, testInfo) => {
  const slug = testInfo.project.name === "mobile" ? "kyzyl-art" : "tazhen-daut-ata";
  await signIn(page, uniqueEmail("author"), `/crossings/${slug}#report`);
  const note = `Confirm me ${Date.now()}`;
  const form = await fillReport(page, { direction: "b-a", seen: "Open", mode: "car", notes: note });
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("status")).toContainText("your report is on the timeline");
  // The author is not asked about their own report.
  await expect(page.getByTestId("report").filter({ hasText: note }).getByRole("button", { name: "Yes" })).toHaveCount(0);

  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await signIn(readerPage, uniqueEmail("reader"), `/crossings/${slug}#timeline`);
  const report = readerPage.getByTestId("report").filter({ hasText: note });
  await report.getByRole("button", { name: "Yes" }).click();
  await expect(readerPage.getByTestId("report").filter({ hasText: note })).toContainText("1 still accurate");
  await reader.close();
});
