/**
 * Which requests the production server (scripts/server.mjs) may answer from its page cache,
 * and under which key. Only what every anonymous reader with the same language and zone
 * would see: the list, a crossing page and the map, with no query string, no session, and
 * not a client-side navigation (RSC) or a server action; and the public JSON of the
 * crossings and their state now (`?lang=` aside, no query string).
 */
import Negotiator from "negotiator";

export const PAGE_TTL_MS = 30_000;
const LOCALES = ["en", "ru"];
const CACHEABLE_PATH = /^\/(?:crossings\/[a-z0-9-]{1,80}|map)?$/;
const CACHEABLE_API = /^\/api\/v1\/crossings(?:\/[a-z0-9-]{1,80}(?:\/status(?:\?lang=(?:en|ru))?)?)?$/;
const SESSION_COOKIE = /^(?:__Secure-|__Host-)?authjs\.session-token(?:\.\d+)?$/;
const RSC_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action", "next-url"];
const ZONE = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

export function parseCookies(header) {
  const cookies = new Map();
  for (const part of (header ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index < 0) continue;
    const name = part.slice(0, index).trim();
    let value = part.slice(index + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // keep it as sent
    }
    if (name && !cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

/** The same choice as lib/i18n/locale.ts: the saved cookie, else Accept-Language, else English. */
export function pageLocale(savedLocale, acceptLanguage) {
  if (LOCALES.includes(savedLocale)) return savedLocale;
  if (!acceptLanguage) return "en";
  const match = new Negotiator({ headers: { "accept-language": String(acceptLanguage).slice(0, 500) } }).language(LOCALES);
  return LOCALES.includes(match) ? match : "en";
}

/** The cache key for a request, or null when it must be rendered for this reader. */
export function pageCacheKey(request) {
  if (request.method !== "GET") return null;
  const url = request.url ?? "";
  const headers = request.headers;
  if (CACHEABLE_API.test(url)) return `api|${url}`;
  if (url.includes("?") || !CACHEABLE_PATH.test(url)) return null;
  if (RSC_HEADERS.some((name) => headers[name] !== undefined)) return null;
  const cookies = parseCookies(headers.cookie);
  for (const name of cookies.keys()) if (SESSION_COOKIE.test(name)) return null;
  const locale = pageLocale(cookies.get("lang"), headers["accept-language"]);
  const tz = cookies.get("tz") ?? "";
  if (tz && !ZONE.test(tz)) return null;
  return `${locale}|${tz}|${url}`;
}
