/**
 * The outage guard on a real HTTP server, with a handler that fails the way Next.js does (a
 * status code set, then the error page written, no explicit writeHead): with the database
 * answering, the client gets that 500 as a well-formed HTTP response; with it away, the 503
 * page in the reader's language, keeping the security headers and the CSP nonce.
 */
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answerOutagesWithUnavailablePage } from "./outage";

let server: http.Server | null = null;

async function serve(databaseAnswers: () => Promise<boolean>, status = 500): Promise<number> {
  server = http.createServer((request, response) => {
    answerOutagesWithUnavailablePage(request, response, databaseAnswers);
    response.setHeader("content-security-policy", "script-src 'nonce-abc123' 'strict-dynamic'");
    response.setHeader("x-content-type-options", "nosniff");
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.statusCode = status;
    response.write("<!DOCTYPE html><p>Internal");
    response.end(" Server Error</p>");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

/** The raw bytes of the answer to a GET, so a missing status line would show. */
function rawGet(port: number, path: string, headers = ""): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let raw = "";
    socket.on("data", (chunk) => (raw += chunk));
    socket.on("end", () => resolve(raw));
    socket.on("error", reject);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`);
  });
}

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

describe("answerOutagesWithUnavailablePage", () => {
  it("lets a failure with the database up go out as the well-formed 500 it is", async () => {
    const port = await serve(async () => true);
    const raw = await rawGet(port, "/crossings/irkeshtam");
    expect(raw).toMatch(/^HTTP\/1\.1 500 /);
    expect(raw).toContain("x-content-type-options: nosniff");
    // Sent chunked, as written: both pieces of the page, after the head.
    expect(raw).toMatch(/\r\n\r\n[\s\S]*<p>Internal[\s\S]* Server Error<\/p>/);
  });

  it("answers a failure with the database away with the 503 page, its Retry-After and the response's nonce", async () => {
    const port = await serve(async () => false);
    const raw = await rawGet(port, "/crossings/irkeshtam", "Accept-Language: ru\r\n");
    expect(raw).toMatch(/^HTTP\/1\.1 503 /);
    expect(raw.toLowerCase()).toContain("retry-after: 5");
    expect(raw).toContain("x-content-type-options: nosniff");
    expect(raw).toContain('<style nonce="abc123">');
    expect(raw).toContain("Crossings ненадолго недоступен");
    expect(raw).not.toContain("<p>Internal");
  });

  it("leaves pages that render alone, and never holds the API", async () => {
    const port = await serve(async () => false, 200);
    expect(await rawGet(port, "/")).toMatch(/^HTTP\/1\.1 200 /);
    await new Promise((resolve) => server?.close(resolve));
    const apiPort = await serve(async () => false);
    expect(await rawGet(apiPort, "/api/v1/crossings")).toMatch(/^HTTP\/1\.1 500 /);
  });
});
