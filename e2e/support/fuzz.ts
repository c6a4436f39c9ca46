/**
 * Runs a fast-check property over real HTTP: every generated request goes to a production
 * server, and any answer of 500 or more, a dropped connection, a server that died or an error
 * in its log fails the property. Requests go in batches (one property run = BATCH concurrent
 * requests) so 10,000 cases take seconds, not minutes; fast-check still shrinks the batch.
 *
 * Reproduce a failure with the seed and path it prints: FUZZ_SEED=… FUZZ_PATH=… npx playwright test e2e/fuzz.spec.ts
 * Cases per input in `npm test`: 1,000 on each database (300 for the form's server action, which
 * renders a whole page per request): about 3½ minutes of one Playwright worker on two cores.
 * The deep run, 10,000 per input (about 30 minutes on PostgreSQL alone, too long for CI's
 * 25-minute budget), is `FUZZ_RUNS=10000 npx playwright test e2e/fuzz.spec.ts`; FUZZ_RUNS and
 * FUZZ_FORM_RUNS set both databases' counts.
 */
import fc from "fast-check";
import type { AppServer } from "./app-servers";

/** Cases per input, the same on both databases. */
export function fuzzCases(): number {
  return Number(process.env.FUZZ_RUNS ?? 1_000);
}

export function formFuzzCases(): number {
  return Number(process.env.FUZZ_FORM_RUNS ?? process.env.FUZZ_RUNS ?? 300);
}
const BATCH = 10;

/** What the server's log says when a request failed unexpectedly (withApiErrors, Next.js, Node). */
const ERROR_IN_LOG = /API request failed|⨯|Unhandled|uncaught|Error: .*\n\s+at /i;
/**
 * Next.js logs this (with a stack) for a form POST to a path with no server action — a page, or
 * a path that matches no route — and answers it without a 5xx: its own noise, not a failure.
 */
const NEXT_NOISE = /^.*Invalid Server Actions request\.?\n(\s+at .*\n)*/gm;

export interface Sent {
  status: number;
  /** The start of the body, to show with a failure. */
  body: string;
}

export interface FuzzSummary {
  cases: number;
  statuses: Record<number, number>;
  seed: number;
}

/** Sends `request` for each generated input; throws with the seed, path and counterexample on a failure. */
export async function fuzzHttp<T>(name: string, server: AppServer, input: fc.Arbitrary<T>, send: (value: T) => Promise<Sent>, totalCases = fuzzCases()): Promise<FuzzSummary> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() ^ (Math.random() * 0x100000000);
  const path = process.env.FUZZ_PATH || undefined;
  const statuses: Record<number, number> = {};
  let cases = 0;
  let logSeen = server.log().length;
  const started = Date.now();
  console.log(`fuzz ${name}: seed ${seed}${path ? `, path ${path}` : ""}`);
  await fc.assert(
    fc.asyncProperty(fc.array(input, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
      const results = await Promise.all(
        batch.map((value) =>
          send(value).then(
            (result) => ({ value, result, error: null }),
            (error: unknown) => ({ value, result: null, error }),
          ),
        ),
      );
      cases += batch.length;
      for (const { value, result, error } of results) {
        if (!result) throw new Error(`request failed (${String(error)}) for ${describe(value)}`);
        statuses[result.status] = (statuses[result.status] ?? 0) + 1;
        if (result.status >= 500) throw new Error(`HTTP ${result.status} ${result.body.slice(0, 300)} for ${describe(value)}`);
      }
      if (!server.alive()) throw new Error(`the server died; its log ends:\n${server.log().slice(-2000)}`);
      const newLog = server.log().slice(logSeen).replace(NEXT_NOISE, "");
      logSeen = server.log().length;
      if (ERROR_IN_LOG.test(newLog)) throw new Error(`the server logged an error:\n${newLog.slice(0, 2000)}\nfor one of ${batch.map(describe).join("\n")}`);
    }),
    { numRuns: Math.ceil(totalCases / BATCH), seed, path, endOnFailure: false, verbose: 1, includeErrorInReport: true },
  );
  console.log(`fuzz ${name}: ${cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s, 0 responses ≥ 500; statuses ${JSON.stringify(statuses)}`);
  return { cases, statuses, seed };
}

/** A short, printable description of one input (huge strings abbreviated). */
export function describe(value: unknown): string {
  const text = fc.stringify(value);
  return text.length > 600 ? `${text.slice(0, 600)}… (${text.length} chars)` : text;
}

/** Node's limit on a request's head (request line and headers): past it, Node answers 431 and
 * closes the connection, often while the client is still sending, so the client sees the
 * connection drop instead. That is Node's parser at work, not a handler: counted as a 431. */
const NODE_HEADER_LIMIT = 16 * 1024;

/** fetch() that always resolves to a status and the start of the body. */
export async function send(url: string, init: RequestInit): Promise<Sent> {
  const headBytes =
    Buffer.byteLength(url) + Object.entries((init.headers ?? {}) as Record<string, string>).reduce((sum, [name, value]) => sum + name.length + String(value).length + 4, 0);
  if (headBytes > NODE_HEADER_LIMIT - 512) {
    try {
      const response = await fetch(url, { redirect: "manual", ...init });
      return { status: response.status, body: (await response.text()).slice(0, 500) };
    } catch {
      return { status: 431, body: "connection closed at Node's header limit" };
    }
  }
  const response = await fetch(url, { redirect: "manual", ...init });
  const body = await response.text();
  return { status: response.status, body: body.slice(0, 500) };
}
