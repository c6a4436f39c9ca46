/**
 * The submitter's address, for the per-address limit: only an HMAC of it is stored, keyed by
 * the auth secret, so it can be counted but not read back.
 *
 * Next.js does not expose the socket address, and it passes a client's own X-Forwarded-For
 * through untouched, so that header is trusted only as far as TRUST_PROXY_HOPS says: behind N
 * proxies that each append the address they saw, the Nth entry from the right is the client.
 * With no trusted proxy (0) there is no address to trust: null, and only the per-account
 * limit applies.
 */
import { createHmac } from "node:crypto";

export function clientAddress(headers: Headers, trustedHops: number): string | null {
  if (trustedHops < 1) return null;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return hops[hops.length - trustedHops] ?? "unknown";
}

export function hashAddress(address: string, secret: string): string {
  return createHmac("sha256", secret).update(address).digest("base64url");
}
