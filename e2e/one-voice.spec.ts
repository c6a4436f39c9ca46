/**
 * One voice per page (issue 19), in the browser: at a planned arrival, the planner's headline,
 * its two side lines and each side's seven-day table say the same thing. (Every seeded crossing
 * at many instants: lib/status/one-voice.test.ts; this checks the page really draws them so.)
 */
import { expect, test, type Page } from "@playwright/test";

// Lunch breaks in two zones (Irkeshtam), notices and unknown hours (Khorgos), round the clock
// (Korday), a season (Kulma), weekdays only with a disputed who (Torugart).
const crossings = ["irkeshtam", "khorgos", "korday-ak-zhol", "kulma-karasu", "torugart"];
const states = { open: "Open", closed: "Closed", restricted: "Restricted", unknown: "Unknown" } as const;

/** The date and time a reader types into the planner, `days` ahead at `time` on the post's clock. */
function plannerDate(days: number, zone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + days * 86400_000));
}

/** What side `index`'s week table says at the instant: the stretch holding it, else closed. */
async function tableCell(page: Page, index: number, instant: number): Promise<string> {
  const intervals = await page
    .getByTestId(`side-${index}`)
    .locator("[data-interval]")
    .evaluateAll((nodes) =>
      nodes.map((node) => ({ kind: node.getAttribute("data-interval")!, from: Date.parse(node.getAttribute("data-from")!), to: Date.parse(node.getAttribute("data-to")!) })),
    );
  const kind = intervals.find((interval) => interval.from <= instant && instant < interval.to)?.kind ?? "closed";
  // Open only to the modes notices let through: the line's "closed …, except by truck (by notice)".
  return kind === "only" ? "closed" : kind;
}

for (const slug of crossings) {
  test(`${slug}: the planner's headline, side lines and week tables agree`, async ({ page }) => {
    await page.goto(`/crossings/${slug}`);
    const zone = await page.locator("#planner").getAttribute("data-zone");
    expect(zone).toBeTruthy();
    for (const [days, time] of [
      [2, "12:30"],
      [3, "03:00"],
      [4, "17:59"],
    ] as const) {
      await page.goto(`/crossings/${slug}?date=${plannerDate(days, zone!)}&time=${time}#planner`);
      const planned = page.getByRole("region", { name: "Plan your arrival" }).getByTestId("status");
      const state = (await planned.getAttribute("data-state")) as keyof typeof states;
      const instant = Date.parse((await planned.getAttribute("data-at"))!);
      const where = `${slug} at ${new Date(instant).toISOString()}: ${state}`;
      const headline = (await planned.locator(".status-line strong").textContent())!;
      // The headline names the state (or, when unknown, that the hours are).
      expect(headline.startsWith(states[state]) || (state === "unknown" && headline.startsWith("Hours unknown")), `${where}, "${headline}"`).toBe(true);

      const sides = await planned.locator("[data-side-state]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-side-state")!));
      expect(sides, where).toHaveLength(2);
      for (const [index, side] of sides.entries()) {
        // "by schedule", or, while notices decide, "(hours, holidays, season and notices)".
        await expect(planned.locator("[data-side-state]").nth(index), where).toContainText(new RegExp(`: ${side} (by schedule|\\(hours)`));
        expect(await tableCell(page, index, instant), `${where}, side ${index}'s table`).toBe(side);
      }
      if (state === "closed") expect(sides, where).toContain("closed");
      if (state === "open") expect(sides, where).toEqual(["open", "open"]);
      if (sides.includes("closed")) expect(state, where).toBe("closed");
    }
  });
}
