import { expect, test, type APIResponse } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ATOM = "http://www.w3.org/2005/Atom";

interface AtomLink {
  "@rel"?: string;
  "@type"?: string;
  "@href": string;
}
interface AtomEntry {
  id: string;
  title: string | { "#text": string };
  updated: string;
  link: AtomLink[];
}
interface AtomFeed {
  "@xmlns": string;
  id: string;
  title: string | { "#text": string };
  updated: string;
  link: AtomLink[];
  author: { name: string }[];
  entry?: AtomEntry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => ["entry", "link", "author", "category"].includes(name),
});

const text = (value: string | { "#text": string }) => (typeof value === "string" ? value : value["#text"]);
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The response is an Atom 1.0 feed with the elements RFC 4287 requires; returns it parsed. */
async function expectAtomFeed(response: APIResponse, selfPath: string): Promise<AtomFeed> {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(response.headers()["cache-control"]).toBe("public, max-age=60");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const document = parser.parse(xml) as Record<string, unknown>;
  expect(Object.keys(document).filter((key) => key !== "?xml")).toEqual(["feed"]);
  const feed = document.feed as AtomFeed;
  expect(feed["@xmlns"]).toBe(ATOM);
  expect(feed.id).toMatch(/^tag:crossings,2026:feed\//);
  expect(text(feed.title).length).toBeGreaterThan(0);
  expect(feed.updated).toMatch(rfc3339);
  expect(feed.author.map((author) => author.name)).toEqual(["Crossings contributors"]);
  const self = feed.link.find((link) => link["@rel"] === "self");
  expect(self?.["@href"]).toMatch(new RegExp(`^https?://[^/]+${selfPath.replace(/\./g, "\\.")}$`));
  const alternate = feed.link.find((link) => link["@rel"] === "alternate");
  expect(alternate?.["@type"]).toBe("text/html");
  for (const entry of feed.entry ?? []) {
    expect(entry.id).toMatch(/^tag:crossings,2026:(report|notice|state)\//);
    expect(text(entry.title).length).toBeGreaterThan(0);
    expect(entry.updated).toMatch(rfc3339);
    expect(entry.link[0]?.["@href"]).toMatch(/^https?:\/\/[^/]+\/crossings\//);
  }
  const times = (feed.entry ?? []).map((entry) => Date.parse(entry.updated));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  return feed;
}

test.describe("Atom feeds", () => {
  test("a crossing's feed is Atom 1.0 with id, title, updated and links", async ({ request }) => {
    const response = await request.get("/feeds/crossings/korday-ak-zhol.atom");
    const feed = await expectAtomFeed(response, "/feeds/crossings/korday-ak-zhol.atom");
    expect(feed.id).toBe("tag:crossings,2026:feed/crossing/korday-ak-zhol");
    expect(feed.link.find((link) => link["@rel"] === "alternate")?.["@href"]).toMatch(/\/crossings\/korday-ak-zhol$/);
    expect(feed.entry?.length ?? 0).toBeLessThanOrEqual(50);
  });

  test("a country's feed is Atom 1.0, its entries named by crossing", async ({ request }) => {
    const response = await request.get("/feeds/countries/kg.atom");
    const feed = await expectAtomFeed(response, "/feeds/countries/kg.atom");
    expect(feed.id).toBe("tag:crossings,2026:feed/country/kg");
    expect(text(feed.title)).toContain("Kyrgyzstan");
    expect(feed.entry?.length ?? 0).toBeLessThanOrEqual(100);
    for (const entry of feed.entry ?? []) expect(text(entry.title)).toMatch(/^[^:]+: /);
  });

  test("unknown crossings, countries (not ISO, or with no crossing) and file names are 404", async ({ request }) => {
    for (const path of [
      "/feeds/crossings/atlantis.atom",
      "/feeds/crossings/korday-ak-zhol",
      "/feeds/crossings/korday-ak-zhol.rss",
      "/feeds/crossings/Korday-Ak-Zhol.atom",
      "/feeds/countries/us.atom",
      "/feeds/countries/fr.atom",
      "/feeds/countries/xk.atom",
      "/feeds/countries/zz.atom",
      "/feeds/countries/KG.atom",
      "/feeds/countries/kg",
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
  });

  test("the feeds page lists the country feeds", async ({ page }) => {
    await page.goto("/feeds");
    await expect(page.getByRole("heading", { level: 1, name: "Feeds" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Kyrgyzstan", exact: true })).toHaveAttribute("href", "/feeds/countries/kg.atom");
    // Only the countries the crossings have, not every ISO code.
    await expect(page.locator('a[href="/feeds/countries/us.atom"]')).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute("href", /\/feeds\/countries\/[a-z]{2}\.atom$/);
  });
});
