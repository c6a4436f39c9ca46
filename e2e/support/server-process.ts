/**
 * A second production server for tests that must own one: started from the build the e2e
 * web server made (scripts/server.mjs, as `npm start` runs it), on its own port and database,
 * with its output kept. The caller stops it (or tests how it stops).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything the server printed so far. */
  output: () => string;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
}

/** Migrates and seeds the database the environment names (db/prepare.ts, as `npm start` does). */
export function prepareDatabase(env: Record<string, string>): void {
  const result = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["db/prepare.ts"], {
    cwd: root,
    env: { ...process.env, TZ: "UTC", ...env },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`db/prepare.ts failed:\n${result.stdout}\n${result.stderr}`);
}

export async function startServer(port: number, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], {
    cwd: root,
    env: { ...process.env, TZ: "UTC", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME_BIND: "127.0.0.1", SMTP_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | string>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited while starting:\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The server did not become healthy within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { child, url, output: () => output, exited };
}
