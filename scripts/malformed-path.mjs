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

/**
 * The longest request URL the server takes (bytes, path and query). No page or API of the app
 * needs more than a few hundred (an OAuth callback's state, the longest, under 2 KB). Longer ones
 * are answered 414 here: Next.js would redirect some of them (a `//` in the path) with the whole
 * URL in both `Location` and `Refresh`, a response head past the 16 KB that Node's and undici's
 * parsers accept, which the client saw as a dropped connection (found by fuzzing).
 */
export const MAX_URL_BYTES = 4096;

/** Whether a request URL is longer than the server takes. */
export function urlTooLong(url) {
  return Buffer.byteLength(String(url ?? "")) > MAX_URL_BYTES;
}
