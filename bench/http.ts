/**
 * Drives the production server on loopback with autocannon: the crossing page, the list, the
 * status API and a static asset, in the same run and under the same load, so each route can be
 * read against what the machine serves when there is nothing to compute.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";

export interface RouteResult {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export interface BenchServer {
  url: string;
  /** The process `npm start` runs (scripts/start.mjs), which spawns the server itself. */
  pid: number;
  stop: () => Promise<void>;
  output: () => string;
}

export async function startServer(env: Record<string, string | undefined>, port: number, log: (line: string) => void): Promise<BenchServer> {
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, ...env, PORT: String(port), HOSTNAME_BIND: "127.0.0.1", LOG_FILE: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  log(`Server up at ${url}`);
  return {
    url,
    pid: child.pid!,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** The static file every "× static" figure is measured against: the service worker
 * (public/sw.js, 8.5 KB), a file of the repository served by Next.js like any static asset.
 * (It was the first chunk by directory order, whose size changed from build to build: the same
 * commit measured 606 and 3,537 req/s on two builds, so the ratios were not comparable.) */
export function staticAssetPath(): string {
  if (!existsSync(path.join("public", "sw.js"))) throw new Error("public/sw.js is missing");
  return "/sw.js";
}

export async function drive(url: string, name: string, route: string, seconds: number, connections: number, headers: Record<string, string> = {}): Promise<RouteResult> {
  const result = await autocannon({
    url: `${url}${route}`,
    connections,
    duration: seconds,
    timeout: 30,
    headers: { "accept-encoding": "gzip", "accept-language": "en", ...headers },
  });
  return {
    name,
    path: route,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
