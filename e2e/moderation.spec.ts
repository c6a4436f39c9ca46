import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { adminContext, bannedContext, moderatorContext, signedIn, userId } from "./support/roles";
import { sendReport } from "./support/report-form";

const someReport = "00000000-0000-4000-8000-000000000001";
/** Every moderation action over real HTTP. An empty body is refused by validation (400) only
 * once the request is authorized, so 400 means "allowed in", 401/403 means "kept out". */
const actions = [
  `/api/moderation/reports/${someReport}/hide`,
  `/api/moderation/reports/${someReport}/restore`,
  `/api/moderation/reports/${someReport}/verify`,
  `/api/moderation/reports/${someReport}/dismiss-flags`,
  "/api/moderation/users/someone/ban",
  "/api/moderation/users/someone/unban",
  "/api/moderation/users/someone/hide-reports",
  "/api/moderation/users/someone/role",
  "/api/moderation/actions/1/revert",
  "/api/moderation/notices",
  `/api/moderation/notices/${someReport}/withdraw`,
  "/api/moderation/crossings/korday-ak-zhol/baseline",
  "/api/moderation/crossings/korday-ak-zhol/observed-hours",
  "/api/moderation/revisions/1/revert",
];
const pages = ["/moderation", "/moderation/log", "/moderation/users", "/moderation/notices", "/crossings/korday-ak-zhol/edit", "/crossings/korday-ak-zhol/history"];

type Role = "anonymous" | "traveller" | "banned" | "moderator" | "admin";
function expectedAction(role: Role, path: string): number {
  if (role === "anonymous" || role === "banned") return 401;
  if (role === "traveller") return 403;
  if (role === "moderator" && path.endsWith("/role")) return 403;
  return 400;
}
function expectedPage(role: Role): number {
  if (role === "anonymous" || role === "banned") return 307;
  if (role === "traveller") return 404;
  return 200;
}

test("authorization matrix: every moderation action and page, for every kind of user", async ({ browser, playwright, baseURL }) => {
  // Five signed-in users and about a hundred requests: 28 s on a quiet two-core machine, so
  // the default 30 s limit failed it beside the soak test (a limit for the work, not a speed check).
  test.setTimeout(90_000);
  const admin = await adminContext(browser);
  const moderator = (await moderatorContext(browser, admin)).context;
  const traveller = await signedIn(browser, uniqueEmail("traveller"));
  const banned = await bannedContext(browser, admin);
  const anonymous = await playwright.request.newContext({ baseURL });
  const requests: Record<Role, APIRequestContext> = {
    anonymous,
    traveller: traveller.request,
    banned: banned.request,
    moderator: moderator.request,
    admin: admin.request,
  };
  const outcomes: string[] = [];
  for (const [role, request] of Object.entries(requests) as [Role, APIRequestContext][]) {
    for (const path of actions) {
      const response = await request.post(path, { data: {}, maxRedirects: 0 });
      outcomes.push(`${role} POST ${path} → ${response.status()}`);
      expect(response.status(), `${role} POST ${path}`).toBe(expectedAction(role, path));
    }
    for (const path of pages) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), `${role} GET ${path}`).toBe(expectedPage(role));
    }
    const flag = await request.post(`/api/v1/reports/${someReport}/flags`, { data: {}, maxRedirects: 0 });
    expect(flag.status(), `${role} flag`).toBe(role === "anonymous" || role === "banned" ? 401 : 400);
  }
  // A cross-site form post from a moderator's browser is refused even with a valid session.
  const forged = await moderator.request.post(`/api/moderation/reports/${someReport}/hide`, { form: { reason: "x" }, headers: { Origin: "https://evil.example" } });
  expect(forged.status()).toBe(403);
  expect(outcomes.filter((line) => / → 2\d\d$/.test(line))).toEqual([]);
  for (const context of [admin, moderator, traveller, banned]) await context.close();
  await anonymous.dispose();
});

