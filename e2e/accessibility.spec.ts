/**
 * Accessibility: axe-core (WCAG 2.0/2.1/2.2 A and AA, plus best practice) finds no violation on
 * any page of the app — as an anonymous reader, a signed-in traveller and an admin, in English
 * and (for the reading pages) in Russian. Runs in both projects: a phone's narrow layout and a
 * desktop one can fail differently (reflow, target sizes, hidden text).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { ADMIN_EMAIL } from "./support/roles";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Not touched by other specs: the traveller's report here gives the page a timeline entry. */
const REPORTED = "ak-tilek";

/** Runs axe on the page as it is now; returns one readable line per violation and element. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ["violations"] })
    .analyze();
  const url = new URL(page.url());
  return found.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${url.pathname}${url.search}: ${violation.id} (${violation.impact}) at ${node.target.join(" ")} — ${node.failureSummary?.split("\n")[1]?.trim() ?? violation.help}`,
    ),
  );
}

async function check(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers`).toBeLessThan(500);
  return violations(page);
}

const readingPages = [
  "/",
  "/?q=kegen",
  "/crossings/karkyra-kegen",
  "/crossings/irkeshtam",
  "/crossings/irkeshtam?date=2027-07-14&time=12:00#planner",
  "/crossings/irkeshtam?date=2027-02-30&time=25:00#planner",
  "/crossings/karkyra-kegen/history",
  "/map",
  // Zoomed in (groups, a closer view, crossings spread with lines) and a bad view (a message).
  "/map?zoom=4&lat=41.8&lon=73.47",
  "/map?zoom=16&lat=40.73&lon=72.64",
  "/map?zoom=3",
  "/data",
  "/feeds",
  "/api-docs",
  "/signin",
  "/signin?error=Verification",
  "/signin/check-email",
  "/alerts/unsubscribe?token=not-a-token",
  "/no-such-page",
  "/crossings/no-such-crossing",
];

test.describe("an anonymous reader", () => {
  for (const path of readingPages) {
    test(`${path} has no accessibility violations`, async ({ page }) => {
      expect(await check(page, path)).toEqual([]);
    });
  }
});

test.describe("a reader whose browser asks for Russian", () => {
  test.use({ locale: "ru-RU" });
  for (const path of [
    "/",
    "/crossings/irkeshtam",
    "/crossings/irkeshtam?date=2027-07-14&time=12:00#planner",
    "/map",
    "/map?zoom=16&lat=40.73&lon=72.64",
    "/data",
    "/signin",
    "/no-such-page",
  ]) {
    test(`${path} in Russian has no accessibility violations`, async ({ page }) => {
      expect(await check(page, path)).toEqual([]);
      await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    });
  }
});

test("a signed-in traveller's pages have no accessibility violations", async ({ page }) => {
  // Eight pages and a sign-in in one test: axe takes a few seconds a page on a busy machine.
  test.setTimeout(120_000);
  await signIn(page, uniqueEmail("a11y"), `/crossings/${REPORTED}#report`);
  const found: string[] = [];
  // The report form, then its errors shown beside the fields.
  found.push(...(await violations(page)));
  const form = page.getByRole("region", { name: "Report what you found" });
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(form.locator("#report-direction-error")).toBeVisible();
  found.push(...(await violations(page)));

  const note = `Accessibility ${Date.now()}`;
  await form.getByLabel("Which way did you cross?").selectOption("a-b");
  await form.getByLabel("Open", { exact: true }).check();
  await form.getByLabel("How did you travel?").selectOption("car");
  await form.getByLabel("Notes (optional)").fill(note);
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("status").filter({ hasText: "your report is on the timeline" })).toBeVisible();
  // The page with a report on its timeline, the thanks and the alert form.
  found.push(...(await violations(page)));

  for (const path of ["/account", "/reports/mine", "/", "/map"]) found.push(...(await check(page, path)));
  await page.goto("/reports/mine");
  await page.getByTestId("own-report").filter({ hasText: note }).getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
  found.push(...(await violations(page)));
  expect(found).toEqual([]);
});

test("the moderators' pages have no accessibility violations", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN_EMAIL, "/moderation");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const found: string[] = [];
  for (const path of [
    "/moderation",
    "/moderation/log",
    "/moderation/notices",
    `/moderation/notices?crossing=${REPORTED}`,
    "/moderation/users",
    `/crossings/${REPORTED}`,
    `/crossings/${REPORTED}/edit`,
    `/crossings/${REPORTED}/history`,
  ]) {
    found.push(...(await check(page, path)));
  }
  expect(found).toEqual([]);
});

test("the offline pages have no accessibility violations", async ({ page, context }) => {
  await page.goto("/crossings/dostyk-alashankou");
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open("crossings-pages-v1")).match("/crossings/dostyk-alashankou")) !== undefined), { timeout: 20_000 })
    .toBe(true);
  await context.setOffline(true);
  const found: string[] = [];
  // A saved copy under its banner, and the message for a page that was never saved.
  await page.reload();
  await expect(page.getByTestId("offline-banner")).toBeVisible();
  found.push(...(await violations(page)));
  await page.goto("/feeds");
  await expect(page.getByTestId("offline-message")).toBeVisible();
  found.push(...(await violations(page)));
  expect(found).toEqual([]);
});
