import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { listTokens } from "@/db/queries/tokens";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import { createToken, revokeToken } from "@/server/services/account";
import type { Actor } from "@/server/services/service";

describe.each(testDatabaseKinds)("account services on %s", (kind) => {
  let database: TestDatabase;
  const deps = () => ({ db: database.db, alerts: () => undefined });
  const actor = (id: string | null): Actor => ({
    user: id ? { id, email: null, name: null, role: "traveller" } : null,
    origin: "http://localhost",
    ipHash: null,
    locale: "en",
    route: "test",
  });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await database.db.insert(users).values([
      { id: "owner", email: "owner@example.org" },
      { id: "other", email: "other@example.org" },
    ]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("names a token only with printable text, and shows it once", async () => {
    expect(await createToken({ name: "laptop" }, actor(null), deps())).toEqual({ kind: "signed-out" });
    expect(await createToken({ name: "bell\u0007" }, actor("owner"), deps())).toMatchObject({ kind: "invalid", fields: { name: expect.stringContaining("U+0007") } });
    expect(await createToken({ name: "x" }, actor("owner"), deps())).toMatchObject({ kind: "invalid" });
    expect(await listTokens("owner", database.db)).toEqual([]);
    const created = await createToken({ name: " laptop " }, actor("owner"), deps());
    expect(created).toMatchObject({ kind: "created", name: "laptop", token: expect.stringMatching(/^cr_/) });
  });

  it("revokes only the owner's own token", async () => {
    const [token] = await listTokens("owner", database.db);
    expect(await revokeToken({ tokenId: token!.id }, actor("other"), deps())).toEqual({ kind: "not-found" });
    expect(await revokeToken({ tokenId: token!.id }, actor("owner"), deps())).toEqual({ kind: "ok" });
  });
});
