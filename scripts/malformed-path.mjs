/**
 * Next.js answers 500 when a path segment is not valid percent-encoded UTF-8 (`/crossings/%ED%A0%80`,
 * `/api/v1/crossings/%C0%AE`): its route matcher's decode error escapes in production
 * (vercel/next.js#92527, found here by e2e/fuzz.spec.ts). No page or API has such a path, so the
 * production server answers 404 for it before Next.js sees it.
 */

/** Whether the path of a request URL cannot be decoded. */
export function hasMalformedPath(url) {
  const path = String(url ?? "").split("?")[0];
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