test("role boundaries: only an admin bans a moderator or reverts a role change", async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await adminContext(browser);
  const first = await moderatorContext(browser, admin);
  const second = await moderatorContext(browser, admin);
  const secondId = await userId(admin, second.email);
  const ban = { data: { reason: "A rogue moderator" }, maxRedirects: 0 };
  expect((await first.context.request.post(`/api/moderation/users/${secondId}/ban`, ban)).status()).toBe(403);
  expect((await first.context.request.post(`/api/moderation/users/${secondId}/hide-reports`, ban)).status()).toBe(403);
  // The promotion of the second moderator, from the log: a moderator may not revert it.
  const demote = await admin.request.post(`/api/moderation/users/${secondId}/role`, { data: { role: "traveller", reason: "Stepping back" } });
  const { actionId } = (await demote.json()) as { actionId: number };
  expect((await first.context.request.post(`/api/moderation/actions/${actionId}/revert`, { data: { reason: "Bring them back" } })).status()).toBe(403);
  expect((await admin.request.post(`/api/moderation/actions/${actionId}/revert`, { data: { reason: "Bring them back" } })).status()).toBe(200);
  expect((await admin.request.post(`/api/moderation/users/${secondId}/ban`, ban)).status()).toBe(200);
  for (const context of [admin, first.context, second.context]) await context.close();
});

test("a traveller flags; a moderator hides it from the queue; it leaves the page and the status; restore brings it back", async ({ browser, page }) => {
  // Three sign-ins and a dozen page loads: past the default 30 s on a CI machine whose other
  // worker is fuzzing (31.6 s seen). Not a speed test.
  test.setTimeout(90_000);
  const slug = "sariosiyo-tursunzoda";
  const note = `Flag me ${Date.now()}`;
  await signIn(page, uniqueEmail("author"), `/crossings/${slug}#report`);
  await sendReport(page, { direction: "a-b", seen: "Closed", mode: "car", notes: note });
  // A brand-new account's report: the status names it as not counted yet (docs/trust.md).
  await expect(page.getByTestId("status").first()).toContainText("(not yet confirmed)");
  const reportId = (await page.getByTestId("report").filter({ hasText: note }).getAttribute("id"))!.replace("report-", "");
  /** The reports the status names right now (deciding it, or shown as not counted yet), from the public status API. */
  const counted = async () => {
    const status = await (await page.request.get(`/api/v1/crossings/${slug}/status`)).json();
    return (status.reasons as { reportIds?: string[] }[]).flatMap((reason) => reason.reportIds ?? []);
  };
  expect(await counted()).toContain(reportId);

  const flagger = await signedIn(browser, uniqueEmail("flagger"));
  const flaggerPage = await flagger.newPage();
  await flaggerPage.goto(`/crossings/${slug}#timeline`);
  const report = flaggerPage.getByTestId("report").filter({ hasText: note });
  await report.getByText("Flag", { exact: true }).click();
  await report.getByLabel("Why?").selectOption("false");
  await report.getByRole("button", { name: "Flag report" }).click();
  await expect(flaggerPage.getByRole("status")).toContainText("moderators will look at it");

  const admin = await adminContext(browser);
  const { context: moderator, email: moderatorEmail } = await moderatorContext(browser, admin);
  const queue = await moderator.newPage();
  await queue.goto("/moderation");
  const item = queue.getByTestId("queue-item").filter({ hasText: note });
  await expect(item).toContainText("Not true");
  await item.getByPlaceholder("Reason to hide", { exact: true }).fill("Contradicts three other reports");
  await item.getByRole("button", { name: "Hide", exact: true }).click();
  await expect(queue.getByRole("status")).toContainText("Done");

  await page.goto(`/crossings/${slug}`);
  await expect(page.getByTestId("report").filter({ hasText: note })).toHaveCount(0);
  expect(await counted()).not.toContain(reportId);

  const hiddenItem = queue.getByTestId("hidden-item").filter({ hasText: note });
  await hiddenItem.getByPlaceholder("Reason to restore").fill("Checked again: it was true");
  await hiddenItem.getByRole("button", { name: "Restore" }).click();
  await page.goto(`/crossings/${slug}`);
  await expect(page.getByTestId("report").filter({ hasText: note })).toHaveCount(1);
  expect(await counted()).toContain(reportId);

  await queue.goto("/moderation/log");
  const mine = queue.getByTestId("audit-entry").filter({ hasText: moderatorEmail });
  await expect(mine.filter({ hasText: "report.hide" })).toContainText("Contradicts three other reports");
  await expect(mine.filter({ hasText: "report.restore" })).toContainText("Checked again: it was true");
  for (const context of [flagger, admin, moderator]) await context.close();
});

/** Posts a one-day closure notice at Korday (cars and trucks, open 24/7) `daysAhead` from now,
 * for all traffic or one mode (its checkbox label); returns the day and the next. */
