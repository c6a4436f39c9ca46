import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTokens, users } from "@/db/schema";
import { createToken, listTokens, revokeToken, userForToken } from "@/db/queries/tokens";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import { hashToken } from "@/lib/auth/tokens";

describe.each(testDatabaseKinds)("API tokens on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await database.db.insert(users).values([
      { id: "owner", email: "owner@example.org" },
      { id: "other", email: "other@example.org" },
      { id: "banned", email: "banned@example.org", bannedAt: new Date() },
    ]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("stores only a hash and resolves the token to its account until revoked", async () => {
    const created = await createToken("owner", "Telegram bot", database.db);
    if ("error" in created) throw new Error(created.error);
    expect(created.token).toMatch(/^cr_[\w-]{43}$/);
    const [row] = await database.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row!.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(await userForToken(created.token, database.db)).toMatchObject({ id: "owner", role: "traveller" });
    expect((await listTokens("owner", database.db))[0]!.lastUsedAt).not.toBeNull();

    expect(await revokeToken("other", created.id, database.db)).toBe(false);
    expect(await revokeToken("owner", created.id, database.db)).toBe(true);
    expect(await userForToken(created.token, database.db)).toBeNull();
  });

  it("refuses unknown tokens and tokens of banned accounts", async () => {
    expect(await userForToken("cr_nottherealtokenatallxxxxxxxxxxxxxxxxxxxxxx", database.db)).toBeNull();
    const created = await createToken("banned", "old bot", database.db);
    if ("error" in created) throw new Error(created.error);
    expect(await userForToken(created.token, database.db)).toBeNull();
  });
});
