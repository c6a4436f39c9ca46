/**
 * Which HTTP methods each path answers, and the 405 for any other (RFC 9110 §15.5.6: with an
 * `Allow` header). Pure and import-free, so both `proxy.ts` and the production server (which
 * must answer TRACE, CONNECT and TRACK itself: the WHATWG `Request` that Next.js builds for the
 * proxy and for route handlers refuses those methods, and Next.js answers them with a 500)
 * can call it before anything else.
 *
 * - Pages (and any path that matches no route: the not-found page) allow GET, HEAD and POST:
 *   every page renders the layout's language switcher and sign-out forms, whose server actions
 *   a browser without JavaScript POSTs to the page's own URL.
 * - Route handlers allow the methods their route.ts exports (HEAD wherever GET is), and
 *   OPTIONS only where they export it (the CORS preflight of the public API). Next.js would
 *   answer OPTIONS itself everywhere else; here it is a 405 like any other method.
 * - Static files allow GET and HEAD.
 * `lib/http/methods.test.ts` checks this table against the route files under app/.
 */

/** Methods, in the order `Allow` lists them. */
const ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type Method = (typeof ORDER)[number];

const READ: readonly Method[] = ["GET", "HEAD"];
const PAGE: readonly Method[] = ["GET", "HEAD", "POST"];
const PUBLIC_API: readonly Method[] = ["GET", "HEAD", "OPTIONS"];

/** Route handlers (app/**\/route.ts), most specific first; a path is matched without a trailing slash. */
const ROUTES: readonly (readonly [RegExp, readonly Method[]])[] = [
  [/^\/api\/health$/, READ],
  [/^\/api\/auth\/.+$/, ["GET", "HEAD", "POST"]],
  [/^\/api\/alerts\/unsubscribe$/, ["POST"]],
  [/^\/api\/moderation\/.+$/, ["POST"]],
  [/^\/api\/v1\/crossings$/, PUBLIC_API],
  [/^\/api\/v1\/crossings\/[^/]+$/, PUBLIC_API],
  [/^\/api\/v1\/crossings\/[^/]+\/status$/, PUBLIC_API],
  [/^\/api\/v1\/crossings\/[^/]+\/reports$/, ["GET", "HEAD", "POST"]],
  [/^\/api\/v1\/exports\/crossings\.geojson$/, PUBLIC_API],
  [/^\/api\/v1\/exports\/reports\.csv$/, PUBLIC_API],
  [/^\/api\/v1\/openapi\.json$/, READ],
  [/^\/api\/v1\/reports\/[^/]+\/flags$/, ["POST"]],
  // app/api/[...path]: any other /api/ path is a JSON 404 for the methods it exports.
  [/^\/api\/.+$/, ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]],
  [/^\/feeds\/(countries|crossings)\/[^/]+$/, READ],
  // Static files: the build's assets, public/ and the app icon.
  [/^\/_next\//, READ],
  [/^\/(sw\.js|icon\.svg|favicon\.ico)$/, READ],
];

function withoutTrailingSlash(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, "") || "/" : pathname;
}

/** The methods `pathname` (a URL's path, without the query) answers: never empty. */
export function allowedMethods(pathname: string): readonly Method[] {
  const path = withoutTrailingSlash(pathname);
  for (const [pattern, methods] of ROUTES) if (pattern.test(path)) return methods;
  return PAGE;
}

export interface MethodNotAllowed {
  status: 405;
  headers: { allow: string; "content-type": string; "cache-control": string; "x-content-type-options": "nosniff" };
  /** Send it unless the request was HEAD (which is never refused where GET is allowed). */
  body: string;
}

/** The 405 to answer `method` on `pathname` with, or null when the method is allowed there.
 * Methods are case-sensitive (RFC 9110 §9.1): `get` is not GET. */
export function methodNotAllowed(method: string, pathname: string): MethodNotAllowed | null {
  const allowed = allowedMethods(pathname);
  if ((allowed as readonly string[]).includes(method)) return null;
  const allow = ORDER.filter((candidate) => allowed.includes(candidate)).join(", ");
  return {
    status: 405,
    headers: { allow, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
    body: `Method not allowed: ${allow} only.`,
  };
}
