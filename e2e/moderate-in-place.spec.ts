/**
 * Moderating from the crossing page itself: a moderator hides a report from its timeline, with
 * a reason and without JavaScript; readers stop seeing it; the moderator still does, marked
 * hidden, and restores it there; both actions are in the audit log. Nobody else's page carries
 * any of it.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { uniqueEmail } from "./support/auth";
import { adminContext, moderatorContext, signedIn } from "./support/roles";

/** One crossing per browser project (cars allowed, no other spec reports there), so parallel
 * projects never act on each other's reports or page of the timeline. */
const crossingFor: Record<string, string> = { mobile: "kyzyl-bel", desktop: "ken-bulun-aukhatty" };

/** A traveller's report through the crossing page's form; its id and note. */
async function postReport(traveller: BrowserContext, slug: string, label: string): Promise<{ id: string; note: string; page: Page }> {
  const page = await traveller.newPage();
  const note = `${label} ${Date.now()} ${Math.random().toString(36).slice(2, 7)}`;
  await page.goto(`/crossings/${slug}#report`);
  const form = page.getByRole("region", { name: "Report what you found" });
  await form.getByLabel("Which way did you cross?").selectOption("a-b");
  await form.getByLabel("Closed", { exact: true }).check();
  await form.getByLabel("How did you travel?").selectOption("car");
  await form.getByLabel("Notes (optional)").fill(note);
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("status")).toContainText("your report is on the timeline");
  const id = (await page.getByTestId("report").filter({ hasText: note }).getAttribute("id"))!.replace("report-", "");
  return { id, note, page };
}

/** The notes of the reports anyone may see at the crossing (the public API). */
async function publicNotes(page: Page, slug: string): Promise<(string | null)[]> {
  const response = await page.request.get(`/api/v1/crossings/${slug}/reports?limit=100`);
  return ((await response.json()) as { reports: { notes: string | null }[] }).reports.map((report) => report.notes);
}

/** A copy of a signed-in context with JavaScript off (the same session cookie). */
async function withoutJavaScript(browser: Browser, context: BrowserContext): Promise<BrowserContext> {
  return browser.newContext({ storageState: await context.storageState(), javaScriptEnabled: false });
}

