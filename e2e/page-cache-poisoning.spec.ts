/**
 * The page cache must only ever hand a reader what that reader would have been rendered: a
 * request the cache reads differently from the app (duplicate cookies), a request the proxy
 * never saw (a prefetch: no Content-Security-Policy), or a zone that is not one (a render and
 * a cache entry per made-up value) must not change what everyone else gets. And a miss is
 * compressed like a hit.
 *
 * Its own server and database (E2E_PORT + 9): these tests poison the cache on purpose (on
 * today's code an English reader got Russian for 30 s), which must not reach the shared
 * server's other specs, and they need cold pages.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { freshDatabase, startAppServer, type AppDatabase, type AppServer } from "./support/app-servers";
import { getFully, type FullAnswer, type Outcome } from "../bench/raw-http";
import { seedAccounts, type SeededAccount } from "./support/accounts";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 9;
const DEADLINE_MS = 10_000;

// One server for the file, its tests in order in one worker (a failure restarts it, cold).
test.describe.configure({ mode: "default", timeout: 120_000 });

let database: AppDatabase;
let server: AppServer;
let writer: SeededAccount | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await freshDatabase("pglite", "poisoning");
  [writer] = await seedAccounts(database, 1, "poisoning");
  server = await startAppServer(PORT, database);
});

test.afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function get(path: string, headers: Record<string, string> = {}): Promise<FullAnswer> {
  const outcome: Outcome = await getFully(`${server.url}${path}`, headers, DEADLINE_MS);
  if (!outcome.ok) throw new Error(`GET ${path} ${JSON.stringify(headers)}: ${outcome.reason}`);
  return outcome.answer;
}

const cacheState = (answer: FullAnswer) => String(answer.headers["x-crossings-cache"] ?? "none");
const htmlLang = (answer: FullAnswer) => /<html[^>]*\blang="([a-z-]+)"/i.exec(answer.text)?.[1];

/** An HTML answer must carry a CSP with a nonce, and every script tag of the page that same nonce. */
function expectNonceMatches(answer: FullAnswer, label: string): void {
  const policy = String(answer.headers["content-security-policy"] ?? "");
  const nonce = /'nonce-([A-Za-z0-9+/_=-]+)'/.exec(policy)?.[1];
  expect(nonce, `${label}: a Content-Security-Policy with a nonce (got ${JSON.stringify(policy)})`).toBeTruthy();
  const scripts = [...answer.text.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length, `${label}: the page has scripts`).toBeGreaterThan(0);
  const wrong = scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`));
  expect(wrong, `${label}: script tags without the policy's nonce`).toEqual([]);
}

test("a duplicate lang cookie does not change the language of anyone else's page", async () => {
  const path = "/crossings/korday-ak-zhol";
  // The app reads one of the two, the cache key may read the other: neither may leak.
  const poisoner = await get(path, { cookie: "lang=en; lang=ru" });
  console.log(`lang=en; lang=ru got <html lang="${htmlLang(poisoner)}"> (${cacheState(poisoner)})`);
  for (const headers of [{ "accept-language": "en" }, { cookie: "lang=en" }, {}] as Record<string, string>[]) {
    const reader = await get(path, headers);
    expect(htmlLang(reader), `an English reader (${JSON.stringify(headers)}) after the duplicate cookie, ${cacheState(reader)}`).toBe("en");
    expect(reader.text).toContain("Travellers’ reports");
  }
  const russian = await get(path, { cookie: "lang=ru; lang=en" });
  console.log(`lang=ru; lang=en got <html lang="${htmlLang(russian)}"> (${cacheState(russian)})`);
  for (const headers of [{ "accept-language": "ru" }, { cookie: "lang=ru" }] as Record<string, string>[]) {
    const reader = await get(path, headers);
    expect(htmlLang(reader), `a Russian reader (${JSON.stringify(headers)}) after the duplicate cookie, ${cacheState(reader)}`).toBe("ru");
  }
});

test("a duplicate tz cookie does not set everyone's zone", async () => {
  const path = "/crossings/aisha-bibi";
  // What a reader without a zone sees, rendered on its own (a planner query is never cached).
  const reference = await get("/crossings/torugart");
  expect(reference.text).not.toContain("Kiritimati");
  await get(path, { cookie: "tz=; tz=Pacific/Kiritimati" });
  await get(path, { cookie: "tz=Pacific/Kiritimati; tz=" });
  for (const headers of [{}, { cookie: "lang=en" }] as Record<string, string>[]) {
    const reader = await get(path, headers);
    expect(reader.text, `a reader with no zone (${JSON.stringify(headers)}) after tz=; tz=Pacific/Kiritimati, ${cacheState(reader)}`).not.toMatch(/Kiritimati|UTC\+14|GMT\+14/);
  }
  // And a reader who did choose the zone gets it.
  const kiritimati = await get(path, { cookie: "tz=Pacific/Kiritimati" });
  expect(kiritimati.text).toMatch(/Kiritimati|UTC\+14|GMT\+14/);
});

