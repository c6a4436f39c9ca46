import { readFileSync, existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { signedIn } from "./support/roles";
import { SERVER_LOG } from "./support/constants";

/** Alert emails go by the sign-in mail path: with no SMTP, one log line each. */
function alertLines(email: string): string[] {
  if (!existsSync(SERVER_LOG)) return [];
  return readFileSync(SERVER_LOG, "utf8").split("\n").filter((line) => line.startsWith(`Email to ${email}: `));
}

test("a subscriber is emailed once when a report changes the crossing's state, and can stop it in one click", async ({ browser, page }) => {
  const slug = "nikolaevka";
  const subscriber = uniqueEmail("subscriber");
  await signIn(page, subscriber, `/crossings/${slug}#alerts`);
  await page.getByRole("button", { name: "Set alert" }).click();
  await expect(page.getByRole("status")).toContainText("Alert set");

  const reporter = await signedIn(browser, uniqueEmail("reporter"));
  const post = (seen: string) =>
    reporter.request.post(`/api/v1/crossings/${slug}/reports`, {
      data: { direction: "a-b", observedAt: new Date().toISOString(), seen, mode: "car", idempotencyKey: crypto.randomUUID() },
    });
  expect((await post("closed")).status()).toBe(201);
  await expect.poll(() => alertLines(subscriber), { timeout: 10_000 }).toHaveLength(1);
  expect(alertLines(subscriber)[0]).toContain("now closed");

  // The same state again: no second email.
  expect((await post("closed")).status()).toBe(201);
  await page.waitForTimeout(1500);
  expect(alertLines(subscriber)).toHaveLength(1);

  // The email's unsubscribe link: a page with one button, then no more alerts.
  const unsubscribe = /(\S+\/alerts\/unsubscribe\?token=\S+)/.exec(alertLines(subscriber)[0]!)![1]!;
  await page.goto(unsubscribe);
  await page.getByRole("button", { name: "Stop this alert" }).click();
  await expect(page.getByRole("heading", { name: "Alerts stopped" })).toBeVisible();
  await page.goto("/account");
  await expect(page.getByRole("link", { name: /Nikolaevka/ })).toHaveCount(0);
  await reporter.close();
});
