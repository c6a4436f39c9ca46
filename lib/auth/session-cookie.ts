/** Auth.js's session cookie, under any of its names: `__Secure-` over HTTPS, `__Host-` if
 * configured so, and `.0`, `.1` … when a large value is split into chunks. One pattern for
 * the app (server/auth/session.ts) and the production server's page cache (server/http/cache-key.ts),
 * which must never serve a signed-in reader a page rendered for someone else. */
const SESSION_COOKIE = /^(?:__Secure-|__Host-)?authjs\.session-token(?:\.\d+)?$/;

export function isSessionCookie(name: string): boolean {
  return SESSION_COOKIE.test(name);
}
