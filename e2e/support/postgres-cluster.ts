/**
 * A private, throwaway PostgreSQL cluster for the database-fault tests (e2e/database-faults.spec.ts):
 * initdb into a temp dir, started, stopped, SIGKILLed and restarted with the server binaries
 * of the machine, on a port of our own. PostgreSQL refuses to run as root, so when the tests
 * run as root every server command runs as the `postgres` OS user.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";

const ROOT = "/usr/lib/postgresql";

/** The newest installed server's bin dir (the version dir is found, not assumed), or null. */
export function postgresBinDir(): string | null {
  if (!existsSync(ROOT)) return null;
  const versions = readdirSync(ROOT)
    .filter((name) => /^\d+$/.test(name) && existsSync(path.join(ROOT, name, "bin", "initdb")) && existsSync(path.join(ROOT, name, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(ROOT, versions[0]!, "bin") : null;
}

function osUser(name: string): { uid: number; gid: number } | null {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith(`${name}:`));
  if (!line) return null;
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/** Process ids whose parent is `pid` (the postmaster's backends and helpers), from /proc. */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export class PostgresCluster {
  private directory: string | null = null;
  private readonly asPostgres = process.getuid?.() === 0;

  /** Nothing is made until `create`: Playwright constructs this in every worker that merely lists the tests. */
  constructor(
    private readonly bin: string,
    readonly port: number,
  ) {}

  get dir(): string {
    if (!this.directory) throw new Error("The cluster has not been created");
    return this.directory;
  }

  get dataDir(): string {
    return path.join(this.dir, "data");
  }

  /** The app's URL on this cluster (role and database made by `create`). */
  get url(): string {
    return `postgres://crossings:crossings@127.0.0.1:${this.port}/crossings`;
  }

  private run(command: string, args: string[]): string {
    const [file, argv] = this.asPostgres ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    const result = spawnSync(file, argv, { encoding: "utf8", timeout: 60_000 });
    if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}): ${result.stderr || result.stdout}`);
    return result.stdout;
  }

  /** initdb, start, and make the app's role and database. */
  async create(): Promise<void> {
    this.directory = mkdtempSync(path.join(tmpdir(), "crossings-pg-"));
    if (this.asPostgres) {
      const owner = osUser("postgres");
      if (!owner) throw new Error("Running as root, but there is no `postgres` OS user to run PostgreSQL as.");
      chownSync(this.directory, owner.uid, owner.gid);
    }
    this.run(path.join(this.bin, "initdb"), ["-D", this.dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
    this.start();
    const admin = postgres(`postgres://postgres@127.0.0.1:${this.port}/postgres`, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe("create role crossings login password 'crossings'");
      await admin.unsafe("create database crossings owner crossings");
    } finally {
      await admin.end({ timeout: 5 });
    }
  }

  /** Starts (or restarts after a stop or a crash: WAL recovery) and waits until it accepts connections. */
  start(): void {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=100`;
    this.run(path.join(this.bin, "pg_ctl"), ["-D", this.dataDir, "-l", path.join(this.dir, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
  }

  /** A clean shutdown that does not wait for clients: sessions are terminated (`-m fast`). */
  stop(): void {
    this.run(path.join(this.bin, "pg_ctl"), ["-D", this.dataDir, "-m", "fast", "-w", "stop"]);
  }

  /** The postmaster's pid from its pid file, or null when it is not running. */
  postmasterPid(): number | null {
    const file = path.join(this.dataDir, "postmaster.pid");
    if (!existsSync(file)) return null;
    const pid = Number(readFileSync(file, "utf8").split("\n")[0]);
    return pid && alive(pid) ? pid : null;
  }

  /** SIGKILL the postmaster and every child at once (no checkpoint, no shutdown), then wait until all are gone. */
  async kill9(): Promise<void> {
    const pid = this.postmasterPid();
    if (!pid) throw new Error("PostgreSQL is not running");
    const all = [pid, ...childrenOf(pid)];
    for (const each of all) {
      try {
        process.kill(each, "SIGKILL");
      } catch {
        // already gone
      }
    }
    const deadline = Date.now() + 10_000;
    while (all.some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  /** Stops whatever runs (immediately) and deletes the cluster's files. Safe to call twice. */
  destroy(): void {
    if (!this.directory) return;
    if (existsSync(path.join(this.dataDir, "postmaster.pid"))) {
      try {
        this.run(path.join(this.bin, "pg_ctl"), ["-D", this.dataDir, "-m", "immediate", "-w", "stop"]);
      } catch {
        const pid = this.postmasterPid();
        if (pid) process.kill(pid, "SIGKILL");
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
    this.directory = null;
  }

  /** The server's own log, for a failure message. */
  log(): string {
    if (!this.directory) return "";
    try {
      return execFileSync("tail", ["-n", "40", path.join(this.dir, "server.log")], { encoding: "utf8" });
    } catch {
      return "";
    }
  }
}
