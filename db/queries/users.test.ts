import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verificationTokens } from "@/db/schema";
import { recentSignInLinks } from "@/db/queries/users";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";

describe.each(testDatabaseKinds)("sign-in link counting on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("counts the links sent to an address within the last hour, and only those", async () => {
    const now = new Date("2026-07-15T06:00:00Z");
    const sentAt = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000 + 10 * 60_000); // expiry of a 10-minute link
    await database.db.insert(verificationTokens).values([
      { identifier: "ada@example.org", token: "a", expires: sentAt(5) },
      { identifier: "ada@example.org", token: "b", expires: sentAt(40) },
      { identifier: "ada@example.org", token: "c", expires: sentAt(70) },
      { identifier: "bob@example.org", token: "d", expires: sentAt(5) },
    ]);
    expect(await recentSignInLinks("ada@example.org", 10, now, database.db)).toBe(2);
    expect(await recentSignInLinks("bob@example.org", 10, now, database.db)).toBe(1);
    expect(await recentSignInLinks("eve@example.org", 10, now, database.db)).toBe(0);
  });
});
