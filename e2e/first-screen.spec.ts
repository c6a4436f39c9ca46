/**
 * The list's first screen answers (issue "the first screen answers"): on a 390×844 phone, five
 * crossings or more show above the fold, each with its state, the wait each way (or an explicit
 * "no wait data") and how fresh that is — without JavaScript. A wait is a range with the
 * reports it rests on, never one number; the filters and the grouping are plain GET forms.
 */
import { expect, test, type Locator } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";

const PHONE = { width: 390, height: 844 };
/** What a row's wait says when it has a figure, and when it has none. */
const WAIT = /\d+(–\d+)? min|no wait data|none while closed/;
const FRESHNESS = /\d+ reports?, |no reports (yet|in )|last report /;

/** The rows whose top is on the first screen. */
async function firstScreenRows(rows: Locator): Promise<Locator[]> {
  const onScreen: Locator[] = [];
  for (const row of await rows.all()) {
    const box = await row.boundingBox();
    if (box && box.y < PHONE.height) onScreen.push(row);
  }
  return onScreen;
}

test.describe("on a 390×844 phone, without JavaScript", () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  for (const path of ["/", "/?order=border"]) {
    test(`${path}: the first screen shows five crossings or more, each with its state, wait and freshness`, async ({ page }) => {
      await page.goto(path);
      const onScreen = await firstScreenRows(page.getByTestId("crossing-row"));
      expect(onScreen.length).toBeGreaterThanOrEqual(5);
      for (const row of onScreen) {
        await expect(row.getByRole("link")).toHaveText(/\S/);
        // The state in words (and a symbol), not by colour alone.
        await expect(row.locator("[data-state]")).toHaveText(/Open|Closed|Unknown|Restricted/);
        await expect(row.getByTestId("row-wait")).toHaveText(WAIT);
        await expect(row.getByTestId("row-freshness")).toHaveText(FRESHNESS);
      }
    });
  }

  test("every Unknown row says why in a line: which post's hours are not known, or who may cross", async ({ page }) => {
    await page.goto("/");
    const unknown = page.getByTestId("crossing-row").filter({ has: page.locator('[data-state="unknown"]') });
    // Before, 80 of the seed's 117 rows said "Unknown" and nothing else.
    expect(await unknown.count()).toBeGreaterThan(10);
    for (const row of await unknown.all()) await expect(row.getByTestId("row-why")).toHaveText(/\S/);
    // Seeded facts: neither post at Aksai – Ilek publishes hours; no source says who may cross at Baimak.
    await expect(page.locator('[data-slug="aksai-ilek"]').getByTestId("row-why")).toHaveText("Aksai, Ilek: hours not known.");
    await expect(page.locator('[data-slug="baimak"]').getByTestId("row-why")).toHaveText("Who may cross here is not known.");
  });

  test("a row open only to two countries' citizens says whose, whole on a phone's line", async ({ page }) => {
    await page.goto("/");
    const why = page.locator('[data-slug="ak-kiya-shakhimardan"]').getByTestId("row-why");
    await expect(why).toHaveText("Citizens of Kyrgyzstan and Uzbekistan only.");
    // Before: "Only citizens of Kyrgyzstan and Uzbekistan ma…", cut off by the row's ellipsis.
    // One line (not the two-line style of rows that name notices), and nothing cut off.
    await expect(why).not.toHaveClass(/by-notice/);
    expect(await why.evaluate((node) => node.scrollWidth <= node.clientWidth)).toBe(true);
  });

  test("a next change is given in the crossing's local time with its zone", async ({ page }) => {
    await page.goto("/");
    const changes = page.getByTestId("row-next-change");
    // Some crossing opens or closes by its hours within the coming year, whatever the hour.
    await expect(changes.first()).toBeVisible();
    for (const text of await changes.allTextContents()) expect(text).toMatch(/^(by schedule: )?(opens|closes|restricted from|unknown from) .*\d\d:\d\d [^()]+ \(UTC[+−]\d/);
  });

  test("“open now”, a mode of travel and grouping by border are GET parameters that stay in the form", async ({ page }) => {
    await page.goto("/");
    const all = await page.getByTestId("crossing-row").count();

    await page.getByLabel("Open now").check();
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/open=1/);
    await expect(page.getByLabel("Open now")).toBeChecked();
    const open = page.getByTestId("crossing-row");
    expect(await open.count()).toBeLessThan(all);
    for (const state of await open.locator("[data-state]").allTextContents()) expect(state).toMatch(/Open/);

    await page.goto("/?mode=train&order=border");
    await expect(page.getByLabel("Travelling by")).toHaveValue("train");
    await expect(page.getByLabel("Order", { exact: true })).toHaveValue("border");
    const byRail = page.getByTestId("crossing-row");
    expect(await byRail.count()).toBeGreaterThan(0);
    expect(await byRail.count()).toBeLessThan(all);
    // Each border is a heading, its crossings headings under it.
    const groups = page.locator("section.crossing-group");
    expect(await groups.count()).toBeGreaterThan(1);
    for (const group of await groups.all()) {
      const [a, b] = (await group.getByRole("heading", { level: 2 }).textContent())!.split(" – ");
      for (const row of await group.getByTestId("crossing-row").all()) {
        await expect(row.getByRole("heading", { level: 3 })).toBeVisible();
        await expect(row).toContainText(a!);
        await expect(row).toContainText(b!);
      }
    }

    // A mode no one names, or junk: ignored, not an error.
    expect((await page.goto("/?mode=hovercraft&open=yes&order=sideways"))?.status()).toBe(200);
    expect(await page.getByTestId("crossing-row").count()).toBe(all);
  });
});

