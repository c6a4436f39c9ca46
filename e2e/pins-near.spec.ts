/**
 * Pinned crossings and "near me" on the list (issue 19): a star pins a crossing without
 * JavaScript (a POST form, 303 back), pinned crossings come first with every row's information
 * and stay pinned after a reload, only for the browser that pinned them; a hostile pins cookie
 * is ignored. The list sorts by straight-line distance from a city (a GET form) or, with
 * JavaScript and permission, from the device's rounded location. Expectations are worked out
 * from the data the API serves, not typed in.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { cityByKey } from "../lib/crossings/cities";
import { distanceKm, roundedKm } from "../lib/crossings/distance";

interface ApiCrossing {
  slug: string;
  name: string;
  location: { lat: number; lon: number } | null;
}

async function crossings(page: Page): Promise<ApiCrossing[]> {
  const response = await page.request.get("/api/v1/crossings");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { crossings: ApiCrossing[] }).crossings;
}

/** The placed crossings, nearest first from a point (as the list must order them). */
function nearestFirst(all: ApiCrossing[], from: { lat: number; lon: number }): ApiCrossing[] {
  return all.filter((crossing) => crossing.location).sort((a, b) => distanceKm(from, a.location!) - distanceKm(from, b.location!));
}

const rowSlugs = (page: Page) => page.getByTestId("crossing-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-slug")));

