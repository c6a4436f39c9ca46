/**
 * No page reads the reports table by scanning it: every query the reading, account and
 * moderation pages send is EXPLAINed on a database with synthetic history, with sequential
 * scans disabled, so a plan that still has "Seq Scan on reports" has no index to use.
 * The CSV export reads every report on purpose, in keyset batches from the (observed_at, id)
 * index (its first batch walks it from the top, with no condition but a limit).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import { seedBaseline } from "@/db/seed/seed";
import { insertSyntheticReports } from "@/db/synthetic";
import { loadAllStatusInputs, loadStatusInputs } from "@/db/queries/status";
import { listVisibleReports, listOwnReports, getReportById, ownReportKey } from "@/db/queries/reports";
import { loadWaitHistogram } from "@/db/queries/history";
import { loadObservedEvidence } from "@/db/queries/observed-hours";
import { openReportExport } from "@/db/queries/exports";
import { listActiveNotices, listAuditLog, listQueue, listRecentlyHidden, listUnconfirmed, listUsers } from "@/db/queries/moderation";
import { loadCountryFeed, loadCrossingFeed } from "@/db/queries/feeds";
import { getCrossingRecord, listCrossingRecords } from "@/db/queries/crossings";
import { listSubscriptions } from "@/db/queries/alerts";

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

/** Partial indexes hold only the few rows a query wants: reading one whole is the point. */
const partialIndexes = new Set(["reports_review_idx"]);

/** Scans that read a whole relation: sequential scans, and index scans with no condition on
 * the index (a walk of the whole index, filtered row by row), unless the index is partial. */
function fullScans(node: PlanNode, found: string[] = []): string[] {
  const type = node["Node Type"];
  if (type === "Seq Scan" && node["Relation Name"]) found.push(node["Relation Name"]);
  const index = node["Index Name"];
  if (/Index/.test(type) && index?.startsWith("reports_") && !partialIndexes.has(index) && !node["Index Cond"]) found.push("reports");
  for (const child of node.Plans ?? []) fullScans(child, found);
  return found;
}

/** The plan of every query `run` sends, each as its list of nodes. */
async function plansOn(database: TestDatabase, run: (db: Db) => Promise<unknown>) {
  const sent: { sql: string; params: unknown[] }[] = [];
  await run(database.withLogger({ logQuery: (query, params) => sent.push({ sql: query, params }) }));
  const result: { sql: string; nodes: PlanNode[] }[] = [];
  for (const query of sent) {
    const rows = await database.rawQuery(
      `explain (format json) ${query.sql}`,
      query.params.map((param) => (param instanceof Date ? param.toISOString() : param)),
    );
    const plan = rows[0]!["QUERY PLAN"];
    const root = (typeof plan === "string" ? JSON.parse(plan) : plan) as { Plan: PlanNode }[];
    const nodes: PlanNode[] = [];
    const walk = (node: PlanNode) => (nodes.push(node), node.Plans?.forEach(walk));
    walk(root[0]!.Plan);
    result.push({ sql: query.sql, nodes });
  }
  return result;
}

