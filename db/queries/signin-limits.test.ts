import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInRequests } from "@/db/schema";
import { claimSignInLink, signInLinkAllowed, signInLinksTo, SIGN_IN_WINDOW_MS } from "@/db/queries/signin-limits";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";

const limits = { perRecipient: 5, perAddress: 8 };
const minutes = (n: number) => n * 60_000;

describe.each(testDatabaseKinds)("sign-in link limits on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    await database.db.delete(signInRequests).where(sql`true`);
  });

  const t0 = new Date("2026-07-15T06:00:00Z");
  const at = (offsetMinutes: number) => new Date(t0.getTime() + minutes(offsetMinutes));

  it("allows five links to one recipient in an hour and refuses the sixth, until the first leaves the hour", async () => {
    const ada = { identifierHash: "ada", addressHash: null };
    for (let i = 0; i < 5; i++) expect(await claimSignInLink(ada, limits, at(i * 10), database.db)).toEqual({ allowed: true });
    const sixth = await claimSignInLink(ada, limits, at(45), database.db);
    expect(sixth).toEqual({ allowed: false, limit: "recipient", sent: 5, retryAt: at(60) });
    // The refused one is not counted: the recipient is not locked out longer by being refused.
    expect(await signInLinksTo("ada", at(45), database.db)).toBe(5);
    expect(await signInLinkAllowed(ada, limits, at(59), database.db)).toMatchObject({ allowed: false, retryAt: at(60) });
    expect(await claimSignInLink(ada, limits, at(60), database.db)).toEqual({ allowed: true });
    // Another recipient is not affected.
    expect(await claimSignInLink({ identifierHash: "bob", addressHash: null }, limits, at(45), database.db)).toEqual({ allowed: true });
  });

  it("limits one client address across recipients, and only where the address is known", async () => {
    for (let i = 0; i < 8; i++) expect((await claimSignInLink({ identifierHash: `victim${i}`, addressHash: "client-a" }, limits, at(i), database.db)).allowed).toBe(true);
    const ninth = await claimSignInLink({ identifierHash: "victim8", addressHash: "client-a" }, limits, at(20), database.db);
    expect(ninth).toEqual({ allowed: false, limit: "address", sent: 8, retryAt: at(60) });
    expect(await signInLinksTo("victim8", at(20), database.db)).toBe(0);
    // Another address, or none known, may still ask for that recipient.
    expect((await claimSignInLink({ identifierHash: "victim8", addressHash: "client-b" }, limits, at(20), database.db)).allowed).toBe(true);
    expect((await claimSignInLink({ identifierHash: "victim9", addressHash: null }, limits, at(20), database.db)).allowed).toBe(true);
    // An hour after the first: one more from client-a.
    expect((await claimSignInLink({ identifierHash: "victim10", addressHash: "client-a" }, limits, at(60), database.db)).allowed).toBe(true);
  });

  it("names the recipient's limit first when both are over, and the read-only check writes nothing", async () => {
    for (let i = 0; i < 5; i++) await claimSignInLink({ identifierHash: "ada", addressHash: "client-a" }, { perRecipient: 5, perAddress: 5 }, at(i), database.db);
    const status = await signInLinkAllowed({ identifierHash: "ada", addressHash: "client-a" }, { perRecipient: 5, perAddress: 5 }, at(10), database.db);
    expect(status).toEqual({ allowed: false, limit: "recipient", sent: 5, retryAt: at(60) });
    expect(await signInLinkAllowed({ identifierHash: "bob", addressHash: "client-a" }, { perRecipient: 5, perAddress: 5 }, at(10), database.db)).toMatchObject({
      limit: "address",
      retryAt: at(60),
    });
    expect(await signInLinkAllowed({ identifierHash: "bob", addressHash: "client-b" }, { perRecipient: 5, perAddress: 5 }, at(10), database.db)).toEqual({ allowed: true });
    expect(await database.db.$count(signInRequests)).toBe(5);
  });

  it("lets exactly the limit through when requests race", async () => {
    const claims = await Promise.all(Array.from({ length: 30 }, () => claimSignInLink({ identifierHash: "ada", addressHash: "client-a" }, limits, at(0), database.db)));
    expect(claims.filter((claim) => claim.allowed)).toHaveLength(5);
    expect(await signInLinksTo("ada", at(0), database.db)).toBe(5);
    // And across recipients, from one address.
    const spread = await Promise.all(Array.from({ length: 30 }, (_, i) => claimSignInLink({ identifierHash: `victim${i}`, addressHash: "client-b" }, limits, at(1), database.db)));
    expect(spread.filter((claim) => claim.allowed)).toHaveLength(8);
  });

  it("keeps no row older than the hour", async () => {
    await claimSignInLink({ identifierHash: "old", addressHash: "client-a" }, limits, at(0), database.db);
    await claimSignInLink({ identifierHash: "new", addressHash: "client-a" }, limits, new Date(t0.getTime() + SIGN_IN_WINDOW_MS + 1), database.db);
    const rows = await database.db.select({ identifierHash: signInRequests.identifierHash }).from(signInRequests);
    expect(rows).toEqual([{ identifierHash: "new" }]);
  });
});
