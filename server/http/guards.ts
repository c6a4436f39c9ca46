/**
 * Requests the production server answers itself, before Next.js sees them, because Next.js
 * would answer them with a 500 or a broken response (each found by e2e/fuzz.spec.ts).
 */
import type { IncomingMessage } from "node:http";
import { originMatchesHost } from "@/lib/security/same-origin";

/**
 * The longest request URL the server takes (bytes, path and query). No page or API of the app
 * needs more than a few hundred (an OAuth callback's state, the longest, under 2 KB). Longer ones
 * are answered 414: Next.js would redirect some of them (a `//` in the path) with the whole URL
 * in both `Location` and `Refresh`, a response head past the 16 KB that Node's and undici's
 * parsers accept, which the client saw as a dropped connection.
 */
export const MAX_URL_BYTES = 4096;

export function urlTooLong(url: string | undefined): boolean {
  return Buffer.byteLength(String(url ?? "")) > MAX_URL_BYTES;
}

/**
 * Next.js answers 500 when a path segment is not valid percent-encoded UTF-8
 * (`/crossings/%ED%A0%80`): its route matcher's decode error escapes in production
 * (vercel/next.js#92527). No page or API has such a path: 404.
 */
export function hasMalformedPath(url: string | undefined): boolean {
  const path = String(url ?? "").split("?")[0]!;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded|text\/plain)\b/i;
/** Route handlers that check the origin themselves or need cross-site forms (Auth.js callbacks,
 * one-click unsubscribe from a mail provider). */
const CROSS_SITE_FORMS_ALLOWED = /^\/api\/(auth|alerts)\//;

type RequestLike = Pick<IncomingMessage, "method" | "url" | "headers">;

/**
 * A form POSTed from another origin to a page or a path with no route: Next.js takes it for a
 * server action and refuses the origin by throwing ("Invalid Server Actions request", a 500).
 */
export function isCrossSiteForm(request: RequestLike): boolean {
  if (request.method !== "POST") return false;
  const headers = request.headers ?? {};
  const origin = headers.origin;
  if (origin === undefined) return false;
  if (!FORM_TYPES.test(String(headers["content-type"] ?? "")) && headers["next-action"] === undefined) return false;
  if (CROSS_SITE_FORMS_ALLOWED.test(String(request.url ?? ""))) return false;
  const host = headers["x-forwarded-host"] ?? headers.host;
  return !originMatchesHost(String(origin), Array.isArray(host) ? host[0] : host);
}
