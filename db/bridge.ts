/**
 * The one object the production server (server/http/) and the app share inside a process.
 *
 * The server runs from source (tsx) while the app runs from Next.js's bundle, so each has its
 * own copy of every module: a module-level variable cannot be seen from the other side. This
 * object lives on globalThis under one registered symbol, typed here, and both sides reach it
 * only through `processBridge()` — no other global names, nothing an import does not show.
 *
 * The app fills it (db/client.ts, db/cache-bus.ts, db/outage-errors.ts); the server reads it
 * (the database to ping and close, the app's state cache's next expiry, invalidations, the
 * last outage error, the API answers it may give directly).
 */
import type { Connection } from "@/db/client";

export interface ProcessBridge {
  /** The app's database connection, once opened (db/client.ts getConnection). */
  connection: Connection | null;
  /** The app's tagged cache of computed states (db/cache-bus.ts): its earliest expiry. */
  stateCache: { earliestExpiry(prefix: string): number | null } | null;
  /** Whether the app listens for other instances' invalidations (db/cache-bus.ts). */
  cacheListening: boolean;
  /** Called with the tags of every invalidation, local or from another instance. */
  invalidationListeners: Set<(tags: string[]) => void>;
  /** When a query last failed because the database was away (ms since the epoch; 0: never). */
  outageAt: number;
  /** Public API answers the production server may give without Next.js's pipeline, registered
   * by the app's own route modules when they load (server/http/fast-routes.ts). */
  apiRoutes: { status?: (request: Request, slug: string) => Promise<Response> };
}

const KEY = Symbol.for("crossings.process-bridge");

export function processBridge(): ProcessBridge {
  const holder = globalThis as unknown as Record<symbol, ProcessBridge | undefined>;
  holder[KEY] ??= { connection: null, stateCache: null, cacheListening: false, invalidationListeners: new Set(), outageAt: 0, apiRoutes: {} };
  holder[KEY].apiRoutes ??= {}; // a bridge made by an older copy of this module (a dev reload)
  return holder[KEY];
}
