/**
 * Which failures are the database being away (an outage: 503, "try again shortly") rather
 * than a bug, told from the error itself: a refused, reset or timed-out connection, a server
 * shutting down, crashed or starting up. A ping alone is not enough: while PostgreSQL shuts
 * down, one pooled connection may fail while another still answers for a moment.
 * The last such failure is noted on the process bridge for the production server's 503 page
 * (server/http/ sees a failed page, not its error).
 */
import { processBridge } from "@/db/bridge";

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "DATABASE_UNAVAILABLE",
]);

/** Thrown where a library swallowed the driver's error but the database is known to be away. */
export class DatabaseUnavailableError extends Error {
  readonly code = "DATABASE_UNAVAILABLE";
}

/** SQLSTATE class 08 (connection exception), 57P01–57P03 (shutdown, crash, starting up), 53300 (too many connections). */
const OUTAGE_SQLSTATE = /^(?:08...|57P0[123]|53300)$/;

export function isOutageError(error: unknown): boolean {
  let current: unknown = error;
  // drizzle wraps the driver's error in `cause`; Auth.js's adapter errors in `cause.err`.
  for (let depth = 0; current && typeof current === "object" && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || OUTAGE_SQLSTATE.test(code))) return true;
    const next: { cause?: unknown; err?: unknown } = current as never;
    current = next.cause ?? next.err;
  }
  return false;
}

/** Notes an outage error (for the server's 503 page); says whether it was one. */
export function noteDatabaseError(error: unknown): boolean {
  if (!isOutageError(error)) return false;
  processBridge().outageAt = Date.now();
  return true;
}
