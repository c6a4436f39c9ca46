/**
 * Lighthouse (the npm package) with the system Chromium and its default mobile settings
 * (a mid-range phone on a throttled 4G-like network, simulated): performance and
 * accessibility scores, 0–100.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
}

export async function lighthouseScores(baseUrl: string, paths: string[]): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const results: LighthouseScores[] = [];
    for (const path of paths) {
      const result = await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      const { categories, audits } = result.lhr;
      results.push({
        path,
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        largestContentfulPaintMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
        totalBlockingTimeMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
