/**
 * Which requests the page cache may answer, under which key, and the exact request it renders
 * for that key. What every anonymous reader with the same language and zone sees: the list, a
 * crossing page and the map with no query string, the public JSON of the crossings and their
 * state now, and the Atom feeds. And the same three pages for a signed-in reader, keyed by
 * their session (a hash of its token): theirs alone, and answered only after the server has
 * found the session live in the database (server/http/server.ts), so a sign-out or a ban
 * counts at once.
 *
 * The key must match what is rendered, or one reader's page reaches another (a poisoned
 * cache). So the shared render is not given the reader's own request: it gets a request
 * built from the key alone (language, zone; the site's own host). Whatever else a reader sends cannot reach
 * the stored page. A request that is ambiguous (a cookie name sent twice, which Next.js and
 * this parser might read differently), a prefetch, or any of Next.js's own navigation headers
 * is not cached at all.
 *
 * Pinned crossings (the `pins` cookie, lib/crossings/pins.ts) change two pages, and the key
 * follows exactly what each render reads:
 * - a crossing page shows one star, pinned or not: its key gets `|pinned` when that slug is among
 *   the reader's pins, and its render gets a `pins` cookie naming that slug alone. Two pages per
 *   crossing at most, whatever else the reader pinned.
 * - the list orders every pinned crossing first: one page per pin set. Pin sets are not a bounded
 *   set (up to 20 of any slug-shaped strings), so keying the shared store by them would let anyone
 *   cycling made-up sets push every reader's pages out. So the list with pins is not cached at all:
 *   it is rendered for that reader (within the render bounds, server/http/render-limits.ts), as a
 *   list with a query string is. Its data is cached (db/queries/current.ts), so that render is
 *   cheap (docs/performance.md).
 * - the map shows no pins: its key and render ignore them.
 * The cookie is read as the pages read it (`parsePins`): a malformed one is no pins at all, so it
 * gets the shared page for no pins, which is what the render would show it.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { isSessionCookie } from "@/lib/auth/session-cookie";
import { isTimeZone } from "@/lib/format/time";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/locale";
import { parsePins, PINS_COOKIE } from "@/lib/crossings/pins";

type RequestLike = Pick<IncomingMessage, "method" | "url" | "headers">;

export interface CacheTarget {
  key: string;
  /** Page-store tags: `list` (every crossing), `slug:<slug>` (one crossing). */
  tags: string[];
  kind: "page" | "api";
  /** The headers of the request rendered for this key, and nothing else. */
  renderHeaders: Record<string, string>;
  locale: Locale;
  /** A signed-in reader's own page: the session token it is rendered for (its key holds a
   * hash of it). The server adds the tag `user:<id>` once it knows whose session it is. */
  session?: string;
}

/** A session cookie as Auth.js sets one for a database session (a single, unchunked value). */
const WHOLE_SESSION_COOKIE = /^(?:__Secure-|__Host-)?authjs\.session-token$/;
const SESSION_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

const CACHEABLE_PAGE = /^\/(?:crossings\/([a-z0-9-]{1,80})|map)?$/;
const CACHEABLE_API = /^\/api\/v1\/crossings(?:\/([a-z0-9-]{1,80})(?:\/status(?:\?lang=(?:en|ru))?)?)?$/;
/** Atom feeds: the same for every reader (links on the site's own origin, no language). A
 * crossing's feed changes with that crossing; a country's with any of its crossings (`list`). */
const CACHEABLE_FEED = /^\/feeds\/(?:crossings\/([a-z0-9-]{1,80})|countries\/[a-z]{2})\.atom$/;
/** Next.js's navigation, prefetch and action headers, the browser's prefetch hints, and the
 * proxy's internal ones: a response to any of these is not the page a reader navigates to. */
const UNCACHEABLE_HEADER = /^(?:rsc|next-.*|x-nextjs-.*|x-middleware-.*|purpose|sec-purpose|x-purpose|x-moz)$/;
const HOST = /^(?:[a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}(?::\d{1,5})?$|^\[[0-9a-f:.]{2,45}\](?::\d{1,5})?$/;
export const TZ_COOKIE = "tz";

/** Cookie pairs as sent, in order, values percent-decoded where valid (as Next.js reads them). */
export function cookiePairs(header: string | undefined): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of (header ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index < 0) continue;
    const name = part.slice(0, index).trim();
    let value = part.slice(index + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // kept as sent
    }
    if (name) pairs.push([name, value]);
  }
  return pairs;
}

