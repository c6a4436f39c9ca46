import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allowedMethods, methodNotAllowed } from "@/lib/http/methods";

const appDir = path.resolve(import.meta.dirname, "..", "..", "app");

/** Every file under app/ named `name`, as paths relative to app/. */
function find(name: string, dir = appDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return find(name, full);
    return entry.name === name ? [path.relative(appDir, full)] : [];
  });
}

/** A concrete URL path for a route file: [x] → a segment, [...x] → two segments. */
function samplePath(file: string): string {
  const segments = path
    .dirname(file)
    .split(path.sep)
    .filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment))
    .flatMap((segment) => (segment.startsWith("[...") ? ["some", "thing"] : segment.startsWith("[") ? ["sample"] : [segment]));
  return `/${segments.join("/")}`;
}

/** The HTTP methods a route.ts exports (`export function GET`, `export const POST =`, `export { x as GET }`). */
function exportedMethods(source: string): string[] {
  const methods = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)) methods.add(match[1]!);
  for (const block of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const name of block[1]!.matchAll(/\bas\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)) methods.add(name[1]!);
  return [...methods];
}

describe("allowedMethods", () => {
  it("matches what every route handler under app/ exports (HEAD wherever GET is)", () => {
    const routes = find("route.ts");
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) {
      const exported = exportedMethods(readFileSync(path.join(appDir, route), "utf8"));
      if (exported.includes("GET")) exported.push("HEAD");
      expect([...allowedMethods(samplePath(route))].sort(), route).toEqual([...new Set(exported)].sort());
    }
  });

  it("gives every page GET, HEAD and POST (the layout's forms post their server actions to the page)", () => {
    const pages = find("page.tsx");
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(allowedMethods(samplePath(page)), page).toEqual(["GET", "HEAD", "POST"]);
  });

  it("treats a path with no route as a page (the not-found page has the same forms)", () => {
    expect(allowedMethods("/no/such/page")).toEqual(["GET", "HEAD", "POST"]);
    expect(allowedMethods("/api")).toEqual(["GET", "HEAD", "POST"]);
  });

  it("allows only reading static files", () => {
    for (const file of ["/_next/static/chunks/app.js", "/sw.js", "/icon.svg", "/favicon.ico"]) expect(allowedMethods(file), file).toEqual(["GET", "HEAD"]);
  });

  it("ignores a trailing slash", () => {
    expect(allowedMethods("/api/health/")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/")).toEqual(["GET", "HEAD", "POST"]);
  });
});

describe("methodNotAllowed", () => {
  it("refuses TRACE, TRACK, CONNECT and WebDAV methods everywhere, with the path's Allow", () => {
    for (const method of ["TRACE", "TRACK", "CONNECT", "PROPFIND", "MKCOL"]) {
      expect(methodNotAllowed(method, "/")).toMatchObject({ status: 405, headers: { allow: "GET, HEAD, POST" } });
      expect(methodNotAllowed(method, "/api/v1/crossings")).toMatchObject({ status: 405, headers: { allow: "GET, HEAD, OPTIONS" } });
      expect(methodNotAllowed(method, "/_next/static/x.js")).toMatchObject({ status: 405, headers: { allow: "GET, HEAD" } });
    }
  });

  it("lets the allowed methods through", () => {
    expect(methodNotAllowed("GET", "/crossings/irkeshtam")).toBeNull();
    expect(methodNotAllowed("POST", "/crossings/irkeshtam")).toBeNull();
    expect(methodNotAllowed("OPTIONS", "/api/v1/crossings/irkeshtam/status")).toBeNull();
    expect(methodNotAllowed("POST", "/api/v1/reports/abc/flags")).toBeNull();
  });

  it("refuses OPTIONS where no CORS is served, and methods a route does not export", () => {
    expect(methodNotAllowed("OPTIONS", "/crossings/irkeshtam")?.headers.allow).toBe("GET, HEAD, POST");
    expect(methodNotAllowed("OPTIONS", "/api/health")?.headers.allow).toBe("GET, HEAD");
    expect(methodNotAllowed("DELETE", "/api/v1/crossings/irkeshtam/reports")?.headers.allow).toBe("GET, HEAD, POST");
    expect(methodNotAllowed("GET", "/api/alerts/unsubscribe")?.headers.allow).toBe("POST");
  });

  it("is case-sensitive, as methods are", () => {
    expect(methodNotAllowed("get", "/")?.status).toBe(405);
  });

  it("says so in plain text that is never cached or sniffed", () => {
    expect(methodNotAllowed("TRACE", "/")).toEqual({
      status: 405,
      headers: { allow: "GET, HEAD, POST", "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
      body: "Method not allowed: GET, HEAD, POST only.",
    });
  });
});
