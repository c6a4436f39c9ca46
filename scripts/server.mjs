#!/usr/bin/env node
/**
 * The production server (what `npm start` runs after building and preparing the database):
 * Next.js's own request handler, behind a small page cache for anonymous readers.
 *
 * - Cacheable requests (scripts/page-cache.mjs: the list, crossing pages and the map, for a
 *   language and zone, without a session; the public JSON of the state now) are rendered
 *   once and then served from memory (ETags answered with 304),
 *   gzipped, for at most PAGE_TTL_MS and never past the earliest next scheduled change the
 *   app's own cache knows of (a crossing's lunch break starts on time).
 * - Any write the app makes (a report, a vote, moderation, a notice, a baseline edit — here
 *   or, on PostgreSQL, on another instance) drops every cached page at once: the app's cache
 *   bus calls the listeners registered on globalThis (db/cache-bus.ts).
 * - Concurrent misses for one page wait for a single render.
 * - Every HTML page leaves with a nonce of its own: a cached page is kept split at the nonce
 *   it was rendered with, and each hit gets a new one in its CSP header and <script> tags
 *   (scripts/page-nonce.mjs).
 * - When the database is away, a page that fails to render is answered with a 503 page in the
 *   reader's language and `Retry-After` (scripts/unavailable-page.mjs) instead of Next.js's
 *   generic 500; pages already in the cache are still served from memory.
 * - SIGTERM/SIGINT: stop accepting connections, finish the requests in flight, close the
 *   database (PGlite must be closed to be left consistent), then exit.
 */
import http from "node:http";
import { gzipSync } from "node:zlib";
import next from "next";
import { PAGE_TTL_MS, pageCacheKey } from "./page-cache.mjs";
import { gzipWithNonce, joinWithNonce, newNonce, nonceFromPolicy, splitAtNonce } from "./page-nonce.mjs";
import { answerOutagesWithUnavailablePage } from "./outage-guard.mjs";
import { hasMalformedPath, MAX_URL_BYTES, urlTooLong } from "./malformed-path.mjs";
import { isCrossSiteForm } from "./cross-site-form.mjs";


const port = Number(process.env.PORT) || 3000;
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/** Does the app's database answer `select 1` within the time limit? (The app's connection, on globalThis.) */
async function databaseAnswers(timeoutMs = 1500) {
  const connection = globalThis.crossingsDb;
  if (!connection) return true; // never opened: this failure is not about the database
  let timer;
  try {
    await Promise.race([connection.rawQuery("select 1", []), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), timeoutMs)))]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** A page with a nonce keeps `nonce` and `split` (its body cut at the nonce) instead of a fixed gzip copy.
 * @type {Map<string, { headers: Record<string, unknown>, body: Buffer, gzip: Buffer | null, nonce: string | null, split: import("./page-nonce.mjs").NonceSplit | null, expiresAt: number }>} */
const pages = new Map();
/** @type {Map<string, Promise<boolean>>} */
const rendering = new Map();
let generation = 0;
const MAX_PAGES = 2000;
/** How long a render whose reader hung up may take to finish before those waiting on it give up. */
const ABANDONED_RENDER_MS = 5000;

const listeners = (globalThis.crossingsInvalidationListeners ??= new Set());
listeners.add(() => {
  generation++;
  pages.clear();
});

/** The earliest instant a cached state of the app may be kept to (its next scheduled change). */
function stateExpiry() {
  const cache = globalThis.crossingsCache;
  return typeof cache?.earliestExpiry === "function" ? (cache.earliestExpiry("now:") ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
}

const SKIP_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "vary"]);

function send(key, request, response, page, state) {
  for (const [name, value] of Object.entries(page.headers)) if (!SKIP_HEADERS.has(name)) response.setHeader(name, value);
  const etag = page.headers.etag;
  if (etag && request.headers["if-none-match"]?.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag)) {
    // The browser keeps the body it has, with that body's nonce: leave its policy as it was.
    response.removeHeader("content-security-policy");
    response.setHeader("x-crossings-cache", state);
    response.statusCode = 304;
    return response.end();
  }
  const gzip = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
  let body = gzip ? page.gzip : page.body;
  if (page.split) {
    const nonce = newNonce();
    response.setHeader("content-security-policy", String(page.headers["content-security-policy"]).replaceAll(`'nonce-${page.nonce}'`, `'nonce-${nonce}'`));
    body = gzip ? gzipWithNonce(page.split, nonce) : joinWithNonce(page.split, nonce);
  }
  response.setHeader("vary", key.startsWith("api|") ? "Accept-Encoding" : "Accept-Encoding, Accept-Language, Cookie");
  response.setHeader("x-crossings-cache", state);
  if (gzip) response.setHeader("content-encoding", "gzip");
  response.setHeader("content-length", body.length);
  response.statusCode = 200;
  response.end(body);
}

