/**
 * Next.js's server hook: every error a page, route handler or server action throws passes
 * here. Database outage errors are noted (db/outage-errors.ts) so the production server
 * answers that failed page with its 503 page rather than Next.js's generic 500.
 */
import { noteDatabaseError } from "@/db/outage-errors";

export function onRequestError(error: unknown): void {
  noteDatabaseError(error);
}
