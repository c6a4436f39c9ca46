/**
 * Security headers for every response — pages, route handlers, static files, 404s. The
 * Content-Security-Policy is not here: it carries a per-request nonce (proxy.ts,
 * lib/security/headers.ts). HSTS is ignored by browsers over plain HTTP (loopback, dev).
 */
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // CSP frame-ancestors is the modern form; this covers browsers that only know the old header.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
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
