/**
 * Offline (public/sw.js, app/_components/offline-support.tsx, lib/reports/offline-queue.ts):
 * pages a reader opened stay readable without a connection, labelled with when they were
 * saved; a page never opened says so plainly; a signed-in reader's pages are never stored;
 * a report written offline, or sent on a connection that carries nothing ("lie-fi"), is kept
 * on the device and sent once when the connection works.
 */
import { expect, test, type Locator, type Page, type Route } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";

const PAGES = "crossings-pages-v1";

/** Crossings no other spec reports on, one per project (the projects run in parallel). */
const reportHere: Record<string, string> = { mobile: "gornyak", desktop: "karasuk" };
const refusedHere: Record<string, string> = { mobile: "mariinsky", desktop: "veseloyarsk" };
const lieFiHere: Record<string, string> = { mobile: "zhibek-zholy-gisht-kuprik", desktop: "kalzhat-dulata" };

/** Saving waits for the page to render on the server: allow a cold server its time. */
const SAVED = { timeout: 20_000 };

async function savedCopyOf(page: Page, path: string): Promise<string | null> {
  return page.evaluate(async ({ cache, path }) => (await (await caches.open(cache)).match(path))?.headers.get("x-saved-at") ?? null, { cache: PAGES, path });
}

/** Waits until the service worker controls the page (it claims open pages when it starts). */
async function controlled(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function fillReport(
  form: Locator,
  report: { direction: "a-b" | "b-a"; seen: "Open" | "Closed"; mode: string; wait?: string; observedAt?: string; notes: string },
): Promise<void> {
  await form.getByLabel("Which way did you cross?").selectOption(report.direction);
  await form.getByLabel(report.seen, { exact: true }).check();
  await form.getByLabel("How did you travel?").selectOption(report.mode);
  if (report.observedAt !== undefined) await form.getByLabel(/When were you there/).fill(report.observedAt);
  if (report.wait !== undefined) await form.getByLabel(/How long did you wait/).fill(report.wait);
  await form.getByLabel("Notes (optional)").fill(report.notes);
}

/** An hour before the form's "now" (crossing-local `YYYY-MM-DDTHH:MM`). Reports a test does not
 * look for on the timeline go there, so those it does look for (at "now") stay among the
 * timeline's ten newest however often the spec is repeated within a minute. */
async function hourEarlier(form: Locator): Promise<string> {
  const now = await form.getByLabel(/When were you there/).inputValue();
  return new Date(Date.parse(`${now}Z`) - 3600_000).toISOString().slice(0, 16);
}

async function pendingOnDevice(page: Page): Promise<number> {
  return page.evaluate(() => JSON.parse(localStorage.getItem("crossings.pendingReports") ?? "[]").length);
}

async function reportsWithNote(page: Page, slug: string, note: string) {
  const response = await page.request.get(`/api/v1/crossings/${slug}/reports?limit=100`);
  const { reports } = (await response.json()) as { reports: { notes: string | null }[] };
  return reports.filter((report) => report.notes === note);
}

test.describe("a reader in Bishkek", () => {
  test.use({ timezoneId: "Asia/Bishkek" });

  test("reads a crossing page and the list offline, with the time they were saved", async ({ page, context }) => {
    await page.goto("/");
    await expect.poll(() => savedCopyOf(page, "/"), SAVED).not.toBeNull();
    await page.goto("/crossings/isilkul");
    await expect.poll(() => savedCopyOf(page, "/crossings/isilkul"), SAVED).not.toBeNull();
    const savedAt = (await savedCopyOf(page, "/crossings/isilkul"))!;

    await context.setOffline(true);
    await page.reload();
    const banner = page.getByTestId("offline-banner");
    const expected = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Bishkek", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
      new Date(savedAt),
    );
    await expect(banner).toHaveText(`Offline: saved copy from ${expected} — the state may have changed.`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Isilkul");
    // Styled as online: the stylesheet was kept with the page.
    await expect(banner).toHaveCSS("background-color", "rgb(251, 240, 196)");

    await page.goto("/");
    await expect(page.getByTestId("offline-banner")).toContainText("Offline: saved copy from");
    await expect(page.getByRole("link", { name: "Isilkul" })).toBeVisible();
    await context.setOffline(false);
    await page.reload();
    await expect(page.getByTestId("offline-banner")).toHaveCount(0);
  });

  test.describe("in Russian", () => {
    test.use({ locale: "ru-RU" });

    test("the saved copy is labelled in Russian", async ({ page, context }) => {
      await page.goto("/crossings/karaozek");
      await expect.poll(() => savedCopyOf(page, "/crossings/karaozek"), SAVED).not.toBeNull();
      await context.setOffline(true);
      await page.reload();
      await expect(page.locator("html")).toHaveAttribute("lang", "ru");
      await expect(page.getByTestId("offline-banner")).toContainText(/^Нет сети: сохранённая копия от \d{1,2} \S+ \d{2}:\d{2} — состояние могло измениться\.$/);
    });
  });
});

test("a page never opened says it is offline and not saved, instead of a browser error", async ({ page, context }) => {
  await page.goto("/crossings/komsomolsky");
  await controlled(page);
  await expect.poll(() => savedCopyOf(page, "/crossings/komsomolsky"), SAVED).not.toBeNull();
  await context.setOffline(true);
  for (const path of ["/crossings/pavlovka", "/map", "/account"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Offline" })).toBeVisible();
    await expect(page.getByTestId("offline-message")).toHaveText("You are offline, and this page was not saved on this device.");
    // It points to what can be read.
    await expect(page.getByRole("link", { name: /Komsomolsky/ })).toBeVisible();
  }
});

test("a signed-in traveller's pages are never saved", async ({ page, context }) => {
  await signIn(page, uniqueEmail("private"), "/");
  await controlled(page);
  await page.goto("/crossings/ozinki");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Report what you found" }).getByRole("button", { name: "Send report" })).toBeVisible();
  expect(await savedCopyOf(page, "/crossings/ozinki")).toBeNull();
  expect(await savedCopyOf(page, "/")).toBeNull();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId("offline-message")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
});

test("a report written offline is kept, then sent once when the connection returns", async ({ page, context }, testInfo) => {
  const slug = reportHere[testInfo.project.name]!;
  await signIn(page, uniqueEmail("offline"), `/crossings/${slug}#report`);
  // The pages visited offline below come from the service worker: wait until it is in charge.
  await controlled(page);
  let posts = 0;
  let sent: { body: string | null; headers: Record<string, string> } | null = null;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith(`/api/v1/crossings/${slug}/reports`)) {
      posts++;
      sent = { body: request.postData(), headers: request.headers() };
    }
  });

  await context.setOffline(true);
  const note = `Written offline ${Date.now()}`;
  const form = page.getByRole("region", { name: "Report what you found" });
  await fillReport(form, { direction: "a-b", seen: "Open", mode: "car", wait: "35", notes: note });
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(form.getByTestId("offline-report-note")).toHaveText("You are offline: this report is saved on this phone and will be sent when you are online.");
  expect(await reportsWithNote(page, slug, note)).toHaveLength(0);
  expect(await pendingOnDevice(page)).toBe(1);

  await context.setOffline(false);
  await expect(page.getByTestId("offline-reports")).toContainText(/Your report on .+, saved on this phone .+, was sent\./, { timeout: 15_000 });
  // The form no longer says "saved on this phone": it says the report arrived.
  await expect(form.getByTestId("offline-report-note")).toHaveText("Sent: the report saved on this phone has arrived.");
  // The page is brought up to date: the report is on its timeline, with the wait given.
  await expect(page.getByTestId("report").filter({ hasText: note })).toContainText("35 min");
  expect(await reportsWithNote(page, slug, note)).toHaveLength(1);
  expect(posts).toBe(1);

  // A reload sends nothing again, and says nothing again; a resend of the same request (a lost
  // answer retried) is answered as already there.
  await page.reload();
  await expect(page.getByTestId("report").filter({ hasText: note })).toBeVisible();
  await expect(page.getByTestId("offline-reports")).toBeEmpty();
  expect(posts).toBe(1);
  const resend = await page.request.post(`/api/v1/crossings/${slug}/reports`, { headers: { "content-type": "application/json" }, data: sent!.body! });
  expect(resend.status()).toBe(200);
  expect(await resend.json()).toMatchObject({ created: false });
  expect(await reportsWithNote(page, slug, note)).toHaveLength(1);

  // Online again, the form posts as before: two reports in a row from the page are two reports.
  // Each is written to the device before it is sent and removed once the server has answered.
  for (const next of [`${note} online 1`, `${note} online 2`]) {
    await fillReport(form, { direction: "b-a", seen: "Closed", mode: "bus", observedAt: await hourEarlier(form), notes: next });
    await form.getByRole("button", { name: "Send report" }).click();
    await expect.poll(() => reportsWithNote(page, slug, next)).toHaveLength(1);
    await expect(page.getByRole("status").filter({ hasText: "Thank you" })).toBeVisible();
    await expect.poll(() => pendingOnDevice(page)).toBe(0);
  }
  // A form sent back with its errors was answered too: nothing is left to send later.
  await fillReport(form, { direction: "b-a", seen: "Closed", mode: "bus", wait: "5000", notes: `${note} too long a wait` });
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(form.getByText("The wait can be at most 72 hours (4,320 minutes).")).toBeVisible();
  expect(await pendingOnDevice(page)).toBe(0);
  await page.reload();
  await expect(page.getByTestId("offline-reports")).toBeEmpty();
  expect(posts).toBe(1);
});

