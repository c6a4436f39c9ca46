/**
 * What a fresh nonce costs a page-cache hit (server/http/nonce.ts), on a real rendered page:
 * µs per hit for the stitched gzip body and the plain body, against gzipping the whole page
 * again on every hit, and the bytes the cuts at each nonce add to the gzipped page.
 */
import { gzipSync } from "node:zlib";
import { gzipWithNonce, joinWithNonce, newNonce, nonceFromPolicy, splitAtNonce } from "../server/http/nonce";

export interface RenonceFigures {
  bytes: number;
  nonces: number;
  stitchedGzipMicroseconds: number;
  plainMicroseconds: number;
  fullGzipMicroseconds: number;
  stitchedGzipBytes: number;
  wholeGzipBytes: number;
}

function microsecondsPer(iterations: number, run: () => void): number {
  for (let i = 0; i < 20; i++) run();
  const started = performance.now();
  for (let i = 0; i < iterations; i++) run();
  return Math.round(((performance.now() - started) * 1000) / iterations);
}

export async function benchRenonce(url: string): Promise<RenonceFigures> {
  // A time limit, so a page that does not answer cannot hang the whole bench.
  const response = await fetch(url, { headers: { "accept-encoding": "identity" }, signal: AbortSignal.timeout(30_000) });
  const body = Buffer.from(await response.arrayBuffer());
  const nonce = nonceFromPolicy(response.headers.get("content-security-policy"));
  if (!nonce) throw new Error(`${url} has no CSP nonce`);
  const split = splitAtNonce(body, nonce);
  return {
    bytes: body.length,
    nonces: split.parts.length - 1,
    stitchedGzipMicroseconds: microsecondsPer(2000, () => gzipWithNonce(split, newNonce())),
    plainMicroseconds: microsecondsPer(2000, () => joinWithNonce(split, newNonce())),
    fullGzipMicroseconds: microsecondsPer(200, () => gzipSync(joinWithNonce(split, newNonce()))),
    stitchedGzipBytes: gzipWithNonce(split, nonce).length,
    wholeGzipBytes: gzipSync(body).length,
  };
}
