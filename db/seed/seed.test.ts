import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crossings, notices, sources } from "@/db/schema";
import { checkedSourceKeys, SEED_NOTICE_AUTHOR, seedBaseline, seedNoticeId, validatedSeed } from "@/db/seed/seed";
import { sources as seedSources } from "@/db/seed/sources";
import { seedNotices } from "@/db/seed/notices";
import { getCrossingRecord, listCrossingRecords, pingDatabase } from "@/db/queries/crossings";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";

describe.each(testDatabaseKinds)("baseline seed and queries on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("seeds every crossing once, and re-running adds nothing", async () => {
    const expected = validatedSeed().baselines.length;
    const first = await seedBaseline(database.db);
    expect(first.crossings).toBe(expected);
    await seedBaseline(database.db);
    const [{ count }] = (await database.db.select({ count: sql<number>`count(*)::int` }).from(crossings)) as [{ count: number }];
    expect(count).toBe(expected);
    const [{ sourceCount }] = (await database.db.select({ sourceCount: sql<number>`count(*)::int` }).from(sources)) as [{ sourceCount: number }];
    expect(sourceCount).toBe(first.sources);
  });

  it("re-running the seed does not bump versions of unchanged crossings", async () => {
    const before = await database.db.select({ slug: crossings.slug, version: crossings.baselineVersion }).from(crossings);
    await seedBaseline(database.db);
    const after = await database.db.select({ slug: crossings.slug, version: crossings.baselineVersion }).from(crossings);
    expect(after.sort((a, b) => a.slug.localeCompare(b.slug))).toEqual(before.sort((a, b) => a.slug.localeCompare(b.slug)));
  });

  it("restores a seed-owned baseline that drifted, bumping its version", async () => {
    const record = (await getCrossingRecord("karkyra-kegen", database.db))!;
    const drifted = { ...record.baseline, name: { en: "Drifted name" } };
    await database.db.update(crossings).set({ baseline: drifted, nameEn: "Drifted name" }).where(eq(crossings.slug, "karkyra-kegen"));
    await seedBaseline(database.db);
    const restored = (await getCrossingRecord("karkyra-kegen", database.db))!;
    expect(restored.baseline.name.en).toBe("Karkyra – Kegen");
    expect(restored.baselineVersion).toBe(record.baselineVersion + 1);
  });

  it("never overwrites a moderator's revision, but keeps the seed's view beside it", async () => {
    const record = (await getCrossingRecord("karkyra-kegen", database.db))!;
    const revised = { ...record.baseline, name: { en: "Karkyra – Kegen (revised)" } };
    await database.db
      .update(crossings)
      .set({ baseline: revised, nameEn: revised.name.en, baselineOrigin: "revision", seedBaseline: { ...record.baseline, slug: "stale" } })
      .where(eq(crossings.slug, "karkyra-kegen"));
    await seedBaseline(database.db);
    const [row] = await database.db.select().from(crossings).where(eq(crossings.slug, "karkyra-kegen"));
    expect(row!.baseline.name.en).toBe("Karkyra – Kegen (revised)");
    expect(row!.nameEn).toBe("Karkyra – Kegen (revised)");
    expect(row!.seedBaseline.slug).toBe("karkyra-kegen");
  });

  it("reads crossings with their cited sources", async () => {
    const records = await listCrossingRecords(database.db);
    expect(records.length).toBe(validatedSeed().baselines.length);
    expect(new Set(records.map((record) => record.slug)).size).toBe(records.length);
    const kegen = await getCrossingRecord("karkyra-kegen", database.db);
    expect(kegen?.sources.map((source) => source.key)).toEqual(expect.arrayContaining(["blog-kegen-2019", "directory-karkyra-kegen-2025", "guide-kyrgyz-borders-2024"]));
    expect(kegen?.sources.find((source) => source.key === "blog-kegen-2019")).toMatchObject({
      seedFile: "000_cda06e64b4a8fc13.txt",
      asOf: "2019-08",
    });
    expect(await getCrossingRecord("atlantis", database.db)).toBeNull();
  });

  it("seeds the dated notices once, with stable ids, posted when they were announced", async () => {
    await seedBaseline(database.db);
    const rows = await database.db.select().from(notices).where(eq(notices.createdBy, SEED_NOTICE_AUTHOR));
    expect(rows.map((row) => row.id).sort()).toEqual(seedNotices.map((notice) => seedNoticeId(notice.key)).sort());
    const first = rows.find((row) => row.id === seedNoticeId("zhibek-zholy-closed-2025-02"))!;
    expect(first.startsAt).toEqual(new Date("2025-02-05T00:00:00+05:00"));
    expect(first.createdAt).toEqual(new Date("2025-02-05T00:00:00+05:00"));
    expect(first.withdrawnAt).toBeNull();
    // A seeded notice's posting time decides ties (lib/status/notices.ts): a database seeded
    // before its announcement date was corrected gets the corrected one on the next seeding.
    await database.db
      .update(notices)
      .set({ createdAt: new Date("2020-01-01T00:00:00Z") })
      .where(eq(notices.id, first.id));
    await seedBaseline(database.db);
    const [again] = await database.db.select().from(notices).where(eq(notices.id, first.id));
    expect(again!.createdAt).toEqual(new Date("2025-02-05T00:00:00+05:00"));
  });

  it("never brings back a seeded notice a moderator withdrew, nor touches a moderator's notice", async () => {
    const id = seedNoticeId("zhibek-zholy-closed-2025-06");
    const withdrawnAt = new Date("2026-08-01T00:00:00Z");
    await database.db.update(notices).set({ withdrawnAt }).where(eq(notices.id, id));
    const [crossing] = await database.db.select({ id: crossings.id }).from(crossings).where(eq(crossings.slug, "zhibek-zholy-gisht-kuprik"));
    const [own] = await database.db
      .insert(notices)
      .values({
        crossingId: crossing!.id,
        startsAt: new Date("2026-08-01T00:00:00Z"),
        effect: "open",
        text: "Reopened (moderator)",
        sourceTitle: "Border service",
        createdBy: "moderator-1",
      })
      .returning();
    await seedBaseline(database.db);
    const [seeded] = await database.db.select().from(notices).where(eq(notices.id, id));
    expect(seeded!.withdrawnAt).toEqual(withdrawnAt);
    const [kept] = await database.db.select().from(notices).where(eq(notices.id, own!.id));
    expect(kept).toEqual(own);
    const [{ count }] = (await database.db.select({ count: sql<number>`count(*)::int` }).from(notices)) as [{ count: number }];
    expect(count).toBe(seedNotices.length + 1);
  });

  it("answers the health ping", async () => {
    expect(await pingDatabase(2000, database.db)).toBe(true);
  });
});

describe("the seed's sources", () => {
  it("refuses a key listed twice, naming it (one upsert writes them all, and would abort)", () => {
    expect(checkedSourceKeys(seedSources).size).toBe(seedSources.length);
    expect(() => checkedSourceKeys([...seedSources, { ...seedSources[3]!, title: "Another title" }])).toThrow(`Seed source "${seedSources[3]!.key}" appears twice`);
  });
});
