/**
 * Next.js answers 500 ("Invalid Server Actions request") when a form is POSTed from another
 * origin to any path outside a route handler — a page, or a path that matches nothing — since it
 * takes every such POST for a server action and refuses the origin by throwing (found by
 * e2e/fuzz.spec.ts). The production server refuses those with 403 first. Route handlers check
 * the origin themselves (flags, moderation) or need cross-site forms (Auth.js callbacks, one-click
 * unsubscribe from a mail provider), so /api/auth and /api/alerts pass through.
 */
import { originMatchesHost } from "../lib/security/same-origin.mjs";

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded|text\/plain)\b/i;
const PASS = /^\/api\/(auth|alerts)\//;

/** Whether a request is a form POST from another origin that Next.js would answer with a 500. */
export function isCrossSiteForm(request) {
  if (request.method !== "POST") return false;
  const headers = request.headers ?? {};
  const origin = headers.origin;
  if (origin === undefined) return false;
  if (!FORM_TYPES.test(String(headers["content-type"] ?? "")) && headers["next-action"] === undefined) return false;
  if (PASS.test(String(request.url ?? ""))) return false;
  const host = headers["x-forwarded-host"] ?? headers.host;
  return !originMatchesHost(String(origin), Array.isArray(host) ? host[0] : host);
}
