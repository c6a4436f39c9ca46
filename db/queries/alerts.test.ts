import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertDeliveries, alertSubscriptions, users } from "@/db/schema";
import { seedBaseline } from "@/db/seed/seed";
import { getCrossingRecord } from "@/db/queries/crossings";
import { claimDelivery, listSubscriptions, subscribe, unsubscribeByHash } from "@/db/queries/alerts";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";

describe.each(testDatabaseKinds)("alerts on %s", (kind) => {
  let database: TestDatabase;
  let crossingId: number;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    crossingId = (await getCrossingRecord("korday-ak-zhol", database.db))!.id;
    await database.db.insert(users).values({ id: "sub", email: "sub@example.org" });
  });
  afterAll(async () => {
    await database?.close();
  });

  it("sends each event once, however many instances try at the same time", async () => {
    const created = await subscribe({ userId: "sub", crossingId, kind: "state", waitBelow: null, direction: null, lastSeen: "open" }, (id) => `hash-${id}`, database.db);
    if ("error" in created) throw new Error(created.error);
    const claims = await Promise.all(Array.from({ length: 10 }, () => claimDelivery(created.id, "state:closed:2026-07-15T06:00:00.000Z", "closed", true, database.db)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await database.db.select().from(alertDeliveries).where(eq(alertDeliveries.subscriptionId, created.id))).toHaveLength(1);
    const [row] = await database.db.select().from(alertSubscriptions).where(eq(alertSubscriptions.id, created.id));
    expect(row!.lastSeen).toBe("closed");
  });

  it("stops on the unsubscribe link's hash, once", async () => {
    const created = await subscribe({ userId: "sub", crossingId, kind: "wait", waitBelow: 30, direction: "a-b", lastSeen: "above" }, (id) => `hash-${id}`, database.db);
    if ("error" in created) throw new Error(created.error);
    expect(await unsubscribeByHash(`hash-${created.id}`, database.db)).toBe("sub");
    expect(await unsubscribeByHash(`hash-${created.id}`, database.db)).toBeNull();
    expect((await listSubscriptions("sub", crossingId, database.db)).map((s) => s.id)).not.toContain(created.id);
  });
});