async function postKordayNotice(page: Page, daysAhead: number, text: string, mode?: string, effect: "closed" | "open" = "closed") {
  const day = new Date(Date.now() + daysAhead * 86400_000).toISOString().slice(0, 10);
  const next = new Date(Date.now() + (daysAhead + 1) * 86400_000).toISOString().slice(0, 10);
  await page.goto("/moderation/notices?crossing=korday-ak-zhol");
  await page.getByLabel("From (the crossing's local time)").fill(`${day}T00:00`);
  await page.getByLabel("Until (empty: until further notice)").fill(`${next}T00:00`);
  await page.getByLabel("Notice", { exact: true }).fill(text);
  await page.getByLabel("Source (who announced it)").fill("Kyrgyz Border Service");
  if (mode) await page.getByLabel(mode, { exact: true }).check();
  await page.getByLabel("What it does").selectOption(effect);
  await page.getByRole("button", { name: "Post notice" }).click();
  await expect(page).toHaveURL(/\/crossings\/korday-ak-zhol\?notice=posted/);
  return { day, next };
}

test("a new traveller's report is on the moderators' list of new travellers' reports until verified; verified, its wait counts", async ({ browser, page }) => {
  test.setTimeout(90_000);
  // Open 24/7 by its published hours: a first report is shown, not counted, until confirmed.
  const slug = "kazygurt-s-najimov";
  const note = `New here ${Date.now()}`;
  await signIn(page, uniqueEmail("first-timer"), `/crossings/${slug}#report`);
  await sendReport(page, { direction: "a-b", seen: "Open", mode: "car", waitMinutes: 95, notes: note });
  await expect(page.getByTestId("report").filter({ hasText: note })).toHaveCount(1);
  // The thanks agrees with the state: a first report is shown, not counted yet (it said "the state above includes it").
  const thanks = page.getByRole("status").filter({ hasText: "Thank you" });
  await expect(thanks).toContainText("The state above shows it as not yet confirmed");
  await expect(thanks).not.toContainText("includes it");

  const admin = await adminContext(browser);
  const queue = await admin.newPage();
  await queue.goto("/moderation");
  await expect(queue.getByRole("heading", { name: "New travellers' reports" })).toBeVisible();
  const item = queue.getByTestId("unconfirmed-item").filter({ hasText: note });
  await expect(item).toContainText("waited 95 min");
  await expect(item).toContainText("account under a day old");
  // Which way (a wait is per direction): the report was sent a-b, Kazakhstan to Uzbekistan.
  await expect(item).toContainText("Kazakhstan → Uzbekistan (Kazygurt → S. Najimov)");
  await item.getByPlaceholder("Reason to verify", { exact: true }).fill("Matches the queue camera");
  await item.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(queue.getByRole("status")).toContainText("Done");
  await expect(queue.getByTestId("unconfirmed-item").filter({ hasText: note })).toHaveCount(0);
  // A moderator decides alone: their report is counted at once, and the thanks says so.
  await queue.goto(`/crossings/${slug}#report`);
  await sendReport(queue, { direction: "b-a", seen: "Open", mode: "car" });
  await expect(queue.getByRole("status").filter({ hasText: "Thank you" })).toContainText("the state above includes it");
  await admin.close();
});

test("a notice closes an open crossing on its dates", async ({ browser }) => {
  const admin = await adminContext(browser);
  const page = await admin.newPage();
  const { day, next } = await postKordayNotice(page, 3, "Closed for road repairs");
  await expect(page.getByTestId("notice")).toContainText("Closed for road repairs");
  // The audit log: before its creation the notice was "not posted" (never a date of 1970).
  await page.goto("/moderation/log");
  const entry = page.getByRole("row").filter({ hasText: "Closed for road repairs" }).first();
  await expect(entry).toContainText("not posted → text: Closed for road repairs");
  await expect(entry).not.toContainText("1970");

  await page.goto(`/crossings/korday-ak-zhol?date=${day}&time=12:00#planner`);
  const planned = page.getByRole("region", { name: "Plan your arrival" }).getByTestId("status");
  await expect(planned).toHaveAttribute("data-state", "closed");
  await expect(planned).toHaveAttribute("data-basis", "notice");
  await expect(planned).toContainText("Closed for road repairs");
  await page.goto(`/crossings/korday-ak-zhol?date=${next}&time=12:00#planner`);
  await expect(page.getByRole("region", { name: "Plan your arrival" }).getByTestId("status")).toHaveAttribute("data-state", "open");
  await admin.close();
});

