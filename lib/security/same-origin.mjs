/**
 * Whether a request's Origin header names the host it was sent to (X-Forwarded-Host behind a
 * proxy, else Host). Plain JavaScript: the production server (scripts/cross-site-form.mjs) runs
 * it before Next.js, and the route handlers (lib/api/request-body.ts) after.
 * An Origin that is not a URL ("null", from a sandboxed frame or a privacy redirect) never matches.
 * @param {string} origin
 * @param {string | null | undefined} host
 * @returns {boolean}
 */
export function originMatchesHost(origin, host) {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
