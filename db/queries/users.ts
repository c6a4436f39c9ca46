import "server-only";
/** Accounts: roles and bans. */
import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { users } from "@/db/schema";

export async function promoteAdmin(userId: string, db: Db = getDb()): Promise<void> {
  await db.update(users).set({ role: "admin" }).where(eq(users.id, userId));
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
