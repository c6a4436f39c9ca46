import { describe, expect, it } from "vitest";
import { resolveLocale } from "@/lib/i18n/locale";
import { cacheTarget, canonicalZone, requestLocale } from "./cache-key";

const SITE = "crossings.test";
const TOKEN = "0f8fad5b-d9cb-469f-a165-70867728950e";
const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers: { host: "crossings.test", ...headers } });
const key = (url: string, headers: Record<string, string> = {}) => cacheTarget(get(url, headers), SITE)?.key ?? null;

describe("which requests the page cache may answer", () => {
  it("keys anonymous reads of the list, crossing pages and the map by language, zone and host", () => {
    expect(key("/")).toBe("en||/");
    expect(key("/crossings/irkeshtam", { "accept-language": "ru-RU,ru;q=0.9" })).toBe("ru||/crossings/irkeshtam");
    expect(key("/map", { cookie: "lang=en; tz=Asia%2FBishkek" })).toBe("en|Asia/Bishkek|/map");
    expect(cacheTarget({ method: "HEAD", url: "/", headers: { host: "crossings.test" } }, SITE)?.key).toBe("en||/");
  });

  it("tags a crossing's page with its slug and the pages of every crossing with `list`", () => {
    expect(cacheTarget(get("/crossings/irkeshtam"), SITE)?.tags).toEqual(["slug:irkeshtam"]);
    expect(cacheTarget(get("/api/v1/crossings/irkeshtam/status"), SITE)?.tags).toEqual(["slug:irkeshtam"]);
    expect(cacheTarget(get("/"), SITE)?.tags).toEqual(["list"]);
    expect(cacheTarget(get("/map"), SITE)?.tags).toEqual(["list"]);
    expect(cacheTarget(get("/api/v1/crossings"), SITE)?.tags).toEqual(["list"]);
    expect(cacheTarget(get("/feeds/crossings/irkeshtam.atom"), SITE)?.tags).toEqual(["slug:irkeshtam"]);
    expect(cacheTarget(get("/feeds/countries/kz.atom"), SITE)?.tags).toEqual(["list"]);
  });

  it("keys the public JSON of the state now by its URL alone", () => {
    expect(key("/api/v1/crossings/irkeshtam/status?lang=ru", { "accept-language": "en", cookie: "lang=en" })).toBe("api|/api/v1/crossings/irkeshtam/status?lang=ru");
    expect(key("/feeds/countries/kz.atom", { cookie: "lang=ru", "accept-language": "ru" })).toBe("feed|/feeds/countries/kz.atom");
    for (const url of [
      "/feeds/countries/kz.atom?x=1",
      "/feeds/crossings/Irkeshtam.atom",
      "/feeds",
      "/api/v1/crossings/irkeshtam/status?at=2027-01-01T00:00Z",
      "/api/v1/crossings/irkeshtam/status?mode=car",
      "/api/v1/crossings/irkeshtam/reports",
      "/api/v1/crossings?lang=ru",
    ]) {
      expect(key(url), url).toBeNull();
    }
  });

  it("renders for the reader whatever depends on them, changes something, or is ambiguous", () => {
    for (const request of [
      { method: "POST", url: "/crossings/irkeshtam", headers: { host: "crossings.test" } },
      { method: "PROPFIND", url: "/", headers: { host: "crossings.test" } },
      get("/crossings/irkeshtam?date=2027-01-01&time=10:00"),
      get("/crossings/irkeshtam/edit"),
      get("/crossings/Irkeshtam"),
      get("/account"),
      // A session cookie that is not one whole, well-formed token: rendered as sent.
      get("/crossings/irkeshtam", { cookie: "authjs.session-token=abc" }),
      get("/crossings/irkeshtam", { cookie: "lang=ru; __Secure-authjs.session-token=a<b>cdefghijklmnopqrs" }),
      get("/crossings/irkeshtam", { cookie: "__Host-authjs.session-token.0=0123456789abcdef0123" }),
      get("/crossings/irkeshtam", { cookie: `authjs.session-token=${TOKEN}; __Secure-authjs.session-token=${TOKEN}` }),
      get("/crossings/irkeshtam?date=2027-01-01", { cookie: `authjs.session-token=${TOKEN}` }),
      get("/account", { cookie: `authjs.session-token=${TOKEN}` }),
      // Next.js reads the last of a repeated cookie: a parser that read the first would
      // store Russian under English (a poisoned cache), so repeated names are not cached.
      get("/crossings/irkeshtam", { cookie: "lang=en; lang=ru" }),
      get("/crossings/irkeshtam", { cookie: "tz=; tz=Pacific/Kiritimati" }),
      get("/crossings/irkeshtam", { rsc: "1" }),
      get("/", { "next-router-prefetch": "1" }),
      get("/", { "next-router-segment-prefetch": "/_tree" }),
      get("/", { purpose: "prefetch" }),
      get("/", { "sec-purpose": "prefetch;prerender" }),
      get("/", { "x-middleware-subrequest": "proxy" }),
      { method: "GET", url: "/", headers: { host: "evil.test/<x>" } },
      { method: "GET", url: "/", headers: {} },
    ]) {
      expect(cacheTarget(request, SITE), `${request.method} ${request.url} ${JSON.stringify(request.headers)}`).toBeNull();
    }
  });

  it("renders exactly what the key says: only language and zone reach the shared render, for the site's own host", () => {
    const target = cacheTarget(
      get("/crossings/irkeshtam", { cookie: "lang=ru; tz=asia%2Fbishkek; other=1; pinned=a", "accept-language": "en", "x-forwarded-for": "1.2.3.4", "user-agent": "Googlebot" }),
      SITE,
    )!;
    expect(target.key).toBe("ru|Asia/Bishkek|/crossings/irkeshtam");
    // Another Host is the same page, rendered for the site's host: not a copy of its own.
    expect(
      cacheTarget({ ...get("/crossings/irkeshtam", { cookie: "lang=ru; tz=Asia%2FBishkek" }), headers: { host: "made-up.example", cookie: "lang=ru; tz=Asia%2FBishkek" } }, SITE)
        ?.key,
    ).toBe(target.key);
    expect(target.renderHeaders).toEqual({ host: "crossings.test", "accept-language": "ru", cookie: "tz=Asia%2FBishkek", "user-agent": "crossings-page-cache" });
  });

  it("keys a signed-in reader's pages by a hash of their session, and renders them with it", () => {
    const target = cacheTarget(get("/crossings/irkeshtam", { cookie: `lang=ru; tz=Asia%2FBishkek; authjs.session-token=${TOKEN}; other=1` }), SITE)!;
    expect(target.session).toBe(TOKEN);
    expect(target.key).toMatch(/^session:[A-Za-z0-9_-]{32}\|ru\|Asia\/Bishkek\|\/crossings\/irkeshtam$/);
    expect(target.key).not.toContain(TOKEN);
    expect(target.tags).toEqual(["slug:irkeshtam"]);
    expect(target.renderHeaders).toEqual({
      host: "crossings.test",
      "accept-language": "ru",
      cookie: `tz=Asia%2FBishkek; authjs.session-token=${TOKEN}`,
      "user-agent": "crossings-page-cache",
    });
    // Another session, another key; the same token under another cookie name (which Auth.js
    // may not read: signed out over HTTPS), another key too.
    expect(key("/crossings/irkeshtam", { cookie: `authjs.session-token=${TOKEN.replace("1", "2")}` })).not.toBe(
      key("/crossings/irkeshtam", { cookie: `authjs.session-token=${TOKEN}` }),
    );
    expect(key("/", { cookie: `__Secure-authjs.session-token=${TOKEN}` })).not.toBe(key("/", { cookie: `authjs.session-token=${TOKEN}` }));
    // The public JSON and feeds are the same for everyone, signed in or not.
    expect(key("/api/v1/crossings", { cookie: `authjs.session-token=${TOKEN}` })).toBe("api|/api/v1/crossings");
  });

  it("keys zones by their canonical name, and an invalid one as none (as the pages read it)", () => {
    expect(canonicalZone("asia/bishkek")).toBe("Asia/Bishkek");
    expect(canonicalZone("Mars/Olympus")).toBeNull();
    expect(key("/", { cookie: "tz=%3Cscript%3E" })).toBe("en||/");
    expect(key("/", { cookie: "tz=Mars/Olympus" })).toBe("en||/");
    // 600 made-up zones are one page, not 600.
    const keys = new Set(Array.from({ length: 600 }, (_, i) => key("/", { cookie: `tz=Made/Up${i}` })));
    expect(keys.size).toBe(1);
  });

  it("chooses the language exactly as the pages do", () => {
    const cases: [string | undefined, string | undefined][] = [
      [undefined, "ru-RU,ru;q=0.9,en;q=0.8"],
      [undefined, "kk-KZ,ru;q=0.8"],
      [undefined, "de-DE,en;q=0.5,ru;q=0.3"],
      ["en", "ru"],
      ["fr", "ru"],
      [undefined, undefined],
      [undefined, "*"],
    ];
    for (const [saved, header] of cases) {
      const headers: Record<string, string> = {};
      if (saved) headers.cookie = `lang=${saved}`;
      if (header) headers["accept-language"] = header;
      expect(requestLocale({ headers })).toBe(resolveLocale(saved, header));
      expect(cacheTarget(get("/", headers), SITE)?.locale).toBe(resolveLocale(saved, header));
    }
  });

  it("keys a crossing page by whether the reader pinned that crossing, and renders it with that pin alone", () => {
    const pinned = cacheTarget(get("/crossings/irkeshtam", { cookie: "lang=ru; pins=torugart.irkeshtam.korday-ak-zhol" }), SITE)!;
    expect(pinned.key).toBe("ru||/crossings/irkeshtam|pinned");
    // The render sees that this crossing is pinned, and nothing of the reader's other pins.
    expect(pinned.renderHeaders.cookie).toBe("pins=irkeshtam");
    expect(pinned.tags).toEqual(["slug:irkeshtam"]);
    // Whatever else is pinned, and in whatever order, it is the same page: two per crossing at most.
    expect(key("/crossings/irkeshtam", { cookie: "lang=ru; pins=irkeshtam" })).toBe(pinned.key);
    expect(key("/crossings/irkeshtam", { cookie: "pins=torugart.korday-ak-zhol" })).toBe("en||/crossings/irkeshtam");
    expect(cacheTarget(get("/crossings/irkeshtam", { cookie: "pins=torugart" }), SITE)!.renderHeaders.cookie).toBeUndefined();
    // With a zone and a session, the pin goes beside them.
    const signedIn = cacheTarget(get("/crossings/irkeshtam", { cookie: `tz=Asia%2FBishkek; pins=irkeshtam; authjs.session-token=${TOKEN}` }), SITE)!;
    expect(signedIn.key).toMatch(/^session:[A-Za-z0-9_-]{32}\|en\|Asia\/Bishkek\|\/crossings\/irkeshtam\|pinned$/);
    expect(signedIn.renderHeaders.cookie).toBe(`tz=Asia%2FBishkek; pins=irkeshtam; authjs.session-token=${TOKEN}`);
  });

  it("renders the list with pins for its reader alone, and ignores pins on the map", () => {
    expect(cacheTarget(get("/", { cookie: "pins=irkeshtam" }), SITE)).toBeNull();
    expect(cacheTarget(get("/", { cookie: `pins=irkeshtam; authjs.session-token=${TOKEN}` }), SITE)).toBeNull();
    // Made-up pin sets cannot fill the shared store with copies of the list.
    const keys = new Set(Array.from({ length: 200 }, (_, i) => key("/", { cookie: `pins=made-up-${i}` })));
    expect(keys).toEqual(new Set([null]));
    const map = cacheTarget(get("/map", { cookie: "pins=irkeshtam.torugart" }), SITE)!;
    expect(map.key).toBe("en||/map");
    expect(map.renderHeaders.cookie).toBeUndefined();
  });

  it("reads a malformed or hostile pins cookie as no pins: the shared page, rendered without it", () => {
    for (const value of [
      "",
      "IRKESHTAM",
      "irkeshtam..torugart",
      "irkeshtam,torugart",
      "irkeshtam.<script>",
      "irkeshtam%00",
      "../../etc/passwd",
      Array.from({ length: 21 }, (_, i) => `c${i}`).join("."),
      `${"a".repeat(81)}`,
      "x".repeat(5000),
    ]) {
      for (const url of ["/", "/crossings/irkeshtam"]) {
        const target = cacheTarget(get(url, { cookie: `pins=${encodeURIComponent(value)}` }), SITE);
        expect(target?.key, `${url} pins=${value}`).toBe(`en||${url}`);
        expect(target?.renderHeaders.cookie, value).toBeUndefined();
      }
    }
    // A repeated pins cookie is ambiguous (Next.js reads the last): not cached at all.
    expect(cacheTarget(get("/crossings/irkeshtam", { cookie: "pins=torugart; pins=irkeshtam" }), SITE)).toBeNull();
  });

  it("renders the map's zoomed views and bad view queries for each request (cheap: the outlines are computed once)", () => {
    for (const url of ["/map?zoom=8&lat=40.73&lon=72.64", "/map?zoom=3", "/map?", "/map?lat=40&lat=41", "/map/"]) expect(key(url), url).toBeNull();
    expect(key("/map")).toBe("en||/map");
  });
});