for (const [name, headers] of [
  ["Purpose: prefetch", { purpose: "prefetch" }],
  ["Sec-Purpose: prefetch", { "sec-purpose": "prefetch" }],
  ["an RSC request", { rsc: "1" }],
  ["a router prefetch", { rsc: "1", "next-router-prefetch": "1" }],
] as const) {
  test(`${name} is never cached, and no reader gets a page without its CSP nonce`, async () => {
    const slug = { "Purpose: prefetch": "dostuk", "Sec-Purpose: prefetch": "khorgos", "an RSC request": "kulma-karasu", "a router prefetch": "karasuk" }[name];
    const path = `/crossings/${slug}`;
    const first = await get(path, headers);
    console.log(
      `${name} on a cold page: ${first.status}, ${cacheState(first)}, ${first.headers["content-type"]}, CSP ${first.headers["content-security-policy"] ? "present" : "MISSING"}`,
    );
    // The next ordinary readers: a page of their own (not the prefetch's, kept), with its nonce.
    const reader = await get(path);
    const second = await get(path, { "accept-encoding": "gzip" });
    console.log(
      `  then ordinary readers: ${cacheState(reader)} (CSP ${reader.headers["content-security-policy"] ? "present" : "MISSING"}), ${cacheState(second)} (CSP ${second.headers["content-security-policy"] ? "present" : "MISSING"})`,
    );
    expectNonceMatches(reader, `the first ordinary reader after ${name} (${cacheState(reader)})`);
    expectNonceMatches(second, `the second ordinary reader after ${name} (${cacheState(second)})`);
    expect(cacheState(reader), `the first ordinary reader after ${name} is not served what ${name} rendered`).toBe("miss");
    // And the prefetch's own answer, when it is a page, carries its policy too.
    if (String(first.headers["content-type"]).startsWith("text/html")) expectNonceMatches(first, `the ${name} answer`);
  });
}

test("made-up zones are not kept one page each: after 200 of them nothing new is stored", async () => {
  const path = "/crossings/dostyk-alashankou";
  await get(path);
  expect(cacheState(await get(path)), "the page without a zone is cached").toBe("hit");
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  const before = rss();
  const zones = Array.from({ length: 200 }, (_, index) => `${["Asia", "Mars", "Etc", "Europe"][index % 4]}/Nowhere_${index.toString(36)}${Math.random().toString(36).slice(2, 6)}`);
  const first: string[] = [];
  for (const zone of zones) first.push(cacheState(await get(path, { cookie: `tz=${zone}` })));
  const again: string[] = [];
  for (const zone of zones) again.push(cacheState(await get(path, { cookie: `tz=${zone}` })));
  const stored = zones.filter((_, index) => first[index] === "miss" && again[index] === "hit");
  const rendered = first.filter((state) => state === "miss").length;
  console.log(`200 made-up zones: ${rendered} rendered, ${stored.length} kept as pages of their own; server RSS ${before.toFixed(0)} → ${rss().toFixed(0)} MB`);
  expect(stored, "made-up zones kept as cache entries of their own").toEqual([]);
  expect(rendered, "made-up zones each rendered afresh while the page is cached").toBe(0);
  // A real zone is still a variant of its own.
  const almaty = await get(path, { cookie: "tz=Asia/Almaty" });
  expect(almaty.status).toBe(200);
});

test("the first reader of a cold page who accepts gzip gets it gzipped, with the same Vary as a hit", async () => {
  for (const path of ["/crossings/oybek-fotehobod", "/map", "/api/v1/crossings/oybek-fotehobod/status"]) {
    const miss = await get(path, { "accept-encoding": "gzip, deflate, br" });
    expect(cacheState(miss), `${path}: cold`).toBe("miss");
    expect(miss.headers["content-encoding"], `${path}: the miss is compressed (${miss.raw.length} bytes sent)`).toBe("gzip");
    const vary = String(miss.headers.vary ?? "").toLowerCase();
    expect(vary, `${path}: the miss varies on Accept-Encoding`).toContain("accept-encoding");
    const hit = await get(path, { "accept-encoding": "gzip" });
    expect(cacheState(hit)).toBe("hit");
    const hitVary = String(hit.headers.vary ?? "").toLowerCase();
    for (const name of hitVary
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean))
      expect(vary, `${path}: the miss's Vary names ${name}, as the hit's does`).toContain(name);
    if (path.startsWith("/api/")) JSON.parse(miss.text);
    else {
      expect(miss.text).toContain("</html>");
      expectNonceMatches(miss, `${path} miss`);
    }
  }
});

