/**
 * The submitter's address, for the per-address limit: only an HMAC of it is stored, keyed by
 * the auth secret, so it can be counted but not read back.
 */
import { createHmac } from "node:crypto";

/** The client's address as the app server sees it: the first X-Forwarded-For hop (set by
 * Next.js's server, or by the load balancer in front of it), else X-Real-IP. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}

export function hashAddress(address: string, secret: string): string {
  return createHmac("sha256", secret).update(address).digest("base64url");
}