test.describe("a wait from two far-apart reports", () => {
  test.use({ viewport: PHONE });

  test("is their range and count, marked uncertain — never “about 160 min”", async ({ page }, testInfo) => {
    // Open round the clock on both sides, with cars, and no other test (nor the other project) reports there.
    const { slug, name } = testInfo.project.name === "mobile" ? { slug: "sariosiyo-tursunzoda", name: "Sariosiyo – Tursunzoda" } : { slug: "kairagach", name: "Kairagach" };
    await signIn(page, uniqueEmail("first-screen"), "/account");
    for (const [minutesAgo, wait] of [
      [10, 300],
      [20, 20],
    ] as const) {
      const response = await page.request.post(`/api/v1/crossings/${slug}/reports`, {
        data: {
          direction: "a-b",
          observedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
          seen: "open",
          mode: "car",
          waitMinutes: wait,
          idempotencyKey: crypto.randomUUID(),
        },
      });
      expect(response.status()).toBe(201);
    }
    await page.goto(`/?q=${encodeURIComponent(name)}`);
    const row = page.getByTestId("crossing-row").filter({ has: page.getByRole("link", { name, exact: true }) });
    // A brand-new account's waits, and nobody else's: they speak, and say they are not confirmed.
    await expect(row.getByTestId("row-wait")).toContainText("20–300 min, 2 reports not yet confirmed: uncertain");
    await expect(row.getByTestId("row-wait")).not.toContainText("160");
    // A brand-new account's reports are shown but do not decide the state (docs/trust.md): the
    // row keeps the schedule's answer and says how fresh the newest report is — and, where that
    // answer is not "open" (Kairagach: who may cross is not known), that they said open.
    await expect(row.getByTestId("row-freshness")).toHaveText(
      /^last report (\d+ min ago|just now)(; but 2 travellers reported open (\d+ min ago|just now) \(not yet confirmed\))?$/,
    );

    await page.goto(`/crossings/${slug}`);
    await expect(page.getByTestId("status").first().getByTestId("wait").first()).toContainText("20–300 min, 2 reports not yet confirmed: uncertain");
  });
});

test.describe("a reader whose browser asks for Russian", () => {
  test.use({ viewport: PHONE, locale: "ru-RU", javaScriptEnabled: false });

  test("gets the rows in Russian, five or more on the first screen", async ({ page }) => {
    await page.goto("/");
    const onScreen = await firstScreenRows(page.getByTestId("crossing-row"));
    expect(onScreen.length).toBeGreaterThanOrEqual(5);
    for (const row of onScreen) {
      await expect(row.getByTestId("row-wait")).toHaveText(/\d+(–\d+)? мин|нет данных об ожидании|нет, пока закрыт/);
      await expect(row.getByTestId("row-freshness")).toHaveText(/сообщени|нет сообщений/);
    }
    // Whose citizens, and goods only, whole on the phone's line (one line: not the two-line style
    // of rows that name notices; nothing cut off).
    for (const [slug, text] of [
      ["ak-kiya-shakhimardan", "Только граждане: Кыргызстан, Узбекистан."],
      ["ak-tilek", "Только для грузового транспорта."],
    ]) {
      const why = page.locator(`[data-slug="${slug}"]`).getByTestId("row-why");
      await expect(why).toHaveText(text!);
      await expect(why).not.toHaveClass(/by-notice/);
      expect(await why.evaluate((node) => node.scrollWidth <= node.clientWidth), slug).toBe(true);
    }
  });
});
