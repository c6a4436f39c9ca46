import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

const CSV_HEADER = "id,crossing,observed_at,submitted_at,direction,from,to,seen,mode,wait_minutes,tags,notes,verified,confirmations,disputes";

type Feature = {
  type: string;
  geometry: { type: string; coordinates: [number, number] };
  properties: { slug: string; name: string; state: string; url: string };
};

async function crossingSlugs(request: import("@playwright/test").APIRequestContext, only?: "located"): Promise<string[]> {
  const response = await request.get("/api/v1/crossings");
  expect(response.status()).toBe(200);
  const { crossings } = (await response.json()) as { crossings: { slug: string; location: { lat: number; lon: number } | null }[] };
  // A crossing whose location no source gives has `location: null`: listed, but not on the map or in the GeoJSON.
  return crossings.filter((crossing) => only !== "located" || crossing.location !== null).map((crossing) => crossing.slug);
}

test.describe("open data exports", () => {
  test("the GeoJSON has one point per located crossing, longitude first and in range", async ({ request }) => {
    const slugs = await crossingSlugs(request, "located");
    expect(slugs.length).toBeGreaterThanOrEqual(30);

    const response = await request.get("/api/v1/exports/crossings.geojson");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/geo+json");
    const body = (await response.json()) as { type: string; license: string; attribution: string; generatedAt: string; features: Feature[] };
    expect(body).toMatchObject({ type: "FeatureCollection", license: "CC-BY-4.0" });
    expect(body.attribution).toContain("Crossings contributors");
    expect(Number.isNaN(Date.parse(body.generatedAt))).toBe(false);

    expect(body.features).toHaveLength(slugs.length);
    expect(body.features.map((feature) => feature.properties.slug).sort()).toEqual([...slugs].sort());
    for (const feature of body.features) {
      expect(feature.type).toBe("Feature");
      expect(feature.geometry.type).toBe("Point");
      const [lon, lat] = feature.geometry.coordinates;
      expect(lon, feature.properties.slug).toBeGreaterThanOrEqual(-180);
      expect(lon, feature.properties.slug).toBeLessThanOrEqual(180);
      expect(lat, feature.properties.slug).toBeGreaterThanOrEqual(-90);
      expect(lat, feature.properties.slug).toBeLessThanOrEqual(90);
      expect(["open", "closed", "restricted", "unknown"]).toContain(feature.properties.state);
      expect(feature.properties.url).toBe(`/crossings/${feature.properties.slug}`);
    }
    const kegen = body.features.find((feature) => feature.properties.slug === "karkyra-kegen");
    expect(kegen?.geometry.coordinates).toEqual([79.5, 42.7]);
  });

  test("the CSV starts with its header row and is a download under CC BY 4.0", async ({ request }) => {
    const response = await request.get("/api/v1/exports/reports.csv");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(headers["content-disposition"]).toBe('attachment; filename="crossings-reports.csv"');
    expect(headers["x-license"]).toBe("CC-BY-4.0");
    const text = await response.text();
    expect(text.startsWith(`${CSV_HEADER}\r\n`)).toBe(true);
  });

  test("a bad before is a 400 with a JSON error", async ({ request }) => {
    const response = await request.get("/api/v1/exports/reports.csv?before=yesterday");
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_query" } });

    const old = await request.get("/api/v1/exports/reports.csv?before=2000-01-01T00:00:00Z");
    expect(old.status()).toBe(200);
    expect(await old.text()).toBe(`${CSV_HEADER}\r\n`);
  });
});