describe.each(testDatabaseKinds)("query plans on %s", (kind) => {
  let database: TestDatabase;
  const queries: { sql: string; params: unknown[] }[] = [];
  let logging: Db;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    await insertSyntheticReports(database.db, 30_000, 3 * 365);
    await database.db.execute(sql`analyze`);
    logging = database.withLogger({ logQuery: (query, params) => queries.push({ sql: query, params }) });
  }, 120_000);

  afterAll(async () => {
    await database?.close();
  });

  it("sends every page's queries through an index on reports", async () => {
    const now = new Date();
    const [crossing] = await listCrossingRecords(logging);
    const id = crossing!.id;
    const { reports } = await listVisibleReports(id, { limit: 10 }, logging);
    const last = reports.at(-1)!;
    await Promise.all([
      loadAllStatusInputs(now, logging),
      loadStatusInputs(id, now, crossing!.baseline, logging),
      loadStatusInputs(id, new Date(now.getTime() - 30 * 86400_000), crossing!.baseline, logging),
      listVisibleReports(id, { limit: 10, before: { observedAt: last.observedAt, id: last.id }, viewerId: "someone" }, logging),
      loadWaitHistogram(id, now, logging),
      loadObservedEvidence(id, crossing!.baseline.sides[0].timeZone, now, logging),
      listActiveNotices(id, now, logging),
      getCrossingRecord(crossing!.slug, logging),
      getReportById(last.id, logging),
      ownReportKey("someone", last.id, logging),
      listOwnReports("someone", logging),
      listSubscriptions("someone", id, logging),
      loadCrossingFeed(crossing!.slug, now, logging),
      loadCountryFeed("KG", now, logging),
      listQueue(now, logging),
      listRecentlyHidden(now, logging),
      listUnconfirmed(now, logging),
      listUsers(logging),
      listAuditLog(100, logging),
    ]);
    expect(queries.length).toBeGreaterThan(15);

    const offenders: string[] = [];
    for (const query of queries.filter((entry) => /\breports\b/.test(entry.sql))) {
      const rows = await database.rawQuery(
        `explain (format json) ${query.sql}`,
        query.params.map((param) => (param instanceof Date ? param.toISOString() : param)),
      );
      const plan = rows[0]!["QUERY PLAN"];
      const root = (typeof plan === "string" ? JSON.parse(plan) : plan) as { Plan: PlanNode }[];
      if (fullScans(root[0]!.Plan).includes("reports")) offenders.push(query.sql);
    }
    expect(offenders).toEqual([]);
  }, 120_000);

  const plans = (run: (db: Db) => Promise<unknown>) => plansOn(database, run);

  it("pages the CSV export by key through the (observed_at, id) index, never sorting the table", async () => {
    const part = await openReportExport({ cap: 1000, batchSize: 100 }, logging);
    const sent = await plans(async (db) => {
      const again = await openReportExport({ cap: 1000, batchSize: 100 }, db);
      for await (const batch of again.batches()) void batch;
    });
    for await (const batch of part.batches()) void batch;
    const onReports = sent.filter((query) => /"reports"/.test(query.sql));
    expect(onReports.length).toBeGreaterThan(5);
    for (const query of onReports) {
      expect(query.nodes.some((node) => node["Node Type"] === "Sort")).toBe(false);
      expect(query.nodes.some((node) => node["Index Name"] === "reports_observed_id_idx")).toBe(true);
    }
    // After the first batch, each starts at its key: an index condition on (observed_at, id).
    const keyed = onReports.filter((query) => /\(("reports"\.)?"observed_at", ("reports"\.)?"id"\) </.test(query.sql));
    expect(keyed.length).toBeGreaterThan(3);
    for (const query of keyed) expect(query.nodes.find((node) => node["Index Name"] === "reports_observed_id_idx")?.["Index Cond"]).toMatch(/observed_at/);
  }, 60_000);

  it("reads the typical waits from wait_history by its key, not the reports", async () => {
    const [crossing] = await listCrossingRecords(logging);
    const sent = await plans((db) => loadWaitHistogram(crossing!.id, new Date(), db));
    expect(sent.some((query) => /\breports\b/.test(query.sql) && /from "reports"/.test(query.sql))).toBe(false);
    const read = sent.find((query) => /from "wait_history"/.test(query.sql))!;
    expect(read.nodes.some((node) => node["Index Name"] === "wait_history_pkey")).toBe(true);
  }, 60_000);

  it("counts a side's observed hours over an index range on (crossing_id, observed_at), in SQL", async () => {
    const [crossing] = await listCrossingRecords(logging);
    const sent = await plans((db) => loadObservedEvidence(crossing!.id, crossing!.baseline.sides[0].timeZone, new Date(), db));
    expect(sent).toHaveLength(1);
    // An index scan, or a bitmap heap scan over a bitmap index scan: either way this index, by its range.
    const scans = sent[0]!.nodes.filter((node) => node["Index Name"]?.startsWith("reports_"));
    expect(scans.map((node) => node["Index Name"])).toEqual(["reports_crossing_observed_idx"]);
    expect(scans[0]!["Index Cond"]).toMatch(/crossing_id.*observed_at/s);
    expect(sent[0]!.nodes.some((node) => node["Node Type"] === "Seq Scan")).toBe(false);
  }, 60_000);
});

/**
 * The status inputs' read of wait_history at the hours around an instant, on tables never
 * analyzed (PGlite has no autovacuum: a database it keeps has no statistics unless someone
 * runs ANALYZE). Planned from guesses, the hours once went into a join filter worked out
 * again for every row of the crossing's history: 0.4 s per distinct hour on the bench's
 * database. The hours must reach the index: a range of wait_history_pkey by crossing,
 * direction and hour of the week, however many rows the planner expects.
 */
describe.each(testDatabaseKinds)("wait history around an instant, without statistics, on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    await insertSyntheticReports(database.db, 5_000, 365);
  }, 120_000);

  afterAll(async () => {
    await database?.close();
  });

  it("reads one index range by crossing, direction and hour, for one crossing and for every crossing", async () => {
    const [crossing] = await listCrossingRecords(database.db);
    const instant = new Date();
    for (const run of [(db: Db) => loadStatusInputs(crossing!.id, instant, crossing!.baseline, db), (db: Db) => loadAllStatusInputs(instant, db)]) {
      const sent = await plansOn(database, run);
      const reads = sent.filter((query) => /"wait_history"/.test(query.sql));
      expect(reads).toHaveLength(1);
      const nodes = reads[0]!.nodes;
      expect(nodes.filter((node) => node["Relation Name"] === "wait_history" && node["Node Type"] === "Seq Scan")).toEqual([]);
      const scans = nodes.filter((node) => node["Index Name"] === "wait_history_pkey");
      expect(scans).toHaveLength(1);
      expect(scans[0]!["Index Cond"]).toMatch(/crossing_id.*direction.*hour_of_week/s);
      // The hour is part of the index condition, not a filter over the direction's rows.
      expect(scans[0]!["Filter"] ?? "").not.toMatch(/hour_of_week/);
    }
  }, 60_000);
});
