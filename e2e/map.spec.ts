/**
 * The map on a phone (issue "the first screen answers"): on a 390×844 screen every marker is a
 * link at least 24×24 px, no two overlap, crossings too close together are one marker with a
 * count that zooms in, and zooming is a plain link rendered on the server — all without
 * JavaScript. Each marker's accessible name says the crossing and its state (a group: which
 * crossings, with their states). A bad view in the address gives the whole map and a message.
 */
import { expect, test, type Page } from "@playwright/test";

const PHONE = { width: 390, height: 844 };
const STATE = "(Open|Closed|Restricted|Unknown)";
const CROSSING_NAME = new RegExp(`^.+: ${STATE}(, location approximate \\(±\\d+ km\\))?$`);
const GROUP_NAME = new RegExp(`^\\d+ crossings close together: .+ \\(${STATE}\\)\\. Zoom in ×(2|4|8|16)$`);

interface Marker {
  href: string;
  name: string;
  box: { x: number; y: number; width: number; height: number };
  group: boolean;
}

/** The map's links as drawn: where they go, their names (their <title>) and their boxes. */
async function markers(page: Page): Promise<Marker[]> {
  const links = page.locator("svg.crossings-map a.map-marker");
  const found: Marker[] = [];
  for (const link of await links.all()) {
    const box = await link.boundingBox();
    expect(box, "a marker is drawn").not.toBeNull();
    found.push({
      href: (await link.getAttribute("href")) ?? "",
      name: (await link.locator("title").textContent()) ?? "",
      box: box!,
      group: (await link.getAttribute("class"))?.includes("map-group") ?? false,
    });
  }
  return found;
}

/** What is wrong with the markers of one view: small, overlapping or unnamed targets. */
function problems(found: Marker[], path: string): string[] {
  const wrong: string[] = [];
  found.forEach((marker, i) => {
    if (marker.box.width < 24 || marker.box.height < 24) wrong.push(`${path}: ${marker.name} is ${marker.box.width.toFixed(1)}×${marker.box.height.toFixed(1)} px`);
    if (!(marker.group ? GROUP_NAME : CROSSING_NAME).test(marker.name))
      wrong.push(`${path}: "${marker.name}" does not name ${marker.group ? "the group's crossings" : "a crossing and its state"}`);
    for (const other of found.slice(i + 1)) {
      const a = marker.box;
      const b = other.box;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) wrong.push(`${path}: ${marker.name} overlaps ${other.name}`);
    }
  });
  return wrong;
}

test.describe("on a 390×844 phone, without JavaScript", () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test("every marker in every view the groups lead to is a named link of 24×24 px or more, none overlapping, and every located crossing is reached", async ({ page, request }) => {
    test.setTimeout(120_000);
    const located = ((await (await request.get("/api/v1/crossings")).json()) as { crossings: { slug: string; location: unknown }[] }).crossings
      .filter((crossing) => crossing.location !== null)
      .map((crossing) => `/crossings/${crossing.slug}`);
    const queue = ["/map"];
    const seen = new Set<string>();
    const reached = new Set<string>();
    const wrong: string[] = [];
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      expect((await page.goto(path))?.status(), path).toBe(200);
      const found = await markers(page);
      expect(found.length, `${path} has markers`).toBeGreaterThan(0);
      wrong.push(...problems(found, path));
      for (const marker of found) {
        if (marker.group) queue.push(marker.href);
        else reached.add(marker.href);
      }
    }
    expect(wrong).toEqual([]);
    expect(seen.size, "the whole map groups crossings and its groups zoom in").toBeGreaterThan(3);
    expect([...reached].sort()).toEqual(located.sort());
  });

  test("zooming in, moving and zooming out are links that work without JavaScript", async ({ page }) => {
    await page.goto("/map");
    const map = page.locator("svg.crossings-map");
    await expect(map).toHaveAttribute("viewBox", /^0 0 1000 \d+$/);
    // Dostuk (Kyrgyzstan–Uzbekistan, in the Fergana valley) is one of several close together.
    const group = map.getByRole("link", { name: new RegExp(`^\\d+ crossings close together: .*Dostuk[^,(]* \\(${STATE}\\)`) });
    await expect(group).toHaveCount(1);
    await group.click();
    await expect(page).toHaveURL(/\/map\?zoom=(2|4|8|16)&lat=[\d.]+&lon=[\d.]+$/);
    await expect(page.locator("#map-caption")).toContainText(/^Zoomed in ×(2|4|8|16): \d+ border crossings on the borders of /);
    await expect(map).not.toHaveAttribute("viewBox", /^0 0 1000 /);
    const zoomed = new URL(page.url());

    // A view's list names only the crossings in it.
    const rows = page.getByTestId("map-list-row");
    expect(await rows.count()).toBeGreaterThan(1);
    await expect(page.getByRole("heading", { name: "Crossings in this view" })).toBeVisible();

    const moves = page.getByRole("navigation", { name: "Move the map" });
    await moves
      .getByRole("link", { name: /^Move (north|south|west|east)$/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`zoom=${zoomed.searchParams.get("zoom")}&`));
    expect(page.url()).not.toBe(zoomed.toString());
    await page.getByRole("navigation", { name: "Move the map" }).getByRole("link", { name: "Whole map" }).click();
    await expect(page).toHaveURL(/\/map$/);

    // A border's own zoom, from the list of borders under the map.
    await page
      .getByRole("navigation", { name: /^Zoom in on a border/ })
      .getByRole("link", { name: /^Kyrgyzstan – Uzbekistan \(\d+\)$/ })
      .click();
    await expect(page).toHaveURL(/\/map\?zoom=/);
    await expect(page.getByTestId("map-list-row").filter({ hasText: "Dostuk" })).toHaveCount(1);
    const dostuk = page.locator("svg.crossings-map").getByRole("link", { name: new RegExp(`^(Dostuk[^:,]*: ${STATE}|\\d+ crossings close together: .*Dostuk)`) });
    await expect(dostuk).toHaveCount(1);
  });

  test("a crossing placed only approximately is told apart on the map, in its name and in the list", async ({ page }) => {
    await page.goto("/map?zoom=16&lat=40.73&lon=72.64");
    const approximate = page.locator("svg.crossings-map a.map-marker[data-approximate]");
    expect(await approximate.count()).toBeGreaterThan(0);
    await expect(approximate.first()).toHaveAccessibleName(/, location approximate \(±\d+ km\)$/);
    await expect(page.getByTestId("map-legend")).toContainText("Dashed outline: location approximate");
    await expect(page.getByTestId("map-list-approximate").first()).toHaveText(/^location approximate \(±\d+ km\)$/);
    // At the closest zoom crossings a few km apart are drawn side by side, with lines to their places.
    await expect(page.getByTestId("map-legend")).toContainText("drawn side by side");
  });

  for (const query of [
    "zoom=3&lat=40&lon=70",
    "zoom=4",
    "zoom=4&lat=91&lon=70",
    "zoom=4&lat=40&lat=41&lon=70",
    "zoom=4&lat=4e1&lon=70",
    `zoom=4&lat=${"9".repeat(3000)}&lon=70`,
    "zoom=%3Cscript%3E&lat=40&lon=70",
  ]) {
    test(`a bad view (${query.slice(0, 40)}) shows the whole map and says why`, async ({ page }) => {
      const response = await page.goto(`/map?${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("alert")).toContainText("That map view could not be shown");
      await expect(page.locator("svg.crossings-map")).toHaveAttribute("viewBox", /^0 0 1000 \d+$/);
      expect(await page.locator("svg.crossings-map a.map-marker").count()).toBeGreaterThan(5);
    });
  }
});
