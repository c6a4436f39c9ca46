/**
 * The app's side of the embedded database's own process (db/pglite-server.mjs): PGlite runs
 * there, and the app speaks the PostgreSQL wire protocol to it over a unix socket with
 * postgres.js — the same driver as for PostgreSQL — so a slow query never blocks the event
 * loop that serves readers.
 *
 * - One process per data directory per app process, shared by every connect() on it (PGlite
 *   allows one instance per directory); the directory's lock (crossings.lock) is held by the
 *   app process from the first connect() to the last close().
 * - `ready()` starts the process if it is not running (again, after a crash: at most once a
 *   second) and resolves once it answers on its socket.
 * - `release()`: the last user stops it cleanly and waits for it to exit.
 * - It never outlives the app: it stops when the app's IPC channel closes, and is sent SIGTERM
 *   when the app exits.
 */
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { lockDataDirectory } from "@/db/data-dir-lock.mjs";
import { DatabaseUnavailableError } from "@/db/outage-errors";

/** Where PostgreSQL itself would put its socket in a directory. */
const SOCKET_NAME = ".s.PGSQL.5432";
/** A unix socket path may not be longer than 107 bytes on Linux. */
const MAX_SOCKET_PATH = 100;
const RESTART_DELAY_MS = 1000;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

/** Plain JavaScript beside this file; resolved from the project root (where every entry point runs). */
export const serverScript = () => path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "pglite-server.mjs");

const globalForProcesses = globalThis as unknown as {
  crossingsPgliteProcesses?: Map<string, PgliteProcess>;
  crossingsPgliteChildren?: Set<ChildProcess>;
};
const processes = (globalForProcesses.crossingsPgliteProcesses ??= new Map());
const children = (globalForProcesses.crossingsPgliteChildren ??= (() => {
  const set = new Set<ChildProcess>();
  process.once("exit", () => {
    for (const child of set) child.kill("SIGTERM");
  });
  return set;
})());

export class PgliteProcess {
  readonly socketPath: string;
  private child?: ChildProcess;
  private starting?: Promise<void>;
  private users = 0;
  private closed = false;
  private lastExitAt = 0;
  private readonly tempDir?: string;
  private readonly unlock: () => void;

  constructor(readonly dir: string) {
    const inDir = dir === "memory://" ? null : path.join(path.resolve(dir), SOCKET_NAME);
    if (inDir && inDir.length <= MAX_SOCKET_PATH) {
      this.socketPath = inDir;
    } else {
      this.tempDir = mkdtempSync(path.join(tmpdir(), "crossings-pglite-"));
      this.socketPath = path.join(this.tempDir, SOCKET_NAME);
    }
    if (!existsSync(/*turbopackIgnore: true*/ serverScript())) throw new Error(`${serverScript()} is missing: run the app from the project's root folder.`);
    this.unlock = dir === "memory://" ? () => {} : lockDataDirectory(dir);
  }

  /** The running database process's pid (tests kill it to see a crash handled). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Resolves once the database process answers on its socket, starting it if needed. */
  ready(): Promise<void> {
    if (this.closed) return Promise.reject(new DatabaseUnavailableError(`The PGlite database at ${this.dir} has been closed.`));
    this.starting ??= this.start();
    return this.starting;
  }

  private async start(): Promise<void> {
    const wait = this.lastExitAt + RESTART_DELAY_MS - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (this.closed) throw new DatabaseUnavailableError(`The PGlite database at ${this.dir} has been closed.`);
    // No execArgv: the parent's loaders (tsx, vitest) are not needed by plain JavaScript.
    const child = fork(/*turbopackIgnore: true*/ serverScript(), [this.dir, this.socketPath], { stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv: [] });
    this.child = child;
    children.add(child);
    child.on("exit", (code, signal) => {
      children.delete(child);
      if (this.child !== child) return;
      this.child = undefined;
      this.starting = undefined;
      this.lastExitAt = Date.now();
      if (!this.closed)
        console.error(`The PGlite database process (pid ${child.pid}) for ${this.dir} exited (${signal ?? `code ${code}`}); it is started again on the next query.`);
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new DatabaseUnavailableError(`The PGlite database process for ${this.dir} did not answer within ${START_TIMEOUT_MS / 1000} s.`));
        child.kill("SIGKILL");
      }, START_TIMEOUT_MS);
      const settle = (error?: Error) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      child.on("message", (message: { type?: string; message?: string }) => {
        if (message?.type === "ready") settle();
        else if (message?.type === "error") settle(new DatabaseUnavailableError(`The PGlite database at ${this.dir} could not be opened: ${message.message}`));
      });
      child.on("exit", (code, signal) =>
        settle(new DatabaseUnavailableError(`The PGlite database process for ${this.dir} exited before it was ready (${signal ?? `code ${code}`}).`)),
      );
      child.on("error", (error) => settle(error));
    });
  }

  acquire(): this {
    this.users++;
    return this;
  }

  /** One user fewer; the last one stops the process cleanly and releases the directory. */
  async release(): Promise<void> {
    if (--this.users > 0) return;
    this.closed = true;
    if (processes.get(path.resolve(this.dir)) === this) processes.delete(path.resolve(this.dir));
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      if (child.connected) child.send({ type: "stop" });
      else child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(killer);
    }
    this.unlock();
    if (this.tempDir) rmSync(this.tempDir, { recursive: true, force: true });
  }
}

/**
 * For the test suites' throwaway `memory://` databases only: the same socket server and wire
 * path, but PGlite runs in this process, which has compiled its WebAssembly once already
 * (a child process compiles it again: about 2 s of CPU more per database on this machine).
 * Never used by the app: a query here blocks this process's event loop.
 */
export class InProcessPglite {
  readonly socketPath: string;
  readonly pid = undefined;
  private readonly tempDir = mkdtempSync(path.join(tmpdir(), "crossings-pglite-"));
  private starting?: Promise<{ stop: () => Promise<void> }>;
  private closed = false;

  constructor() {
    this.socketPath = path.join(this.tempDir, SOCKET_NAME);
  }

  ready(): Promise<void> {
    if (this.closed) return Promise.reject(new DatabaseUnavailableError("The in-memory PGlite database has been closed."));
    this.starting ??= (async () => {
      const [{ PGlite }, { PGLiteSocketServer }] = await Promise.all([import("@electric-sql/pglite"), import("@electric-sql/pglite-socket")]);
      const db = await PGlite.create("memory://");
      const server = new PGLiteSocketServer({ db, path: this.socketPath, maxConnections: 8 });
      await server.start();
      return {
        stop: async () => {
          await server.stop();
          await db.close();
        },
      };
    })();
    return this.starting.then(() => undefined);
  }

  async release(): Promise<void> {
    this.closed = true;
    const started = await this.starting?.catch(() => undefined);
    await started?.stop();
    rmSync(this.tempDir, { recursive: true, force: true });
  }
}

/** The database process for a data directory, shared within this app process. */
export function pgliteProcess(dir: string, options: { inProcess?: boolean } = {}): PgliteProcess | InProcessPglite {
  if (options.inProcess) {
    if (dir !== "memory://") throw new Error("Only a memory:// PGlite database may run in the app's own process.");
    return new InProcessPglite();
  }
  if (dir === "memory://") return new PgliteProcess(dir).acquire();
  const key = path.resolve(dir);
  let existing = processes.get(key);
  if (!existing) {
    existing = new PgliteProcess(dir);
    processes.set(key, existing);
  }
  return existing.acquire();
}
