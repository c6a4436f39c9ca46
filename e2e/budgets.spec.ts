/**
 * Page budgets for readers on 3G: a crossing page's HTML ≤ 30 KB gzipped, and the page's own
 * client JavaScript — beyond what the framework ships for a page with no components of ours
 * (the 404 page, which has only the layout) — ≤ 30 KB gzipped. Sizes are printed.
 */
import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";

const KB = 1024;
const pages = ["/crossings/karkyra-kegen", "/crossings/irkeshtam", "/"];

async function scriptsOf(page: Page, path: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    const body = await response.body().catch(() => null);
    if (body) sizes.set(new URL(response.url()).pathname, gzipSync(body).length);
  });
  await page.goto(path, { waitUntil: "networkidle" });
  return sizes;
}

for (const path of pages) {
  test(`${path}: HTML ≤ 30 KB and its own JavaScript ≤ 30 KB, gzipped`, async ({ page, request, browser }) => {
    const html = await (await request.get(path)).body();
    const htmlGzip = gzipSync(html).length;

    const emptyContext = await browser.newContext();
    const framework = await scriptsOf(await emptyContext.newPage(), "/no-such-page-for-the-budget");
    await emptyContext.close();
    const scripts = await scriptsOf(page, path);
    const own = [...scripts].filter(([url]) => !framework.has(url));
    const ownGzip = own.reduce((sum, [, size]) => sum + size, 0);
    const frameworkGzip = [...framework.values()].reduce((sum, size) => sum + size, 0);

    console.log(
      `${path}: HTML ${(htmlGzip / KB).toFixed(1)} KB gzipped (${(html.length / KB).toFixed(1)} KB raw); ` +
        `framework JS ${(frameworkGzip / KB).toFixed(1)} KB; this page's own JS ${(ownGzip / KB).toFixed(1)} KB in ${own.length} files`,
    );
    expect(framework.size, "the empty page loads the framework's scripts").toBeGreaterThan(0);
    expect(htmlGzip).toBeLessThanOrEqual(30 * KB);
    expect(ownGzip).toBeLessThanOrEqual(30 * KB);
  });
}
