/**
 * TRACE (and TRACK, CONNECT): the WHATWG Request Next.js builds for its proxy and route handlers
 * refuses them, so Next.js answers with a 500 and a stack trace before proxy.ts can run. The
 * production server answers them itself, with lib/http/methods.ts's methodNotAllowed: 405 and
 * `Allow`, like any other method a path does not take (e2e/edges.spec.ts).
 * Raw HTTP: fetch() refuses to send these methods too.
 */
import http from "node:http";
import { readFileSync, statSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { SERVER_LOG } from "./support/constants";

function raw(baseURL: string, method: string, path: string): Promise<{ status: number; allow: string | undefined }> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, method, path: url.pathname }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode!, allow: response.headers.allow }));
    });
    request.on("error", reject);
    request.end();
  });
}

test("TRACE on any URL is answered 405 with Allow, TRACK 400 by Node's own parser, and no stack trace", async ({ baseURL }) => {
  const offset = statSync(SERVER_LOG).size;
  for (const [path, allow] of [
    ["/", "GET, HEAD, POST"],
    ["/crossings/irkeshtam", "GET, HEAD, POST"],
    ["/api/health", "GET, HEAD"],
    ["/api/v1/crossings", "GET, HEAD, OPTIONS"],
    ["/feeds/crossings/irkeshtam.atom", "GET, HEAD"],
    ["/sw.js", "GET, HEAD"],
    ["/_next/static/chunks/none.js", "GET, HEAD"],
  ] as const) {
    expect(await raw(baseURL!, "TRACE", path), `TRACE ${path}`).toEqual({ status: 405, allow });
    // TRACK is no method Node's HTTP parser knows: it answers 400 itself, before any handler.
    expect(await raw(baseURL!, "TRACK", path), `TRACK ${path}`).toEqual({ status: 400, allow: undefined });
  }
  expect(readFileSync(SERVER_LOG).subarray(offset).toString("utf8")).not.toMatch(/⨯|TypeError|\n\s+at /);
});
