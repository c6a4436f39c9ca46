import { expect, test, type BrowserContext } from "@playwright/test";
import { uniqueEmail } from "./support/auth";
import { adminContext, moderatorContext, signedIn } from "./support/roles";

/**
 * Observed hours (issue 16): where a side's hours are not published, travellers' reports fill
 * them in. Reports posted through the API, Monday to Friday 09:00–18:00 at the Kazakh post
 * (Asia/Almaty, UTC+5 all year) over six past weeks, make the page say so beside "hours not
 * published"; a traveller cannot adopt it (403, nothing changes); a moderator adopts it with
 * one click, and the page then shows it as the published baseline, with the revision in the
 * history. Only other specs' reads touch this crossing.
 */
const slug = "dostyk-alashankou";
const ALMATY_OFFSET_H = 5;

/** Monday 00:00 Almaty time of the week `weeksBack` weeks before the current one, in UTC ms. */
function mondayWeeksBack(weeksBack: number): number {
  const localNow = new Date(Date.now() + ALMATY_OFFSET_H * 3600_000);
  const mondayLocal = Date.UTC(localNow.getUTCFullYear(), localNow.getUTCMonth(), localNow.getUTCDate()) - ((localNow.getUTCDay() + 6) % 7) * 86400_000;
  return mondayLocal - weeksBack * 7 * 86400_000 - ALMATY_OFFSET_H * 3600_000;
}

/** Posts eight reports; their ids. */
async function postReports(traveller: BrowserContext, from: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = from; i < from + 8; i++) {
    const week = 1 + (i % 6);
    const day = i % 5; // Monday to Friday
    const hour = 9 + (i % 9); // 09:xx … 17:xx local
    const observedAt = new Date(mondayWeeksBack(week) + day * 86400_000 + hour * 3600_000 + ((i * 7) % 50) * 60_000);
    const response = await traveller.request.post(`/api/v1/crossings/${slug}/reports`, {
      data: { direction: i % 2 ? "a-b" : "b-a", observedAt: observedAt.toISOString(), seen: "open", mode: "car", idempotencyKey: crypto.randomUUID() },
    });
    expect(response.status(), await response.text()).toBe(201);
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

// Desktop only (playwright.config.ts): it changes the crossing's baseline.
test("a moderator adopts the hours travellers observed; a traveller cannot", async ({ browser }) => {
  test.setTimeout(120_000);
  // 24 reports from three travellers (each may post 10 an hour).
  // One after another: three sign-ins at once on a cold two-core server outran the 5 s wait.
  const travellers: BrowserContext[] = [];
  for (const n of [0, 1, 2]) travellers.push(await signedIn(browser, uniqueEmail(`observer${n}`)));
  const ids: string[] = [];
  for (const [n, traveller] of travellers.entries()) ids.push(...(await postReports(traveller, n * 8)));
  // Brand-new accounts' reports draw no hours until a moderator verifies them (throwaway accounts
  // must not draw hours a moderator may adopt: docs/trust.md); these are verified.
  const admin = await adminContext(browser);
  const { context: moderator } = await moderatorContext(browser, admin);
  for (const id of ids) {
    const verified = await moderator.request.post(`/api/moderation/reports/${id}/verify`, { data: { reason: "Seen on the post's board" } });
    expect(verified.status()).toBe(200);
  }

  const page = await travellers[0]!.newPage();
  await page.goto(`/crossings/${slug}`);
  const observed = page.getByTestId("observed-hours-0");
  await expect(observed).toContainText("Hours not published.");
  // 24 here; more when the suite's database is reused (the end of the test reverts the revision, not the reports).
  await expect(observed).toContainText(/Travellers found it open Mon–Fri 09:00–18:00 \(\d+ reports since \d+ \w+ \d{4}\)\./);
  await expect(observed).toContainText("not published");
  // Readers see no adoption button.
  await expect(observed.getByRole("button")).toHaveCount(0);

  // A traveller posting the form anyway is refused, and nothing changes.
  const before = await (await travellers[0]!.request.get(`/api/v1/crossings/${slug}`)).json();
  const refused = await travellers[0]!.request.post(`/api/moderation/crossings/${slug}/observed-hours`, {
    form: { side: "0", returnTo: `/crossings/${slug}/history` },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(403);
  const unchanged = await (await travellers[0]!.request.get(`/api/v1/crossings/${slug}`)).json();
  expect(JSON.stringify(unchanged)).toBe(JSON.stringify(before));

  // The moderator clicks once (the plain form; it works without JavaScript).
  const modPage = await moderator.newPage();
  await modPage.goto(`/crossings/${slug}`);
  await modPage.getByTestId("observed-hours-0").getByRole("button", { name: "Adopt as the baseline (source: traveller reports, standing: first-hand)" }).click();
  await expect(modPage).toHaveURL(new RegExp(`/crossings/${slug}/history\\?done=\\d+`));
  // The revision is in the history, with its diff.
  await expect(modPage.locator("main")).toContainText("Mo-Fr 09:00-18:00");
  await expect(modPage.locator("main")).toContainText("Traveller reports on Crossings");

  // The page now shows them as the published hours, sourced to the travellers' reports.
  await page.goto(`/crossings/${slug}`);
  const side = page.getByTestId("side-0");
  await expect(side).toContainText('Published hours: Mo-Fr 09:00-18:00; Sa,Su unknown "not enough traveller reports"');
  await expect(page.getByTestId("observed-hours-0")).toHaveCount(0);
  await expect(page.locator("main")).toContainText("Travellers' reports on Crossings");

  // Reverted like any revision: the hours are unknown again, and the observed line is back.
  const history = await moderator.newPage();
  await history.goto(`/crossings/${slug}/history`);
  const revert = await history.getByTestId("revision").first().locator('form[action^="/api/moderation/revisions/"]').getAttribute("action");
  const reverted = await moderator.request.post(revert!, { data: { reason: "Back to unknown for the next run" } });
  expect(reverted.status()).toBe(200);
  await page.goto(`/crossings/${slug}`);
  await expect(page.getByTestId("observed-hours-0")).toContainText("Travellers found it open Mon–Fri 09:00–18:00");

  for (const context of [...travellers, admin, moderator]) await context.close();
});