test("a notice for trucks only: the planner for any traveller asks for the mode; by car open, by truck closed", async ({ browser }) => {
  const admin = await adminContext(browser);
  const page = await admin.newPage();
  // A week ahead, away from the other notice tests' days; Korday carries cars and trucks, 24/7.
  const { day } = await postKordayNotice(page, 7, `Trucks turned back ${test.info().project.name}`, "Truck");

  const planned = async (mode: string) => {
    await page.goto(`/crossings/korday-ak-zhol?date=${day}&time=12:00${mode ? `&mode=${mode}` : ""}#planner`);
    return page.getByRole("region", { name: "Plan your arrival" });
  };
  let planner = await planned("");
  await expect(planner.getByTestId("status")).toHaveAttribute("data-state", "restricted");
  await expect(planner.getByTestId("next-open")).toHaveText("Open to some travellers only: pick how you travel above for your answer.");
  planner = await planned("car");
  await expect(planner.getByTestId("status")).toHaveAttribute("data-state", "open");
  planner = await planned("truck");
  await expect(planner.getByTestId("status")).toHaveAttribute("data-state", "closed");
  await admin.close();
});

test("a closure with trucks let through: the headline and each post's line say who may pass, not only 'restricted'", async ({ browser }) => {
  const admin = await adminContext(browser);
  const page = await admin.newPage();
  // Eleven days ahead, away from the other notice tests' days.
  const { day } = await postKordayNotice(page, 11, `Closed for reconstruction ${test.info().project.name}`);
  await postKordayNotice(page, 11, `Trucks let through ${test.info().project.name}`, "Truck", "open");
  await page.goto(`/crossings/korday-ak-zhol?date=${day}&time=12:00#planner`);
  const planned = page.getByRole("region", { name: "Plan your arrival" }).getByTestId("status");
  await expect(planned).toHaveAttribute("data-state", "restricted");
  await expect(planned.locator(".status-line")).toContainText(/Restricted — open only by truck, closed (.*, )?by car(, .*)? \(by notice\)/);
  const sides = planned.locator("[data-side-state]");
  await expect(sides).toHaveCount(2);
  for (const side of await sides.all()) await expect(side).toContainText("closed (hours, holidays, season and notices), except by truck (by notice)");
  await admin.close();
});

test("a closure with trucks let through: each post's seven-day table says open by truck only, not 'Closed'", async ({ browser, page }) => {
  // A crossing no other test reads (one per project, so the two projects' notices never
  // interleave), carrying cars and trucks round the clock; the notices run from a few minutes
  // ago for an hour, so today's row of the table holds them.
  const slug = test.info().project.name === "mobile" ? "tokmok-sortobe" : "kairak-bugristoye";
  const { baseline } = ((await (await page.request.get(`/api/v1/crossings/${slug}`)).json()) as { crossing: { baseline: { name: { en: string }; sides: { timeZone: string }[] } } })
    .crossing;
  const [zone, name] = [baseline.sides[0]!.timeZone, baseline.name.en];
  const local = (ms: number) => new Intl.DateTimeFormat("sv-SE", { timeZone: zone, dateStyle: "short", timeStyle: "short" }).format(new Date(ms)).replace(" ", "T");
  const from = Date.now() - 5 * 60_000;
  const admin = await adminContext(browser);
  const form = await admin.newPage();
  for (const [text, mode, effect] of [
    [`Closed for road works ${test.info().project.name}`, null, "closed"],
    [`Trucks let through ${test.info().project.name}`, "Truck", "open"],
  ] as const) {
    await form.goto(`/moderation/notices?crossing=${slug}`);
    // The crossing's local time now, under "From", to copy (this very minute or the one before).
    const said = (await form.getByLabel("From (the crossing's local time)").getAttribute("aria-describedby"))!;
    const nowThere = (await form.locator(`[id="${said}"]`).textContent())!;
    expect([local(Date.now()), local(Date.now() - 60_000)].map((when) => `Now at ${name}: ${when.replace("T", " ")}`)).toContain(nowThere);
    await form.getByLabel("From (the crossing's local time)").fill(local(from));
    await form.getByLabel("Until (empty: until further notice)").fill(local(from + 65 * 60_000));
    await form.getByLabel("Notice", { exact: true }).fill(text);
    await form.getByLabel("Source (who announced it)").fill("Border service");
    if (mode) await form.getByLabel(mode, { exact: true }).check();
    await form.getByLabel("What it does").selectOption(effect);
    await form.getByRole("button", { name: "Post notice" }).click();
    await expect(form).toHaveURL(new RegExp(`/crossings/${slug}\\?notice=posted`));
  }
  await admin.close();
  await page.goto(`/crossings/${slug}`);
  await expect(page.getByTestId("status")).toHaveAttribute("data-state", "restricted");
  for (const index of [0, 1]) {
    // Before: the table said nothing of the closure's hour but "Closed" after today's open stretch.
    const only = page.getByTestId(`side-${index}`).locator('[data-interval="only"]').first();
    await expect(only).toContainText("by truck only (by notice)");
    const now = Date.now();
    expect(Date.parse((await only.getAttribute("data-from"))!)).toBeLessThanOrEqual(now);
    expect(Date.parse((await only.getAttribute("data-to"))!)).toBeGreaterThan(now);
  }
});

