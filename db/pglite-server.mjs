#!/usr/bin/env node
/**
 * The embedded database's own process: PGlite (PostgreSQL in WebAssembly) on one data
 * directory, served over the PostgreSQL wire protocol on a unix socket by
 * @electric-sql/pglite-socket, so a slow query runs here and never on the app's event loop.
 * Started (and stopped) by db/pglite-process.ts: `node db/pglite-server.mjs <dir|memory://> <socket path>`.
 *
 * - Takes the directory's database-process lock (pglite-server.lock): an earlier process of
 *   this directory whose app died may still be closing — it is waited for, never overlapped.
 * - Stops cleanly (connections closed, PGlite closed so its files are consistent, socket and
 *   lock removed) on the parent's "stop" message, when the parent's IPC channel closes (the
 *   app exited or was killed: this process never outlives it), or on SIGTERM.
 * - Ignores SIGINT while it has a parent: Ctrl-C reaches the whole process group, and the app
 *   must finish its requests in flight (and then stop this process) first.
 */
import { rmSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { lockDataDirectory, lockOwner } from "./data-dir-lock.mjs";

const LOCK = "pglite-server.lock";
const [dir, socketPath] = process.argv.slice(2);
if (!dir || !socketPath) {
  console.error("Usage: node db/pglite-server.mjs <data directory | memory://> <socket path>");
  process.exit(2);
}
const send = (message) => process.connected && process.send?.(message);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let db;
let opening;
let server;
let unlock = () => {};
let stopping;
function stop(code = 0) {
  stopping ??= (async () => {
    // Never hang here: an orphan that keeps the lock would refuse every later process.
    setTimeout(() => process.exit(1), 15_000).unref();
    try {
      await server?.stop();
      // A stop while PGlite is still opening waits for it, then closes it (a half-done initdb
      // would otherwise be left behind).
      db ??= await opening?.catch(() => undefined);
      await db?.close();
    } catch (error) {
      console.error("Closing the PGlite database failed:", error);
      code = 1;
    } finally {
      rmSync(socketPath, { force: true });
      unlock();
      process.exit(code);
    }
  })();
  return stopping;
}
process.on("message", (message) => message?.type === "stop" && void stop());
process.on("disconnect", () => void stop());
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => (process.connected ? undefined : void stop()));

try {
  if (dir !== "memory://") {
    for (let waited = 0; lockOwner(dir, LOCK) && waited < 15_000; waited += 100) await sleep(100);
    unlock = lockDataDirectory(dir, LOCK);
  }
  // A socket file left by a process that was killed would refuse the new listener.
  rmSync(socketPath, { force: true });
  opening = PGlite.create(dir);
  db = await opening;
  if (stopping) await stopping;
  // The app opens one connection per Connection (db/client.ts); a few more are allowed for a
  // second Connection in one process and for reconnections while a closed one is cleaned up.
  server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 8 });
  await server.start();
  send({ type: "ready", pid: process.pid });
} catch (error) {
  console.error(`The PGlite database at ${dir} could not be opened:`, error);
  send({ type: "error", message: error instanceof Error ? error.message : String(error) });
  await stop(1);
}
