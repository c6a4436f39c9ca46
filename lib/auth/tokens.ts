/** Personal API tokens: "cr_" and 32 random bytes; stored only as a SHA-256 hash. */
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "cr_";

export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The token from an `Authorization: Bearer cr_…` header, or null. */
export function bearerToken(headers: Headers): string | null {
  const match = /^Bearer\s+(cr_[A-Za-z0-9_-]{20,100})\s*$/.exec(headers.get("authorization") ?? "");
  return match ? match[1]! : null;
}
