/**
 * The app's cache (lib/cache/tagged-cache.ts) and how writes reach it: a write drops the
 * entries it affects here and, on PostgreSQL, tells every other app instance through
 * NOTIFY, so a report sent to one server shows on all of them within moments. When the
 * listening connection (re)connects, whatever it may have missed is dropped wholesale.
 * The production server's page cache hears every invalidation too, through the process
 * bridge (db/bridge.ts).
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { getConnection, type Db } from "@/db/client";
import { TaggedCache } from "@/lib/cache/tagged-cache";
import { processBridge } from "@/db/bridge";

const CHANNEL = "crossings_cache";
/** This process, as named in its notifications: it has dropped its own entries already, and
 * must not drop them a second time when its own NOTIFY comes back (that second drop came half
 * a second later through the page cache's debounce, and cost every page one more render). */
const INSTANCE = `instance:${randomUUID()}`;

/** Everything cached carries this tag: moderation and baseline edits drop it all. */
export const ALL = "crossings";
export const LIST = "list";
export const crossingTag = (id: number) => `crossing:${id}`;
/** One user's own cached pages (a signed-in reader's, server/http/): what only they see changed. */
export const userTag = (id: string) => `user:${id}`;

function dropLocally(tags: string[]): void {
  const bridge = processBridge();
  (bridge.stateCache as TaggedCache | null)?.invalidate(tags);
  for (const listener of bridge.invalidationListeners) listener(tags);
}

export function appCache(): TaggedCache {
  const bridge = processBridge();
  bridge.stateCache ??= new TaggedCache();
  const cache = bridge.stateCache as TaggedCache;
  if (!bridge.cacheListening) {
    bridge.cacheListening = true;
    const connection = getConnection();
    connection
      .listen?.(
        CHANNEL,
        (payload) => {
          const [sender, ...tags] = payload.split(" ").filter(Boolean);
          if (sender !== INSTANCE) dropLocally(sender?.startsWith("instance:") ? tags : [sender!, ...tags].filter(Boolean));
        },
        () => {
          cache.clear();
          dropLocally([ALL]);
        },
      )
      .catch((error: unknown) => {
        bridge.cacheListening = false;
        console.error("Cache invalidation listener failed:", error);
      });
  }
  return cache;
}

/** After a committed write: drop the entries with these tags, here and on other instances. */
export async function invalidate(db: Db, tags: string[]): Promise<void> {
  dropLocally(tags);
  await db.execute(sql`select pg_notify(${CHANNEL}, ${[INSTANCE, ...tags].join(" ")})`);
}

/** A report (or its votes) changed at one crossing: its entries and the list; and the pages of
 * the user who did it, at once (the shared ones may wait out a debounce; theirs must not). */
export const invalidateCrossing = (db: Db, crossingId: number, actorId?: string | null) => invalidate(db, [crossingTag(crossingId), LIST, ...(actorId ? [userTag(actorId)] : [])]);

/** Something only this user sees changed (their alerts, their role). */
export const invalidateUser = (db: Db, userId: string) => invalidate(db, [userTag(userId)]);

/** Moderation, notices, baselines: rare, and may touch many crossings at once. */
export const invalidateAll = (db: Db) => invalidate(db, [ALL]);
