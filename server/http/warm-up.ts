/**
 * One render of each kind of uncached answer before the server listens: the list, the map, a
 * crossing page, a crossing page with the planner's query and the status API at an instant.
 * The first request to each route loads its compiled code, compiles it to machine code and
 * opens the database; measured, that held the event loop for 376 ms inside the first
 * reader's planner page (docs/performance.md). Here it happens before anyone is waiting.
 *
 * Bounded: each request gets `perRequestMs`, the whole `totalMs`; a render that fails or is
 * slow (the database is down at start-up) is abandoned and the server listens anyway — the
 * warm-up makes the first readers faster, it never keeps them out.
 */
import inject from "light-my-request";

type Handler = (request: never, response: never) => unknown;

export interface WarmUpResult {
  path: string;
  status: number | null;
  ms: number;
}

export function warmUpPaths(slug: string | undefined, now: Date): string[] {
  const paths = ["/", "/map"];
  if (!slug) return paths;
  // A week ahead at noon UTC: a planner instant no cache holds.
  const ahead = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 7, 12));
  const day = ahead.toISOString().slice(0, 10);
  return [...paths, `/crossings/${slug}`, `/crossings/${slug}?date=${day}&time=12:00`, `/api/v1/crossings/${slug}/status?at=${ahead.toISOString()}`];
}

export async function warmUp(handle: Handler, paths: string[], host: string, options: { perRequestMs?: number; totalMs?: number } = {}): Promise<WarmUpResult[]> {
  const perRequestMs = options.perRequestMs ?? 10_000;
  const deadline = performance.now() + (options.totalMs ?? 20_000);
  const results: WarmUpResult[] = [];
  for (const path of paths) {
    const left = deadline - performance.now();
    // Not worth starting a render with less than this left (timers may also fire a little early).
    if (left < 50) break;
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), Math.min(perRequestMs, left));
    });
    const status = await Promise.race([
      inject(handle as never, { method: "GET", url: path, headers: { host, "accept-language": "en" }, remoteAddress: "127.0.0.1" }).then(
        (response) => response.statusCode,
        () => null,
      ),
      timeout,
    ]);
    clearTimeout(timer);
    results.push({ path, status, ms: Math.round(performance.now() - started) });
  }
  return results;
}
