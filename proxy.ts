/**
 * Next.js 16's proxy (formerly middleware), in front of every request but the build's static
 * assets:
 * - answers a method the path does not take with 405 and `Allow` (lib/http/methods.ts). TRACE,
 *   TRACK and CONNECT never get here (Next.js cannot even build the request): the production
 *   server refuses those with the same function;
 * - for pages only, from here on (route handlers, feeds and static files carry no scripts and
 *   parse their own bodies):
 * - refuses a form POST whose body does not parse, and a server-action call (`Next-Action`)
 *   that is not the multipart form every action of the app takes, with 400 (Next.js answers
 *   both with a 500 and a stack trace in the log);
 * - refuses a POST from another site (a server action posted cross-origin) with 403 before
 *   Next.js sees it. Next.js checks Origin against Host for server actions too, but answers
 *   a mismatch with a 500; this makes it a logged 4xx;
 * - redirects a crossing's slug in another case to the canonical one (308), and shows the
 *   not-found page, whole and with a 404, where the page would say "not found": a crossing or
 *   report that does not exist, a moderators' page to a signed-in traveller, another's report
 *   to edit (lib/http/canonical-path.ts: a page's own notFound() would leave an empty page to
 *   readers without JavaScript). The pages keep their own checks;
 * - gives every page a fresh CSP nonce: on the request's Content-Security-Policy header, where
 *   Next.js finds it and stamps it on its own <script> tags, and the same policy on the
 *   response (lib/security/headers.ts).
 * It is not the authorization layer: every page, action and route handler checks who is
 * asking itself (docs/architecture.md, "Every handler checks who is asking"), so a request that skips this
 * file gains nothing but a missing header.
 */
import { NextResponse, type NextRequest } from "next/server";
import { crossingRecord } from "@/db/queries/current";
import { getReportById } from "@/db/queries/reports";
import { sameOrigin } from "@/lib/api/request-body";
import { isModerator } from "@/server/auth/guards";
import { currentUser } from "@/server/auth/session";
import { isSessionCookie } from "@/lib/auth/session-cookie";
import { malformedActionCall } from "@/lib/http/action-args";
import { isModeratorPage, NOT_FOUND_PATH, pathTarget, type PathTarget } from "@/lib/http/canonical-path";
import { methodNotAllowed } from "@/lib/http/methods";
import { contentSecurityPolicy, newNonce } from "@/lib/security/headers";
import { logDenied, logEvent } from "@/lib/log";

const FORM_TYPE = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;
const TEXT = { "content-type": "text/plain; charset=utf-8" };

/** Why a POST to a page cannot be one of the app's forms, or null. Next.js takes a form POST to a
 * page, or to a path with no route, for a server action and answers a malformed one with a 500
 * (found by fuzzing), as it does a `Next-Action` call whose arguments are not the form the action
 * takes (lib/http/action-args.ts); route handlers parse their own (lib/api/request-body.ts). */
async function malformedPost(request: NextRequest): Promise<string | null> {
  if (request.method !== "POST") return null;
  const contentType = request.headers.get("content-type");
  const actionCall = request.headers.has("next-action");
  if (!actionCall && !FORM_TYPE.test(contentType ?? "")) return null;
  if (actionCall && !/^multipart\/form-data\b/i.test(contentType ?? "")) return malformedActionCall(contentType, null);
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return "form-does-not-parse";
  }
  return actionCall ? malformedActionCall(contentType, form.get("0")) : null;
}

/** Would the page say "not found" to this reader? An unknown crossing or report; and, for a
 * reader who is signed in (the page sends others to sign in), a moderators' page to anyone
 * else, or another traveller's report to edit (server/auth/guards.ts, app/reports/[id]/edit).
 * When the database cannot say, the page answers for itself (a 503 while it is away). */
async function notFoundFor(request: NextRequest, target: PathTarget | null): Promise<boolean> {
  if (target?.kind === "not-found") return true;
  const { pathname } = request.nextUrl;
  const signedIn = request.cookies.getAll().some((cookie) => isSessionCookie(cookie.name));
  if (target?.kind !== "crossing" && target?.kind !== "report" && !(signedIn && isModeratorPage(pathname))) return false;
  try {
    if (target?.kind === "crossing" && (await crossingRecord(target.slug)) === null) return true;
    const report = target?.kind === "report" ? await getReportById(target.id) : null;
    if (target?.kind === "report" && !report) return true;
    // The session is read only where it decides something: a moderators' page, another's report.
    if (!signedIn || (!isModeratorPage(pathname) && report === null)) return false;
    const user = await currentUser();
    if (!user) return false;
    if (isModeratorPage(pathname) && !isModerator(user)) {
      logDenied({ route: pathname, status: 403, reason: "not-moderator", userId: user.id });
      return true;
    }
    return report !== null && report.authorId !== user.id;
  } catch {
    return false;
  }
}

/** The router's own prefetch (RSC, not a page a reader navigates to). A browser's `Purpose:
 * prefetch` of a page is an HTML page it may show later: it gets its policy like any other. */
const isRouterPrefetch = (request: NextRequest) => request.headers.has("next-router-prefetch");
const isPage = (pathname: string) => !/^\/(api|feeds)\//.test(pathname) && !/^\/(sw\.js|icon\.svg|favicon\.ico)$/.test(pathname);

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const refused = methodNotAllowed(request.method, pathname);
  if (refused) return new NextResponse(request.method === "HEAD" ? null : refused.body, { status: refused.status, headers: refused.headers });
  if (!isPage(pathname)) return NextResponse.next();

  const malformed = await malformedPost(request);
  if (malformed) {
    logEvent("warn", "request.malformed", { route: pathname.slice(0, 200), method: "POST", status: 400, reason: malformed });
    return new NextResponse("Bad request: the form could not be read.", { status: 400, headers: TEXT });
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  if (request.method === "POST" && !sameOrigin(request)) {
    logDenied({ route: pathname, method: "POST", status: 403, reason: "cross-origin" });
    return new NextResponse("Cross-site requests are refused.", { status: 403, headers: { ...TEXT, "content-security-policy": policy } });
  }
  if (isRouterPrefetch(request)) return NextResponse.next();

  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  let response = NextResponse.next({ request: { headers } });
  const target = request.method === "GET" || request.method === "HEAD" ? pathTarget(pathname) : null;
  if (target?.kind === "redirect") {
    const url = request.nextUrl.clone();
    url.pathname = target.pathname;
    return NextResponse.redirect(url, 308);
  }
  if ((request.method === "GET" || request.method === "HEAD") && (await notFoundFor(request, target))) {
    const url = request.nextUrl.clone();
    url.pathname = NOT_FOUND_PATH;
    url.search = "";
    response = NextResponse.rewrite(url, { request: { headers } });
  }
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Everything but the build's static assets (immutable files only ever read: the production
  // server answers other methods on them with lib/http/methods.ts).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