/** Renders through Next.js while keeping a copy; resolves whether the page was stored. */
function renderAndKeep(key, request, response) {
  const started = generation;
  const chunks = [];
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  const keep = (chunk, encoding) => {
    if (chunk && typeof chunk !== "function") chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
  };
  let settle;
  const stored = new Promise((resolve) => (settle = resolve));
  response.write = (chunk, encoding, callback) => (keep(chunk, encoding), write(chunk, encoding, callback));
  response.end = (chunk, encoding, callback) => {
    keep(chunk, encoding);
    const result = end(chunk, encoding, callback);
    const type = String(response.getHeader("content-type") ?? "");
    const keepable = type.startsWith("text/html") || type.startsWith("application/json");
    const ok = response.statusCode === 200 && keepable && !response.getHeader("set-cookie") && started === generation;
    if (ok) {
      const body = Buffer.concat(chunks);
      const headers = response.getHeaders();
      const nonce = type.startsWith("text/html") ? nonceFromPolicy(headers["content-security-policy"]) : null;
      const split = nonce ? splitAtNonce(body, nonce) : null;
      if (pages.size >= MAX_PAGES) pages.delete(pages.keys().next().value);
      pages.set(key, { headers, body, gzip: split ? null : gzipSync(body), nonce, split, expiresAt: Math.min(Date.now() + PAGE_TTL_MS, stateExpiry()) });
    }
    settle(ok);
    return result;
  };
  // A reader who gives up does not stop Next.js rendering: keep waiting for the page (the
  // readers queued behind this render want it), but not forever.
  response.on("close", () => setTimeout(() => settle(false), ABANDONED_RENDER_MS).unref());
  // Rendered uncompressed, so the copy can be served to any client (it is gzipped once here).
  delete request.headers["accept-encoding"];
  response.setHeader("x-crossings-cache", "miss");
  handle(request, response);
  return stored;
}


async function serve(request, response) {
  if (urlTooLong(request.url)) {
    response.writeHead(414, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
    return response.end(`URI too long: this site takes addresses of at most ${MAX_URL_BYTES} bytes.`);
  }
  if (hasMalformedPath(request.url)) {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
    return response.end("Not found: the path is not valid percent-encoded UTF-8.");
  }
  if (isCrossSiteForm(request)) {
    // The same structured line as lib/log.ts's logDenied (this file is plain JavaScript).
    const route = String(request.url ?? "").split("?")[0].slice(0, 200);
    console.log(JSON.stringify({ time: new Date().toISOString(), level: "warn", event: "auth.denied", route, method: "POST", status: 403, reason: "cross-origin", userId: null }));
    response.writeHead(403, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
    return response.end("Forbidden: forms from other sites are refused.");
  }
  answerOutagesWithUnavailablePage(request, response, databaseAnswers);
  const key = pageCacheKey(request);
  if (!key) return handle(request, response);
  const cached = pages.get(key);
  if (cached && cached.expiresAt > Date.now()) return send(key, request, response, cached, "hit");
  // Wait for a render of this page already under way; if it could not be kept, for at most one
  // more (started by the first reader who was waiting), so a slow or failed render is followed
  // by one new render rather than one per waiting reader.
  for (let round = 0, pending = rendering.get(key); pending && round < 2; round++, pending = rendering.get(key)) {
    if (await pending) {
      const page = pages.get(key);
      if (page) return send(key, request, response, page, "hit");
      break;
    }
  }
  const render = renderAndKeep(key, request, response);
  rendering.set(key, render);
  render.finally(() => rendering.get(key) === render && rendering.delete(key));
}

const server = http.createServer((request, response) => {
  serve(request, response).catch((error) => {
    console.error("Request failed:", error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`Ready on http://${hostname}:${port}`));

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  const started = Date.now();
  console.log(`${signal}: finishing requests in flight, then closing the database.`);
  const force = setTimeout(() => {
    console.error(`Shutdown did not finish within 25 s (${server.listening ? "still listening" : "requests still open"}): exiting anyway.`);
    process.exit(1);
  }, 25_000);
  force.unref();
  // Keep-alive connections that finish their request after this point go idle: close those too.
  const sweep = setInterval(() => server.closeIdleConnections?.(), 250);
  await new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections?.();
  });
  clearInterval(sweep);
  const requestsDone = Date.now();
  try {
    await globalThis.crossingsDb?.close();
  } catch (error) {
    console.error("Closing the database failed:", error);
  }
  console.log(`Stopped: requests finished in ${requestsDone - started} ms, database closed in ${Date.now() - requestsDone} ms.`);
  process.exit(0);
}
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => void shutdown(signal));
