/**
 * Public GET responses: open to every origin (CORS), with a strong ETag so clients and
 * caches revalidate cheaply (304), and a short Cache-Control because states change.
 */
import { createHash } from "node:crypto";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, Content-Type",
  "Access-Control-Expose-Headers": "ETag, Retry-After",
} as const;

/** "Now" for API answers, to the minute: the same minute gives the same body and ETag. */
export function apiNow(): Date {
  return new Date(Math.floor(Date.now() / 60_000) * 60_000);
}

export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag || candidate.trim() === "*");
}

export function cachedBody(
  request: Request,
  body: string,
  contentType: string,
  { maxAge = 30, extraHeaders = {} }: { maxAge?: number; extraHeaders?: Record<string, string> } = {},
): Response {
  const etag = etagOf(body);
  const headers = { ...CORS_HEADERS, ETag: etag, "Cache-Control": `public, max-age=${maxAge}, must-revalidate`, Vary: "Accept-Encoding", ...extraHeaders };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}

export function cachedJson(request: Request, value: unknown, options?: { maxAge?: number; extraHeaders?: Record<string, string> }): Response {
  return cachedBody(request, JSON.stringify(value), "application/json", options);
}

/** The preflight answer for browsers asking before a cross-origin GET. */
export function corsPreflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, "Access-Control-Max-Age": "86400" } });
}
