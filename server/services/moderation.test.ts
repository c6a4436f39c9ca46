import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { processBridge } from "@/db/bridge";
import { reports, users } from "@/db/schema";
import { seedBaseline } from "@/db/seed/seed";
import { getCrossingRecord } from "@/db/queries/crossings";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import type { Role } from "@/lib/auth/user";
import { flag } from "@/server/services/flags";
import { actOnAccount, banAccount, changeRole, moderateReport, postNotice, revertAction } from "@/server/services/moderation";
import { submitReport } from "@/server/services/reports";
import type { Actor } from "@/server/services/service";
import { env } from "@/lib/env";

const now = new Date("2026-07-15T06:00:00Z");
const day = 86400_000;

describe.each(testDatabaseKinds)("moderation services on %s", (kind) => {
  let database: TestDatabase;
  const alerts: (number | "any")[] = [];
  const dropped: string[][] = [];
  const listener = (tags: string[]) => dropped.push(tags);
  const deps = () => ({ db: database.db, now, alerts: (crossing: number | "any") => void alerts.push(crossing) });
  const actor = (id: string, role: Role = "traveller"): Actor => ({
    user: { id, email: null, name: null, role },
    origin: "http://localhost",
    ipHash: null,
    locale: "en",
    route: "test",
  });
  const reset = () => {
    alerts.length = 0;
    dropped.length = 0;
  };
  let reportId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    const old = new Date(now.getTime() - 60 * day);
    await database.db.insert(users).values(["author", "mod", "f1", "f2"].map((id) => ({ id, email: `${id}@example.org`, createdAt: old })));
    await database.db.insert(users).values({ id: "admin", email: "admin@example.org", role: "admin", createdAt: old });
    await database.db.insert(users).values({ id: "newbie", email: "newbie@example.org", createdAt: new Date(now.getTime() - 3600_000) });
    const created = await submitReport(
      { slug: "korday-ak-zhol", json: { direction: "a-b", observedAt: now.toISOString(), seen: "closed", mode: "car", idempotencyKey: crypto.randomUUID() } },
      actor("author"),
      deps(),
    );
    if (created.kind !== "created") throw new Error(created.kind);
    reportId = created.id;
    processBridge().invalidationListeners.add(listener);
  });
  afterAll(async () => {
    processBridge().invalidationListeners.delete(listener);
    await database?.close();
  });

  it("lets only moderators moderate and only admins change roles, before reading the input", async () => {
    reset();
    expect(await moderateReport({ reportId, action: "hide", reason: "Spam" }, actor("f1"), deps())).toEqual({ kind: "forbidden", reason: "not-moderator" });
    expect(await changeRole({ userId: "f1", role: "moderator", reason: "Helps" }, actor("mod", "moderator"), deps())).toEqual({ kind: "forbidden", reason: "not-admin" });
    expect(await moderateReport({}, actor("f1"), deps())).toEqual({ kind: "forbidden", reason: "not-moderator" });
    expect(dropped).toEqual([]);
  });

  it("refuses a malformed request (400) apart from one the data refuses (422), and acting on one's own account", async () => {
    expect(await moderateReport({ reportId, action: "hide", reason: "x" }, actor("mod", "moderator"), deps())).toMatchObject({
      kind: "invalid",
      fields: { reason: expect.any(String) },
    });
    expect(await banAccount({ userId: "mod", reason: "Testing myself" }, actor("mod", "moderator"), deps())).toEqual({
      kind: "rejected",
      message: "You cannot act on your own account.",
    });
    expect(await changeRole({ userId: "admin", role: "traveller", reason: "Demote" }, actor("f2", "admin"), deps())).toMatchObject({ kind: "rejected" });
  });

  it("drops cached views only for what changed: a refused flag nothing, a stored flag everything, a role change that user's own", async () => {
    reset();
    expect(await flag({ reportId, reason: "spam" }, actor("author"), deps())).toEqual({ kind: "own" });
    expect(await flag({ reportId, reason: "spam" }, actor("newbie"), deps())).toEqual({ kind: "too-new", minAgeHours: env.FLAG_MIN_ACCOUNT_AGE_HOURS });
    expect(await flag({ reportId: "00000000-0000-4000-8000-000000000000", reason: "spam" }, actor("f1"), deps())).toEqual({ kind: "not-found" });
    expect(await flag({ reportId: "not-a-uuid", reason: "spam" }, actor("f1"), deps())).toEqual({ kind: "not-found" });
    expect(dropped).toEqual([]);
    expect(await flag({ reportId, reason: "spam" }, actor("f1"), deps())).toEqual({ kind: "flagged", hidden: false });
    expect(dropped).toEqual([["crossings"]]);
    expect(alerts).toEqual([]);
    reset();
    expect(await changeRole({ userId: "f2", role: "moderator", reason: "Helps" }, actor("admin", "admin"), deps())).toMatchObject({ kind: "ok" });
    expect(dropped).toEqual([["user:f2"]]);
    expect(alerts).toEqual([]);
  });

  it("hides a report, drops every view and alerts every crossing's subscribers; a notice alerts its own crossing", async () => {
    reset();
    expect(await moderateReport({ reportId, action: "hide", reason: "False report" }, actor("mod", "moderator"), deps())).toMatchObject({ kind: "ok" });
    expect((await database.db.select().from(reports).where(eq(reports.id, reportId)))[0]!.hidden).toBe(true);
    expect(dropped).toEqual([["crossings"]]);
    expect(alerts).toEqual(["any"]);
    reset();
    const crossingId = (await getCrossingRecord("korday-ak-zhol", database.db))!.id;
    const fields = {
      crossing: "korday-ak-zhol",
      startsAt: "2026-07-16T08:00",
      endsAt: "2026-07-16T12:00",
      effect: "closed",
      text: "Closed for repairs",
      sourceTitle: "Border service",
      sourceUrl: "https://example.org/news",
    };
    expect(await postNotice({ fields, timesIn: "instants" }, actor("mod", "moderator"), deps())).toMatchObject({ kind: "invalid", fields: { startsAt: expect.any(String) } });
    // What a hostile JSON body can hold: a value with no string form.
    const noPrototype = JSON.parse('{"__proto__": false, "x": 1}') as object;
    expect(
      await postNotice({ fields: { ...fields, crossing: Object.assign(Object.create(null), noPrototype) }, timesIn: "instants" }, actor("mod", "moderator"), deps()),
    ).toMatchObject({ kind: "invalid", fields: { crossing: expect.any(String) } });
    expect(dropped).toEqual([]);
    expect(await postNotice({ fields, timesIn: "crossing-zone" }, actor("mod", "moderator"), deps())).toMatchObject({ kind: "ok" });
    expect(alerts).toEqual([crossingId]);
  });

  it("keeps role boundaries: only admins ban a moderator or revert a role change, and no revert demotes an admin", async () => {
    await database.db.insert(users).values([
      { id: "mod2", email: "mod2@example.org", role: "moderator" },
      { id: "plain", email: "plain@example.org" },
    ]);
    expect(await banAccount({ userId: "mod2", reason: "Rogue moderator" }, actor("mod", "moderator"), deps())).toEqual({ kind: "forbidden", reason: "ban-moderator" });
    expect(await actOnAccount({ userId: "mod2", action: "hide-reports", reason: "Rogue moderator" }, actor("mod", "moderator"), deps())).toEqual({
      kind: "forbidden",
      reason: "hide-moderator-reports",
    });
    const promoted = await changeRole({ userId: "plain", role: "moderator", reason: "Helps" }, actor("admin", "admin"), deps());
    if (promoted.kind !== "ok") throw new Error(promoted.kind);
    expect(await revertAction({ actionId: promoted.actionId, reason: "Undo the promotion" }, actor("mod", "moderator"), deps())).toEqual({
      kind: "forbidden",
      reason: "revert-role-not-admin",
    });
    // Promoted to admin since (by ADMIN_EMAILS): reverting the old change must not demote them.
    await database.db.update(users).set({ role: "admin" }).where(eq(users.id, "plain"));
    expect(await revertAction({ actionId: promoted.actionId, reason: "Undo the promotion" }, actor("admin", "admin"), deps())).toEqual({
      kind: "rejected",
      message: "Admins are set by ADMIN_EMAILS.",
    });
    expect((await database.db.select().from(users).where(eq(users.id, "plain")))[0]!.role).toBe("admin");
    expect(await banAccount({ userId: "mod2", reason: "Rogue moderator" }, actor("admin", "admin"), deps())).toMatchObject({ kind: "ok" });
  });
});
