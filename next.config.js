/**
 * Security headers for every response — pages, route handlers, static files, 404s
 * (lib/security/response-headers.json: the production server sends the same ones with the
 * answers it gives without Next.js, server/http/fast-routes.ts). The Content-Security-Policy
 * is not here: it carries a per-request nonce (proxy.ts, lib/security/headers.ts). HSTS is
 * ignored by browsers over plain HTTP (loopback, dev). X-Frame-Options covers browsers that
 * only know the old header (CSP frame-ancestors is the modern form).
 */
import { readFileSync } from "node:fs";

const securityHeaders = JSON.parse(readFileSync(new URL("./lib/security/response-headers.json", import.meta.url), "utf8"));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Types are checked once, by `npm test` (`next typegen && tsc --noEmit`, before anything else
  // runs) and so by CI; `npm start` builds without checking them again (6–7 s of a 30–40 s
  // build on two cores), so a first start does only what serving needs.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The service worker must be checked for a new version on every visit (it is small);
      // Next.js would otherwise serve it as `public, max-age=0`, which browsers may also reuse.
      { source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] },
    ];
  },
};

export default nextConfig;
