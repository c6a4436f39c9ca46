#!/usr/bin/env node
/** Screenshots for the README, from a running server: `npm start`, then
 * `node scripts/screenshots.mjs [base-url]`. Uses Debian's Chromium like the e2e tests. */
import { chromium, devices } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const shots = [
  ["/", "docs/screenshots/list.png", devices["Pixel 7"]],
  ["/crossings/karkyra-kegen", "docs/screenshots/crossing.png", devices["Pixel 7"]],
  ["/crossings/irkeshtam?date=2027-07-14&time=12:00#planner", "docs/screenshots/planner.png", devices["Pixel 7"]],
  ["/crossings/irkeshtam", "docs/screenshots/crossing-desktop.png", { viewport: { width: 1280, height: 900 } }],
  ["/crossings/irkeshtam", "docs/screenshots/crossing-ru.png", devices["Pixel 7"], "ru-RU"],
  ["/map", "docs/screenshots/map.png", devices["Pixel 7"]],
];
for (const [path, file, device, locale = "en-GB"] of shots) {
  const context = await browser.newContext({ ...device, locale, timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  await page.goto(base + path, { waitUntil: "networkidle" });
  await page.screenshot({ path: file });
  await context.close();
  console.log(`${file}`);
}
await browser.close();
