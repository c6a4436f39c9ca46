/**
 * Whether a request's Origin header names the host it was sent to (X-Forwarded-Host behind a
 * proxy, else Host). The production server (server/http/guards.ts) runs it before Next.js, and
 * the route handlers (lib/api/request-body.ts) after.
 * An Origin that is not a URL ("null", from a sandboxed frame or a privacy redirect) never matches.
 */
export function originMatchesHost(origin: string, host: string | null | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
