/**
 * Public API answers the production server gives without Next.js's request pipeline: the
 * status of one crossing at an instant or for a mode (`/api/v1/crossings/{slug}/status?at=…`),
 * a question with a new answer for almost every request, so never served from the page cache.
 * Through Next.js such a request costs several times the answer itself (routing, the proxy,
 * web-stream piping); here it costs the answer.
 *
 * It is the same function Next.js's route handler calls (server/api/status-route.ts), registered
 * on the process bridge by the route module when Next.js loads it (at start or on first use;
 * db/bridge.ts): until then, and for anything this file does not recognise, the request goes
 * to Next.js as before.
 * What Next.js adds to such an answer, this adds too: the security headers of next.config.js
 * (lib/security/response-headers.json) and gzip. The caller (server.ts) applies the same bounds
 * per client address and in total as for any uncached request.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import type { ProcessBridge } from "@/db/bridge";
import securityHeaders from "@/lib/security/response-headers.json";

/** A strict slug and nothing else in the path: any other spelling goes to Next.js. */
const STATUS = /^\/api\/v1\/crossings\/([a-z0-9-]{1,80})\/status(?:\?|$)/;
/** As Next.js's compression: bodies under 1 KB go out as they are. */
const GZIP_FROM_BYTES = 1024;
const SECURITY: OutgoingHttpHeaders = Object.fromEntries(securityHeaders.map(({ key, value }) => [key.toLowerCase(), value]));

export type FastAnswer = (request: IncomingMessage, response: ServerResponse, gzip: boolean) => Promise<void>;

/** The direct answer for this request, or null (Next.js answers it). */
export function fastRoute(request: Pick<IncomingMessage, "method" | "url">, routes: ProcessBridge["apiRoutes"], siteHost: string): FastAnswer | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const match = STATUS.exec(request.url ?? "");
  const status = routes.status;
  if (!match || !status) return null;
  const slug = match[1]!;
  return async (request, response, gzip) => {
    // The answer depends on the path and query alone, plus If-None-Match for a 304: nothing else
    // the client sent (cookies, authorization) reaches it.
    const headers = new Headers();
    const match = request.headers["if-none-match"];
    if (typeof match === "string") headers.set("if-none-match", match);
    const answer = await status(new Request(`http://${siteHost}${request.url}`, { method: "GET", headers }), slug);
    const body = Buffer.from(await answer.arrayBuffer());
    if (response.headersSent || response.destroyed) return;
    const out: OutgoingHttpHeaders = { ...SECURITY };
    answer.headers.forEach((value, name) => (out[name] = value));
    if (!/\baccept-encoding\b/i.test(String(out.vary ?? ""))) out.vary = out.vary ? `${out.vary}, Accept-Encoding` : "Accept-Encoding";
    if (answer.status === 304 || answer.status === 204) {
      response.writeHead(answer.status, out);
      return void response.end();
    }
    const compressed = gzip && request.method !== "HEAD" && body.length >= GZIP_FROM_BYTES ? gzipSync(body) : null;
    if (compressed) out["content-encoding"] = "gzip";
    const payload = compressed ?? body;
    out["content-length"] = payload.length;
    response.writeHead(answer.status, out);
    response.end(request.method === "HEAD" ? undefined : payload);
  };
}
