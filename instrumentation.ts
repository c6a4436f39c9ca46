/**
 * Next.js's server hook: every error a page, route handler or server action throws passes
 * here. Database outage errors are noted (db/outage-errors.ts) so the production server
 * answers that failed page with its 503 page rather than Next.js's generic 500.
 */
import { noteDatabaseError } from "@/db/outage-errors";

/** At start-up: check the environment (lib/env.ts), so a missing or bad variable (AUTH_URL in
 * production) stops the server with a message naming it, not the first request with a 500. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    await import("@/lib/env");
  } catch (error) {
    // Next.js would log this and serve 500s: stop instead, with the message alone.
    console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

export function onRequestError(error: unknown): void {
  noteDatabaseError(error);
}
