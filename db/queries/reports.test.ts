import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportRevisions, reports, users } from "@/db/schema";
import { seedBaseline } from "@/db/seed/seed";
import { getCrossingRecord } from "@/db/queries/crossings";
import { editOwnReport, giveFeedback, listOwnReports, listVisibleReports, ownReportKey, submitReport, withdrawOwnReport, type SubmitLimits } from "@/db/queries/reports";
import { loadStatusInputs } from "@/db/queries/status";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import type { ReportValues } from "@/lib/reports/report-input";

const limits: SubmitLimits = { perUserPerHour: 10, perIpPerHour: 30 };
const now = new Date("2026-07-15T06:00:00Z");
const values = (overrides: Partial<ReportValues> = {}): ReportValues => ({
  direction: "a-b",
  observedAt: new Date(now.getTime() - 20 * 60_000),
  seen: "closed",
  mode: "car",
  waitMinutes: 45,
  tags: ["long-queue"],
  notes: "Barrier down, guards say come back tomorrow",
  ...overrides,
});

describe.each(testDatabaseKinds)("reports on %s", (kind) => {
  let database: TestDatabase;
  let crossingId: number;
  const user = (id: string) => ({ id, email: `${id}@example.org` });
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    crossingId = (await getCrossingRecord("korday-ak-zhol", database.db))!.id;
    await database.db.insert(users).values(["alice", "bob", "carol", "dave", "erin", "frank", "grace"].map(user));
  });
  afterAll(async () => {
    await database?.close();
  });
  const submit = (authorId: string, key: string, v = values(), ipHash = `ip-${authorId}`, at = now, l = limits) =>
    submitReport({ crossingId, authorId, ipHash, idempotencyKey: key, values: v }, l, at, database.db);

  it("makes one report for one idempotency key, however often it is sent", async () => {
    const key = crypto.randomUUID();
    const first = await submit("alice", key);
    expect(first.kind).toBe("created");
    const again = await submit("alice", key);
    expect(again).toEqual({ kind: "duplicate", id: first.kind === "created" ? first.id : "" });
    const rows = await database.db.select().from(reports).where(eq(reports.idempotencyKey, key));
    expect(rows).toHaveLength(1);
  });

  it("names a report's idempotency key to its author only", async () => {
    const key = crypto.randomUUID();
    const created = await submit("grace", key);
    const id = created.kind === "created" ? created.id : "";
    expect(await ownReportKey("grace", id, database.db)).toBe(key);
    expect(await ownReportKey("alice", id, database.db)).toBeNull();
    expect(await ownReportKey("grace", "not-a-report-id", database.db)).toBeNull();
  });

  it("makes one report from 50 concurrent sends with one key", async () => {
    const key = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 50 }, () => submit("bob", key)));
    expect(results.filter((result) => result.kind === "created")).toHaveLength(1);
    expect(results.filter((result) => result.kind === "duplicate")).toHaveLength(49);
    expect(await database.db.select().from(reports).where(eq(reports.idempotencyKey, key))).toHaveLength(1);
  });

  it("refuses the same key with different content, or from someone else", async () => {
    const key = crypto.randomUUID();
    await submit("carol", key);
    expect(await submit("carol", key, values({ waitMinutes: 5 }))).toEqual({ kind: "conflict" });
    expect(await submit("dave", key)).toEqual({ kind: "conflict" });
  });

  it("allows 10 reports per account per hour, then says when to retry", async () => {
    const results = [];
    for (let i = 0; i < 12; i++) results.push(await submit("dave", crypto.randomUUID(), values(), `ip-dave-${i}`, new Date(now.getTime() + i * 60_000)));
    expect(results.filter((result) => result.kind === "created")).toHaveLength(10);
    expect(results[10]).toEqual({ kind: "rate-limited", scope: "account", retryAt: new Date(now.getTime() + 3600_000) });
    // An hour after the first, one slot is free again.
    expect((await submit("dave", crypto.randomUUID(), values(), "ip-dave-x", new Date(now.getTime() + 3600_000 + 1000))).kind).toBe("created");
  });

  it("holds the limit under concurrent submissions: never more than the limit accepted", async () => {
    const tight = { perUserPerHour: 3, perIpPerHour: 100 };
    const results = await Promise.all(Array.from({ length: 12 }, () => submit("erin", crypto.randomUUID(), values(), "ip-erin", now, tight)));
    expect(results.filter((result) => result.kind === "created")).toHaveLength(3);
    expect(results.filter((result) => result.kind === "rate-limited")).toHaveLength(9);
  });

  it("limits per address across accounts", async () => {
    const perIp = { perUserPerHour: 10, perIpPerHour: 2 };
    const a = await submit("alice", crypto.randomUUID(), values(), "shared-ip", now, perIp);
    const b = await submit("bob", crypto.randomUUID(), values(), "shared-ip", now, perIp);
    const c = await submit("carol", crypto.randomUUID(), values(), "shared-ip", now, perIp);
    expect([a.kind, b.kind, c.kind]).toEqual(["created", "created", "rate-limited"]);
    expect(c.kind === "rate-limited" && c.scope).toBe("address");
  });

  it("lists visible reports newest observed first, paged, without authors", async () => {
    const newest = await submit("alice", crypto.randomUUID(), values({ observedAt: new Date(now.getTime() - 60_000) }));
    const first = await listVisibleReports(crossingId, { limit: 5, viewerId: "alice" }, database.db);
    expect(first.reports).toHaveLength(5);
    expect(first.next).not.toBeNull();
    const second = await listVisibleReports(crossingId, { limit: 5, before: first.next!, viewerId: "alice" }, database.db);
    const ids = [...first.reports, ...second.reports].map((report) => report.id);
    expect(new Set(ids).size).toBe(ids.length);
    const times = [...first.reports, ...second.reports].map((report) => report.observedAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(Object.keys(first.reports[0]!)).not.toContain("authorId");
    expect(first.reports[0]).toMatchObject({ id: newest.kind === "created" ? newest.id : "", mine: true });
    // "mine" marks exactly the viewer's own reports, on every page.
    const own = new Set((await database.db.select({ id: reports.id }).from(reports).where(eq(reports.authorId, "alice"))).map((row) => row.id));
    for (const report of [...first.reports, ...second.reports]) expect(report.mine, report.id).toBe(own.has(report.id));
  });

  it("lets the author edit within 24 hours, keeping the earlier version, and withdraw any time", async () => {
    const created = await submit("frank", crypto.randomUUID());
    const id = created.kind === "created" ? created.id : "";
    expect(await editOwnReport("frank", id, values({ waitMinutes: 90 }), new Date(now.getTime() + 3600_000), database.db)).toEqual({ kind: "ok", crossingId });
    expect(await editOwnReport("alice", id, values(), now, database.db)).toEqual({ kind: "not-found" });
    expect(await editOwnReport("frank", id, values(), new Date(now.getTime() + 25 * 3600_000), database.db)).toEqual({ kind: "too-late" });
    const revisions = await database.db.select().from(reportRevisions).where(eq(reportRevisions.reportId, id));
    expect(revisions.map((revision) => revision.before.waitMinutes)).toEqual([45]);
    const own = await listOwnReports("frank", database.db);
    expect(own[0]).toMatchObject({ id, waitMinutes: 90, edited: true, withdrawn: false });

    expect(await withdrawOwnReport("frank", id, now, database.db)).toEqual({ kind: "ok", crossingId });
    const visible = await listVisibleReports(crossingId, { limit: 100 }, database.db);
    expect(visible.reports.map((report) => report.id)).not.toContain(id);
    const inputs = await loadStatusInputs(crossingId, now, (await getCrossingRecord("korday-ak-zhol", database.db))!.baseline, database.db);
    expect(inputs.reports.map((report) => report.id)).not.toContain(id);
  });

  it("counts one confirm or dispute per reader, never the author's own", async () => {
    // Readers with no record of their own, so their votes' weights are known (see below).
    await database.db.insert(users).values(["rita", "sam"].map(user));
    const created = await submit("alice", crypto.randomUUID(), values({ observedAt: new Date(now.getTime() - 10 * 60_000) }));
    const id = created.kind === "created" ? created.id : "";
    expect(await giveFeedback("alice", id, "confirm", now, database.db)).toEqual({ kind: "own" });
    expect(await giveFeedback("rita", id, "confirm", now, database.db)).toEqual({ kind: "ok", crossingId, confirmations: 1, disputes: 0 });
    expect(await giveFeedback("rita", id, "confirm", now, database.db)).toEqual({ kind: "ok", crossingId, confirmations: 1, disputes: 0 });
    expect(await giveFeedback("sam", id, "dispute", now, database.db)).toEqual({ kind: "ok", crossingId, confirmations: 1, disputes: 1 });
    expect(await giveFeedback("rita", id, "dispute", now, database.db)).toEqual({ kind: "ok", crossingId, confirmations: 0, disputes: 2 });
    expect(await giveFeedback("rita", id, "dispute", new Date(now.getTime() + 25 * 3600_000), database.db)).toEqual({ kind: "too-old" });
    // The engine weighs each vote by the voter's standing (lib/trust/standing.ts): accounts made
    // today weigh nothing; once sam's account is a month old with a verified report, his 0.9.
    const weighed = async () =>
      (await loadStatusInputs(crossingId, now, (await getCrossingRecord("korday-ak-zhol", database.db))!.baseline, database.db)).reports.find((report) => report.id === id);
    expect(await weighed()).toMatchObject({ confirmations: 0, disputes: 0 });
    await database.db
      .update(users)
      .set({ createdAt: new Date(Date.now() - 30 * 86400_000) })
      .where(eq(users.id, "sam"));
    await database.db
      .insert(reports)
      .values({ crossingId, authorId: "sam", direction: "a-b", observedAt: new Date(now.getTime() - 30 * 86400_000), seen: "open", mode: "car", verified: true });
    expect(await weighed()).toMatchObject({ confirmations: 0, disputes: 0.9 });
  });
});
