import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";

test("a personal API token posts a report with the form's rules; a revoked token is refused", async ({ page, playwright, baseURL }) => {
  await signIn(page, uniqueEmail("bot-owner"), "/account");
  await page.getByLabel("New token's name").fill("Telegram bot");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^cr_/);

  // A client with no browser session at all: only the token.
  const bot = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const note = `Posted by a bot ${Date.now()}`;
  const body = { direction: "b-a", observedAt: new Date().toISOString(), seen: "open", mode: "truck", waitMinutes: 120, notes: note, idempotencyKey: crypto.randomUUID() };
  const created = await bot.post("/api/v1/crossings/tazhen-daut-ata/reports", { data: body });
  expect(created.status()).toBe(201);
  expect(await bot.post("/api/v1/crossings/tazhen-daut-ata/reports", { data: body }).then((r) => r.status())).toBe(200);
  const invalid = await bot.post("/api/v1/crossings/tazhen-daut-ata/reports", { data: { ...body, waitMinutes: -1, idempotencyKey: crypto.randomUUID() } });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error.fields.waitMinutes).toBe("The wait cannot be negative.");
  const { reports } = await (await bot.get("/api/v1/crossings/tazhen-daut-ata/reports?limit=100")).json();
  expect(reports.filter((report: { notes: string }) => report.notes === note)).toHaveLength(1);

  await page.goto("/account");
  await page.getByTestId("token").filter({ hasText: "Telegram bot" }).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("status")).toContainText("revoked");
  const refused = await bot.post("/api/v1/crossings/tazhen-daut-ata/reports", { data: { ...body, idempotencyKey: crypto.randomUUID() } });
  expect(refused.status()).toBe(401);
  const forged = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: "Bearer cr_forgedforgedforgedforgedforged" } });
  expect((await forged.post("/api/v1/crossings/tazhen-daut-ata/reports", { data: body })).status()).toBe(401);
  await bot.dispose();
  await forged.dispose();
});
