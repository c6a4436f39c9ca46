/**
 * The production server's page cache (server/http/): anonymous readers get a rendered
 * page from memory, per language; a write empties it at once; signed-in readers get their
 * own pages, kept for their session alone, checked against the database on every request.
 */
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";

const slug = "komsomolsky";

test("anonymous pages are served from memory, per language, and a new report shows at once", async ({ page, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const english = async () => anonymous.get(`/crossings/${slug}`, { headers: { "accept-language": "en" } });
  await english();
  const hit = await english();
  expect(hit.headers()["x-crossings-cache"]).toBe("hit");
  expect(await hit.text()).toContain("Travellers’ reports");

  const russian = await anonymous.get(`/crossings/${slug}`, { headers: { "accept-language": "ru" } });
  expect(await russian.text()).toContain("Сообщения путешественников");

  // A signed-in traveller's page is their own render, never the anonymous one.
  await signIn(page, uniqueEmail("cache"), `/crossings/${slug}`);
  const own = await page.request.get(`/crossings/${slug}`);
  expect(await own.text()).toContain("Sign out");
  expect(own.headers()["x-crossings-cache"], "never marked as every anonymous reader's page").toBeUndefined();

  const note = `cache check ${Date.now()}`;
  const sent = await page.request.post(`/api/v1/crossings/${slug}/reports`, {
    data: { direction: "a-b", observedAt: new Date().toISOString(), seen: "closed", mode: "car", notes: note, idempotencyKey: crypto.randomUUID() },
  });
  expect(sent.status()).toBe(201);
  const after = await english();
  expect(after.headers()["x-crossings-cache"]).toBe("miss");
  expect(await after.text()).toContain(note);
  await anonymous.dispose();
});

test("the public status JSON is cached too, and answers If-None-Match with 304", async ({ request }) => {
  // A write anywhere in the suite (the other worker moderates: that drops every page) may drop
  // it between the two requests: then the pair is tried again. A 304 is owed either way.
  let state: string | undefined;
  for (let attempt = 0; attempt < 5 && state !== "hit"; attempt++) {
    const first = await request.get(`/api/v1/crossings/${slug}/status`);
    const etag = first.headers()["etag"]!;
    expect(etag).toBeTruthy();
    const again = await request.get(`/api/v1/crossings/${slug}/status`, { headers: { "if-none-match": etag } });
    expect(again.status()).toBe(304);
    state = again.headers()["x-crossings-cache"];
  }
  expect(state).toBe("hit");
});

test("a signed-in reader's own pages are kept for their session alone, show their own changes at once, and end with the session", async ({
  browser,
  page,
  playwright,
  baseURL,
}) => {
  const slug = "kalzhat-dulata";
  await signIn(page, uniqueEmail("own-cache"), `/crossings/${slug}`);
  const own = () => page.request.get(`/crossings/${slug}`);
  // Kept: the second of two requests is from memory (another worker's moderation may drop
  // every page between the two: then the pair is tried again).
  let state: string | undefined;
  for (let attempt = 0; attempt < 5 && state !== "hit"; attempt++) {
    await own();
    state = (await own()).headers()["x-crossings-own-cache"];
  }
  expect(state).toBe("hit");
  expect(await (await own()).text()).toContain("Sign out");

  // Never anyone else's: another traveller and an anonymous reader get pages without this one's alert.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, uniqueEmail("own-cache-other"), `/crossings/${slug}`);
  const anonymous = await playwright.request.newContext({ baseURL });

  // Their own change shows on their next plain request, from a fresh render.
  await page.goto(`/crossings/${slug}#alerts`);
  await page.getByRole("button", { name: "Set alert" }).click();
  await expect(page.getByRole("status")).toContainText("Alert set");
  const after = await own();
  expect(after.headers()["x-crossings-own-cache"]).toBe("miss");
  const html = await after.text();
  expect(html).toContain('data-testid="alert"');
  expect(await (await otherPage.request.get(`/crossings/${slug}`)).text()).not.toContain('data-testid="alert"');
  expect(await (await anonymous.get(`/crossings/${slug}`)).text()).not.toContain('data-testid="alert"');

  // Signing out ends it at once: the same cookie, sent again, gets a signed-out page.
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("authjs.session-token"))!;
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  const replayed = await anonymous.get(`/crossings/${slug}`, { headers: { cookie: `${session.name}=${session.value}` } });
  const replayedHtml = await replayed.text();
  expect(replayedHtml).not.toContain("Sign out");
  expect(replayedHtml).not.toContain('data-testid="alert"');
  await other.close();
  await anonymous.dispose();
});
