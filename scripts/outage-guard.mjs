/**
 * What a reader gets when a page fails while the database is away (scripts/server.mjs): the
 * 503 page in their language with Retry-After (scripts/unavailable-page.mjs) instead of
 * Next.js's generic 500. A failure while the database answers is a bug, and goes out as
 * Next.js made it.
 */
import { pageLocale, parseCookies } from "./page-cache.mjs";
import { nonceFromPolicy } from "./page-nonce.mjs";
import { RETRY_AFTER_SECONDS, unavailablePage } from "./unavailable-page.mjs";

/** Headers the 503 page keeps from the response Next.js had begun (next.config.js, proxy.ts). */
const SECURITY_HEADERS = ["content-security-policy", "strict-transport-security", "x-content-type-options", "referrer-policy", "x-frame-options", "permissions-policy"];

const RSC_HEADERS = ["rsc", "next-router-prefetch", "next-action"];

/**
 * For a reader's page (GET/HEAD of HTML, not the API, not a client-side navigation): when
 * Next.js starts a 5xx response, hold it back; once it ends, if the database does not
 * answer, send the 503 page instead, else send what Next.js made. Only failing responses are
 * held, so pages that render are streamed as before. `databaseAnswers()` resolves whether the
 * database answers now.
 */
export function answerOutagesWithUnavailablePage(request, response, databaseAnswers) {
  const url = request.url ?? "/";
  if (!["GET", "HEAD"].includes(request.method) || url.startsWith("/api/") || url.startsWith("/_next/")) return;
  if (RSC_HEADERS.some((name) => request.headers[name] !== undefined)) return;
  // The originals, called directly: the page cache wraps write/end around these wrappers.
  const writeHead = response.writeHead.bind(response);
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  const flushHeaders = response.flushHeaders.bind(response);
  let mode = "undecided"; // then "pass" (as Next.js made it) or "hold" (a 5xx: decided at the end)
  let head = null;
  const held = [];
  const decide = () => {
    if (mode !== "undecided") return mode;
    mode = (head ? head[0] : response.statusCode) >= 500 ? "hold" : "pass";
    if (mode === "pass" && head) writeHead(...head);
    return mode;
  };
  response.writeHead = (...args) => {
    if (mode === "pass") return writeHead(...args);
    head = args;
    decide();
    return response;
  };
  response.flushHeaders = () => (decide() === "pass" ? flushHeaders() : undefined);
  response.write = (...args) => {
    if (decide() === "pass") return write(...args);
    held.push(args);
    return true;
  };
  response.end = (...args) => {
    if (decide() === "pass") return end(...args);
    // A database error noted just now (db/outage-errors.ts) or a failed ping: an outage.
    const outageNoted = Date.now() - (globalThis.crossingsDbOutageAt ?? 0) < 3000;
    void (outageNoted ? Promise.resolve(false) : databaseAnswers()).then((answers) => {
      if (answers) {
        // Not an outage but a bug: Next.js's own error page, as it made it. Its head is written
        // here, before the body: Node would otherwise ask the held writeHead above for it.
        mode = "pass";
        writeHead(...(head ?? [response.statusCode]));
        for (const chunk of held) write(...chunk);
        return end(...args);
      }
      const locale = pageLocale(parseCookies(request.headers.cookie).get("lang"), request.headers["accept-language"]);
      // The security headers Next.js gave the failed page stay (CSP with its nonce, HSTS, nosniff …).
      const security = {};
      for (const name of SECURITY_HEADERS) {
        const value = response.getHeader(name);
        if (value !== undefined) security[name] = value;
      }
      const nonce = nonceFromPolicy(security["content-security-policy"]);
      const body = Buffer.from(unavailablePage(locale, url.startsWith("/") && !url.startsWith("//") ? url : "/", nonce));
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      writeHead(503, {
        ...security,
        "content-type": "text/html; charset=utf-8",
        "content-length": body.length,
        "content-language": locale,
        "retry-after": String(RETRY_AFTER_SECONDS),
        "cache-control": "no-store",
        vary: "Accept-Language, Cookie",
      });
      end(request.method === "HEAD" ? undefined : body);
    });
    return response;
  };
}
