import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { adminContext } from "./support/roles";

test("past waits show as a chart by hour of the week, with the best time to cross in words", async ({ page, browser }) => {
  const slug = "maykapchagay-zimunai";
  await signIn(page, uniqueEmail("historian"), "/account");
  // A brand-new account's waits enter the history only once a moderator verifies them (throwaway
  // accounts must not set the typical wait: docs/trust.md); this one's are verified below.
  const admin = await adminContext(browser);
  // Three trips a week ago, in the same hour: enough for that hour's typical wait.
  // …all inside one clock hour (hours are whole in every zone involved).
  const weekAgo = Math.floor((Date.now() - 7 * 86400_000) / 3600_000) * 3600_000 + 5 * 60_000;
  for (const [offset, wait] of [
    [0, 20],
    [5, 30],
    [10, 25],
  ] as const) {
    const response = await page.request.post(`/api/v1/crossings/${slug}/reports`, {
      data: {
        direction: "a-b",
        observedAt: new Date(weekAgo + offset * 60_000).toISOString(),
        seen: "open",
        mode: "truck",
        waitMinutes: wait,
        idempotencyKey: crypto.randomUUID(),
      },
    });
    expect(response.status()).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const verified = await admin.request.post(`/api/moderation/reports/${id}/verify`, { data: { reason: "Matches the carrier's log" } });
    expect(verified.status()).toBe(200);
  }
  await page.goto(`/crossings/${slug}#waits`);
  const chart = page.getByTestId("wait-chart").first();
  await expect(chart).toBeVisible();
  // One hour of three reports is not enough to name a best time: the chart says how much there is.
  await expect(chart.getByTestId("best-time")).toContainText("Not enough reports yet to name the best time to cross");
  await expect(chart.getByTestId("best-time")).toContainText("so far 0 hours have, of 3 reports in all");
  // One hour with reports: one shade, drawing one cell.
  await expect(chart.locator("svg path")).toHaveCount(1);
  expect((await chart.locator("svg path").getAttribute("d"))?.match(/M/g)).toHaveLength(1);
});
