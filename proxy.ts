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

export function proxy(request: NextRequest) {
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
  // nosniff and the rest from next.config.js, and route handlers check Origin themselves);
  // prefetches render no HTML.
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
