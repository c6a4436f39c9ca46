/**
 * Next.js's server hook: every error a page, route handler or server action throws passes
 * here. Database outage errors are noted (db/outage-errors.ts) so the production server
 * answers that failed page with its 503 page rather than Next.js's generic 500.
 * (The environment is checked at start-up by the server itself, server/http/main.ts, which
 * imports lib/env.ts before Next.js: a bad variable stops it with a message naming it.)
 */
import { noteDatabaseError } from "@/db/outage-errors";

export function onRequestError(error: unknown): void {
  noteDatabaseError(error);
}
