import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { reports, users } from "@/db/schema";
import { seedBaseline } from "@/db/seed/seed";
import { getCrossingRecord } from "@/db/queries/crossings";
import { listVisibleReports } from "@/db/queries/reports";
import { listModeratorTimeline } from "@/db/queries/moderator-timeline";
import { insertSyntheticReports } from "@/db/synthetic";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";

const now = new Date("2026-07-15T06:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe.each(testDatabaseKinds)("the moderator's timeline on %s", (kind) => {
  let database: TestDatabase;
  let crossingId: number;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    crossingId = (await getCrossingRecord("korday-ak-zhol", database.db))!.id;
    await database.db.insert(users).values([{ id: "author" }, { id: "mod", role: "moderator" }]);
    const base = { crossingId, direction: "a-b" as const, seen: "open" as const, mode: "car", authorId: "author" };
    const rows = [
      { key: "visible", observedAt: minutesAgo(10) },
      { key: "hidden", observedAt: minutesAgo(20), hidden: true },
      { key: "held", observedAt: minutesAgo(30), hidden: true, reviewState: "held" as const },
      { key: "flagged", observedAt: minutesAgo(40), hidden: true, reviewState: "flagged" as const },
      { key: "withdrawn", observedAt: minutesAgo(50), withdrawnAt: minutesAgo(45) },
      { key: "own", observedAt: minutesAgo(60), authorId: "mod", verified: true },
    ];
    for (const { key, ...row } of rows) {
      const [created] = await database.db
        .insert(reports)
        .values({ ...base, ...row, notes: key })
        .returning({ id: reports.id });
      ids[key] = created!.id;
    }
  });
  afterAll(async () => {
    await database?.close();
  });

  it("has every report a moderator can act on, newest first, the hidden ones saying why; never a withdrawn one", async () => {
    const { reports: listed, next } = await listModeratorTimeline(crossingId, { limit: 10, viewerId: "mod" }, database.db);
    expect(next).toBeNull();
    expect(listed.map((report) => [report.notes, report.hidden, report.reviewState, report.mine])).toEqual([
      ["visible", false, "none", false],
      ["hidden", true, "none", false],
      ["held", true, "held", false],
      ["flagged", true, "flagged", false],
      ["own", false, "none", true],
    ]);
    expect(listed.at(-1)).toMatchObject({ verified: true, seen: "open", direction: "a-b", mode: "car", edited: false });
    // What every other reader gets: the visible ones only.
    const visible = await listVisibleReports(crossingId, { limit: 10 }, database.db);
    expect(visible.reports.map((report) => report.notes)).toEqual(["visible", "own"]);
  });

  it("pages by the same keyset as the readers' timeline", async () => {
    const first = await listModeratorTimeline(crossingId, { limit: 2, viewerId: "mod" }, database.db);
    expect(first.reports.map((report) => report.notes)).toEqual(["visible", "hidden"]);
    expect(first.next).toEqual({ observedAt: minutesAgo(20), id: ids.hidden });
    const second = await listModeratorTimeline(crossingId, { limit: 2, before: first.next!, viewerId: "mod" }, database.db);
    expect(second.reports.map((report) => report.notes)).toEqual(["held", "flagged"]);
    const third = await listModeratorTimeline(crossingId, { limit: 2, before: second.next!, viewerId: "mod" }, database.db);
    expect(third.reports.map((report) => report.notes)).toEqual(["own"]);
    expect(third.next).toBeNull();
  });

  it("reads the reports through the (crossing, observed) index, not by scanning them", async () => {
    await insertSyntheticReports(database.db, 5_000, 365);
    await database.db.execute(sql`analyze`);
    const sent: { sql: string; params: unknown[] }[] = [];
    const logging = database.withLogger({ logQuery: (query, params) => void sent.push({ sql: query, params }) });
    const page = await listModeratorTimeline(crossingId, { limit: 10, viewerId: "mod" }, logging);
    await listModeratorTimeline(crossingId, { limit: 10, before: page.next!, viewerId: "mod" }, logging);
    expect(sent).toHaveLength(2);
    for (const query of sent) {
      const rows = await database.rawQuery(
        `explain (format json) ${query.sql}`,
        query.params.map((param) => (param instanceof Date ? param.toISOString() : param)),
      );
      const plan = rows[0]!["QUERY PLAN"];
      const text = typeof plan === "string" ? plan : JSON.stringify(plan);
      expect(text).not.toContain("Seq Scan");
      expect(text).toContain("reports_crossing_observed_idx");
    }
  }, 60_000);
});