test("a report refused by the server is reported on the next visit, with the API's error", async ({ page, context }, testInfo) => {
  const slug = refusedHere[testInfo.project.name]!;
  await signIn(page, uniqueEmail("refused"), `/crossings/${slug}#report`);
  // The pages visited offline below come from the service worker: wait until it is in charge.
  await controlled(page);
  await context.setOffline(true);
  const note = `Too old ${Date.now()}`;
  const form = page.getByRole("region", { name: "Report what you found" });
  const twoYearsAgo = new Date(Date.now() - 2 * 365 * 86400_000).toISOString().slice(0, 16);
  await fillReport(form, { direction: "b-a", seen: "Closed", mode: "pedestrian", observedAt: twoYearsAgo, notes: note });
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(form.getByTestId("offline-report-note")).toContainText("saved on this phone");

  // Leave while still offline (no app script runs on the offline page), then come back online.
  await page.goto("/data");
  await expect(page.getByTestId("offline-message")).toBeVisible();
  await context.setOffline(false);
  // Settling a report refreshes the page (router.refresh): the message must outlive that.
  const refreshed = page.waitForResponse((response) => new URL(response.url()).pathname === `/crossings/${slug}` && response.url().includes("_rsc="), { timeout: 15_000 });
  await page.goto(`/crossings/${slug}`);
  // Sent on load: allow the server its time to answer (not a speed check).
  const refused = /was refused: observedAt: Reports can go back at most one year\./;
  await expect(page.getByTestId("offline-reports")).toContainText(refused, { timeout: 15_000 });
  await refreshed;
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("offline-reports")).toContainText(refused);
  expect(await reportsWithNote(page, slug, note)).toHaveLength(0);
  await page.reload();
  await expect(page.getByTestId("offline-reports")).toBeEmpty();
});

