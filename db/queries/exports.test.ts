import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { crossings, reports, users } from "@/db/schema";
import { seedBaseline } from "@/db/seed/seed";
import { listCrossingSummaries, openReportExport } from "@/db/queries/exports";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import { REPORT_CSV_HEADER, reportCsvRow, type ExportReport } from "@/lib/exports/csv";
import { buildCrossingsGeoJson } from "@/lib/exports/geojson";

const instant = new Date("2026-07-15T06:00:00Z");
const hoursAgo = (hours: number) => new Date(instant.getTime() - hours * 3600_000);

async function all(part: { batches: () => AsyncGenerator<ExportReport[]> }): Promise<ExportReport[]> {
  const rows: ExportReport[] = [];
  for await (const batch of part.batches()) rows.push(...batch);
  return rows;
}

describe.each(testDatabaseKinds)("exports from %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    const [kegen] = await database.db.select({ id: crossings.id }).from(crossings).where(eq(crossings.slug, "karkyra-kegen"));
    const [irkeshtam] = await database.db.select({ id: crossings.id }).from(crossings).where(eq(crossings.slug, "irkeshtam"));
    await database.db.insert(users).values({ id: "author-1", email: "secret.author@example.org", name: "Secret Author" });
    await database.db.insert(reports).values([
      {
        crossingId: kegen!.id,
        direction: "a-b",
        observedAt: hoursAgo(5),
        seen: "open",
        mode: "car",
        waitMinutes: 30,
        notes: "older",
        authorId: "author-1",
        ipHash: "iphash-secret",
      },
      { crossingId: kegen!.id, direction: "b-a", observedAt: hoursAgo(1), seen: "closed", mode: "bus", notes: "newest", tags: ["lunch-break", "fee-paid"], verified: true },
      { crossingId: irkeshtam!.id, direction: "b-a", observedAt: hoursAgo(3), seen: "restricted", mode: "truck", waitMinutes: 240, notes: "=1+1, middle" },
      // Two at the same instant: a part must never split them.
      { crossingId: irkeshtam!.id, direction: "a-b", observedAt: hoursAgo(4), seen: "open", mode: "car", notes: "tie one" },
      { crossingId: kegen!.id, direction: "a-b", observedAt: hoursAgo(4), seen: "open", mode: "car", notes: "tie two" },
      // Never exported:
      { crossingId: kegen!.id, direction: "a-b", observedAt: hoursAgo(0.5), seen: "closed", mode: "car", notes: "hidden by a moderator", hidden: true, reviewState: "flagged" },
      { crossingId: irkeshtam!.id, direction: "a-b", observedAt: hoursAgo(2), seen: "open", mode: "car", notes: "withdrawn by its author", withdrawnAt: hoursAgo(1.5) },
    ]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("exports visible reports only, newest observed first, without who wrote them", async () => {
    const part = await openReportExport({ cap: 100_000 }, database.db);
    expect(part.next).toBeNull();
    const rows = await all(part);
    expect(rows.map((row) => row.notes)).toEqual(["newest", "=1+1, middle", expect.stringMatching(/^tie/), expect.stringMatching(/^tie/), "older"]);
    expect(rows.map((row) => row.observedAt.getTime())).toEqual([...rows.map((row) => row.observedAt.getTime())].sort((a, b) => b - a));
    const csv = REPORT_CSV_HEADER + rows.map(reportCsvRow).join("");
    expect(csv).not.toMatch(/hidden by a moderator|withdrawn by its author|author-1|secret\.author|Secret Author|iphash-secret/);
    expect(rows.every((row) => !Object.keys(row).some((key) => /author|email|ip/i.test(key)))).toBe(true);
  });

  it("names the crossing by slug and each direction's countries", async () => {
    const [newest, middle] = await all(await openReportExport({ cap: 10 }, database.db));
    expect(newest).toMatchObject({ crossingSlug: "karkyra-kegen", direction: "b-a", from: "KZ", to: "KG", tags: ["lunch-break", "fee-paid"], verified: true, waitMinutes: null });
    expect(middle).toMatchObject({ crossingSlug: "irkeshtam", direction: "b-a", from: "CN", to: "KG", waitMinutes: 240 });
    expect(reportCsvRow(middle!)).toContain(`,"'=1+1, middle",`);
  });

  it("reads in batches and stops at the cap without splitting an instant, then continues before it", async () => {
    // Cap 3: newest, middle, and the two ties would make 4, so the first part holds 2.
    const first = await openReportExport({ cap: 3, batchSize: 1 }, database.db);
    const firstRows = await all(first);
    expect(firstRows.map((row) => row.notes)).toEqual(["newest", "=1+1, middle"]);
    expect(first.next?.toISOString()).toBe(hoursAgo(3).toISOString());

    const second = await openReportExport({ before: first.next!, cap: 3, batchSize: 2 }, database.db);
    const secondRows = await all(second);
    expect(secondRows.map((row) => row.notes).sort()).toEqual(["older", "tie one", "tie two"]);
    expect(second.next).toBeNull();
  });

  it("gives every visible row exactly once, in a stable order, through ties and finer-than-millisecond times, however it is cut", async () => {
    // 60 more reports on 7 instants, some sharing a millisecond but not a microsecond.
    const [kegen] = await database.db.select({ id: crossings.id }).from(crossings).where(eq(crossings.slug, "karkyra-kegen"));
    await database.db.execute(sql`
      insert into reports (crossing_id, direction, observed_at, seen, mode, notes)
      select ${kegen!.id}, 'a-b', ${hoursAgo(10).toISOString()}::timestamptz - (g % 7) * interval '1 minute' + (g % 3) * interval '1 microsecond', 'open', 'car', 'bulk ' || g
      from generate_series(1, 60) g`);
    const expected = await database.db
      .select({ id: reports.id })
      .from(reports)
      .where(and(eq(reports.hidden, false), isNull(reports.withdrawnAt)))
      .orderBy(sql`${reports.observedAt} desc, ${reports.id} desc`);
    for (const batchSize of [1, 7, 500]) {
      const rows = await all(await openReportExport({ cap: 100_000, batchSize }, database.db));
      expect(rows.map((row) => row.id)).toEqual(expected.map((row) => row.id));
    }
    // Cut into parts of at most 9 rows: the parts together are the whole, each row once.
    const seen: string[] = [];
    let before: Date | undefined;
    for (let part = 0; part < 100; part++) {
      const current = await openReportExport({ before, cap: 9, batchSize: 4 }, database.db);
      seen.push(...(await all(current)).map((row) => row.id));
      if (!current.next) break;
      before = current.next;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(expected.map((row) => row.id).sort());
    await database.db.delete(reports).where(sql`${reports.notes} like 'bulk %'`);
  });

  it("stops reading when the client has gone: no query after the signal aborts", async () => {
    const controller = new AbortController();
    const part = await openReportExport({ cap: 100_000, batchSize: 1, signal: controller.signal }, database.db);
    const batches = part.batches();
    const first = await batches.next();
    expect(first.done).toBe(false);
    controller.abort();
    expect((await batches.next()).done).toBe(true);
  });

  it("exports nothing before the oldest report", async () => {
    const part = await openReportExport({ before: hoursAgo(100), cap: 10 }, database.db);
    expect(await all(part)).toEqual([]);
    expect(part.next).toBeNull();
  });

  it("gives every located crossing's summary for the GeoJSON, one feature each", async () => {
    const summaries = await listCrossingSummaries(instant, database.db);
    // Crossings without a sourced location have no coordinates and no feature (docs/open-data.md).
    const slugs = (await database.db.select({ slug: crossings.slug }).from(crossings).where(isNotNull(crossings.lat))).map((row) => row.slug);
    const collection = buildCrossingsGeoJson(summaries, instant);
    expect(collection.features.map((feature) => feature.properties.slug).sort()).toEqual(slugs.sort());
    expect(slugs.length).toBeLessThan(summaries.length);
    const kegen = collection.features.find((feature) => feature.properties.slug === "karkyra-kegen")!;
    // The newest visible report (closed, an hour ago) decides, not the hidden one.
    expect(kegen.properties).toMatchObject({ state: "closed", basis: "reports" });
  });
});
