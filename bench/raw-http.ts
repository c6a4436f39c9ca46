/**
 * Raw HTTP clients for the server's own behaviour (server/http/),
 * below fetch(): readers who hang up at a chosen moment (a phone on 3G giving up), and readers
 * who must get a whole answer within a deadline (a server that keeps a request waiting forever
 * is "wedged"). node:http with no agent: one connection per request, as curl makes.
 */
import http from "node:http";
import net from "node:net";
import { gunzipSync } from "node:zlib";
import { mulberry32 } from "../lib/trust/simulate/random";

export interface FullAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as sent (gzipped when content-encoding says so). */
  raw: Buffer;
  /** The body decoded (gunzipped when it was gzipped). */
  text: string;
  ms: number;
}

export type Outcome = { ok: true; answer: FullAnswer } | { ok: false; reason: string; ms: number; bytes: number; status?: number };

/**
 * GET `url` and wait for the whole body, at most `deadlineMs`. Never throws: a timeout, a reset
 * or a cut-off body (fewer bytes than content-length) is an outcome with its reason.
 */
export function getFully(url: string, headers: Record<string, string> = {}, deadlineMs = 5000): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    let bytes = 0;
    let status: number | undefined;
    let settled = false;
    const done = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(outcome);
    };
    const request = http.get(url, { headers, agent: false }, (response) => {
      status = response.statusCode;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => ((bytes += chunk.length), chunks.push(chunk)));
      response.on("error", (error) => done({ ok: false, reason: `response error: ${error.message}`, ms: performance.now() - started, bytes, status }));
      response.on("aborted", () => done({ ok: false, reason: "the server cut the body short", ms: performance.now() - started, bytes, status }));
      response.on("end", () => {
        const raw = Buffer.concat(chunks);
        const declared = response.headers["content-length"];
        if (declared !== undefined && Number(declared) !== raw.length) {
          return done({ ok: false, reason: `body of ${raw.length} bytes, content-length ${declared}`, ms: performance.now() - started, bytes, status });
        }
        let text: string;
        try {
          text = (response.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
        } catch (error) {
          return done({ ok: false, reason: `bad gzip: ${(error as Error).message}`, ms: performance.now() - started, bytes, status });
        }
        done({ ok: true, answer: { status: response.statusCode ?? 0, headers: response.headers, raw, text, ms: performance.now() - started } });
      });
    });
    request.on("error", (error) => done({ ok: false, reason: `request error: ${error.message}`, ms: performance.now() - started, bytes, status }));
    const timer = setTimeout(
      () =>
        done({
          ok: false,
          reason: `no complete answer within ${deadlineMs} ms (${status === undefined ? "no status line" : `status ${status}`}, ${bytes} body bytes)`,
          ms: performance.now() - started,
          bytes,
          status,
        }),
      deadlineMs,
    );
  });
}

export type HangUp =
  /** Hang up `afterMs` after sending the request, whatever has arrived by then. */
  | { kind: "after"; afterMs: number }
  /** Hang up on the first chunk of the body (mid-body, the headers read). */
  | { kind: "mid-body" }
  /** Send half of the request head, then hang up (the request never completes). */
  | { kind: "half-head" };

/** A reader who gives up: resolves once the connection is closed (never rejects). */
export function hangUp(url: string, how: HangUp, headers: Record<string, string> = {}): Promise<void> {
  if (how.kind === "half-head") {
    const target = new URL(url);
    return new Promise((resolve) => {
      const socket = net.connect(Number(target.port), target.hostname);
      socket.on("error", () => resolve());
      socket.on("close", () => resolve());
      socket.on("connect", () => {
        socket.write(`GET ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\nAccept-`);
        setTimeout(() => socket.destroy(), 5);
      });
    });
  }
  return new Promise((resolve) => {
    const request = http.get(url, { headers, agent: false }, (response) => {
      if (how.kind === "mid-body") response.once("data", () => request.destroy());
      response.resume();
    });
    request.on("error", () => {});
    request.on("close", () => (clearTimeout(timer), resolve()));
    const timer = how.kind === "after" ? setTimeout(() => request.destroy(), how.afterMs) : setTimeout(() => request.destroy(), 30_000);
  });
}

/** A random hang-up moment: 0–50 ms after the request, or mid-body. */
export function randomHangUp(random: () => number = Math.random): HangUp {
  const pick = random();
  if (pick < 0.1) return { kind: "half-head" };
  if (pick < 0.35) return { kind: "mid-body" };
  return { kind: "after", afterMs: Math.floor(random() * 51) };
}

/** A small seeded generator (mulberry32, as the simulator's), so a failing run can be repeated. */
export const seeded: (seed: number) => () => number = mulberry32;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
