/**
 * The production server's page cache (server/http/): anonymous readers get a rendered
 * page from memory, per language; a write empties it at once; signed-in readers always get
 * their own render.
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

  // A signed-in traveller's pages are never from the cache.
  await signIn(page, uniqueEmail("cache"), `/crossings/${slug}`);
  const own = await page.request.get(`/crossings/${slug}`);
  expect(own.headers()["x-crossings-cache"]).toBeUndefined();

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
