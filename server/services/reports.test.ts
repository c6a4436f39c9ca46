import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { processBridge } from "@/db/bridge";
import { reports, users } from "@/db/schema";
import { seedBaseline } from "@/db/seed/seed";
import { getCrossingRecord } from "@/db/queries/crossings";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import { editReport, submitReport, voteOnReport, withdrawReport } from "@/server/services/reports";
import type { Actor } from "@/server/services/service";
import { env } from "@/lib/env";

const now = new Date("2026-07-15T06:00:00Z");
const day = 86400_000;

/** The form a traveller sends, in the zone of Korday's first side (Kyrgyzstan, Asia/Bishkek, UTC+6). */
function form(fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  const values = {
    direction: "a-b",
    observedAt: "2026-07-15T10:30",
    seen: "closed",
    mode: "car",
    waitMinutes: "40",
    notes: "Gate shut",
    idempotencyKey: crypto.randomUUID(),
    ...fields,
  };
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

describe.each(testDatabaseKinds)("report services on %s", (kind) => {
  let database: TestDatabase;
  let crossingId: number;
  const alerts: (number | "any")[] = [];
  const dropped: string[][] = [];
  const listener = (tags: string[]) => dropped.push(tags);
  const deps = () => ({ db: database.db, now, alerts: (crossing: number | "any") => void alerts.push(crossing) });
  const actor = (id: string | null): Actor => ({
    user: id ? { id, email: `${id}@example.org`, name: null, role: "traveller" } : null,
    origin: "http://localhost",
    ipHash: null,
    locale: "en",
    route: "test",
  });
  const stored = async () => (await database.db.select({ n: count() }).from(reports))[0]!.n;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    crossingId = (await getCrossingRecord("korday-ak-zhol", database.db))!.id;
    await database.db.insert(users).values([
      { id: "old", email: "old@example.org", createdAt: new Date(now.getTime() - 60 * day) },
      { id: "other", email: "other@example.org", createdAt: new Date(now.getTime() - 60 * day) },
      { id: "fresh", email: "fresh@example.org", createdAt: new Date(now.getTime() - 3600_000) },
    ]);
    processBridge().invalidationListeners.add(listener);
  });
  afterAll(async () => {
    processBridge().invalidationListeners.delete(listener);
    await database?.close();
  });
  const reset = () => {
    alerts.length = 0;
    dropped.length = 0;
  };

  it("refuses a signed-out caller and bad input before anything is written or dropped", async () => {
    reset();
    expect(await submitReport({ slug: "korday-ak-zhol", form: form() }, actor(null), deps())).toEqual({ kind: "signed-out" });
    const bad = await submitReport({ slug: "korday-ak-zhol", form: form({ waitMinutes: "-3", seen: "maybe" }) }, actor("old"), deps());
    expect(bad).toMatchObject({ kind: "invalid", fields: { seen: expect.any(String), waitMinutes: expect.any(String) } });
    expect(await submitReport({ slug: "nowhere", form: form() }, actor("old"), deps())).toMatchObject({ kind: "not-found" });
    expect(await stored()).toBe(0);
    expect(dropped).toEqual([]);
    expect(alerts).toEqual([]);
  });

  it("stores a report, drops its crossing's views and the author's, and schedules its alerts", async () => {
    reset();
    const result = await submitReport({ slug: "korday-ak-zhol", form: form() }, actor("old"), deps());
    expect(result).toMatchObject({ kind: "created", held: false, slug: "korday-ak-zhol" });
    expect(dropped).toEqual([[`crossing:${crossingId}`, "list", "user:old"]]);
    expect(alerts).toEqual([crossingId]);
    // The form's local 10:30 in Bishkek is 04:30 UTC.
    const [row] = await database.db.select().from(reports).where(eq(reports.authorId, "old"));
    expect(row!.observedAt.toISOString()).toBe("2026-07-15T04:30:00.000Z");
  });

  it("holds a new account's link-carrying report: only its author's pages change, no alert", async () => {
    reset();
    const result = await submitReport(
      {
        slug: "korday-ak-zhol",
        json: { direction: "a-b", observedAt: now.toISOString(), seen: "open", mode: "car", notes: "visa at https://x.example", idempotencyKey: crypto.randomUUID() },
      },
      actor("fresh"),
      deps(),
    );
    expect(result).toMatchObject({ kind: "created", held: true });
    expect(dropped).toEqual([["user:fresh"]]);
    expect(alerts).toEqual([]);
  });

  it("lets only the author edit or withdraw, and only a reader who is not the author vote", async () => {
    const [mine] = await database.db.select().from(reports).where(eq(reports.authorId, "old"));
    reset();
    expect(await editReport({ reportId: mine!.id, form: form({ seen: "open" }) }, actor("other"), deps())).toMatchObject({ kind: "not-found" });
    expect(await withdrawReport({ reportId: mine!.id }, actor("other"), deps())).toEqual({ kind: "not-found" });
    expect(await voteOnReport({ reportId: mine!.id, kind: "confirm" }, actor("old"), deps())).toEqual({ kind: "own" });
    expect(dropped).toEqual([]);
    expect(await voteOnReport({ reportId: mine!.id, kind: "confirm" }, actor("other"), deps())).toMatchObject({ kind: "ok", confirmations: 1 });
    expect(await editReport({ reportId: mine!.id, form: form({ seen: "open" }) }, actor("old"), deps())).toEqual({ kind: "ok", crossingId });
    expect(await withdrawReport({ reportId: mine!.id }, actor("old"), deps())).toEqual({ kind: "ok", crossingId });
    expect(alerts).toEqual([crossingId, crossingId, crossingId]);
    expect(dropped).toEqual([
      [`crossing:${crossingId}`, "list", "user:other"],
      [`crossing:${crossingId}`, "list", "user:old"],
      [`crossing:${crossingId}`, "list", "user:old"],
    ]);
  });

  it("lets no account under a day old vote, and limits votes per account and per address, moderators excepted", async () => {
    const [report] = await database.db
      .insert(reports)
      .values({
        crossingId,
        authorId: "old",
        idempotencyKey: crypto.randomUUID(),
        payloadHash: "x",
        submittedAt: now,
        observedAt: now,
        direction: "a-b",
        seen: "open",
        mode: "car",
        tags: [],
      })
      .returning();
    expect(await voteOnReport({ reportId: report!.id, kind: "dispute" }, actor("fresh"), deps())).toEqual({ kind: "too-new", minAgeHours: env.VOTE_MIN_ACCOUNT_AGE_HOURS });
    const saved = { user: env.VOTES_PER_HOUR_PER_USER, address: env.VOTES_PER_HOUR_PER_IP };
    Object.assign(env, { VOTES_PER_HOUR_PER_USER: 2, VOTES_PER_HOUR_PER_IP: 3 });
    try {
      await database.db.insert(users).values(["v1", "v2"].map((id) => ({ id, email: `${id}@example.org`, createdAt: new Date(now.getTime() - 60 * day) })));
      const from = (id: string, ipHash: string | null) => ({ ...actor(id), ipHash });
      expect(await voteOnReport({ reportId: report!.id, kind: "confirm" }, from("v1", "net-a"), deps())).toMatchObject({ kind: "ok" });
      expect(await voteOnReport({ reportId: report!.id, kind: "dispute" }, from("v1", "net-a"), deps())).toMatchObject({ kind: "ok" });
      expect(await voteOnReport({ reportId: report!.id, kind: "confirm" }, from("v1", "net-b"), deps())).toMatchObject({ kind: "rate-limited", scope: "account", limit: 2 });
      // A second account on the same network adds one more vote, and then the address is spent.
      expect(await voteOnReport({ reportId: report!.id, kind: "confirm" }, from("v2", "net-a"), deps())).toMatchObject({ kind: "ok" });
      const spent = await voteOnReport({ reportId: report!.id, kind: "dispute" }, from("v2", "net-a"), deps());
      expect(spent).toMatchObject({ kind: "rate-limited", scope: "address", limit: 3 });
      if (spent.kind === "rate-limited") expect(spent.retryAt.getTime()).toBe(now.getTime() + 3600_000);
      const moderator: Actor = { ...from("v2", "net-a"), user: { id: "v2", email: null, name: null, role: "moderator" } };
      expect(await voteOnReport({ reportId: report!.id, kind: "dispute" }, moderator, deps())).toMatchObject({ kind: "ok" });
    } finally {
      Object.assign(env, { VOTES_PER_HOUR_PER_USER: saved.user, VOTES_PER_HOUR_PER_IP: saved.address });
    }
  });
});
