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
import { isIPv4, isIPv6 } from "node:net";

/**
 * The unit a per-address limit counts: an IPv4 address as it is, and an IPv6 address by its
 * /64 (one home or phone gets a whole /64 and can take any address in it, so counting single
 * IPv6 addresses would let one client pass as 2^64). IPv4-mapped IPv6 is read as IPv4.
 */
export function addressGroup(address: string): string {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (!isIPv6(bare)) return address;
  const [head = "", tail = ""] = bare.includes("::") ? bare.split("::") : [bare, ""];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail (::1.2.3.4) is in the low 64 bits: it does not change the prefix.
  const width = (parts: string[]) => parts.reduce((sum, part) => sum + (part.includes(".") ? 2 : 1), 0);
  const groups = bare.includes("::") ? [...left, ...Array<string>(8 - width(left) - width(right)).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => (parseInt(group, 16) || 0).toString(16))
    .join(":")}::/64`;
}

export function clientAddress(headers: Headers, trustedHops: number): string | null {
  if (trustedHops < 1) return null;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return hops[hops.length - trustedHops] ?? "unknown";
}

/** The HMAC of the address's group (an IPv6 address counts as its /64). */
export function hashAddress(address: string, secret: string): string {
  return createHmac("sha256", secret).update(addressGroup(address)).digest("base64url");
}
