/**
 * wait_history (the typical-wait histogram) against the reports it counts: after every kind of
 * write that changes which reports count — submit, edit, withdraw, flags that hide, moderation
 * hide / restore / verify, hiding all of a user's reports, a ban, reverts, a baseline edit
 * that moves a zone, and the year's window moving on — the table must equal a recount from
 * the reports themselves (lib/history/wait-profile.ts waitHistogram).
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { moderationActions, reports, users, waitHistoryWindow } from "@/db/schema";
import { seedBaseline } from "@/db/seed/seed";
import { getCrossingRecord, listCrossingRecords } from "@/db/queries/crossings";
import { editOwnReport, submitReport, withdrawOwnReport } from "@/db/queries/reports";
import { banUser, flagReport, hideUserReports, listUnconfirmed, moderateReport, revertAction, reviseBaseline } from "@/db/queries/moderation";
import { ageWaitHistory, historyWindowStart, listPastWaits, loadWaitHistogram, rebuildWaitHistory } from "@/db/queries/history";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import { waitHistogram, type WaitHistogramRow } from "@/lib/history/wait-profile";
import type { ReportValues } from "@/lib/reports/report-input";

const now = new Date("2026-07-15T06:00:00Z");
const day = 86400_000;
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000);
const sorted = (rows: WaitHistogramRow[]) =>
  [...rows].sort((a, b) => `${a.direction}${a.hourOfWeek}:${a.waitMinutes}`.localeCompare(`${b.direction}${b.hourOfWeek}:${b.waitMinutes}`));

describe.each(testDatabaseKinds)("wait history kept on write, on %s", (kind) => {
  let database: TestDatabase;
  let crossingId: number;
  const limits = { perUserPerHour: 1000, perIpPerHour: 1000 };
  let key = 0;
  const values = (overrides: Partial<ReportValues> = {}): ReportValues => ({
    direction: "a-b",
    observedAt: hoursAgo(30),
    seen: "open",
    mode: "car",
    waitMinutes: 40,
    tags: [],
    notes: null,
    ...overrides,
  });
  const submit = async (authorId: string, overrides: Partial<ReportValues> = {}) => {
    const result = await submitReport({ crossingId, authorId, ipHash: null, idempotencyKey: `history-${++key}`, values: values(overrides) }, limits, now, database.db);
    if (result.kind !== "created") throw new Error(`not created: ${result.kind}`);
    return result.id;
  };

  /** The table, for every crossing, equals a recount from the reports: the point of it all. */
  async function expectTableMatchesReports() {
    const [window] = await database.db.select().from(waitHistoryWindow);
    for (const record of await listCrossingRecords(database.db)) {
      const zones = { "a-b": record.baseline.sides[0].timeZone, "b-a": record.baseline.sides[1].timeZone };
      const recount = waitHistogram(await listPastWaits(record.id, window!.since, database.db), zones);
      // loadWaitHistogram ages the window to the real clock; read the table as it stands instead.
      const rows = (await database.db.execute(
        sql`select direction as "direction", hour_of_week as "hourOfWeek", wait_bucket as "waitMinutes", reports as "reports" from wait_history where crossing_id = ${record.id} and reports > 0`,
      )) as unknown as WaitHistogramRow[];
      expect(sorted(rows), record.slug).toEqual(sorted(recount));
    }
  }
  async function tableTotal(): Promise<number> {
    const rows = (await database.db.execute(sql`select coalesce(sum(reports), 0)::int as n from wait_history where crossing_id = ${crossingId}`)) as unknown as { n: number }[];
    return rows[0]!.n;
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    crossingId = (await getCrossingRecord("korday-ak-zhol", database.db))!.id;
    const old = new Date(now.getTime() - 60 * day);
    await database.db.insert(users).values([
      { id: "mod", email: "mod@example.org", role: "moderator", createdAt: old },
      { id: "author", email: "author@example.org", createdAt: old },
      { id: "other", email: "other@example.org", createdAt: old },
      { id: "newbie", email: "newbie@example.org", createdAt: new Date(now.getTime() - 3600_000) },
      { id: "newmod", email: "newmod@example.org", role: "moderator", createdAt: new Date(now.getTime() - 3600_000) },
      { id: "dormant", email: "dormant@example.org", createdAt: new Date(now.getTime() - 30 * day) },
      { id: "f1", email: "f1@example.org", createdAt: old },
      { id: "f2", email: "f2@example.org", createdAt: old },
    ]);
    // Travellers with a record (one verified report each, no wait), so they can decide alone and
    // their waits count (the history leaves out waits from accounts that cannot: below).
    await database.db.insert(reports).values(
      ["author", "other"].map((authorId) => ({
        crossingId,
        authorId,
        direction: "a-b" as const,
        observedAt: new Date(now.getTime() - 40 * day),
        submittedAt: new Date(now.getTime() - 40 * day),
        seen: "open" as const,
        mode: "car" as const,
        verified: true,
      })),
    );
    // The window starts a year before the tests' "now" (the migration set it to the real clock's).
    await database.db
      .update(waitHistoryWindow)
      .set({ since: historyWindowStart(now) })
      .where(eq(waitHistoryWindow.id, 1));
    await rebuildWaitHistory(null, database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("counts a submitted report at once, and not one held for review or without a wait", async () => {
    await submit("author", { waitMinutes: 40 });
    await submit("author", { waitMinutes: 20, direction: "b-a", observedAt: hoursAgo(50) });
    await submit("author", { waitMinutes: null });
    await submit("newbie", { waitMinutes: 90, notes: "see https://example.org" }); // held
    expect(await tableTotal()).toBe(2);
    await expectTableMatchesReports();
  });

  it("leaves out the waits of accounts that cannot decide alone (brand new, or older with no record), also after an edit, until a moderator verifies one; a new moderator's count", async () => {
    const before = await tableTotal();
    const id = await submit("newbie", { waitMinutes: 300 });
    const flags = async (reportId: string) =>
      (await database.db.select({ hidden: reports.hidden, unconfirmedAuthor: reports.unconfirmedAuthor }).from(reports).where(eq(reports.id, reportId)))[0];
    expect(await flags(id)).toEqual({ hidden: false, unconfirmedAuthor: true });
    expect(await tableTotal()).toBe(before);
    expect((await editOwnReport("newbie", id, values({ waitMinutes: 280, observedAt: hoursAgo(9) }), now, database.db)).kind).toBe("ok");
    expect(await tableTotal()).toBe(before);
    // A month old, but no report of theirs was ever corroborated: no record, still "new".
    const dormant = await submit("dormant", { waitMinutes: 290 });
    expect(await flags(dormant)).toEqual({ hidden: false, unconfirmedAuthor: true });
    expect(await tableTotal()).toBe(before);
    await expectTableMatchesReports();
    // Both are on the moderators' list of new travellers' reports (app/moderation/page.tsx), an
    // established traveller's report is not.
    const listed = async () => (await listUnconfirmed(now, database.db)).map((item) => item.id);
    const established = await submit("author", { waitMinutes: 35 });
    expect(await listed()).toEqual(expect.arrayContaining([id, dormant]));
    expect(await listed()).not.toContain(established);
    // A moderator's verification vouches for it, and takes it off the list.
    expect((await moderateReport("mod", dormant, "verify", "seen the queue", now, database.db)).kind).toBe("ok");
    expect(await listed()).toContain(id);
    expect(await listed()).not.toContain(dormant);
    expect(await tableTotal()).toBe(before + 2);
    await submit("newmod", { waitMinutes: 25 });
    expect(await tableTotal()).toBe(before + 3);
    await expectTableMatchesReports();
  });

  it("moves an edited report to its new hour, direction and wait", async () => {
    const id = await submit("author", { waitMinutes: 15 });
    await expectTableMatchesReports();
    const before = await tableTotal();
    expect((await editOwnReport("author", id, values({ waitMinutes: 75, direction: "b-a", observedAt: hoursAgo(7) }), now, database.db)).kind).toBe("ok");
    expect(await tableTotal()).toBe(before);
    await expectTableMatchesReports();
    expect((await editOwnReport("author", id, values({ waitMinutes: null }), now, database.db)).kind).toBe("ok");
    expect(await tableTotal()).toBe(before - 1);
    await expectTableMatchesReports();
  });

  it("drops a withdrawn report", async () => {
    const id = await submit("author", { waitMinutes: 33 });
    const before = await tableTotal();
    expect((await withdrawOwnReport("author", id, now, database.db)).kind).toBe("ok");
    expect(await tableTotal()).toBe(before - 1);
    await expectTableMatchesReports();
  });

  it("drops a report hidden by flags, and counts it again when a moderator restores it", async () => {
    const id = await submit("other", { waitMinutes: 61 });
    const before = await tableTotal();
    await flagReport("f1", id, "false", now, 0, database.db);
    await flagReport("f2", id, "false", now, 0, database.db);
    expect((await database.db.select({ hidden: reports.hidden }).from(reports).where(eq(reports.id, id)))[0]!.hidden).toBe(true);
    expect(await tableTotal()).toBe(before - 1);
    await expectTableMatchesReports();
    expect((await moderateReport("mod", id, "restore", "fine", now, database.db)).kind).toBe("ok");
    expect(await tableTotal()).toBe(before);
    await expectTableMatchesReports();
  });

  it("follows moderation: hide, verify (which shows it again), and reverting the hide", async () => {
    const id = await submit("other", { waitMinutes: 12 });
    const before = await tableTotal();
    const hidden = await moderateReport("mod", id, "hide", "spam", now, database.db);
    expect(await tableTotal()).toBe(before - 1);
    await expectTableMatchesReports();
    await moderateReport("mod", id, "verify", "checked", now, database.db);
    expect(await tableTotal()).toBe(before);
    await expectTableMatchesReports();
    await moderateReport("mod", id, "hide", "spam after all", now, database.db);
    expect(await tableTotal()).toBe(before - 1);
    // Reverting the first hide puts back what was before it: visible.
    expect(hidden.kind).toBe("ok");
    const [latest] = await database.db
      .select()
      .from(moderationActions)
      .where(eq(moderationActions.targetId, id))
      .orderBy(sql`${moderationActions.id} desc`)
      .limit(1);
    expect((await revertAction("mod", latest!.id, "mistake", database.db)).kind).toBe("ok");
    expect(await tableTotal()).toBe(before);
    await expectTableMatchesReports();
  });

  it("drops all of a user's reports when a moderator hides them or bans with hiding, and brings them back on revert", async () => {
    await submit("other", { waitMinutes: 5 });
    await submit("other", { waitMinutes: 6, observedAt: hoursAgo(200) });
    const before = await tableTotal();
    const result = await hideUserReports("mod", "other", "a spree", database.db);
    expect(result.kind).toBe("ok");
    expect(await tableTotal()).toBeLessThan(before);
    await expectTableMatchesReports();
    expect((await revertAction("mod", (result as { actionId: number }).actionId, "not a spree", database.db)).kind).toBe("ok");
    expect(await tableTotal()).toBe(before);
    await expectTableMatchesReports();
    expect((await banUser("mod", "other", "abuse", true, now, database.db)).kind).toBe("ok");
    expect(await tableTotal()).toBeLessThan(before);
    await expectTableMatchesReports();
  });

  it("recounts a crossing whose side moves to another time zone", async () => {
    const record = (await getCrossingRecord("korday-ak-zhol", database.db))!;
    const moved = structuredClone(record.baseline);
    moved.sides[0].timeZone = moved.sides[0].timeZone === "Asia/Tokyo" ? "Asia/Dubai" : "Asia/Tokyo";
    expect((await reviseBaseline("mod", crossingId, moved, { reason: "test", sourceTitle: "test", sourceUrl: null }, database.db)).kind).toBe("ok");
    await expectTableMatchesReports();
  });

  it("lets reports age out of the year: the window moves on by the hour and subtracts them", async () => {
    await submit("author", { waitMinutes: 44, observedAt: hoursAgo(364 * 24) });
    const before = await tableTotal();
    expect(await ageWaitHistory(new Date(now.getTime() + 2 * day), database.db)).toBe(true);
    expect(await ageWaitHistory(new Date(now.getTime() + 2 * day), database.db)).toBe(false);
    expect(await tableTotal()).toBe(before - 1);
    await expectTableMatchesReports();
  });

  it("reads the chart's histogram from the table (all modes together)", async () => {
    await submit("author", { waitMinutes: 40, mode: "bus" });
    const rows = await loadWaitHistogram(crossingId, now, database.db);
    expect(rows.reduce((sum, row) => sum + row.reports, 0)).toBe(await tableTotal());
  });
});
