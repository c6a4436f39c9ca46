/**
 * Paths that name a crossing or a report, as proxy.ts sees them before any page renders:
 * - a slug in another case (`/crossings/Irkeshtam/history`) is redirected to its canonical
 *   lower-case form (slugs are lower-case: lib/baseline/schema.ts);
 * - a slug or report id that cannot exist is "not found" at once;
 * - one that could exist is to be looked up; when it does not, the proxy shows the not-found
 *   page in its place (a `notFound()` thrown by the page itself leaves Next.js's empty error
 *   shell in the HTML, not the page: vercel/next.js#62228).
 * Pure: the proxy does the looking up.
 */
import { isCrossingSlug } from "@/lib/baseline/schema";

export type PathTarget = { kind: "redirect"; pathname: string } | { kind: "not-found" } | { kind: "crossing"; slug: string } | { kind: "report"; id: string };

const CROSSING_PATH = /^\/crossings\/([^/]+)(\/(?:history|edit))?\/?$/;
const REPORT_EDIT_PATH = /^\/reports\/([^/]+)\/edit\/?$/;
const REPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** What `pathname` (undecoded, as in the URL) names, or null for every other path. */
export function pathTarget(pathname: string): PathTarget | null {
  const crossing = CROSSING_PATH.exec(pathname);
  if (crossing) {
    const slug = decoded(crossing[1]!);
    if (slug === null) return { kind: "not-found" };
    const canonical = slug.toLowerCase();
    if (!isCrossingSlug(canonical)) return { kind: "not-found" };
    if (canonical !== slug) return { kind: "redirect", pathname: `/crossings/${canonical}${crossing[2] ?? ""}` };
    return { kind: "crossing", slug };
  }
  const report = REPORT_EDIT_PATH.exec(pathname);
  if (report) {
    const id = decoded(report[1]!);
    return id !== null && REPORT_ID.test(id) ? { kind: "report", id } : { kind: "not-found" };
  }
  return null;
}

/** Where the proxy rewrites a path whose page would be "not found": no route matches it, so
 * Next.js renders app/not-found.tsx there, whole, with a 404. */
export const NOT_FOUND_PATH = "/_not-found";

/** Pages only moderators may see: anyone else signed in gets "not found" (server/auth/guards.ts),
 * which the proxy shows whole too. */
export function isModeratorPage(pathname: string): boolean {
  return /^\/(moderation(\/(log|users|notices))?|crossings\/[^/]+\/(history|edit))\/?$/.test(pathname);
}