// On today's code every write emptied the whole cache: one account voting took the anonymous
// hit rate from 94 % to under 1 %. A write drops its crossing's pages and those showing every
// crossing (the list, the map), and nothing else. (This server has no other writer.)
test("a report at one crossing drops that crossing's pages and the list, not the other crossings' pages", async () => {
  const pages = ["/crossings/orsk", "/crossings/karasuk", "/", "/map"];
  for (const path of pages) await get(path);
  for (const path of pages) expect(cacheState(await get(path)), `${path} before`).toBe("hit");
  const sent = await fetch(`${server.url}/api/v1/crossings/orsk/reports`, {
    method: "POST",
    headers: { authorization: `Bearer ${writer!.token}`, "content-type": "application/json" },
    body: JSON.stringify({ direction: "a-b", observedAt: new Date().toISOString(), seen: "open", mode: "car", waitMinutes: 20, idempotencyKey: crypto.randomUUID() }),
  });
  expect(sent.status).toBe(201);
  expect(cacheState(await get("/crossings/orsk")), "the crossing written to").toBe("miss");
  expect(cacheState(await get("/")), "the list").toBe("miss");
  expect(cacheState(await get("/map")), "the map").toBe("miss");
  expect(cacheState(await get("/crossings/karasuk")), "another crossing").toBe("hit");
});

/** Whether a crossing page's star says it is pinned (its name: "Unpin …"), or not ("Pin …"). */
const starPinned = (answer: FullAnswer) =>
  /data-testid="pin-button" data-pinned="true"/.test(answer.text) ? "pinned" : /data-testid="pin-button" data-pinned="false"/.test(answer.text) ? "not pinned" : "no star";

// Pins (lib/crossings/pins.ts) are a reader's own: a crossing page is kept in two variants at
// most (pinned or not), the list with pins is rendered for its reader and never kept.
test("a reader's pins show on their own pages and never reach another reader's", async () => {
  const path = "/crossings/ak-tilek";
  // The pinned reader comes first, on a cold page: what they get must not become everyone's.
  const pinnedFirst = await get(path, { cookie: "pins=ak-tilek.gornyak" });
  expect(pinnedFirst.status).toBe(200);
  expect(starPinned(pinnedFirst)).toBe("pinned");
  const plain = await get(path);
  expect(starPinned(plain), `a reader without pins, ${cacheState(plain)}`).toBe("not pinned");
  expect(cacheState(plain), "the reader without pins gets a page of their own").toBe("miss");
  // Each variant is then kept, under its own key, whatever else the reader pinned.
  const pinnedAgain = await get(path, { cookie: "pins=gornyak.ak-tilek" });
  expect([starPinned(pinnedAgain), cacheState(pinnedAgain)]).toEqual(["pinned", "hit"]);
  const plainAgain = await get(path, { cookie: "pins=gornyak" });
  expect([starPinned(plainAgain), cacheState(plainAgain)]).toEqual(["not pinned", "hit"]);

  // The list: the pinned reader's own order, not kept; a reader without pins never gets it.
  const listPinned = await get("/", { cookie: "pins=gornyak" });
  expect(listPinned.status).toBe(200);
  expect(cacheState(listPinned), "the list with pins is not kept").toBe("none");
  expect(listPinned.text).toMatch(/<h2[^>]*>Pinned<\/h2>/);
  expect(listPinned.text.indexOf('data-slug="gornyak"')).toBeLessThan(listPinned.text.indexOf('data-slug="ak-tilek"'));
  for (let round = 0; round < 2; round++) {
    const list = await get("/");
    expect(list.text, `the list without pins, ${cacheState(list)}`).not.toMatch(/>Pinned</);
    expect(list.text).not.toContain('data-pinned="true"');
  }
  expect(cacheState(await get("/", { cookie: "pins=gornyak" }))).toBe("none");
});

test("a malformed pins cookie neither fails nor is kept as anyone's page of its own", async () => {
  const path = "/crossings/gornyak";
  expect(starPinned(await get(path, { cookie: "pins=gornyak" }))).toBe("pinned");
  expect(starPinned(await get(path))).toBe("not pinned");
  for (const value of ["gornyak..ak-tilek", "GORNYAK", "gornyak%00", "%3Cscript%3E", "gornyak.".repeat(30), "x".repeat(3000), "%E0%A4%A"]) {
    for (const url of [path, "/"]) {
      const answer = await get(url, { cookie: `pins=${value}` });
      expect(answer.status, `${url} pins=${value.slice(0, 40)}`).toBe(200);
      expect(answer.text, `${url} pins=${value.slice(0, 40)}: read as no pins`).not.toContain('data-pinned="true"');
      // It gets the shared page for no pins (a hit once kept), never a render kept for it alone.
      if (url === path) expect(cacheState(answer), `${url} pins=${value.slice(0, 40)}`).toBe("hit");
    }
  }
  // And the pinned reader still gets theirs.
  expect(starPinned(await get(path, { cookie: "pins=gornyak" }))).toBe("pinned");
});
