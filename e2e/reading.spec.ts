import { expect, test } from "@playwright/test";

test.describe("reading crossings", () => {
  test("a traveller finds Kegen and sees both sides' hours and the source conflict", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Border crossings" })).toBeVisible();
    expect(await page.getByTestId("crossing-row").count()).toBeGreaterThanOrEqual(30);

    await page.getByLabel("Search by name or country").fill("Kegen");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=Kegen/);
    const rows = page.getByTestId("crossing-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Kyrgyzstan");
    await expect(rows.first()).toContainText("Kazakhstan");
    await expect(rows.first().locator("[data-state]")).toHaveText(/Open|Closed|Unknown|Restricted/);

    await rows.first().getByRole("link", { name: /Kegen/ }).click();
    await expect(page).toHaveURL(/\/crossings\/karkyra-kegen$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Karkyra – Kegen");

    const kyrgyz = page.getByTestId("side-0");
    const kazakh = page.getByTestId("side-1");
    await expect(kyrgyz.getByRole("heading")).toContainText("Karkyra");
    await expect(kyrgyz).toContainText("Bishkek (UTC+6)");
    await expect(kyrgyz).toContainText("Mo-Fr 09:00-18:00");
    await expect(kazakh.getByRole("heading")).toContainText("Kegen");
    await expect(kazakh).toContainText("Almaty (UTC+5)");
    await expect(kazakh.getByRole("table")).toBeVisible();

    const conflicts = page.getByRole("region", { name: "Sources disagree" });
    await expect(conflicts).toContainText("Hours at Karkyra");
    await expect(conflicts).toContainText("Mo-Fr 09:00-18:00");
    await expect(conflicts).toContainText("08:00-18:00");
    await expect(conflicts).toContainText("August 2019");
    await expect(page.getByRole("region", { name: "Sources", exact: true })).toContainText("Karkyra & Kegen border crossing");
  });

  test("a claim a later source superseded is history, not a disagreement", async ({ page }) => {
    // Irkeshtam's Chinese hours: the 2024 guide and a 2019 blog, both superseded by the border
    // inspection station's own word (April 2025). Before, all three were listed under "Sources disagree".
    await page.goto("/crossings/irkeshtam");
    await expect(page.getByRole("region", { name: "Sources disagree" })).toHaveCount(0);
    const earlier = page.getByRole("region", { name: "Earlier sources, superseded" });
    await expect(earlier).toContainText("Hours at Irkeshtam (Sumhana)");
    await expect(earlier).toContainText("7 days a week, 14 hours a day");
    await expect(earlier).toContainText("until 10 April 2025:");
    // The side's card says the same: the claim in force as the published hours, the 2024 guide's
    // as history (before: the guide's hours were "Published hours", the station's own "Another source").
    const china = page.getByTestId("side-1");
    await expect(china.getByTestId("side-1-hours")).toContainText('Published hours: Mo-Su unknown "7 days a week, 14 hours a day');
    await expect(china).toContainText("Until 10 April 2025 (superseded by a later source): Mo-Fr 00:00-15:00,18:00-24:00");
    // Where two claims still stand, the disagreement is still shown, high on the page.
    await page.goto("/crossings/karkyra-kegen");
    await expect(page.getByRole("region", { name: "Sources disagree" })).toContainText("Hours at Karkyra");
  });

  test("on a phone a crossing's name wraps only between words", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/crossings/korday-ak-zhol");
    // Before: "Ак-" at the end of one line, "Жол – Кордай" on the next.
    const word = page.getByRole("heading", { level: 1 }).getByText("Ак-Жол", { exact: true });
    await expect(word).toBeVisible();
    expect(await word.evaluate((element) => element.getClientRects().length)).toBe(1);
  });

  test("filtering by border narrows the list to that pair", async ({ page }) => {
    await page.goto("/?pair=CN-KG");
    const rows = page.getByTestId("crossing-row");
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.allTextContents()) {
      expect(text).toContain("Kyrgyzstan");
      expect(text).toContain("China");
    }
    await expect(page.getByLabel("Border")).toHaveValue("CN-KG");
  });

  test("an unknown crossing is a 404 page", async ({ page }) => {
    const response = await page.goto("/crossings/no-such-crossing");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the list, search and a crossing page work", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Search by name or country").fill("Irkeshtam");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByTestId("crossing-row")).toHaveCount(1);
    await page.getByRole("link", { name: /Irkeshtam/ }).click();
    await expect(page.getByTestId("side-0")).toContainText("Kyrgyzstan");
    await expect(page.getByTestId("side-1")).toContainText("China");
    await page.getByLabel("Show “your time” in").selectOption("Europe/Berlin");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/tz=Europe%2FBerlin/);
    await expect(page.getByTestId("side-0").getByRole("columnheader", { name: /Your time/ })).toContainText("Berlin");
  });
});

