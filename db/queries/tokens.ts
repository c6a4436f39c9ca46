import "server-only";
/** Personal API tokens: create (the plain token is returned once), list, revoke, resolve. */
import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import type { SessionUser } from "@/lib/auth/user";

export const MAX_TOKENS_PER_USER = 10;

export async function createToken(userId: string, name: string, db: Db = getDb()): Promise<{ id: string; token: string } | { error: string }> {
  const active = await db
    .select({ id: apiTokens.id })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
  if (active.length >= MAX_TOKENS_PER_USER) return { error: `At most ${MAX_TOKENS_PER_USER} active tokens: revoke one first.` };
  const token = generateToken();
  const [row] = await db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: hashToken(token), prefix: token.slice(0, 10) })
    .returning({ id: apiTokens.id });
  return { id: row!.id, token };
}

export async function listTokens(userId: string, db: Db = getDb()) {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
}

export async function revokeToken(userId: string, tokenId: string, db: Db = getDb()): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(tokenId)) return false;
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** The account behind a token: null when unknown, revoked, or the account is banned. */
export async function userForToken(token: string, db: Db = getDb()): Promise<SessionUser | null> {
  const [row] = await db
    .select({ tokenId: apiTokens.id, id: users.id, email: users.email, name: users.name, role: users.role, bannedAt: users.bannedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row || row.bannedAt) return null;
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}