test("the list says which notice closed a crossing, with or without a mode asked", async ({ browser, page }) => {
  // A crossing no other test reads, closed for an hour from a few minutes ago.
  const slug = "chechme-chashma";
  const text = `Closed for a bridge inspection ${test.info().project.name} ${Date.now()}`;
  const zone = ((await (await page.request.get(`/api/v1/crossings/${slug}`)).json()) as { crossing: { baseline: { sides: { timeZone: string }[] } } }).crossing.baseline.sides[0]!
    .timeZone;
  const local = (ms: number) => new Intl.DateTimeFormat("sv-SE", { timeZone: zone, dateStyle: "short", timeStyle: "short" }).format(new Date(ms)).replace(" ", "T");
  const admin = await adminContext(browser);
  const form = await admin.newPage();
  await form.goto(`/moderation/notices?crossing=${slug}`);
  await form.getByLabel("From (the crossing's local time)").fill(local(Date.now() - 5 * 60_000));
  await form.getByLabel("Until (empty: until further notice)").fill(local(Date.now() + 60 * 60_000));
  await form.getByLabel("Notice", { exact: true }).fill(text);
  await form.getByLabel("Source (who announced it)").fill("Border service");
  await form.getByRole("button", { name: "Post notice" }).click();
  await expect(form).toHaveURL(new RegExp(`/crossings/${slug}\\?notice=posted`));
  await admin.close();
  for (const query of ["", "&mode=car"]) {
    await page.goto(`/?q=Chechme${query}`);
    const row = page.locator(`[data-testid="crossing-row"][data-slug="${slug}"]`);
    await expect(row.locator("[data-state]")).toHaveText(/Closed/);
    // Before: "Closed" and nothing else on the row.
    await expect(row).toContainText(`Notice: ${text}`);
  }
});

test("a baseline edit with broken opening_hours is refused with the parser's message and changes nothing; a good one is a revision", async ({ browser }) => {
  const admin = await adminContext(browser);
  const page = await admin.newPage();
  await page.goto("/crossings/aisha-bibi/edit");
  const hours = page.getByLabel(/Hours at Chon-Kapka/);
  const before = await hours.inputValue();
  await hours.fill("Mo-Fr 25:00-26:00");
  await page.getByLabel("Source of this edit").fill("Phone call to the post");
  await page.getByLabel("Reason for the edit").fill("Hours confirmed by phone");
  await page.getByRole("button", { name: "Save revision" }).click();
  await expect(page.locator("#edit-hours-0-error")).toContainText("The opening_hours parser says:");
  await expect(hours).toHaveAttribute("aria-invalid", "true");
  await page.goto("/crossings/aisha-bibi/history");
  await expect(page.getByText("No revisions yet")).toBeVisible();
  const api = await page.request.get("/api/v1/crossings/aisha-bibi");
  expect((await api.json()).crossing.baseline.sides[0].hours.value).toBe(before);

  await page.goto("/crossings/aisha-bibi/edit");
  await page.getByLabel(/Hours at Chon-Kapka/).fill("Mo-Su 08:00-20:00");
  await page.getByLabel("Source of this edit").fill("Phone call to the post");
  await page.getByLabel("Reason for the edit").fill("Hours confirmed by phone");
  await page.getByRole("button", { name: "Save revision" }).click();
  await expect(page).toHaveURL(/\/crossings\/aisha-bibi\/history\?saved=/);
  const revision = page.getByTestId("revision").first();
  await expect(revision).toContainText("Mo-Su 08:00-20:00");
  await expect(revision).toContainText("Hours confirmed by phone");
  await revision.getByPlaceholder("Reason to revert").fill("Wrong post");
  await revision.getByRole("button", { name: "Revert" }).click();
  await expect(page.getByTestId("revision").first()).toContainText("reverts revision");
  expect((await (await page.request.get("/api/v1/crossings/aisha-bibi")).json()).crossing.baseline.sides[0].hours.value).toBe(before);
  await admin.close();
});
