import "server-only";
/** Accounts: roles and bans. */
import { and, count, eq, gt } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { users, verificationTokens } from "@/db/schema";

export async function promoteAdmin(userId: string, db: Db = getDb()): Promise<void> {
  await db.update(users).set({ role: "admin" }).where(eq(users.id, userId));
}

/** Sign-in links sent to an address in the last hour (links live 10 minutes, so a token
 * expiring after now − 50 min was created within the hour). Counted in the database, so the
 * limit holds across app instances. */
export async function recentSignInLinks(email: string, linkMinutes: number, now: Date = new Date(), db: Db = getDb()): Promise<number> {
  const since = new Date(now.getTime() - 3600_000 + linkMinutes * 60_000);
  const [row] = await db
    .select({ sent: count() })
    .from(verificationTokens)
    .where(and(eq(verificationTokens.identifier, email), gt(verificationTokens.expires, since)));
  return row?.sent ?? 0;
}

/** When an account was made (null: no such account). */
export async function accountCreatedAt(userId: string, db: Db = getDb()): Promise<Date | null> {
  const [row] = await db.select({ createdAt: users.createdAt }).from(users).where(eq(users.id, userId));
  return row?.createdAt ?? null;
}

/** An account's role (null: no such account). */
export async function accountRole(userId: string, db: Db = getDb()): Promise<(typeof users.$inferSelect)["role"] | null> {
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  return row?.role ?? null;
}
