import { describe, expect, it } from "vitest";
import { pageCacheKey, pageLocale } from "./page-cache.mjs";
import { resolveLocale } from "@/lib/i18n/locale";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("which requests the page cache may answer", () => {
  it("keys anonymous reads of the list, crossing pages and the map by language and zone", () => {
    expect(pageCacheKey(get("/"))).toBe("en||/");
    expect(pageCacheKey(get("/crossings/irkeshtam", { "accept-language": "ru-RU,ru;q=0.9" }))).toBe("ru||/crossings/irkeshtam");
    expect(pageCacheKey(get("/map", { cookie: "lang=en; tz=Asia%2FBishkek" }))).toBe("en|Asia/Bishkek|/map");
  });

  it("keys the public JSON of the state now by its URL alone", () => {
    expect(pageCacheKey(get("/api/v1/crossings"))).toBe("api|/api/v1/crossings");
    expect(pageCacheKey(get("/api/v1/crossings/irkeshtam/status?lang=ru", { "accept-language": "en" }))).toBe("api|/api/v1/crossings/irkeshtam/status?lang=ru");
    for (const url of ["/api/v1/crossings/irkeshtam/status?at=2027-01-01T00:00Z", "/api/v1/crossings/irkeshtam/status?mode=car", "/api/v1/crossings/irkeshtam/reports", "/api/v1/crossings?lang=ru"]) {
      expect(pageCacheKey(get(url)), url).toBeNull();
    }
  });

  it("renders for the reader whatever depends on them or changes something", () => {
    for (const request of [
      { method: "POST", url: "/crossings/irkeshtam", headers: {} },
      { method: "HEAD", url: "/", headers: {} },
      get("/crossings/irkeshtam?date=2027-01-01&time=10:00"),
      get("/crossings/irkeshtam/edit"),
      get("/crossings/irkeshtam/history"),
      get("/account"),
      get("/reports/mine"),
      get("/crossings/irkeshtam", { cookie: "authjs.session-token=abc" }),
      get("/crossings/irkeshtam", { cookie: "lang=ru; __Secure-authjs.session-token=abc" }),
      get("/crossings/irkeshtam", { rsc: "1" }),
      get("/", { "next-router-prefetch": "1" }),
      get("/", { cookie: "tz=<script>" }),
    ]) {
      expect(pageCacheKey(request), `${request.method} ${request.url} ${JSON.stringify(request.headers)}`).toBeNull();
    }
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
    for (const [saved, header] of cases) expect(pageLocale(saved, header)).toBe(resolveLocale(saved, header));
  });
});