test.describe('on a connection that carries nothing ("lie-fi": the browser says it is online)', () => {
  /** Every request from the page fails as on a dead link (the server never hears of it). */
  const dead = (route: Route) => route.abort("internetdisconnected");
  // The sender's next try comes up to 15 s after the connection works again: room for that
  // on a loaded machine (a generous wait, not a speed check).
  test.describe.configure({ timeout: 90_000 });

  test("a report is kept on the phone, said so beside the form, and sent once when the connection works", async ({ page }, testInfo) => {
    const slug = lieFiHere[testInfo.project.name]!;
    await signIn(page, uniqueEmail("liefi"), `/crossings/${slug}#report`);
    const form = page.getByRole("region", { name: "Report what you found" });
    const note = `Lie-fi ${Date.now()}`;
    await fillReport(form, { direction: "a-b", seen: "Open", mode: "car", wait: "50", notes: note });
    await page.route("**/*", dead);
    await form.getByRole("button", { name: "Send report" }).click();

    await expect(form.getByTestId("offline-report-note")).toHaveText("No connection: this report is saved on this phone and will be sent when the connection works.");
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    await expect(page.getByTestId("offline-reports")).toContainText(/Your report on .+, saved on this phone .+, will be sent when the connection works\./);
    expect(await pendingOnDevice(page)).toBe(1);
    expect(await reportsWithNote(page, slug, note)).toHaveLength(0);
    // The form is ready for the next report (with a key of its own).
    await expect(form.getByLabel("Notes (optional)")).toHaveValue("");

    // No `online` event comes: the layout's sender tries again on its own (every 15 s).
    await page.unroute("**/*", dead);
    await expect(page.getByTestId("offline-reports")).toContainText(/Your report on .+, saved on this phone .+, was sent\./, { timeout: 45_000 });
    await expect(form.getByTestId("offline-report-note")).toHaveText("Sent: the report saved on this phone has arrived.");
    await expect(page.getByTestId("report").filter({ hasText: note })).toContainText("50 min");
    expect(await reportsWithNote(page, slug, note)).toHaveLength(1);
    expect(await pendingOnDevice(page)).toBe(0);
    await page.reload();
    await expect(page.getByTestId("offline-reports")).toBeEmpty();
  });

  test("a report that arrived but whose answer was lost is one report, and said to be sent", async ({ page }, testInfo) => {
    // The first test's crossing: its report is dated an hour back, off that test's timeline.
    const slug = reportHere[testInfo.project.name]!;
    await signIn(page, uniqueEmail("late-answer"), `/crossings/${slug}#report`);
    const form = page.getByRole("region", { name: "Report what you found" });
    const note = `Answer lost ${Date.now()}`;
    await fillReport(form, { direction: "b-a", seen: "Open", mode: "bus", observedAt: await hourEarlier(form), notes: note });
    // The form's POST reaches the server; its answer never comes back.
    await page.route(`**/crossings/${slug}`, async (route) => {
      if (route.request().method() !== "POST") return route.fallback();
      await route.fetch();
      await route.abort("internetdisconnected");
    });
    await form.getByRole("button", { name: "Send report" }).click();
    await expect(form.getByTestId("offline-report-note")).toContainText("saved on this phone");
    // The resend (API, same idempotency key) finds it there: 200 `created: false`, one report.
    await expect(page.getByTestId("offline-reports")).toContainText(/Your report on .+, saved on this phone .+, was sent\./, { timeout: 45_000 });
    expect(await reportsWithNote(page, slug, note)).toHaveLength(1);
    expect(await pendingOnDevice(page)).toBe(0);
  });
});
