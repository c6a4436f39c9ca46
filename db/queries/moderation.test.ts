import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crossings, moderationActions, reports, sessions, users } from "@/db/schema";
import { seedBaseline } from "@/db/seed/seed";
import { getCrossingRecord } from "@/db/queries/crossings";
import { submitReport } from "@/db/queries/reports";
import { loadStatusInputs } from "@/db/queries/status";
import {
  banUser,
  createNotice,
  flagReport,
  listAuditLog,
  listBaselineRevisions,
  listQueue,
  moderateReport,
  revertAction,
  revertBaselineRevision,
  reviseBaseline,
  setRole,
} from "@/db/queries/moderation";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import { evaluateStatus } from "@/lib/status/evaluate";

const now = new Date("2026-07-15T06:00:00Z");
const day = 86400_000;

describe.each(testDatabaseKinds)("moderation on %s", (kind) => {
  let database: TestDatabase;
  let crossingId: number;
  const limits = { perUserPerHour: 100, perIpPerHour: 100 };
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    crossingId = (await getCrossingRecord("korday-ak-zhol", database.db))!.id;
    const old = new Date(now.getTime() - 60 * day);
    await database.db.insert(users).values([
      { id: "mod", email: "mod@example.org", role: "moderator", createdAt: old },
      { id: "author", email: "author@example.org", createdAt: old },
      { id: "newbie", email: "newbie@example.org", createdAt: new Date(now.getTime() - 3600_000) },
      { id: "f1", email: "f1@example.org", createdAt: new Date(now.getTime() - 2 * day) },
      { id: "f2", email: "f2@example.org", createdAt: new Date(now.getTime() - 2 * day) },
      { id: "f3", email: "f3@example.org", createdAt: new Date(now.getTime() - 2 * day) },
      { id: "f4", email: "f4@example.org", createdAt: new Date(now.getTime() - 2 * day) },
    ]);
  });
  afterAll(async () => {
    await database?.close();
  });

  const post = async (authorId: string, notes: string | null = "Queue of 10 cars") => {
    const result = await submitReport(
      {
        crossingId,
        authorId,
        ipHash: null,
        idempotencyKey: crypto.randomUUID(),
        values: { direction: "a-b", observedAt: new Date(now.getTime() - 600_000), seen: "closed", mode: "car", waitMinutes: 30, tags: [], notes },
      },
      limits,
      now,
      database.db,
    );
    if (result.kind !== "created") throw new Error(result.kind);
    return result;
  };
  const row = async (id: string) => (await database.db.select().from(reports).where(eq(reports.id, id)))[0]!;

  it("holds a brand-new account's report with a link, and shows others at once", async () => {
    const held = await post("newbie", "cheap visas at https://spam.example");
    expect(held.held).toBe(true);
    expect(await row(held.id)).toMatchObject({ hidden: true, reviewState: "held" });
    const plain = await post("newbie", "All quiet");
    expect(plain.held).toBe(false);
    expect((await listQueue(now, database.db)).map((item) => item.id)).toContain(held.id);
  });

  it("hides a report once flags weigh 2, never counting the author or brand-new accounts", async () => {
    const report = await post("author");
    expect(await flagReport("author", report.id, "spam", now, undefined, database.db)).toEqual({ kind: "own" });
    expect(await flagReport("newbie", report.id, "spam", now, undefined, database.db)).toEqual({ kind: "too-new" });
    expect(await flagReport("f1", report.id, "false", now, undefined, database.db)).toEqual({ kind: "flagged", hidden: false });
    expect(await flagReport("f1", report.id, "false", now, undefined, database.db)).toEqual({ kind: "already" });
    expect(await flagReport("f2", report.id, "spam", now, undefined, database.db)).toEqual({ kind: "flagged", hidden: true });
    expect(await row(report.id)).toMatchObject({ hidden: true, reviewState: "flagged" });
    const queued = (await listQueue(now, database.db)).find((item) => item.id === report.id);
    expect(queued?.flags.map((flag) => flag.weight)).toEqual([1, 1]);
    expect(queued?.author).toMatchObject({ accountAgeDays: 60 });
  });

  it("weighs a flagger by past agreement: dismissed flags count for less next time", async () => {
    const first = await post("author");
    await flagReport("f3", first.id, "spam", now, undefined, database.db);
    await moderateReport("mod", first.id, "dismiss-flags", "Report is accurate", now, database.db);
    const second = await post("author");
    await flagReport("f3", second.id, "spam", now, undefined, database.db);
    const queued = (await listQueue(now, database.db)).find((item) => item.id === second.id);
    expect(queued?.flags[0]!.weight).toBeCloseTo(2 * (1 / 3), 3);
  });

  it("hide and restore are audited with before and after, and reverting restores the state", async () => {
    const report = await post("author");
    const hidden = await moderateReport("mod", report.id, "hide", "Abusive language", now, database.db);
    expect(hidden.kind).toBe("ok");
    expect((await row(report.id)).hidden).toBe(true);
    const record = (await getCrossingRecord("korday-ak-zhol", database.db))!;
    const inputs = await loadStatusInputs(crossingId, now, (await getCrossingRecord("korday-ak-zhol", database.db))!.baseline, database.db);
    expect(inputs.reports.map((r) => r.id)).not.toContain(report.id);
    expect(evaluateStatus({ baseline: record.baseline, instant: now, ...inputs }).counted.map((c) => c.id)).not.toContain(report.id);

    const [entry] = (await listAuditLog(5, database.db)).filter(({ action }) => action.targetId === report.id);
    expect(entry!.action).toMatchObject({ action: "report.hide", actorId: "mod", reason: "Abusive language", before: { hidden: false }, after: { hidden: true } });

    const reverted = await revertAction("mod", entry!.action.id, "Hid the wrong one", database.db);
    expect(reverted.kind).toBe("ok");
    expect((await row(report.id)).hidden).toBe(false);
    expect(await revertAction("mod", entry!.action.id, "again", database.db)).toEqual({ kind: "invalid", message: "This action was already reverted." });
  });

  it("verify makes a report weigh more; a ban ends sessions at once and can hide the reports", async () => {
    const report = await post("author");
    await moderateReport("mod", report.id, "verify", "Matches the border service's announcement", now, database.db);
    expect((await row(report.id)).verified).toBe(true);

    await database.db.insert(users).values({ id: "troll", email: "troll@example.org", createdAt: new Date(now.getTime() - 10 * day) });
    await database.db.insert(sessions).values({ sessionToken: "troll-session", userId: "troll", expires: new Date(now.getTime() + day) });
    const trollReport = await post("troll");
    const banned = await banUser("mod", "troll", "Spamming", true, now, database.db);
    expect(banned.kind).toBe("ok");
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, "troll"))).toHaveLength(0);
    expect((await row(trollReport.id)).hidden).toBe(true);
    expect((await database.db.select().from(users).where(eq(users.id, "troll")))[0]!.bannedAt).not.toBeNull();
  });

  it("role changes are audited and reversible", async () => {
    const promoted = await setRole("mod", "author", "moderator", "Helps a lot", database.db);
    expect((await database.db.select().from(users).where(eq(users.id, "author")))[0]!.role).toBe("moderator");
    await revertAction("mod", promoted.kind === "ok" ? promoted.actionId : 0, "Not yet", database.db);
    expect((await database.db.select().from(users).where(eq(users.id, "author")))[0]!.role).toBe("traveller");
  });

  it("a notice closes an open crossing on its dates", async () => {
    const record = (await getCrossingRecord("korday-ak-zhol", database.db))!;
    await createNotice(
      "mod",
      {
        crossingId,
        startsAt: new Date(now.getTime() + day),
        endsAt: new Date(now.getTime() + 2 * day),
        modes: null,
        effect: "closed",
        text: "Closed for the state visit",
        sourceTitle: "Border service",
        sourceUrl: null,
      },
      "Notice",
      database.db,
    );
    // The log says what it does and to whom.
    const [logged] = await database.db.select().from(moderationActions).where(eq(moderationActions.action, "notice.create"));
    expect(logged!.after).toMatchObject({ text: "Closed for the state visit", effect: "closed", modes: "all" });
    const during = new Date(now.getTime() + 1.5 * day);
    const inputs = await loadStatusInputs(crossingId, during, record.baseline, database.db);
    expect(evaluateStatus({ baseline: record.baseline, instant: during, ...inputs, reports: [] })).toMatchObject({ state: "closed", basis: "notice" });
    const after = new Date(now.getTime() + 3 * day);
    const later = await loadStatusInputs(crossingId, after, record.baseline, database.db);
    expect(evaluateStatus({ baseline: record.baseline, instant: after, ...later, reports: [] }).basis).not.toBe("notice");
  });

  it("a baseline revision is kept with before and after, survives the seed, and reverts", async () => {
    const record = (await getCrossingRecord("aisha-bibi", database.db))!;
    const edited = structuredClone(record.baseline);
    edited.sides[0].hours = { value: "Mo-Su 08:00-20:00", sources: [{ source: "moderator-edits", asOf: "2026-07" }], alternatives: [] };
    const result = await reviseBaseline("mod", record.id, edited, { reason: "Post confirmed by phone", sourceTitle: "Call to the post", sourceUrl: null }, database.db);
    expect(result.kind).toBe("ok");
    await seedBaseline(database.db);
    const [afterSeed] = await database.db.select().from(crossings).where(eq(crossings.id, record.id));
    expect(afterSeed!.baseline.sides[0].hours.value).toBe("Mo-Su 08:00-20:00");
    expect(afterSeed!.baselineOrigin).toBe("revision");

    const [revision] = await listBaselineRevisions(record.id, database.db);
    expect(revision!.revision).toMatchObject({ reason: "Post confirmed by phone", authorId: "mod" });
    await revertBaselineRevision("mod", revision!.revision.id, "Phone call was about another post", database.db);
    const [reverted] = await database.db.select().from(crossings).where(eq(crossings.id, record.id));
    expect(reverted!.baseline.sides[0].hours.value).toBe(record.baseline.sides[0].hours.value);
    expect(await listBaselineRevisions(record.id, database.db)).toHaveLength(2);
    const actions = await database.db
      .select()
      .from(moderationActions)
      .where(eq(moderationActions.targetId, String(record.id)));
    expect(actions.map((action) => action.action).sort()).toEqual(["baseline.edit", "baseline.revert"]);
  });

  it("refuses a revision the status engine cannot compile within its step budget, saying why", async () => {
    const record = (await getCrossingRecord("aisha-bibi", database.db))!;
    const edited = structuredClone(record.baseline);
    // 100 ten-minute ranges a day: valid syntax (e.g. sent to the API before the input limits).
    const at = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    edited.sides[0].hours = {
      value: Array.from({ length: 100 }, (_, i) => `${at(14 * i)}-${at(14 * i + 7)}`).join(","),
      sources: [{ source: "moderator-edits", asOf: "2026-07" }],
      alternatives: [],
    };
    const result = await reviseBaseline("mod", record.id, edited, { reason: "Too detailed", sourceTitle: "Test", sourceUrl: null }, database.db);
    expect(result).toMatchObject({ kind: "invalid", message: expect.stringMatching(/more than 40 changes in a day: simplify it/) });
    const [unchanged] = await database.db.select().from(crossings).where(eq(crossings.id, record.id));
    expect(unchanged!.baseline).toEqual(record.baseline);
  });
});
