/**
 * What a reader gets when a page fails while the database is away: the 503 page in their
 * language with Retry-After (./unavailable-page.ts) instead of Next.js's generic 500. A failure
 * while the database answers is a bug, and goes out as Next.js made it.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { processBridge } from "@/db/bridge";
import { requestLocale } from "./cache-key";
import { nonceFromPolicy } from "./nonce";
import { RETRY_AFTER_SECONDS, unavailablePage } from "./unavailable-page";

/** Headers the 503 page keeps from the response Next.js had begun (next.config.js, proxy.ts). */
export const SECURITY_HEADERS = ["content-security-policy", "strict-transport-security", "x-content-type-options", "referrer-policy", "x-frame-options", "permissions-policy"];
const NAVIGATION_HEADERS = ["rsc", "next-router-prefetch", "next-action"];

let ping: { at: number; answer: Promise<boolean>; pending: boolean } | null = null;

/** Does the app's database answer `select 1` within the time limit? A failing page under load
 * asks many times at once: they share one ping. */
export function databaseAnswers(timeoutMs = 1500): Promise<boolean> {
  const bridge = processBridge();
  const connection = bridge.connection;
  if (!connection) return Promise.resolve(true); // never opened: this failure is not about the database
  // A query failed for want of the database just now (db/outage-errors.ts): that is the answer,
  // whatever a ping from a moment before said.
  if (Date.now() - bridge.outageAt < 3000) return Promise.resolve(false);
  // One ping at a time (behind a stuck query, more would only queue up), its answer kept 0.5 s.
  if (ping && (ping.pending || Date.now() - ping.at < 500)) return ping.answer;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const answer = Promise.race([connection.rawQuery("select 1", []).then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)))])
    .catch(() => false)
    .finally(() => {
      clearTimeout(timer);
      if (ping?.answer === answer) ping.pending = false;
    });
  ping = { at: Date.now(), answer, pending: true };
  return answer;
}

/** Whether the 503 page is the answer for a failed render (a reader's page, the database away). */
export function isReaderPage(request: Pick<IncomingMessage, "method" | "url" | "headers">): boolean {
  const url = request.url ?? "/";
  if (!["GET", "HEAD"].includes(request.method ?? "") || url.startsWith("/api/") || url.startsWith("/_next/")) return false;
  return !NAVIGATION_HEADERS.some((name) => request.headers[name] !== undefined);
}

/** The 503 page's status, headers and body, keeping the failed response's security headers. */
export function unavailableResponse(request: Pick<IncomingMessage, "url" | "headers">, security: Record<string, unknown>): { headers: OutgoingHttpHeaders; body: Buffer } {
  const url = request.url ?? "/";
  const locale = requestLocale(request);
  const nonce = nonceFromPolicy(security["content-security-policy"]);
  const body = Buffer.from(unavailablePage(locale, url.startsWith("/") && !url.startsWith("//") ? url : "/", nonce));
  const kept: OutgoingHttpHeaders = {};
  for (const name of SECURITY_HEADERS) if (security[name] !== undefined) kept[name] = security[name] as string;
  return {
    body,
    headers: {
      ...kept,
      "content-type": "text/html; charset=utf-8",
      "content-length": body.length,
      "content-language": locale,
      "retry-after": String(RETRY_AFTER_SECONDS),
      "cache-control": "no-store",
      vary: "Accept-Language, Cookie",
    },
  };
}

type Args = Parameters<ServerResponse["write"]>;

/**
 * For a reader's page rendered straight into its response (not through the page cache): when
 * Next.js starts a 5xx response, hold it back; once it ends, if the database does not answer,
 * send the 503 page instead, else what Next.js made. Only failing responses are held, so pages
 * that render are streamed as before.
 */
export function answerOutagesWithUnavailablePage(request: IncomingMessage, response: ServerResponse, answers: () => Promise<boolean> = databaseAnswers): void {
  if (!isReaderPage(request)) return;
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  const flushHeaders = response.flushHeaders.bind(response);
  let mode: "undecided" | "pass" | "hold" = "undecided";
  let head: unknown[] | null = null;
  const held: unknown[][] = [];
  const decide = () => {
    if (mode !== "undecided") return mode;
    mode = Number(head ? head[0] : response.statusCode) >= 500 ? "hold" : "pass";
    if (mode === "pass" && head) writeHead(...head);
    return mode;
  };
  response.writeHead = ((...args: unknown[]) => {
    if (mode === "pass") return writeHead(...args);
    head = args;
    decide();
    return response;
  }) as ServerResponse["writeHead"];
  response.flushHeaders = () => (decide() === "pass" ? flushHeaders() : undefined);
  response.write = ((...args: Args) => {
    if (decide() === "pass") return write(...args);
    held.push(args);
    return true;
  }) as ServerResponse["write"];
  response.end = ((...args: unknown[]) => {
    if (decide() === "pass") return end(...args);
    void answers().then((up) => {
      if (up) {
        // A bug, not an outage: Next.js's own error page. Its head first: Node would otherwise
        // ask the held writeHead above for it.
        mode = "pass";
        writeHead(...(head ?? [response.statusCode]));
        for (const chunk of held) write(...chunk);
        return end(...args);
      }
      const security: Record<string, unknown> = {};
      for (const name of SECURITY_HEADERS) security[name] = response.getHeader(name);
      const page = unavailableResponse(request, security);
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      writeHead(503, page.headers);
      end(request.method === "HEAD" ? undefined : page.body);
    });
    return response;
  }) as ServerResponse["end"];
}