test("a moderator hides a report from the crossing page without JavaScript, sees it marked hidden, and restores it there", async ({ browser }, testInfo) => {
  // Three sign-ins and a dozen page loads, beside other workers: a limit for the work, not a speed check.
  test.setTimeout(120_000);
  const slug = crossingFor[testInfo.project.name]!;
  const traveller = await signedIn(browser, uniqueEmail("author"));
  const { id, note } = await postReport(traveller, slug, "Bogus closure");
  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  await reader.goto(`/crossings/${slug}#timeline`);
  await expect(reader.getByTestId("report").filter({ hasText: note })).toHaveCount(1);

  const admin = await adminContext(browser);
  const { context: moderatorWithScript, email: moderatorEmail } = await moderatorContext(browser, admin);
  const moderator = await withoutJavaScript(browser, moderatorWithScript);
  const page = await moderator.newPage();
  await page.goto(`/crossings/${slug}#timeline`);
  const timeline = page.getByRole("region", { name: "Travellers’ reports" });
  const report = timeline.getByTestId("report").filter({ hasText: note });
  await expect(report).not.toHaveAttribute("data-hidden");

  // The forms are folded away until "Moderate" is opened (a plain <details>: no script needed).
  const reason = report.getByLabel("Reason for “Hide”");
  await expect(reason).toBeHidden();
  await report.getByText("Moderate", { exact: true }).click();
  await expect(reason).toBeVisible();
  await expect(report.getByRole("button", { name: "Verify" })).toBeVisible();
  await expect(report.getByRole("button", { name: "Restore" })).toHaveCount(0);

  // A reason of blanks passes the browser's own checks (required, 3 characters) and is refused by
  // the service; the refusal is shown at the timeline, and nothing changed.
  await reason.fill("   ");
  await report.getByRole("button", { name: "Hide", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/crossings/${slug}\\?error=[^#]+#timeline$`));
  await expect(timeline.getByRole("alert")).toContainText("reason: Give a reason (at least 3 characters).");
  expect(await publicNotes(reader, slug)).toContain(note);

  await report.getByText("Moderate", { exact: true }).click();
  await report.getByLabel("Reason for “Hide”").fill("Bogus: the border service says it is open");
  await report.getByRole("button", { name: "Hide", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/crossings/${slug}\\?done=\\d+#timeline$`));
  await expect(timeline.getByRole("status")).toContainText(/Done \(logged as action \d+\)\./);

  // Readers no longer see it, on the page or in the API; the moderator does, marked hidden.
  await reader.reload();
  await expect(reader.getByTestId("report").filter({ hasText: note })).toHaveCount(0);
  expect(await publicNotes(reader, slug)).not.toContain(note);
  const hidden = page.locator(`#report-${id}`);
  await expect(hidden).toHaveAttribute("data-hidden", "true");
  await expect(hidden).toContainText("Hidden by a moderator: readers do not see it.");
  // Nothing for a reader to do on a hidden report: no flag, no "still accurate?".
  await expect(hidden.getByText("Flag", { exact: true })).toHaveCount(0);

  await hidden.getByText("Moderate", { exact: true }).click();
  await expect(hidden.getByRole("button", { name: "Hide", exact: true })).toHaveCount(0);
  await hidden.getByLabel("Reason for “Restore”").fill("Checked with the post: it was closed");
  await hidden.getByRole("button", { name: "Restore" }).click();
  await expect(page).toHaveURL(new RegExp(`/crossings/${slug}\\?done=\\d+#timeline$`));
  await expect(page.locator(`#report-${id}`)).not.toHaveAttribute("data-hidden");
  await reader.reload();
  await expect(reader.getByTestId("report").filter({ hasText: note })).toHaveCount(1);
  expect(await publicNotes(reader, slug)).toContain(note);

  // Audited like the queue's actions, with the reasons given on the page.
  await page.goto("/moderation/log");
  const mine = page.getByTestId("audit-entry").filter({ hasText: moderatorEmail });
  await expect(mine.filter({ hasText: "report.hide" })).toContainText("Bogus: the border service says it is open");
  await expect(mine.filter({ hasText: "report.restore" })).toContainText("Checked with the post: it was closed");
  for (const context of [traveller, anonymous, admin, moderatorWithScript, moderator]) await context.close();
});

test("a traveller's and an anonymous reader's crossing page carry no moderation: no forms, no hidden reports, no outcome line", async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const slug = crossingFor[testInfo.project.name]!;
  const traveller = await signedIn(browser, uniqueEmail("traveller"));
  const shown = await postReport(traveller, slug, "Stays shown");
  const { id: hiddenId, note: hiddenNote } = await postReport(traveller, slug, "Hidden by the admin");
  const admin = await adminContext(browser);
  const hide = await admin.request.post(`/api/moderation/reports/${hiddenId}/hide`, { data: { reason: "Test: hidden before readers look" } });
  expect(hide.status()).toBe(200);
  await admin.close();

  const anonymous = await browser.newContext({ javaScriptEnabled: false });
  for (const page of [shown.page, await anonymous.newPage()]) {
    // A made-up outcome in the link is shown to no one but a moderator.
    await page.goto(`/crossings/${slug}?done=12345&error=Spoofed#timeline`);
    const timeline = page.getByRole("region", { name: "Travellers’ reports" });
    await expect(timeline.getByTestId("report").filter({ hasText: shown.note })).toHaveCount(1);
    await expect(timeline.getByTestId("report").filter({ hasText: hiddenNote })).toHaveCount(0);
    await expect(page.getByTestId("moderate")).toHaveCount(0);
    await expect(page.getByText("Moderate", { exact: true })).toHaveCount(0);
    await expect(page.locator('form[action^="/api/moderation/"]')).toHaveCount(0);
    await expect(page.locator("[data-hidden]")).toHaveCount(0);
    await expect(page.getByText("Spoofed")).toHaveCount(0);
    await expect(page.getByText("Done (logged as action")).toHaveCount(0);
  }
  await traveller.close();
  await anonymous.close();
});
