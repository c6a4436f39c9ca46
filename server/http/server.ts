/**
 * The production server's request handling, in front of Next.js's own handler:
 *
 * - Guards: URLs Next.js would answer with a 500 or a broken response are answered here
 *   (./guards.ts), and methods a path does not take with 405 and `Allow` (lib/http/methods.ts).
 * - The page cache (./page-store.ts, ./cache-key.ts): anonymous readers' pages and the public
 *   JSON of the state now; and a signed-in reader's own pages, in a store of their own (so
 *   many accounts cannot push the shared pages out), keyed by session and answered only once
 *   the session is found live in the database on this very request. A miss is rendered **detached** from the reader who asked — into a
 *   buffer, from a request built from the cache key alone — so a reader who hangs up cannot
 *   cut, stall or poison it: the render finishes for the cache, every reader waiting on it is
 *   answered from that buffer, compressed, with a nonce of their own. Every wait has a
 *   deadline (`renderTimeoutMs`): past it the reader gets a 503 with Retry-After and the next
 *   one starts a new render; nothing stays pending. A reader already gone starts no render.
 * - Bounds (./render-limits.ts): renders at once, in total and per client address, for cache
 *   misses and uncached requests alike; over the bound, a short wait in line, then 503/429.
 * - Outages: a failed page while the database is away is the 503 page (./outage.ts).
 * - Uncached public API answers the app registered (the status at an instant) are given here
 *   without Next.js's pipeline, within the same bounds (./fast-routes.ts).
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import inject from "light-my-request";
import { methodNotAllowed } from "@/lib/http/methods";
import { logDenied, logEvent } from "@/lib/log";
import { addressGroup, clientAddress } from "@/lib/reports/client-address";
import { stampClient } from "./client-stamp";
import type { ProcessBridge } from "@/db/bridge";
import { cacheTarget, type CacheTarget } from "./cache-key";
import { fastRoute, type FastAnswer } from "./fast-routes";
import { hasMalformedPath, isCrossSiteForm, MAX_URL_BYTES, urlTooLong } from "./guards";
import { gzipWithNonce, joinWithNonce, newNonce, nonceFromPolicy, splitAtNonce } from "./nonce";
import { answerOutagesWithUnavailablePage, databaseAnswers, isReaderPage, SECURITY_HEADERS, unavailableResponse } from "./outage";
import type { PageStore, Snapshot, StoredPage } from "./page-store";
import type { RenderLimits } from "./render-limits";

export type NextHandler = (request: IncomingMessage, response: ServerResponse) => Promise<unknown> | unknown;

export interface ServerOptions {
  handle: NextHandler;
  store: PageStore;
  /** Signed-in readers' own pages; without it (or `sessionOwner`) they are never cached. */
  personalStore?: PageStore;
  /** The user behind a live session token (not banned), read from the database; null if none. */
  sessionOwner?: (token: string) => Promise<string | null>;
  limits: RenderLimits;
  /** False under `npm run dev`: every request renders (the guards and bounds still apply). */
  cache: boolean;
  /** The longest life of a stored page. */
  ttlMs: number;
  /** The earliest next scheduled change the app's state cache knows of (ms; Infinity if none). */
  stateExpiry: () => number;
  /** How long a reader waits for a render before a 503; a render past it is abandoned. */
  renderTimeoutMs: number;
  trustProxyHops: number;
  /** The site's own host (AUTH_URL's): shared renders are made for it. */
  siteHost: string;
  databaseAnswers?: () => Promise<boolean>;
  /** The API answers the app has registered for the server to give without Next.js (./fast-routes.ts). */
  apiRoutes?: () => ProcessBridge["apiRoutes"];
}

/** What a detached render produced, ready to be sent to any number of readers. */
interface Rendered {
  page: StoredPage;
  /** Any reader with this key may get it (it sets no cookie). A server error is shared too:
   * each reader then gets the outage page or that error, as the database answers. */
  shareable: boolean;
}

interface Pending {
  promise: Promise<Rendered>;
  snapshot: Snapshot;
  deadline: number;
}

/** Static files and the health check: no rendering to bound, never cached here. */
const UNBOUNDED = /^\/(?:_next\/static\/|icon\.svg(?:\?|$)|favicon\.ico(?:\?|$)|sw\.js(?:\?|$)|robots\.txt(?:\?|$)|api\/health(?:\?|$))/;
/** Headers a stored page does not keep: the server sets them for each response. */
const PER_RESPONSE = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"]);
const RETRY_AFTER_SECONDS = 5;
const SESSION_LOOKUPS_AT_ONCE = 32;
export const OWN_CACHE_HEADER = "x-crossings-own-cache";

