/**
 * Stored XSS: a corpus of payloads (e2e/support/xss-payloads.ts) put into every field a user
 * or moderator can write — report notes, notice text and source, a baseline's post names,
 * notes and details, an edit's source and reason — then every page that shows them is opened
 * in Chromium: no dialog opens, no payload runs (`window.__xss` stays unset), no element
 * gains an event handler or a javascript: link from the data, and the text is there as text.
 * Feeds and exports are data: the payload must come back intact, escaped by the format.
 */
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { signedIn, adminContext } from "./support/roles";
import { uniqueEmail } from "./support/auth";
import { XSS_PAYLOADS, chunks } from "./support/xss-payloads";

/** A crossing no other spec writes to, one per browser project. */
const crossingFor: Record<string, string> = { mobile: "karaozek", desktop: "isilkul" };

/** Opens a page and checks that none of the payloads ran or became markup. */
async function expectInert(page: Page, path: string, visible: string[]) {
  const dialogs: string[] = [];
  const onDialog = (dialog: { message: () => string; dismiss: () => Promise<void> }) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  };
  page.on("dialog", onDialog);
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await page.waitForLoadState("load");
  // Give an injected handler (onload, onerror, autofocus/onfocus, ontoggle) its chance to run.
  await page.mouse.move(10, 10);
  await page.mouse.move(200, 300);
  const found = await page.evaluate(() => {
    const hooks: string[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        const value = attribute.value.toLowerCase();
        if (attribute.name.startsWith("on") && value.includes("__xss")) hooks.push(`${element.tagName} ${attribute.name}`);
        if (/^(href|src|xlink:href|action|formaction|data|srcdoc)$/.test(attribute.name) && (value.includes("__xss") || value.trim().startsWith("javascript:"))) {
          hooks.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
        }
      }
    }
    const injected = [...document.querySelectorAll("iframe, object, embed, base, meta[http-equiv]")].map((element) => element.outerHTML.slice(0, 80));
    return { xss: (window as unknown as { __xss?: unknown }).__xss, hooks, injected };
  });
  page.off("dialog", onDialog);
  expect(found.xss, `${path}: a payload ran`).toBeUndefined();
  expect(found.hooks, `${path}: markup from the data`).toEqual([]);
  expect(found.injected, `${path}: injected elements`).toEqual([]);
  expect(dialogs, `${path}: dialogs`).toEqual([]);
  const text = (await page.locator("body").innerText()).replace(/\s+/g, " ");
  for (const payload of visible) expect(text, `${path} shows the payload as text`).toContain(payload.replace(/\s+/g, " ").trim());
}

