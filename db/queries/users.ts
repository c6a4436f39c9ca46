import "server-only";
/** Accounts: roles and bans. */
import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { users } from "@/db/schema";

export async function promoteAdmin(userId: string, db: Db = getDb()): Promise<void> {
  await db.update(users).set({ role: "admin" }).where(eq(users.id, userId));
}
