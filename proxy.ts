/**
 * Next.js 16's proxy (formerly middleware), in front of every page request:
 * - gives it a fresh CSP nonce: on the request's Content-Security-Policy header, where
 *   Next.js finds it and stamps it on its own <script> tags, and the same policy on the
 *   response (lib/security/headers.ts);
 * - refuses a POST from another site (a server action posted cross-origin) with 403 before
 *   Next.js sees it. Next.js checks Origin against Host for server actions too, but answers
 *   a mismatch with a 500; this makes it a logged 4xx.
 * It is not the authorization layer: every page, action and route handler checks who is
 * asking itself (DESIGN.md), so a request that skips this file gains nothing but a missing header.
 */
import { NextResponse, type NextRequest } from "next/server";
import { sameOrigin } from "@/lib/api/request-body";
import { contentSecurityPolicy, newNonce } from "@/lib/security/headers";
import { logDenied } from "@/lib/log";

const FORM_TYPE = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

/** A POSTed form whose body does not parse. Next.js takes a form POST to a page, or to a path
 * with no route, for a server action and answers a malformed one with a 500 (found by
 * fuzzing); route handlers parse their own (lib/api/request-body.ts) and answer 400. */
async function malformedForm(request: NextRequest): Promise<boolean> {
  if (request.method !== "POST" || !FORM_TYPE.test(request.headers.get("content-type") ?? "")) return false;
  try {
    await request.clone().formData();
    return false;
  } catch {
    return true;
  }
}

export async function proxy(request: NextRequest) {
  if (await malformedForm(request)) {
    return new NextResponse("Bad request: the form could not be read.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  if (request.method === "POST" && !sameOrigin(request)) {
    logDenied({ route: request.nextUrl.pathname, method: "POST", status: 403, reason: "cross-origin" });
    return new NextResponse("Cross-site requests are refused.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8", "content-security-policy": policy } });
  }
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages and their server actions. JSON, feeds and static files carry no scripts (they get
  // nosniff and the rest from next.config.js, and route handlers check Origin and parse their
  // own bodies; an /api/ path with no route is app/api/[...path]'s JSON 404); prefetches
  // render no HTML.
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|icon.svg|favicon.ico|sw.js|feeds/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