test("report notes are inert on the crossing page, own reports, the edit page, the moderation queue and log", async ({ browser }, testInfo) => {
  // Two accounts, three reports, a flag, a hide and six pages scanned: 27 s on a quiet machine.
  test.setTimeout(90_000);
  const slug = crossingFor[testInfo.project.name]!;
  const traveller = await signedIn(browser, uniqueEmail("xss"));
  const notes = chunks(XSS_PAYLOADS, 2000);
  expect(notes.length).toBeLessThanOrEqual(3);
  const ids: string[] = [];
  const held: string[] = [];
  for (const note of notes) {
    const sent = await traveller.request.post(`/api/v1/crossings/${slug}/reports`, {
      data: { direction: "a-b", observedAt: new Date().toISOString(), seen: "open", mode: "car", waitMinutes: 15, notes: note, idempotencyKey: crypto.randomUUID() },
    });
    expect(sent.status(), await sent.text()).toBe(201);
    const created = (await sent.json()) as { id: string; heldForReview: boolean };
    ids.push(created.id);
    if (created.heldForReview) held.push(created.id);
  }
  // Notes with links from a new account are held for review; a moderator lets them through.
  expect(held.length).toBeGreaterThan(0);
  const admin = await adminContext(browser);
  for (const id of held) expect((await admin.request.post(`/api/moderation/reports/${id}/restore`, { data: { reason: "Reviewed" } })).status()).toBe(200);
  // Stored exactly as sent: escaping is the renderer's job, not the database's.
  const stored = (await (await traveller.request.get(`/api/v1/crossings/${slug}/reports?limit=100`)).json()) as { reports: { id: string; notes: string }[] };
  for (const [index, id] of ids.entries()) expect(stored.reports.find((report) => report.id === id)?.notes).toBe(notes[index]);

  const page = await traveller.newPage();
  await expectInert(page, `/crossings/${slug}`, XSS_PAYLOADS);
  await expectInert(page, "/reports/mine", XSS_PAYLOADS);
  await expectInert(page, `/reports/${ids[0]}/edit`, []);
  // The edit form holds the note as the textarea's value, not as markup.
  await expect(page.getByLabel("Notes (optional)")).toHaveValue(notes[0]!);
  // Anonymous readers get the page cache's copy: the same check there.
  const anonymous = await browser.newContext();
  await expectInert(await anonymous.newPage(), `/crossings/${slug}`, XSS_PAYLOADS);
  await expectInert(await anonymous.newPage(), `/crossings/${slug}`, XSS_PAYLOADS);

  // Data formats: the payload comes back intact from the feed and the CSV, escaped by the format.
  const feed = await anonymous.request.get(`/feeds/crossings/${slug}.atom`);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).not.toContain("<script>");
  const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(xml) as { feed: { entry?: unknown } };
  expect(JSON.stringify(parsed.feed.entry)).toContain(JSON.stringify(XSS_PAYLOADS[1]).slice(1, -1));
  const csv = await anonymous.request.get(`/api/v1/exports/reports.csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["x-content-type-options"]).toBe("nosniff");
  // A flag puts the report in the moderation queue, where moderators read it.
  const flagger = await signedIn(browser, uniqueEmail("xss-flagger"));
  for (const id of ids) expect((await flagger.request.post(`/api/v1/reports/${id}/flags`, { data: { reason: "spam" } })).status()).toBe(201);
  const adminPage = await admin.newPage();
  await expectInert(adminPage, "/moderation", XSS_PAYLOADS);
  const hidden = await admin.request.post(`/api/moderation/reports/${ids[0]}/hide`, { data: { reason: XSS_PAYLOADS.slice(0, 3).join(" ") } });
  expect(hidden.status()).toBe(200);
  await expectInert(adminPage, "/moderation/log", XSS_PAYLOADS.slice(0, 3));

  for (const context of [traveller, flagger, admin, anonymous]) await context.close();
});

async function baselineOf(context: BrowserContext, slug: string) {
  const response = await context.request.get(`/api/v1/crossings/${slug}`);
  return ((await response.json()) as { crossing: { baseline: Record<string, unknown> & { name: { en: string; ru?: string }; sides: Record<string, unknown>[] } } }).crossing
    .baseline;
}

test("notices and baseline edits are inert on the crossing page, the list, the map, history, notices and log", async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const slug = testInfo.project.name === "mobile" ? "kalzhat-dulata" : "voskresenskoye";
  const admin = await adminContext(browser);
  const page = await admin.newPage();

  // A javascript: source link is refused (only http and https), and nothing is stored.
  const notice = {
    crossing: slug,
    startsAt: new Date(Date.now() - 3600_000).toISOString(),
    endsAt: "",
    modes: [],
    effect: "closed",
    text: XSS_PAYLOADS.slice(0, 8).join(" "),
    sourceTitle: XSS_PAYLOADS[2],
    sourceUrl: "javascript:window.__xss=99",
  };
  const refused = await admin.request.post("/api/moderation/notices", { data: notice });
  expect(refused.status()).toBe(400);
  const posted = await admin.request.post("/api/moderation/notices", { data: { ...notice, sourceUrl: "https://example.org/notice?a=1&b=<x>" } });
  expect(posted.status(), await posted.text()).toBe(200);

  // Post names, side notes and road notes through the moderation API (the edit page has no
  // name fields); source and reason are free text too.
  const baseline = await baselineOf(admin, slug);
  const before = JSON.parse(JSON.stringify(baseline)) as typeof baseline;
  const side = baseline.sides[0] as { postName: { value: { en: string; ru?: string } }; notes?: string };
  side.postName.value = { en: `${XSS_PAYLOADS[1]} post`, ru: XSS_PAYLOADS[2] };
  side.notes = XSS_PAYLOADS.slice(8, 16).join(" ");
  baseline.name = { en: `${slug} ${XSS_PAYLOADS[0]}`, ru: XSS_PAYLOADS[3]! };
  const badSource = await admin.request.post(`/api/moderation/crossings/${slug}/baseline`, {
    data: { baseline, reason: XSS_PAYLOADS[4], sourceTitle: XSS_PAYLOADS[5], sourceUrl: "javascript:window.__xss=98" },
  });
  expect(badSource.status()).toBe(400);
  const edited = await admin.request.post(`/api/moderation/crossings/${slug}/baseline`, {
    data: { baseline, reason: XSS_PAYLOADS[4], sourceTitle: XSS_PAYLOADS[5], sourceUrl: "" },
  });
  expect(edited.status(), await edited.text()).toBe(200);

  try {
    await expectInert(page, `/crossings/${slug}`, [XSS_PAYLOADS[1]!, XSS_PAYLOADS[0]!, ...XSS_PAYLOADS.slice(0, 8)]);
    // Notice source links: http(s) only, and they never carry an opener.
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs.filter((href) => !/^(\/|#|https?:)/.test(href))).toEqual([]);
    await expectInert(page, "/", [`${slug} ${XSS_PAYLOADS[0]}`]);
    await expectInert(page, "/map", [`${slug} ${XSS_PAYLOADS[0]}`]);
    await expectInert(page, `/crossings/${slug}/history`, [XSS_PAYLOADS[4]!, XSS_PAYLOADS[5]!]);
    await expectInert(page, `/crossings/${slug}/edit`, []);
    await expectInert(page, `/moderation/notices?crossing=${slug}`, []);
    await expectInert(page, "/moderation/log", []);
    const ru = await browser.newContext({ locale: "ru-RU", extraHTTPHeaders: { "accept-language": "ru" } });
    await expectInert(await ru.newPage(), `/crossings/${slug}`, [XSS_PAYLOADS[2]!, XSS_PAYLOADS[3]!]);
    await ru.close();
    const geojson = await admin.request.get("/api/v1/exports/crossings.geojson");
    const feature = ((await geojson.json()) as { features: { properties: { slug: string; name: string } }[] }).features.find((item) => item.properties.slug === slug);
    expect(feature?.properties.name).toBe(`${slug} ${XSS_PAYLOADS[0]}`);
  } finally {
    // Put the baseline back, so other tests see the seeded crossing.
    const restored = await admin.request.post(`/api/moderation/crossings/${slug}/baseline`, {
      data: { baseline: before, reason: "Restore after the XSS test", sourceTitle: "The seeded baseline", sourceUrl: "" },
    });
    expect(restored.status()).toBe(200);
    await admin.close();
  }
});
