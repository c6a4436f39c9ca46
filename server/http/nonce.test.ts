import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipWithNonce, joinWithNonce, newNonce, nonceFromPolicy, splitAtNonce } from "./nonce";

const page = (nonce: string) =>
  Buffer.from(
    `<!DOCTYPE html><html><head><script src="/_next/a.js" nonce="${nonce}" async></script></head><body>` +
      "<p>Karkyra – Kegen · Каркыра</p>".repeat(200) +
      `<script nonce="${nonce}">self.__next_f.push([1,"x"])</script><script nonce="${nonce}">(${JSON.stringify({ nonce })})</script></body></html>`,
  );

describe("a cached page gets a fresh nonce on every hit", () => {
  it("finds the nonce in a policy", () => {
    expect(nonceFromPolicy("default-src 'self'; script-src 'self' 'nonce-AbC+/9xY==' 'strict-dynamic'")).toBe("AbC+/9xY==");
    expect(nonceFromPolicy("default-src 'self'")).toBeNull();
    expect(nonceFromPolicy(undefined)).toBeNull();
  });

  it("replaces every occurrence, in the plain and in the gzipped body alike", () => {
    const old = newNonce();
    const split = splitAtNonce(page(old), old);
    expect(split.parts).toHaveLength(5);
    const fresh = newNonce();
    expect(fresh).not.toBe(old);
    expect(joinWithNonce(split, fresh).equals(page(fresh))).toBe(true);
    // gunzip checks the stitched stream's CRC-32 and length, so a wrong trailer throws here.
    expect(gunzipSync(gzipWithNonce(split, fresh)).equals(page(fresh))).toBe(true);
    expect(gunzipSync(gzipWithNonce(split, old)).equals(page(old))).toBe(true);
  });

  it("keeps a body without the nonce whole, and handles a nonce at either end", () => {
    const old = newNonce();
    for (const body of [Buffer.from("no nonce here"), Buffer.from(`${old}middle${old}`), Buffer.alloc(0)]) {
      const split = splitAtNonce(body, old);
      const fresh = newNonce();
      const expected = Buffer.from(body.toString().split(old).join(fresh));
      expect(joinWithNonce(split, fresh).equals(expected)).toBe(true);
      expect(gunzipSync(gzipWithNonce(split, fresh)).equals(expected)).toBe(true);
    }
  });

  it("makes nonces that differ each time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, () => newNonce()));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
