/**
 * The embedded database runs in its own process (db/pglite-server.mjs), spoken to over the
 * wire protocol: a long query there leaves the app's event loop free; the directory stays
 * locked to one app; close() stops the process cleanly; a crashed process gives outage errors
 * (not a hang) and is started again; it never outlives its parent.
 * Real PGlite processes, no mocks. Nothing here asserts a duration: only event-loop progress
 * and eventual states, with generous deadlines.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { connect, type Connection } from "@/db/client";
import { isRunning } from "@/db/data-dir-lock.mjs";
import { isOutageError } from "@/db/outage-errors";

const opened: Connection[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((connection) => connection.close().catch(() => {})));
});

function freshDir(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "crossings-process-")), "pglite");
}

function open(dir: string): Connection {
  const connection = connect({ pgliteDir: dir, databaseUrl: "" });
  opened.push(connection);
  return connection;
}

/** The database process's pid, from the lock it holds on the directory. */
const serverPid = (dir: string) => Number(readFileSync(path.join(dir, "pglite-server.lock"), "utf8"));

async function eventually(check: () => boolean | Promise<boolean>, what: string, deadlineMs = 60_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Not within ${deadlineMs / 1000} s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the embedded database in its own process", () => {
  it("runs a long query without blocking the app's event loop", { timeout: 180_000 }, async () => {
    const connection = open(freshDir());
    expect(await connection.rawQuery("select 1 as one", [])).toEqual([{ one: 1 }]);
    let turns = 0;
    let timerFirings = 0;
    let running = true;
    const spin = () => {
      turns++;
      if (running) setImmediate(spin);
    };
    setImmediate(spin);
    const timer = setInterval(() => timerFirings++, 5);
    // Seconds of CPU for PGlite; in the app's process this loop would not turn once meanwhile.
    const [result] = await connection.rawQuery("select count(*)::int as count from generate_series(1, 3000000) g where g % 7 = 3", []);
    running = false;
    clearInterval(timer);
    expect(result).toEqual({ count: 428572 });
    console.log(`While the query ran: ${turns} event-loop turns, ${timerFirings} timer firings.`);
    expect(turns).toBeGreaterThan(100);
    expect(timerFirings).toBeGreaterThan(2);
  });

  it("keeps the directory to one app: a second process is refused, naming the first", { timeout: 120_000 }, async () => {
    const dir = freshDir();
    const connection = open(dir);
    await connection.rawQuery("select 1", []);
    const second = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", `import { lockDataDirectory } from ${JSON.stringify(path.resolve("db/data-dir-lock.mjs"))}; lockDataDirectory(${JSON.stringify(dir)});`],
      { encoding: "utf8" },
    );
    expect(second.status).not.toBe(0);
    expect(second.stderr).toContain(`in use by process ${process.pid}`);
    // The database process holds its own lock too: two of them never open one directory.
    expect(isRunning(serverPid(dir))).toBe(true);
    expect(serverPid(dir)).not.toBe(process.pid);
  });

  it("close() stops the database process, leaves its data consistent and releases the directory", { timeout: 180_000 }, async () => {
    const dir = freshDir();
    const first = connect({ pgliteDir: dir, databaseUrl: "" });
    await first.rawQuery("create table kept (n int)", []);
    await first.rawQuery("insert into kept select generate_series(1, 1000)", []);
    const pid = serverPid(dir);
    await first.close();
    expect(isRunning(pid)).toBe(false);
    for (const file of ["crossings.lock", "pglite-server.lock", ".s.PGSQL.5432"]) expect(existsSync(path.join(dir, file)), file).toBe(false);
    const again = open(dir);
    expect(await again.rawQuery("select count(*)::int as n from kept", [])).toEqual([{ n: 1000 }]);
  });

  it("answers with outage errors (not a hang) when the process dies, then starts it again", { timeout: 180_000 }, async () => {
    const dir = freshDir();
    const connection = open(dir);
    await connection.rawQuery("select 1", []);
    const pid = serverPid(dir);
    const inFlight = connection.rawQuery("select count(*) from generate_series(1, 50000000)", []).then(
      () => null,
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    process.kill(pid, "SIGKILL");
    const error = await inFlight;
    expect(error, "the query in flight fails").toBeTruthy();
    expect(isOutageError(error), `an outage error: ${String(error)}`).toBe(true);
    // The next query starts the database process again.
    expect(await connection.rawQuery("select 2 as two", [])).toEqual([{ two: 2 }]);
    expect(serverPid(dir)).not.toBe(pid);
  });

  it("never outlives its parent: it stops when the parent's IPC channel closes", { timeout: 180_000 }, async () => {
    const dir = freshDir();
    const socket = path.join(path.dirname(dir), "s");
    // A parent that starts the database process and is then killed without a word.
    const parent = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `
          import { fork } from "node:child_process";
          const child = fork(${JSON.stringify(path.resolve("db/pglite-server.mjs"))}, [${JSON.stringify(dir)}, ${JSON.stringify(socket)}], { stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv: [] });
          child.on("message", (m) => m.type === "ready" && process.send({ pid: child.pid }));
          setInterval(() => {}, 1000);`,
      ],
      { stdio: ["ignore", "inherit", "inherit", "ipc"] },
    );
    const { pid } = await new Promise<{ pid: number }>((resolve) => parent.once("message", (message) => resolve(message as { pid: number })));
    expect(isRunning(pid)).toBe(true);
    parent.kill("SIGKILL");
    await eventually(() => !isRunning(pid), "the orphaned database process exits");
    expect(existsSync(path.join(dir, "pglite-server.lock")), "it closed cleanly, removing its lock").toBe(false);
  });
});