test.describe("the map, with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("a crossing without a sourced location has its page, saying so, and no marker", async ({ page, request }) => {
    const response = await request.get("/api/v1/crossings/kaplanbek-navoi");
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { crossing: { location: unknown } }).crossing.location).toBeNull();
    expect((await page.goto("/crossings/kaplanbek-navoi"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Kaplanbek – Navoi");
    await expect(page.getByTestId("side-0-location")).toContainText("Location not yet sourced");
    await expect(page.getByTestId("side-1-location")).toContainText("Location not yet sourced");
    await page.goto("/map");
    await expect(page.locator('svg.crossings-map a[href="/crossings/kaplanbek-navoi"]')).toHaveCount(0);
    await expect(page.getByTestId("map-list-row").filter({ hasText: "Kaplanbek – Navoi" }).getByTestId("map-list-unplaced")).toHaveCount(1);
  });

  test("shows an SVG map with every located crossing, alone or in a group, a legend and the list of all", async ({ page, request }) => {
    const all = await crossingSlugs(request);
    const slugs = await crossingSlugs(request, "located");
    const response = await page.goto("/map");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Map of crossings" })).toBeVisible();

    const map = page.locator("svg.crossings-map");
    await expect(map).toBeVisible();
    await expect(map).toHaveAttribute("viewBox", /^0 0 1000 \d+$/);
    await expect(page.getByRole("img", { name: /Outline map of Central Asia/ })).toBeVisible();

    // Each located crossing once: its own link, or counted in a group that zooms in on it.
    const alone = await map.locator("a.map-marker:not(.map-group)").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    const grouped = await map.locator("a.map-group").evaluateAll((links) => links.map((link) => Number(link.getAttribute("data-count"))));
    expect(alone.length + grouped.reduce((sum, count) => sum + count, 0)).toBe(slugs.length);
    for (const href of alone) expect(slugs.map((slug) => `/crossings/${slug}`)).toContain(href);
    const irkeshtam = map.getByRole("link", {
      name: /^(Irkeshtam: (Open|Closed|Restricted|Unknown)|\d+ crossings close together: (.+, )?Irkeshtam \((Open|Closed|Restricted|Unknown)\).*)$/,
    });
    await expect(irkeshtam).toHaveCount(1);

    const legend = page.getByRole("region", { name: "Legend" });
    await expect(legend).toBeVisible();
    for (const label of ["Open", "Closed", "Restricted", "Unknown"]) await expect(legend).toContainText(label);

    await expect(page.getByTestId("map-list-row")).toHaveCount(all.length);
    await expect(page.getByTestId("map-list-unplaced")).toHaveCount(all.length - slugs.length);
    await page.getByTestId("map-list-row").getByRole("link", { name: "Irkeshtam", exact: true }).click();
    await expect(page).toHaveURL(/\/crossings\/irkeshtam$/);
  });

  test("the map page stays light, whole and zoomed: under 60 KB gzipped", async ({ request }) => {
    for (const path of ["/map", "/map?zoom=4&lat=41.8&lon=73.47", "/map?zoom=16&lat=40.73&lon=72.64"]) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const html = await response.body();
      console.log(`${path}: HTML ${(gzipSync(html).length / 1024).toFixed(1)} KB gzipped (${(html.length / 1024).toFixed(1)} KB raw)`);
      expect(gzipSync(html).length, path).toBeLessThan(60_000);
    }
  });
});

test("the data page names the licence and links to the exports", async ({ page }) => {
  await page.goto("/data");
  await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
  const licence = page.getByRole("region", { name: "Licence" });
  await expect(licence).toContainText("CC BY 4.0");
  await expect(licence.getByRole("link", { name: /Creative Commons Attribution 4\.0/ })).toHaveAttribute("href", "https://creativecommons.org/licenses/by/4.0/");
  await expect(page.getByRole("link", { name: "Crossings as GeoJSON" })).toHaveAttribute("href", "/api/v1/exports/crossings.geojson");
  await expect(page.getByRole("link", { name: "Traveller reports as CSV" })).toHaveAttribute("href", "/api/v1/exports/reports.csv");
  await expect(page.getByRole("link", { name: "The JSON API" })).toHaveAttribute("href", "/api/v1/crossings");
});
