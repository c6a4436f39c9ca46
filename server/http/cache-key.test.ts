import { describe, expect, it } from "vitest";
import { resolveLocale } from "@/lib/i18n/locale";
import { cacheTarget, canonicalZone, requestLocale } from "./cache-key";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers: { host: "crossings.test", ...headers } });
const key = (url: string, headers: Record<string, string> = {}) => cacheTarget(get(url, headers))?.key ?? null;

describe("which requests the page cache may answer", () => {
  it("keys anonymous reads of the list, crossing pages and the map by language, zone and host", () => {
    expect(key("/")).toBe("en||crossings.test|/");
    expect(key("/crossings/irkeshtam", { "accept-language": "ru-RU,ru;q=0.9" })).toBe("ru||crossings.test|/crossings/irkeshtam");
    expect(key("/map", { cookie: "lang=en; tz=Asia%2FBishkek" })).toBe("en|Asia/Bishkek|crossings.test|/map");
    expect(cacheTarget({ method: "HEAD", url: "/", headers: { host: "crossings.test" } })?.key).toBe("en||crossings.test|/");
  });

  it("tags a crossing's page with its slug and the pages of every crossing with `list`", () => {
    expect(cacheTarget(get("/crossings/irkeshtam"))?.tags).toEqual(["slug:irkeshtam"]);
    expect(cacheTarget(get("/api/v1/crossings/irkeshtam/status"))?.tags).toEqual(["slug:irkeshtam"]);
    expect(cacheTarget(get("/"))?.tags).toEqual(["list"]);
    expect(cacheTarget(get("/map"))?.tags).toEqual(["list"]);
    expect(cacheTarget(get("/api/v1/crossings"))?.tags).toEqual(["list"]);
  });

  it("keys the public JSON of the state now by its URL alone", () => {
    expect(key("/api/v1/crossings/irkeshtam/status?lang=ru", { "accept-language": "en", cookie: "lang=en" })).toBe("api|crossings.test|/api/v1/crossings/irkeshtam/status?lang=ru");
    for (const url of ["/api/v1/crossings/irkeshtam/status?at=2027-01-01T00:00Z", "/api/v1/crossings/irkeshtam/status?mode=car", "/api/v1/crossings/irkeshtam/reports", "/api/v1/crossings?lang=ru"]) {
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
      get("/crossings/irkeshtam", { cookie: "authjs.session-token=abc" }),
      get("/crossings/irkeshtam", { cookie: "lang=ru; __Secure-authjs.session-token=abc" }),
      get("/crossings/irkeshtam", { cookie: "__Host-authjs.session-token.0=abc" }),
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
      expect(cacheTarget(request), `${request.method} ${request.url} ${JSON.stringify(request.headers)}`).toBeNull();
    }
  });

  it("renders exactly what the key says: only host, language and zone reach the shared render", () => {
    const target = cacheTarget(get("/crossings/irkeshtam", { cookie: "lang=ru; tz=asia%2Fbishkek; other=1; pinned=a", "accept-language": "en", "x-forwarded-for": "1.2.3.4", "user-agent": "Googlebot" }))!;
    expect(target.key).toBe("ru|Asia/Bishkek|crossings.test|/crossings/irkeshtam");
    expect(target.renderHeaders).toEqual({ host: "crossings.test", "accept-language": "ru", cookie: "tz=Asia%2FBishkek", "user-agent": "crossings-page-cache" });
  });

  it("keys zones by their canonical name, and an invalid one as none (as the pages read it)", () => {
    expect(canonicalZone("asia/bishkek")).toBe("Asia/Bishkek");
    expect(canonicalZone("Mars/Olympus")).toBeNull();
    expect(key("/", { cookie: "tz=%3Cscript%3E" })).toBe("en||crossings.test|/");
    expect(key("/", { cookie: "tz=Mars/Olympus" })).toBe("en||crossings.test|/");
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
      expect(cacheTarget(get("/", headers))?.locale).toBe(resolveLocale(saved, header));
    }
  });
});
