/**
 * The security headers of every response, and the Content-Security-Policy of every page.
 * proxy.ts sets the CSP with a fresh nonce per request (Next.js reads the nonce back from the
 * request's CSP header and puts it on its own <script> tags); next.config.js sets the
 * nonce-free headers (HSTS, nosniff, Referrer-Policy …) on every response.
 * scripts/server.mjs swaps the nonce on page-cache hits, so a nonce is never sent twice.
 */

/** 16 random bytes, base64: 128 bits an attacker cannot guess. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * - script-src: only scripts carrying this response's nonce, and what they load
 *   ('strict-dynamic'; 'self' is the fallback for browsers without CSP 3). No 'unsafe-eval'
 *   and no 'unsafe-inline': an injected <script> or onerror= never runs.
 * - style-src: 'self' and the nonce. The app has no inline style attributes, and Next.js's
 *   production pages link their CSS as files, so no 'unsafe-inline' is needed (the e2e test
 *   collects CSP violations on every kind of page to keep it that way).
 * - img-src data: for the icons CSS may inline; worker-src 'self' for the service worker.
 * - form-action 'self': forms post only here (the OAuth sign-in redirects are responses, not
 *   form targets, so they are unaffected).
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}