/** Whether the client takes gzip: an explicit `gzip` decides (q > 0), else a `*` does (RFC 9110 12.5.3). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  let star: boolean | null = null;
  for (const part of String(header ?? "").split(",")) {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const accepted = !q || Number(q.slice(2)) > 0;
    if (coding === "gzip") return accepted;
    star = accepted;
  }
  return star ?? false;
}

function mergeVary(...values: unknown[]): string {
  const seen = new Map<string, string>();
  for (const value of values) {
    for (const token of String(value ?? "").split(",")) {
      const name = token.trim();
      if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
    }
  }
  return [...seen.values()].join(", ");
}

/** Whether the reader is gone (hung up, or already answered). */
function gone(request: IncomingMessage, response: ServerResponse): boolean {
  return request.destroyed || response.destroyed || response.writableEnded || response.headersSent || Boolean(request.socket?.destroyed);
}

/** Resolves when the reader hangs up (or the response ends). */
function closed(response: ServerResponse): Promise<"gone"> {
  return new Promise((resolve) => {
    if (response.destroyed || response.writableEnded) return resolve("gone");
    response.once("close", () => resolve("gone"));
  });
}

function abortOnClose(response: ServerResponse): AbortSignal {
  const controller = new AbortController();
  response.once("close", () => controller.abort());
  return controller.signal;
}

function sendPlain(response: ServerResponse, status: number, text: string, extra: OutgoingHttpHeaders = {}): void {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff", "cache-control": "no-store", ...extra });
  response.end(text);
}

function sendBusy(response: ServerResponse, reason: "busy" | "address"): void {
  const status = reason === "address" ? 429 : 503;
  const text = reason === "address" ? "Too many requests at once from your address: try again in a few seconds." : "The server is busy: try again in a few seconds.";
  sendPlain(response, status, text, { "retry-after": String(RETRY_AFTER_SECONDS) });
}

/** Sends a rendered page: a fresh nonce for HTML that has one, gzip when accepted, 304 for a matching ETag. */
export function sendPage(request: IncomingMessage, response: ServerResponse, page: StoredPage, state: string, own = false): void {
  if (response.headersSent || response.destroyed) return;
  for (const [name, value] of Object.entries(page.headers)) if (name !== "vary") response.setHeader(name, value);
  response.setHeader("vary", mergeVary(page.headers.vary, page.kind === "api" ? "Accept-Encoding" : "Accept-Encoding, Accept-Language, Cookie"));
  // A signed-in reader's own page says so under another name: the service worker (public/sw.js)
  // saves for offline only pages marked `x-crossings-cache`, the same for every anonymous reader.
  response.setHeader(own ? OWN_CACHE_HEADER : "x-crossings-cache", state);
  const etag = page.headers.etag;
  const match = request.headers["if-none-match"];
  if (page.status === 200 && typeof etag === "string" && typeof match === "string" && match.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag)) {
    // The browser keeps the body it has, with that body's nonce: its policy stays as it was.
    response.removeHeader("content-security-policy");
    response.statusCode = 304;
    response.end();
    return;
  }
  const gzip = acceptsGzip(request.headers["accept-encoding"]);
  let body: Buffer;
  if (page.split && page.nonce) {
    const nonce = newNonce();
    response.setHeader("content-security-policy", String(page.headers["content-security-policy"]).replaceAll(`'nonce-${page.nonce}'`, `'nonce-${nonce}'`));
    body = gzip ? gzipWithNonce(page.split, nonce) : joinWithNonce(page.split, nonce);
  } else {
    body = (gzip ? page.gzip : page.body) ?? Buffer.alloc(0);
  }
  if (gzip) response.setHeader("content-encoding", "gzip");
  response.setHeader("content-length", body.length);
  response.statusCode = page.status;
  response.end(request.method === "HEAD" ? undefined : body);
}

