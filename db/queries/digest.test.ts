import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { moderatorDigests, reports, users } from "@/db/schema";
import { seedBaseline } from "@/db/seed/seed";
import { getCrossingRecord } from "@/db/queries/crossings";
import { claimDigestDay, digestRecipients, finishDigestDay, listDigestCrossings, releaseDigestDay, reportFacts } from "@/db/queries/digest";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";

const now = new Date("2026-12-06T06:00:00Z");

describe.each(testDatabaseKinds)("the moderators' digest's data on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("claims a day once, however many instances ask at the same moment", async () => {
    const claims = await Promise.all(Array.from({ length: 12 }, () => claimDigestDay(database.db, "2026-12-06", now)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimDigestDay(database.db, "2026-12-06", now)).toBe(false);
    // The next day is a day of its own.
    expect(await claimDigestDay(database.db, "2026-12-07", now)).toBe(true);
  });

  it("gives a day back only while nothing has been sent for it", async () => {
    expect(await claimDigestDay(database.db, "2026-12-08", now)).toBe(true);
    await releaseDigestDay(database.db, "2026-12-08");
    expect(await claimDigestDay(database.db, "2026-12-08", now)).toBe(true);

    await finishDigestDay(database.db, "2026-12-08", { recipients: 3, crossings: 2 }, new Date(now.getTime() + 5000));
    await releaseDigestDay(database.db, "2026-12-08");
    expect(await claimDigestDay(database.db, "2026-12-08", now)).toBe(false);
    const [row] = await database.db.select().from(moderatorDigests).where(eq(moderatorDigests.day, "2026-12-08"));
    expect(row).toEqual({ day: "2026-12-08", claimedAt: now, sentAt: new Date(now.getTime() + 5000), recipients: 3, crossings: 2 });
  });

  it("sends to moderators and admins with an address, never a banned one or a traveller", async () => {
    await database.db.insert(users).values([
      { id: "mod", email: "mod@example.org", role: "moderator" },
      { id: "admin", email: "admin@example.org", role: "admin" },
      { id: "no-email", email: null, role: "moderator" },
      { id: "banned", email: "banned@example.org", role: "moderator", bannedAt: now },
      { id: "traveller", email: "traveller@example.org" },
    ]);
    expect(await digestRecipients(database.db)).toEqual(["admin@example.org", "mod@example.org"]);
  });

  it("lists every crossing with its baseline, and finds the reports a state rests on", async () => {
    const crossings = await listDigestCrossings(database.db);
    const korday = (await getCrossingRecord("korday-ak-zhol", database.db))!;
    expect(crossings.length).toBeGreaterThan(100);
    expect(crossings.find((crossing) => crossing.slug === "korday-ak-zhol")).toEqual({
      id: korday.id,
      slug: korday.slug,
      name: korday.baseline.name.en,
      baseline: korday.baseline,
    });

    const [stored] = await database.db
      .insert(reports)
      .values({ crossingId: korday.id, direction: "a-b", observedAt: now, seen: "closed", mode: "car", confirmations: 2, verified: true })
      .returning({ id: reports.id });
    const facts = await reportFacts(database.db, [stored!.id, "00000000-0000-4000-8000-000000000000"]);
    expect([...facts.values()]).toEqual([{ id: stored!.id, observedAt: now, confirmations: 2, verified: true }]);
    expect(await reportFacts(database.db, [])).toEqual(new Map());
  });
});
