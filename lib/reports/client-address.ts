/**
 * The submitter's address, for the per-address limit: only an HMAC of it is stored, keyed by
 * the auth secret, so it can be counted but not read back.
 *
 * Next.js does not expose the socket address, and it passes a client's own X-Forwarded-For
 * through untouched. So the production server (server/http/client-stamp.ts), which has the
 * socket, stamps every request it hands to Next.js with the address it saw — the socket's, or
 * with TRUST_PROXY_HOPS = N the Nth X-Forwarded-For entry from the right — together with a
 * random token of this process. A client cannot forge the stamp: it does not know the token,
 * and the server overwrites the header anyway. Without a stamp (a request that did not come
 * through that server), X-Forwarded-For is read as TRUST_PROXY_HOPS says, and with no trusted
 * proxy there is no address to trust: null, and only the per-account limits apply.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";

/**
 * The unit a per-address limit counts: an IPv4 address as it is, and an IPv6 address by its
 * /64 (one home or phone gets a whole /64 and can take any address in it, so counting single
 * IPv6 addresses would let one client pass as 2^64). IPv4-mapped IPv6 is read as IPv4.
 */
export function addressGroup(address: string): string {
  // A port, as some proxies write it (`1.2.3.4:5678`, `[2001:db8::1]:443`), is not part of the client.
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(address);
  if (v4WithPort && isIPv4(v4WithPort[1]!)) return v4WithPort[1]!;
  const bare = address.replace(/^\[([^\]]*)\](?::\d{1,5})?$/, "$1").replace(/%.*$/, "");
  if (isIPv4(bare)) return bare;
  if (!isIPv6(bare)) return address;
  const [head = "", tail = ""] = bare.includes("::") ? bare.split("::") : [bare, ""];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail (::1.2.3.4) is in the low 64 bits: it does not change the prefix.
  const width = (parts: string[]) => parts.reduce((sum, part) => sum + (part.includes(".") ? 2 : 1), 0);
  const groups = bare.includes("::") ? [...left, ...Array<string>(8 - width(left) - width(right)).fill("0"), ...right] : left;
  // IPv4-mapped (::ffff:0:0/96), in any spelling: the IPv4 address it carries.
  const words = groups.flatMap((group) =>
    group.includes(".")
      ? group
          .split(".")
          .map(Number)
          .reduce<number[]>((acc, byte, i) => (i % 2 ? [...acc.slice(0, -1), acc.at(-1)! * 256 + byte] : [...acc, byte]), [])
      : [parseInt(group, 16) || 0],
  );
  if (words.length === 8 && words.slice(0, 5).every((word) => word === 0) && words[5] === 0xffff) {
    return [words[6]! >> 8, words[6]! & 255, words[7]! >> 8, words[7]! & 255].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((group) => (parseInt(group, 16) || 0).toString(16))
    .join(":")}::/64`;
}

/** The header the production server stamps: `<token> <address>`. */
export const CLIENT_HEADER = "x-crossings-client";
/** Where the server keeps this process's token (set before the app handles any request). */
export const CLIENT_TOKEN_VARIABLE = "CROSSINGS_CLIENT_TOKEN";

function stampedAddress(headers: Headers): string | null {
  const token = process.env[CLIENT_TOKEN_VARIABLE];
  const value = headers.get(CLIENT_HEADER);
  if (!token || !value) return null;
  const [given = "", address = ""] = value.split(" ");
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return address && a.length === b.length && timingSafeEqual(a, b) ? address : null;
}

export function clientAddress(headers: Headers, trustedHops: number): string | null {
  const stamped = stampedAddress(headers);
  if (stamped) return stamped;
  if (trustedHops < 1) return null;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return hops[hops.length - trustedHops] ?? "unknown";
}

/** The HMAC of the address's group (an IPv6 address counts as its /64). */
export function hashAddress(address: string, secret: string): string {
  return createHmac("sha256", secret).update(addressGroup(address)).digest("base64url");
}
