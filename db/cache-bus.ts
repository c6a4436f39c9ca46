/**
 * The app's cache (lib/cache/tagged-cache.ts) and how writes reach it: a write drops the
 * entries it affects here and, on PostgreSQL, tells every other app instance through
 * NOTIFY, so a report sent to one server shows on all of them within moments. When the
 * listening connection (re)connects, whatever it may have missed is dropped wholesale.
 */
import { sql } from "drizzle-orm";
import { getConnection, type Db } from "@/db/client";
import { TaggedCache } from "@/lib/cache/tagged-cache";

const CHANNEL = "crossings_cache";

/** Everything cached carries this tag: moderation and baseline edits drop it all. */
export const ALL = "crossings";
export const LIST = "list";
export const crossingTag = (id: number) => `crossing:${id}`;

const globalForCache = globalThis as unknown as {
  crossingsCache?: TaggedCache;
  crossingsCacheListening?: boolean;
  /** Others that keep copies of what the app shows (the page cache in scripts/server.mjs). */
  crossingsInvalidationListeners?: Set<(tags: string[]) => void>;
};

function dropLocally(tags: string[]): void {
  globalForCache.crossingsCache?.invalidate(tags);
  for (const listener of globalForCache.crossingsInvalidationListeners ?? []) listener(tags);
}

export function appCache(): TaggedCache {
  globalForCache.crossingsCache ??= new TaggedCache();
  if (!globalForCache.crossingsCacheListening) {
    globalForCache.crossingsCacheListening = true;
    const connection = getConnection();
    connection
      .listen?.(
        CHANNEL,
        (payload) => dropLocally(payload.split(" ").filter(Boolean)),
        () => {
          globalForCache.crossingsCache!.clear();
          dropLocally([ALL]);
        },
      )
      .catch((error: unknown) => {
        globalForCache.crossingsCacheListening = false;
        console.error("Cache invalidation listener failed:", error);
      });
  }
  return globalForCache.crossingsCache;
}

/** After a committed write: drop the entries with these tags, here and on other instances. */
export async function invalidate(db: Db, tags: string[]): Promise<void> {
  dropLocally(tags);
  await db.execute(sql`select pg_notify(${CHANNEL}, ${tags.join(" ")})`);
}

/** A report (or its votes) changed at one crossing: its entries and the list. */
export const invalidateCrossing = (db: Db, crossingId: number) => invalidate(db, [crossingTag(crossingId), LIST]);

/** Moderation, notices, baselines: rare, and may touch many crossings at once. */
export const invalidateAll = (db: Db) => invalidate(db, [ALL]);