test.describe("pinning without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a pinned crossing moves to the top, stays there after a reload, and unpins", async ({ page, browser, baseURL }) => {
    await page.goto("/");
    const slugs = await rowSlugs(page);
    // The last crossing A–Z: pinning it must move it.
    const slug = slugs.at(-1)!;
    const row = page.locator(`[data-testid="crossing-row"][data-slug="${slug}"]`);
    const name = (await row.getByRole("link").textContent())!;
    await expect(page.getByRole("heading", { name: "Pinned" })).toHaveCount(0);

    const star = row.getByRole("button", { name: `Pin ${name}` });
    await expect(star).toHaveAttribute("data-pinned", "false");
    const [response] = await Promise.all([page.waitForResponse((answer) => answer.request().method() === "POST"), star.click()]);
    expect(response.status()).toBe(303);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { name: "Pinned", level: 2 })).toBeVisible();
    expect((await rowSlugs(page))[0]).toBe(slug);
    const pinned = page.locator(`[data-testid="crossing-row"][data-slug="${slug}"]`);
    // Still with all of a row's information, and the star says it is pinned.
    await expect(pinned.locator("[data-state]")).toHaveText(/\S/);
    await expect(pinned.getByTestId("row-wait")).toHaveText(/\S/);
    await expect(pinned.getByTestId("row-freshness")).toHaveText(/\S/);
    await expect(pinned.getByRole("button", { name: `Unpin ${name}` })).toHaveAttribute("data-pinned", "true");
    // Every crossing is listed once.
    expect(await page.getByTestId("crossing-row").count()).toBe(slugs.length);

    await page.reload();
    expect((await rowSlugs(page))[0]).toBe(slug);
    // The crossing page's star says so too, and the crossing page of another does not.
    await page.goto(`/crossings/${slug}`);
    await expect(page.getByRole("button", { name: `Unpin ${name}` })).toBeVisible();
    await page.goto(`/crossings/${slugs[0]}`);
    await expect(page.getByRole("button", { name: /^Pin / })).toBeVisible();

    // Another browser does not see this one's pins.
    const other = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const otherPage = await other.newPage();
    await otherPage.goto("/");
    await expect(otherPage.getByRole("heading", { name: "Pinned" })).toHaveCount(0);
    expect((await rowSlugs(otherPage))[0]).toBe(slugs[0]);
    await otherPage.goto(`/crossings/${slug}`);
    await expect(otherPage.getByRole("button", { name: `Pin ${name}` })).toBeVisible();
    await other.close();

    // Unpin from the crossing page: back there, then the list is A–Z again.
    await page.goto(`/crossings/${slug}`);
    await page.getByRole("button", { name: `Unpin ${name}` }).click();
    await expect(page).toHaveURL(new RegExp(`/crossings/${slug}$`));
    await expect(page.getByRole("button", { name: `Pin ${name}` })).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Pinned" })).toHaveCount(0);
    expect(await rowSlugs(page)).toEqual(slugs);
  });

  test("a star keeps the list as it was asked for (filters and near)", async ({ page }) => {
    await page.goto("/?near=osh&order=border");
    const first = page.getByTestId("crossing-row").nth(3);
    const slug = await first.getAttribute("data-slug");
    await first.getByRole("button", { name: /^Pin / }).click();
    await expect(page).toHaveURL(/\?order=border&near=osh$/);
    expect((await rowSlugs(page))[0]).toBe(slug);
    await expect(page.getByLabel("Sort by distance from")).toHaveValue("osh");
  });

  test("a hostile or corrupt pins cookie is ignored: the plain list, never an error", async ({ page, context, baseURL }) => {
    await page.goto("/");
    const slugs = await rowSlugs(page);
    for (const value of [
      "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "..",
      "IRKESHTAM",
      `${slugs[3]}..${slugs[4]}`,
      Array.from({ length: 21 }, () => slugs[5]).join("."),
      "x".repeat(3000),
    ]) {
      await context.clearCookies();
      await context.addCookies([{ name: "pins", value, url: baseURL! }]);
      const response = await page.goto("/");
      expect(response?.status(), value.slice(0, 30)).toBe(200);
      await expect(page.getByRole("heading", { name: "Pinned" })).toHaveCount(0);
      expect(await rowSlugs(page)).toEqual(slugs);
      expect((await page.goto(`/crossings/${slugs[3]}`))?.status()).toBe(200);
      await expect(page.getByRole("button", { name: /^Pin / })).toBeVisible();
    }
    // A slug-shaped name that is no crossing is not a row.
    await context.clearCookies();
    await context.addCookies([{ name: "pins", value: `no-such-crossing.${slugs[6]}`, url: baseURL! }]);
    await page.goto("/");
    expect((await rowSlugs(page))[0]).toBe(slugs[6]);
    expect(await page.getByTestId("crossing-row").count()).toBe(slugs.length);
  });

  test("a 21st pin is refused with a message, and nothing is dropped", async ({ page, context, baseURL }) => {
    await page.goto("/");
    const slugs = (await rowSlugs(page)) as string[];
    await context.addCookies([{ name: "pins", value: slugs.slice(0, 20).join("."), url: baseURL! }]);
    await page.goto("/");
    const twentyFirst = page.locator(`[data-testid="crossing-row"][data-slug="${slugs[20]}"]`);
    await twentyFirst.getByRole("button", { name: /^Pin / }).click();
    await expect(page.getByTestId("pins-full")).toHaveText("You can pin at most 20 crossings: unpin one first.");
    const pinned = await page.locator('[data-testid="crossing-row"][data-pinned="true"]').evaluateAll((rows) => rows.map((row) => row.getAttribute("data-slug")));
    expect(new Set(pinned)).toEqual(new Set(slugs.slice(0, 20)));
  });

  test("a 21st pin from a crossing page is refused on the list, which says why", async ({ page, context, baseURL }) => {
    await page.goto("/");
    const slugs = (await rowSlugs(page)) as string[];
    await context.addCookies([{ name: "pins", value: slugs.slice(0, 20).join("."), url: baseURL! }]);
    await page.goto(`/crossings/${slugs[20]}`);
    await page.getByRole("button", { name: /^Pin / }).click();
    await expect(page).toHaveURL(/\/\?pins=full$/);
    await expect(page.getByTestId("pins-full")).toHaveText("You can pin at most 20 crossings: unpin one first.");
  });
});

