import { readFileSync, existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { adminContext, signedIn } from "./support/roles";
import { SERVER_LOG } from "./support/constants";

/** Alert emails go by the sign-in mail path: with no SMTP, one log line each. */
function alertLines(email: string): string[] {
  if (!existsSync(SERVER_LOG)) return [];
  return readFileSync(SERVER_LOG, "utf8")
    .split("\n")
    .filter((line) => line.startsWith(`Email to ${email}: `));
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

test("when a moderator hides the report that closed a crossing, its subscribers hear that the state went back", async ({ browser, page }) => {
  // Orsk’s hours are unpublished on both sides: without reports its state is never "closed".
  const slug = "orsk";
  const stateNow = async () => ((await (await page.request.get(`/api/v1/crossings/${slug}/status`)).json()) as { state: string }).state;
  const before = await stateNow();
  expect(before).not.toBe("closed");

  const subscriber = uniqueEmail("subscriber");
  await signIn(page, subscriber, `/crossings/${slug}#alerts`);
  await page.getByRole("button", { name: "Set alert" }).click();
  await expect(page.getByRole("status")).toContainText("Alert set");

  const reporter = await signedIn(browser, uniqueEmail("reporter"));
  const posted = await reporter.request.post(`/api/v1/crossings/${slug}/reports`, {
    data: { direction: "b-a", observedAt: new Date().toISOString(), seen: "closed", mode: "car", idempotencyKey: crypto.randomUUID() },
  });
  expect(posted.status()).toBe(201);
  const reportId = ((await posted.json()) as { id: string }).id;
  await expect.poll(() => alertLines(subscriber), { timeout: 10_000 }).toHaveLength(1);
  expect(alertLines(subscriber)[0]).toContain("now closed");

  const admin = await adminContext(browser);
  const hidden = await admin.request.post(`/api/moderation/reports/${reportId}/hide`, { data: { reason: "Posted for the wrong crossing" } });
  expect(hidden.status()).toBe(200);
  await expect.poll(() => alertLines(subscriber), { timeout: 10_000 }).toHaveLength(2);
  expect(alertLines(subscriber)[1]).toContain(`now ${before}`);
  expect(await stateNow()).toBe(before);
  await Promise.all([reporter.close(), admin.close()]);
});
