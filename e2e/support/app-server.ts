/**
 * A production server of our own (scripts/server.mjs on the existing `.next` build) against a
 * given database, for tests that must break that database under it: it is prepared like
 * `npm start` does (db/prepare.ts), its output is kept for the failure message, and it is
 * stopped after the test.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export class AppServer {
  private child: ChildProcess | null = null;
  private output = "";
  exitCode: number | null | undefined = undefined;

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Migrate and seed, as `npm start` does before serving. */
  prepare(): void {
    const result = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["db/prepare.ts"], {
      cwd: root,
      env: { ...process.env, ...this.env },
      encoding: "utf8",
      timeout: 120_000,
    });
    if (result.status !== 0) throw new Error(`db/prepare.ts failed: ${result.stderr || result.stdout}`);
  }

  async start(): Promise<void> {
    this.child = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], {
      cwd: root,
      env: { ...process.env, TZ: "UTC", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", HOSTNAME_BIND: "127.0.0.1", ...this.env, PORT: String(this.port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stdout!.on("data", (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr!.on("data", (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.on("exit", (code) => (this.exitCode = code));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.exitCode !== undefined) throw new Error(`The server exited (${this.exitCode}):\n${this.log()}`);
      const ok = await fetch(`${this.url}/api/health`)
        .then((response) => response.ok)
        .catch(() => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`The server did not become healthy:\n${this.log()}`);
  }

  get running(): boolean {
    return !!this.child && this.exitCode === undefined;
  }

  log(lines = 60): string {
    return this.output.split("\n").slice(-lines).join("\n");
  }

  /** SIGTERM (the server finishes what is in flight), SIGKILL if it takes too long. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || this.exitCode !== undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  }
}
