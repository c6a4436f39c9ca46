/**
 * Helpers for the bench's server goals (bench/run.ts sections 7–11): the server process's
 * memory, one client looping on a route while autocannon drives another, the page cache's hit
 * rate under a stream of reads, and the CSV export's time to its first byte.
 */
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";

/** Its parent's pid, from /proc/<pid>/stat (the field after the command's closing parenthesis). */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/** Resident memory of a process, in MB (VmRSS of /proc/<pid>/status), or null when it is gone. */
export function rssMb(pid: number): number | null {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : null;
  } catch {
    return null;
  }
}

/** `rootPid` and every process below it, parents first. */
function family(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** The process under `rootPid` whose command line contains `needle` (e.g. the HTTP server's entry), or null. */
export function descendantRunning(rootPid: number, needle: string): number | null {
  return (
    family(rootPid).find((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(needle);
      } catch {
        return false; // gone
      }
    }) ?? null
  );
}

/**
 * The process that serves: among `rootPid` (scripts/start.mjs) and its descendants, the one
 * holding the most memory (start.mjs spawns the server; a server started through a wrapper
 * such as tsx has the wrapper as its parent: the biggest process is the server either way).
 */
export function serverPid(rootPid: number): number {
  return family(rootPid).reduce((best, pid) => ((rssMb(pid) ?? 0) > (rssMb(best) ?? 0) ? pid : best), rootPid);
}

/** GET with the whole body read; resolves the status and the x-crossings-cache header (never rejects). */
export function fetchAll(url: string, headers: Record<string, string> = {}, timeoutMs = 60_000): Promise<{ status: number; cache: string; bytes: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.get(url, { headers: { "accept-encoding": "gzip", ...headers } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, cache: String(response.headers["x-crossings-cache"] ?? "none"), bytes, ms: performance.now() - started }),
      );
      response.on("error", () => resolve({ status: 0, cache: "error", bytes, ms: performance.now() - started }));
    });
    request.setTimeout(timeoutMs, () => request.destroy(new Error("timeout")));
    request.on("error", () => resolve({ status: 0, cache: "error", bytes: 0, ms: performance.now() - started }));
  });
}

export interface Loop {
  /** Stops after the request under way; resolves its counts. */
  stop: () => Promise<{ iterations: number; failures: number; seconds: number }>;
}

/** One client requesting `nextPath()` again and again, each answer read to its end. */
export function loopClient(url: string, nextPath: (iteration: number) => string, headers: Record<string, string> = {}): Loop {
  let running = true;
  let iterations = 0;
  let failures = 0;
  const started = performance.now();
  const done = (async () => {
    while (running) {
      const answer = await fetchAll(`${url}${nextPath(iterations)}`, headers);
      iterations++;
      if (answer.status !== 200) failures++;
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return { iterations, failures, seconds: (performance.now() - started) / 1000 };
    },
  };
}

/** `connections` readers of `path` for `seconds`: how many answers said hit, miss, or nothing. */
export async function cacheStates(url: string, path: string, seconds: number, connections: number): Promise<{ requests: number; hits: number; states: Record<string, number> }> {
  const until = performance.now() + seconds * 1000;
  const states: Record<string, number> = {};
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const answer = await fetchAll(`${url}${path}`, { "accept-language": "en" });
        const state = answer.status === 200 ? answer.cache : `status ${answer.status}`;
        states[state] = (states[state] ?? 0) + 1;
      }
    }),
  );
  const requests = Object.values(states).reduce((sum, n) => sum + n, 0);
  return { requests, hits: states.hit ?? 0, states };
}

/** The CSV export: time to the first byte of the body, the whole download, and the server's memory meanwhile. */
export async function csvExport(
  url: string,
  pid: number,
): Promise<{ status: number; firstByteMs: number; totalMs: number; bytes: number; rssBeforeMb: number; rssPeakMb: number }> {
  const rssBeforeMb = rssMb(pid) ?? 0;
  let rssPeakMb = rssBeforeMb;
  const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, rssMb(pid) ?? 0)), 20);
  const started = performance.now();
  try {
    return await new Promise((resolve, reject) => {
      const request = http.get(`${url}/api/v1/exports/reports.csv`, (response) => {
        let firstByteMs = -1;
        let bytes = 0;
        response.on("data", (chunk: Buffer) => {
          if (firstByteMs < 0) firstByteMs = performance.now() - started;
          bytes += chunk.length;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, firstByteMs, totalMs: performance.now() - started, bytes, rssBeforeMb, rssPeakMb }));
        response.on("error", reject);
      });
      request.setTimeout(300_000, () => request.destroy(new Error("no answer within 300 s")));
      request.on("error", reject);
    });
  } finally {
    clearInterval(sampler);
  }
}