test.describe("a 24-hour day read in another zone", () => {
  // Korday is open 24/7, 00:00–24:00 Bishkek time (UTC+6). Before, Berlin read "Sun 6 Dec
  // 19:00–19:00": the end had lost its day.
  // (The browser's own format puts a comma after the day: "Sun 6 Dec, 13:00".)
  const endsWithDay = /^\w{3} \d{1,2} \w{3},? \d\d:\d\d–\w{3} \d{1,2} \w{3},? \d\d:\d\d$/;
  test("without JavaScript, in the zone the reader chose", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/crossings/korday-ak-zhol?tz=Europe/Berlin");
    const cells = page.getByTestId("side-0").locator("tbody tr td:last-child div");
    await expect(cells.first()).toHaveText(endsWithDay);
    await context.close();
  });
  test("with JavaScript, in the browser's own zone", async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "America/New_York" });
    const page = await context.newPage();
    await page.goto("/crossings/korday-ak-zhol");
    const cells = page.getByTestId("side-0").locator("tbody tr td:last-child div");
    // Labelled as the server labels a zone: its city and offset (winter or summer time).
    await expect(page.getByTestId("side-0").locator("[data-reader-zone]")).toHaveText(/^New York \(UTC−[45]\)$/);
    await expect(cells.first()).toHaveText(endsWithDay);
    await context.close();
  });
  test("with JavaScript, in Russian, the browser's zone by its Russian name", async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "America/New_York", locale: "ru-RU" });
    const page = await context.newPage();
    await page.goto("/crossings/korday-ak-zhol");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByTestId("side-0").locator("[data-reader-zone]")).toHaveText(/^Нью-Йорк \(UTC−[45]\)$/);
    await context.close();
  });
});

test("every crossing page answers 200", async ({ request }) => {
  const list = await request.get("/api/v1/crossings");
  const { crossings } = (await list.json()) as { crossings: { slug: string; url: string }[] };
  expect(crossings.length).toBeGreaterThanOrEqual(30);
  for (const crossing of crossings) {
    const response = await request.get(crossing.url);
    expect(response.status(), crossing.url).toBe(200);
  }
});

test("crossing pages with the most citations fit the screen, a phone's too (citations wrap between each other)", async ({ page, request }) => {
  const list = await request.get("/api/v1/crossings");
  const { crossings } = (await list.json()) as { crossings: { slug: string; url: string }[] };
  // The pages whose facts cite the most sources: the longest rows of citations.
  const cited: { url: string; citations: number }[] = [];
  for (const crossing of crossings) {
    const html = await (await request.get(crossing.url)).text();
    cited.push({ url: crossing.url, citations: html.split('href="#source-').length - 1 });
  }
  cited.sort((a, b) => b.citations - a.citations);
  for (const { url } of cited.slice(0, 6)) {
    await page.goto(url);
    // Against the screen's width (clientWidth): a phone widens its layout viewport (innerWidth)
    // to fit content that overflows, which would hide the overflow.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${url} is wider than the screen by ${overflow} px`).toBeLessThanOrEqual(0);
  }
});