test.describe("near me", () => {
  test.use({ javaScriptEnabled: false });

  test("by city: nearest first, each placed row with its distance, the unplaced last", async ({ page }) => {
    const all = await crossings(page);
    const bishkek = cityByKey("bishkek")!;
    const expected = nearestFirst(all, bishkek);
    await page.goto("/");
    await page.getByLabel("Sort by distance from").selectOption("bishkek");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/near=bishkek/);
    await expect(page.getByTestId("near-note")).toContainText("Nearest first from Bishkek");
    const slugs = await rowSlugs(page);
    expect(slugs.slice(0, 3)).toEqual(expected.slice(0, 3).map((crossing) => crossing.slug));
    // Korday – Ak-Zhol is the crossing on the road from Bishkek to Almaty: the data puts it first.
    console.log(
      `nearest to Bishkek by the data: ${expected
        .slice(0, 3)
        .map((crossing) => `${crossing.slug} ${distanceKm(bishkek, crossing.location!).toFixed(1)} km`)
        .join(", ")}`,
    );
    const first = page.getByTestId("crossing-row").first();
    const km = roundedKm(distanceKm(bishkek, expected[0]!.location!));
    await expect(first.getByTestId("row-distance")).toContainText(`${km} km`);
    // The unplaced come last, without a distance.
    const unplaced = all.filter((crossing) => !crossing.location).length;
    expect(await page.getByTestId("row-distance").count()).toBe(all.length - unplaced);
    expect(await page.getByTestId("crossing-row").last().getByTestId("row-distance").count()).toBe(0);
  });

  test("an approximate location says so", async ({ page }) => {
    await page.goto("/?near=bishkek");
    const approximate = page.locator('[data-testid="row-distance"][data-approximate="true"]').first();
    await expect(approximate).toContainText(/~\d/);
    await expect(approximate).toContainText(/approximate/);
  });

  test("in Russian, with the city's Russian name", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: "ru-RU", javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/?near=osh");
    await expect(page.getByLabel("Сортировать по расстоянию от")).toHaveValue("osh");
    await expect(page.getByTestId("near-note")).toContainText("откуда: Ош");
    await expect(page.getByTestId("row-distance").first()).toContainText(/\d+ км/);
    await context.close();
  });

  test("a bad near= gives the normal list and says why", async ({ page }) => {
    await page.goto("/");
    const slugs = await rowSlugs(page);
    for (const value of ["atlantis", "91,0", "42.9", "<script>", "x".repeat(300)]) {
      const response = await page.goto(`/?near=${encodeURIComponent(value)}`);
      expect(response?.status(), value).toBe(200);
      await expect(page.getByTestId("near-invalid")).toBeVisible();
      expect(await rowSlugs(page)).toEqual(slugs);
    }
    // A repeated parameter is read as its first value, like the other filters.
    await page.goto("/?near=osh&near=atlantis");
    await expect(page.getByTestId("near-invalid")).toHaveCount(0);
  });

  test("without JavaScript there is no location button", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("near-me")).toHaveCount(0);
  });
});

test.describe("near me from the device, with JavaScript and permission", () => {
  // Near Bishkek; the list is sent only 0.1° of it.
  test.use({ geolocation: { latitude: 42.8746, longitude: 74.5698 }, permissions: ["geolocation"] });

  test("fills the form with the rounded point and sorts by it", async ({ page }) => {
    const all = await crossings(page);
    const expected = nearestFirst(all, { lat: 42.9, lon: 74.6 });
    await page.goto("/");
    await page.getByTestId("near-me").click();
    await expect(page).toHaveURL(/near=42\.9%2C74\.6/);
    await expect(page.getByTestId("near-note")).toContainText("Your location (42.9,74.6)");
    expect((await rowSlugs(page)).slice(0, 3)).toEqual(expected.slice(0, 3).map((crossing) => crossing.slug));
  });
});

test.describe("with JavaScript", () => {
  test("the star pins and unpins in place, as without it", async ({ page }) => {
    await page.goto("/");
    const slugs = await rowSlugs(page);
    const slug = slugs.at(-2)!;
    const row = page.locator(`[data-testid="crossing-row"][data-slug="${slug}"]`);
    const name = (await row.getByRole("link").textContent())!;
    await row.getByRole("button", { name: `Pin ${name}` }).click();
    await expect(page.getByRole("heading", { name: "Pinned", level: 2 })).toBeVisible();
    await expect.poll(async () => (await rowSlugs(page))[0]).toBe(slug);
    await page.getByRole("button", { name: `Unpin ${name}` }).click();
    await expect(page.getByRole("heading", { name: "Pinned" })).toHaveCount(0);
    await expect.poll(() => rowSlugs(page)).toEqual(slugs);
  });

  test("the pinned, near and refused states have no accessibility violations", async ({ page, context, baseURL }) => {
    // Six pages: axe takes a few seconds on each list of 117 rows on a busy machine.
    test.setTimeout(120_000);
    await page.goto("/");
    const slugs = (await rowSlugs(page)) as string[];
    await context.addCookies([{ name: "pins", value: `${slugs[2]}.${slugs[9]}`, url: baseURL! }]);
    for (const path of ["/", "/?near=bishkek&order=border", "/?near=atlantis", "/?pins=full", `/crossings/${slugs[2]}`, `/crossings/${slugs[3]}`]) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      expect(
        violations.flatMap((violation) => violation.nodes.map((node) => `${path}: ${violation.id} at ${node.target.join(" ")}`)),
        path,
      ).toEqual([]);
    }
  });
});
