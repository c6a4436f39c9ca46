/**
 * English and Russian: the language comes from Accept-Language until the reader picks one
 * with the switcher, which is remembered (and works without JavaScript).
 */
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";

test.describe("a reader whose browser asks for Russian", () => {
  test.use({ locale: "ru-RU" });

  test("sees the list and a crossing page in Russian, with Russian names and reasons", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1, name: "Пункты пропуска" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Каркыра – Кеген" })).toBeVisible();
    await expect(page.getByText(/^\d+ пункт(а|ов)? пропуска$/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Войти" })).toBeVisible();

    await page.getByRole("link", { name: "Иркештам" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Иркештам");
    await expect(page.getByRole("heading", { name: "Сейчас" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Планирование прибытия" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Кто может пересечь границу и что нужно" })).toBeVisible();
    // The engine's reasons, put into Russian words.
    const reasons = page.getByTestId("status").first().locator(".reasons li");
    await expect(reasons.first()).toContainText(/[а-яё]{4}/i);
    // Zones by their Russian city names: the time now at the crossing, and each post's own zone.
    await expect(page.getByTestId("status").first()).toContainText("Бишкек (UTC+6)");
    await expect(page.locator("main")).toContainText("Шанхай (UTC+8)");
    await expect(page.locator("main")).not.toContainText("Bishkek (UTC");
    await expect(page).toHaveTitle(/Иркештам/);
  });

  test("the planner's errors and dates are in Russian", async ({ page }) => {
    await page.goto("/crossings/torugart?date=2026-02-30&time=25:00#planner");
    await expect(page.getByText("Такой даты не существует.")).toBeVisible();
    await expect(page.getByText("Укажите время в 24-часовом формате, например 09:30.")).toBeVisible();
  });

  test("the switcher changes to English and the choice is remembered", async ({ page }) => {
    await page.goto("/crossings/irkeshtam");
    await page.getByTestId("language-en").click();
    await expect(page).toHaveURL(/\/crossings\/irkeshtam$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Now", exact: true })).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Border crossings" })).toBeVisible();
    await page.getByTestId("language-ru").click();
    await expect(page.getByRole("heading", { level: 1, name: "Пункты пропуска" })).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the switcher still works", async ({ page }) => {
      await page.goto("/?q=kegen");
      await expect(page.getByRole("heading", { level: 1, name: "Пункты пропуска" })).toBeVisible();
      await page.getByTestId("language-en").click();
      await expect(page).toHaveURL(/\/\?q=kegen$/);
      await expect(page.getByRole("heading", { level: 1, name: "Border crossings" })).toBeVisible();
    });
  });
});

test("a browser asking for English (or anything else) gets English", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Border crossings" })).toBeVisible();
  await context.close();
});

test.describe("outcome codes in the address are looked up as the catalog's own keys", () => {
  test.use({ locale: "en-GB" });

  for (const code of ["__proto__", "toString"]) {
    test(`?alert=${code} gets the generic alert message, not an error page`, async ({ page }) => {
      const response = await page.goto(`/crossings/irkeshtam?alert=${code}&flag=${code}&feedback=${code}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByText("Choose what the alert is for.")).toBeVisible();
      await expect(page.getByText("That report is no longer shown.")).toBeVisible();
    });
  }
});

test("the report form explains its errors in Russian beside the fields", async ({ page, context, baseURL }) => {
  await signIn(page, uniqueEmail("russian"), "/");
  await context.addCookies([{ name: "lang", value: "ru", url: baseURL! }]);
  await page.goto("/crossings/torugart#report");
  const form = page.getByRole("region", { name: "Сообщите, что вы застали" });
  await form.getByLabel("Сколько вы ждали, в минутах? (необязательно)").fill("-5");
  await form.getByRole("button", { name: "Отправить сообщение" }).click();
  await expect(form.getByText("Выберите, в какую сторону вы пересекали границу.")).toBeVisible();
  await expect(form.getByText("Ожидание не может быть отрицательным.")).toBeVisible();
  await expect(form.getByLabel("В какую сторону вы пересекали границу?")).toHaveAttribute("aria-invalid", "true");
});

test("the status API answers in Russian when asked", async ({ request }) => {
  const response = await request.get("/api/v1/crossings/irkeshtam/status?lang=ru");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.headline).toMatch(/[а-яё]/i);
  expect(body.reasons[0].text).toMatch(/[а-яё]/i);
  expect(typeof body.reasons[0].code).toBe("string");
  const bad = await request.get("/api/v1/crossings/irkeshtam/status?lang=fr");
  expect(bad.status()).toBe(400);
});
