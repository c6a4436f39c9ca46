/**
 * Was a failure the database being away (an outage: 503, "try again shortly") rather than a
 * bug (500, logged)? The error itself says so when it is a connection failure
 * (db/outage-errors.ts); otherwise a ping decides, as error codes differ between postgres.js
 * and PGlite and a query may also simply time out.
 */
import { pingDatabase } from "@/db/queries/crossings";
import { noteDatabaseError } from "@/db/outage-errors";

export async function databaseUnavailable(error?: unknown, timeoutMs = 1500): Promise<boolean> {
  if (noteDatabaseError(error)) return true;
  return !(await pingDatabase(timeoutMs).catch(() => false));
}