export function createRequestHandler(options: ServerOptions): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const { handle, store, limits } = options;
  const answers = options.databaseAnswers ?? databaseAnswers;
  const rendering = new Map<string, Pending>();
  /** Session lookups waiting on the database now: at most SESSION_LOOKUPS_AT_ONCE; past it, a
   * signed-in request goes the uncached way, within the render bounds (a flood of made-up
   * tokens must not queue unbounded work in front of the database). */
  let lookups = 0;

  /** The client as this server sees it: the socket's address, or the trusted proxy hop's. */
  const clientOf = (request: IncomingMessage): string =>
    options.trustProxyHops > 0
      ? (clientAddress(new Headers({ "x-forwarded-for": String(request.headers["x-forwarded-for"] ?? "") }), options.trustProxyHops) ?? "unknown")
      : (request.socket?.remoteAddress ?? "unknown");
  // Per client: an IPv6 client by its /64 (lib/reports/client-address.ts).
  const addressOf = (request: IncomingMessage): string => addressGroup(clientOf(request));

  /** Turns Next.js's buffered answer into a page any reader can be sent, and stores it if it may be. */
  function prepare(store: PageStore, target: CacheTarget, snapshot: Snapshot, status: number, rawHeaders: Record<string, unknown>, body: Buffer): Rendered {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(rawHeaders)) {
      if (value === undefined || PER_RESPONSE.has(name)) continue;
      headers[name] = Array.isArray(value) ? value.map(String) : String(value);
    }
    const type = String(headers["content-type"] ?? "");
    const html = type.startsWith("text/html");
    const keepable = html || type.startsWith("application/json") || type.startsWith("application/atom+xml");
    // A render for the key alone has no reader to give a cookie to: none is ever sent on.
    const setsCookie = headers["set-cookie"] !== undefined;
    delete headers["set-cookie"];
    const nonce = html ? nonceFromPolicy(headers["content-security-policy"]) : null;
    // HTML is kept only with its CSP and the nonce on its scripts: a page that skipped the
    // proxy (a prefetch) would hand every later reader a page with no policy at all.
    const nonceOk = nonce !== null && body.includes(nonce);
    const split = nonceOk ? splitAtNonce(body, nonce) : null;
    // Copied to its own size: zlib hands back a slice of a 16 KB block however small the output.
    const gzip = split ? null : Buffer.from(gzipSync(body));
    const bytes = body.length + (split ? split.deflated.reduce((sum, part) => sum + part.length, 0) : gzip!.length);
    const page: StoredPage = {
      status,
      headers,
      split,
      nonce: split ? nonce : null,
      body: split ? null : body,
      gzip,
      kind: target.kind,
      tags: target.tags,
      expiresAt: Math.min(Date.now() + options.ttlMs, options.stateExpiry()),
      bytes: bytes + 1024,
    };
    if (status === 200 && keepable && !setsCookie && (!html || nonceOk)) store.put(target.key, page, snapshot);
    return { page, shareable: !setsCookie };
  }

  /** Starts a render for the key, detached from any reader; it holds `release`'s slot until done or past its deadline. */
  function startRender(store: PageStore, target: CacheTarget, request: IncomingMessage, release: () => void): Pending {
    const snapshot = store.snapshot(target.tags);
    const promise = inject(handle as never, { method: "GET", url: request.url ?? "/", headers: target.renderHeaders, remoteAddress: "127.0.0.1" }).then((result) =>
      prepare(store, target, snapshot, result.statusCode, result.headers as Record<string, unknown>, result.rawPayload),
    );
    const pending: Pending = { promise, snapshot, deadline: Date.now() + options.renderTimeoutMs };
    rendering.set(target.key, pending);
    const forget = () => {
      if (rendering.get(target.key) === pending) rendering.delete(target.key);
      release();
    };
    const timer = setTimeout(forget, options.renderTimeoutMs);
    timer.unref();
    promise
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(timer);
        forget();
      });
    return pending;
  }

  /** Waits for a render, the reader hanging up, or the deadline — whichever comes first. */
  async function settle(pending: Pending, response: ServerResponse): Promise<Rendered | "gone" | "timeout" | "failed"> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), Math.max(0, pending.deadline - Date.now()))));
    try {
      return await Promise.race([pending.promise.catch((): "failed" => "failed"), closed(response), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  async function answer(request: IncomingMessage, response: ServerResponse, rendered: Rendered, state: string, own: boolean): Promise<void> {
    if (rendered.page.status >= 500 && isReaderPage(request) && !(await answers())) {
      const page = unavailableResponse(request, Object.fromEntries(SECURITY_HEADERS.map((name) => [name, rendered.page.headers[name]])));
      if (response.headersSent || response.destroyed) return;
      response.writeHead(503, page.headers);
      response.end(request.method === "HEAD" ? undefined : page.body);
      return;
    }
    sendPage(request, response, rendered.page, state, own);
  }

  async function cached(request: IncomingMessage, response: ServerResponse, target: CacheTarget, store: PageStore): Promise<void> {
    // At most two rounds: wait for a render in flight; if it could not be shared (it set a
    // cookie, or threw), one reader starts the next render and the others wait for that one.
    for (let round = 0; round < 2; round++) {
      const page = store.get(target.key);
      const own = target.session !== undefined;
      if (page) return sendPage(request, response, page, "hit", own);
      if (gone(request, response)) return;
      const pending = current(store, target);
      if (pending) {
        const outcome = await settle(pending, response);
        if (outcome === "gone") return;
        if (outcome === "timeout") return sendBusy(response, "busy");
        if (outcome !== "failed" && outcome.shareable) return answer(request, response, outcome, "shared", own);
        continue;
      }
      const slot = await limits.acquire(addressOf(request), abortOnClose(response));
      if (!slot.ok) return slot.reason === "gone" ? undefined : sendBusy(response, slot.reason);
      // While this reader waited for a slot, another may have rendered or started the page.
      if (gone(request, response) || store.get(target.key) || current(store, target)) {
        slot.release();
        continue;
      }
      const outcome = await settle(startRender(store, target, request, slot.release), response);
      if (outcome === "gone") return;
      if (outcome === "timeout") return sendBusy(response, "busy");
      if (outcome === "failed") return sendPlain(response, 500, "The page could not be rendered.");
      return answer(request, response, outcome, "miss", own);
    }
    return sendBusy(response, "busy");
  }

  /** The render in flight for this key, if it started after the last write that concerns it. */
  function current(store: PageStore, target: CacheTarget): Pending | null {
    const pending = rendering.get(target.key);
    return pending && store.isCurrent(pending.snapshot, target.tags) ? pending : null;
  }

  /** Uncached: Next.js answers into the reader's own response (streamed), within the bounds; or,
   * for the API answers the app registered, the server calls them itself (./fast-routes.ts). */
  async function direct(request: IncomingMessage, response: ServerResponse, fast: FastAnswer | null = null): Promise<void> {
    const slot = await limits.acquire(addressOf(request), abortOnClose(response));
    if (!slot.ok) return slot.reason === "gone" ? undefined : sendBusy(response, slot.reason);
    if (gone(request, response)) return slot.release();
    answerOutagesWithUnavailablePage(request, response, answers);
    // The slot is free when Next.js is done or the response is over, whichever comes first:
    // for a reader who hung up mid-answer, Next.js's handler may never settle (seen in the
    // soak: every slot held by a gone reader, and every page a 503 from then on).
    response.once("close", slot.release);
    // And never held longer than twice a render's deadline: a reader who never reads keeps
    // Next.js waiting to write, and must not keep the slot from everyone else meanwhile.
    const cap = setTimeout(slot.release, options.renderTimeoutMs * 2);
    cap.unref();
    try {
      if (fast) await answerDirectly(fast, request, response);
      else await handle(request, response);
    } finally {
      clearTimeout(cap);
      slot.release();
    }
  }

  async function answerDirectly(fast: FastAnswer, request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      await fast(request, response, acceptsGzip(request.headers["accept-encoding"]));
    } catch (error) {
      // A bug on the direct way (the route's own errors are answers, 500 or 503): logged, and
      // Next.js answers the request as it did before, if nothing has been sent yet.
      logEvent("warn", "server.direct_failed", {
        route: String(request.url ?? "")
          .split("?")[0]!
          .slice(0, 200),
        error: error instanceof Error ? error.message : String(error),
      });
      if (response.headersSent || response.destroyed) throw error;
      await handle(request, response);
    }
  }

  return async function serve(request, response) {
    stampClient(request, clientOf(request));
    if (urlTooLong(request.url)) return sendPlain(response, 414, `URI too long: this site takes addresses of at most ${MAX_URL_BYTES} bytes.`);
    if (hasMalformedPath(request.url)) return sendPlain(response, 404, "Not found: the path is not valid percent-encoded UTF-8.");
    // Before Next.js: it cannot even build a request for TRACE, TRACK or CONNECT (a 500 and a
    // stack trace); every other method a path does not take gets the same 405 from the proxy.
    const refused = methodNotAllowed(request.method ?? "", (request.url ?? "/").split("?")[0]!);
    if (refused) {
      if (response.headersSent || response.destroyed) return;
      response.writeHead(refused.status, refused.headers);
      return void response.end(request.method === "HEAD" ? undefined : refused.body);
    }
    if (isCrossSiteForm(request)) {
      logDenied({
        route: String(request.url ?? "")
          .split("?")[0]!
          .slice(0, 200),
        method: "POST",
        status: 403,
        reason: "cross-origin",
      });
      return sendPlain(response, 403, "Forbidden: forms from other sites are refused.");
    }
    if (UNBOUNDED.test(request.url ?? "")) return void (await handle(request, response));
    const target = options.cache ? cacheTarget(request, options.siteHost) : null;
    if (!target) return direct(request, response, options.apiRoutes ? fastRoute(request, options.apiRoutes(), options.siteHost) : null);
    if (target.session === undefined) return cached(request, response, target, store);
    const owner = await sessionUser(target.session);
    // Not a live session (signed out, expired, banned) or not known now: the app renders it
    // for this reader as it is, signed out or with the outage page.
    if (!owner || !options.personalStore) return direct(request, response);
    return cached(request, response, { ...target, tags: [...target.tags, `user:${owner}`] }, options.personalStore);
  };

  async function sessionUser(token: string): Promise<string | null> {
    if (!options.sessionOwner || !options.personalStore || lookups >= SESSION_LOOKUPS_AT_ONCE) return null;
    lookups++;
    try {
      return await options.sessionOwner(token);
    } catch {
      return null;
    } finally {
      lookups--;
    }
  }
}