/** A zone's canonical IANA name (`asia/bishkek` → `Asia/Bishkek`), or null when it is none. */
export function canonicalZone(value: string | undefined): string | null {
  if (!isTimeZone(value)) return null;
  return new Intl.DateTimeFormat("en", { timeZone: value }).resolvedOptions().timeZone;
}

/** The reader's language as the app picks it (lib/i18n/locale.ts), from a request's headers. */
export function requestLocale(request: Pick<IncomingMessage, "headers">): Locale {
  const saved = cookiePairs(request.headers.cookie).findLast(([name]) => name === LOCALE_COOKIE)?.[1];
  const accept = request.headers["accept-language"];
  return resolveLocale(saved, Array.isArray(accept) ? accept[0] : accept);
}

/**
 * What the page cache may do with a request: its key and render, or null (render it for this
 * reader). Shared renders are made for the site's own host (AUTH_URL's, on which every link is
 * built), whatever Host the reader sent: a made-up Host is not a page of its own (an attacker
 * cycling Host values would otherwise fill the cache with copies and push real pages out).
 */
export function cacheTarget(request: RequestLike, siteHost: string): CacheTarget | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = request.url ?? "";
  const headers = request.headers;
  if (!HOST.test(String(headers.host ?? "").toLowerCase())) return null;
  const host = siteHost;
  for (const name of Object.keys(headers)) if (UNCACHEABLE_HEADER.test(name)) return null;

  const feed = CACHEABLE_FEED.exec(url);
  if (feed) {
    const slug = feed[1];
    return { key: `feed|${url}`, tags: slug ? [`slug:${slug}`] : ["list"], kind: "api", renderHeaders: { host, "user-agent": "crossings-page-cache" }, locale: "en" };
  }
  const api = CACHEABLE_API.exec(url);
  if (api) {
    const slug = api[1];
    return { key: `api|${url}`, tags: slug ? [`slug:${slug}`] : ["list"], kind: "api", renderHeaders: { host, "user-agent": "crossings-page-cache" }, locale: "en" };
  }
  const page = CACHEABLE_PAGE.exec(url);
  if (!page) return null;

  const pairs = cookiePairs(headers.cookie);
  const names = new Set<string>();
  let session: [string, string] | null = null;
  for (const [name, value] of pairs) {
    if (names.has(name)) return null;
    names.add(name);
    if (isSessionCookie(name)) {
      // One session cookie, whole and well formed, or the reader's request renders as sent.
      if (session || !WHOLE_SESSION_COOKIE.test(name) || !SESSION_TOKEN.test(value)) return null;
      session = [name, value];
    }
  }
  const cookies = new Map(pairs);
  const accept = headers["accept-language"];
  const locale = resolveLocale(cookies.get(LOCALE_COOKIE), Array.isArray(accept) ? accept[0] : accept);
  // An invalid zone renders as no zone (lib/format/reader-zone.ts); an alias as its canonical name.
  const zone = canonicalZone(cookies.get(TZ_COOKIE)) ?? "";
  const slug = page[1];
  const pins = parsePins(cookies.get(PINS_COOKIE));
  // The list with pins is this reader's own ordering: rendered for them, never stored (above).
  if (url === "/" && pins.length > 0) return null;
  const pinned = slug !== undefined && pins.includes(slug);
  const renderHeaders: Record<string, string> = { host, "accept-language": locale, "user-agent": "crossings-page-cache" };
  const renderCookies = zone ? [`${TZ_COOKIE}=${encodeURIComponent(zone)}`] : [];
  if (pinned) renderCookies.push(`${PINS_COOKIE}=${slug}`);
  if (session) renderCookies.push(`${session[0]}=${session[1]}`);
  if (renderCookies.length) renderHeaders.cookie = renderCookies.join("; ");
  const tags = slug ? [`slug:${slug}`] : ["list"];
  const path = pinned ? `${url}|pinned` : url;
  if (!session) return { key: `${locale}|${zone}|${path}`, tags, kind: "page", renderHeaders, locale };
  return { key: `session:${sessionKey(session[0], session[1])}|${locale}|${zone}|${path}`, tags, kind: "page", renderHeaders, locale, session: session[1] };
}

/** A session's part of its pages' keys: a hash of the cookie (its name too: over HTTPS Auth.js
 * reads only the `__Secure-` one, so the same token under the plain name renders signed out and
 * must not be kept where the real cookie's pages are), never the token itself. */
export function sessionKey(name: string, token: string): string {
  return createHash("sha256").update(`${name}=${token}`).digest("base64url").slice(0, 32);
}
