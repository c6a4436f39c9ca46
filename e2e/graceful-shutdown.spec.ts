/**
 * SIGTERM (a deploy, a scale-down) must not cut a traveller's request short: the server stops
 * accepting connections, finishes the requests in flight, closes the database (PGlite is left
 * consistent and its lock released), then exits 0.
 */
import { existsSync, rmSync } from "node:fs";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { prepareDatabase, startAppServer } from "./support/app-servers";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 7;
const PGLITE_DIR = ".data/shutdown-pglite";

/** Opens a connection and resolves whether the server accepted it. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

test("SIGTERM finishes the request in flight, refuses new connections, closes the database and exits 0", async () => {
  test.setTimeout(120_000);
  rmSync(PGLITE_DIR, { recursive: true, force: true });
  // Its own embedded database: two processes may never share one PGlite directory.
  const env = { PGLITE_DIR, DATABASE_URL: "" };
  prepareDatabase(env);
  const server = await startAppServer(PORT, { kind: "pglite", env });
  try {
    // A sign-in request whose body is still arriving: the handler is waiting for the rest of it.
    const body = "email=late-traveller%40e2e.test&csrfToken=none&callbackUrl=%2F";
    const socket = net.connect(PORT, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    let response = "";
    socket.on("data", (chunk) => (response += chunk));
    const closed = new Promise((resolve) => socket.once("close", resolve));
    socket.write(
      `POST /api/auth/signin/nodemailer HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
        `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 20)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));

    server.kill("SIGTERM");
    await expect.poll(() => accepts(PORT), { timeout: 10_000 }).toBe(false);
    expect(server.alive(), "still running while a request is in flight").toBe(true);
    expect(response, "nothing answered before the request was complete").toBe("");

    // The rest of the body (not a half-close: a client that hangs up gets no answer anyway).
    socket.write(body.slice(20));
    await closed;
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);
    console.log(`The request in flight when SIGTERM came was answered ${status}`);
    expect(status).toBeGreaterThanOrEqual(200);
    expect(status).toBeLessThan(500);

    const exit = await server.exited;
    if (exit !== 0) console.log(server.log());
    expect(exit).toBe(0);
    expect(server.log()).toContain("SIGTERM: finishing requests in flight");
    expect(existsSync(`${PGLITE_DIR}/crossings.lock`), "the database was closed and its lock released").toBe(false);
  } finally {
    if (server.alive()) server.kill("SIGKILL");
    rmSync(PGLITE_DIR, { recursive: true, force: true });
  }
});
