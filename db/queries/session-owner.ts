/**
 * Whose session a token is, read fresh from the database on every request that uses it, so a
 * sign-out, an expiry or a ban counts at once. The production server calls this before it
 * answers a signed-in reader from their own cached pages (server/http/server.ts); the app's own
 * check is server/auth/session.ts (Auth.js), which reads the same rows the same way.
 * No "server-only" here: the server process imports it outside React's server bundle.
 */
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessions, users } from "@/db/schema";

/** The user id behind a live session token of a user who is not banned, or null. */
export async function sessionOwner(db: Db, token: string, now: Date = new Date()): Promise<string | null> {
  const [row] = await db
    .select({ userId: users.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.sessionToken, token), gt(sessions.expires, now), isNull(users.bannedAt)))
    .limit(1);
  return row?.userId ?? null;
}
