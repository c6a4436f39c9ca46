/**
 * The moderators' digest end to end on a seeded database: the engine's states of every crossing,
 * the reports they rest on, the recipients, and the once-a-day claim with several instances
 * checking at once.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { moderatorDigests, reports, users } from "@/db/schema";
import { seedBaseline } from "@/db/seed/seed";
import { listDigestCrossings } from "@/db/queries/digest";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import type { Email } from "@/server/auth/mail";
import { composeDigest, runDailyDigest, sendDigest, startDigestTimer } from "@/server/alerts/digest";

/** A Wednesday night: Torugart has been closed by schedule for hours, Korday is open round the clock. */
const now = new Date("2026-07-15T20:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const origin = "https://crossings.example.org";

describe.each(testDatabaseKinds)("the moderators' digest on %s", (kind) => {
  let database: TestDatabase;
  const outbox: Email[] = [];
  const send = async (email: Email) => void outbox.push(email);
  const deps = (at = now) => ({ db: database.db, now: at, origin, send });
  let lone: string;
  let kordayId: number;
  /** One report no one confirmed, at Korday, 40 minutes before `at`: something to send that day. */
  const loneReportBefore = (at: Date) =>
    database.db
      .insert(reports)
      .values({ crossingId: kordayId, direction: "b-a", mode: "car", authorId: "traveller", observedAt: new Date(at.getTime() - 40 * 60_000), seen: "closed" });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    await database.db.insert(users).values([
      { id: "mod", email: "mod@example.org", role: "moderator" },
      { id: "admin", email: "admin@example.org", role: "admin" },
      { id: "banned", email: "banned@example.org", role: "moderator", bannedAt: now },
      // Two months old but with no corroborated report: no record yet (lib/trust/standing.ts).
      { id: "traveller", email: "traveller@example.org", createdAt: new Date(Date.now() - 60 * 86400_000) },
    ]);
    const id = new Map((await listDigestCrossings(database.db)).map((crossing) => [crossing.slug, crossing.id]));
    kordayId = id.get("korday-ak-zhol")!;
    // Reports from before accounts (no author): each an ordinary traveller of its own.
    const at = (slug: string, minutes: number, seen: "open" | "closed", extra: { confirmations?: number; verified?: boolean } = {}) => ({
      crossingId: id.get(slug)!,
      direction: "a-b" as const,
      mode: "car",
      authorId: null,
      observedAt: minutesAgo(minutes),
      seen,
      ...extra,
    });
    // Torugart: "open" every half hour for five hours of its closed night.
    await database.db.insert(reports).values(Array.from({ length: 10 }, (_, i) => at("torugart", 10 + i * 30, "open", { confirmations: 1 })));
    // Oybek: two say closed, one says open.
    await database.db.insert(reports).values([at("oybek-fotehobod", 20, "closed"), at("oybek-fotehobod", 30, "closed"), at("oybek-fotehobod", 25, "open")]);
    // Sariosiyo: one report, but a moderator verified it.
    await database.db.insert(reports).values(at("sariosiyo-tursunzoda", 40, "closed", { verified: true }));
    // Korday: one report from an account with no record yet: shown, not counted.
    const [stored] = await database.db
      .insert(reports)
      .values({ ...at("korday-ak-zhol", 40, "closed"), authorId: "traveller" })
      .returning({ id: reports.id });
    lone = stored!.id;
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it("lists the crossings that need a look, from the engine's states", async () => {
    const digest = (await composeDigest(deps()))!;
    expect(digest.crossings).toBe(3);
    expect(digest.subject).toBe("Crossings: 3 crossings to look at (2026-07-15)");
    const links = digest.text.match(/https:\/\/\S+/g);
    expect(links).toEqual([
      `${origin}/crossings/korday-ak-zhol#report-${lone}`,
      `${origin}/crossings/oybek-fotehobod#timeline`,
      `${origin}/crossings/torugart#timeline`,
      `${origin}/moderation`,
    ]);
    expect(digest.text).toContain("Reports conflict: 2 reports say closed, 1 report says open");
    expect(digest.text).toContain(
      "1 report from new or doubted accounts says closed (the newest 40 min ago), not counted while the page shows open: verify it if true, hide it if not.",
    );
    expect(digest.text).toContain("Reports have said open while the schedule says closed, for 4 h 30 min.");
  }, 60_000);

  it("sends it to every moderator and admin, not to a banned moderator or a traveller", async () => {
    outbox.length = 0;
    expect(await sendDigest(deps())).toEqual({ recipients: 2, crossings: 3 });
    expect(outbox.map((email) => email.to)).toEqual(["admin@example.org", "mod@example.org"]);
    expect(new Set(outbox.map((email) => email.text)).size).toBe(1);
  }, 60_000);

  it("goes out once a day from the hour, however many instances check at once", async () => {
    outbox.length = 0;
    expect(await runDailyDigest({ ...deps(), hourUtc: 21 })).toEqual({ kind: "not-yet" });
    expect(await database.db.select().from(moderatorDigests)).toEqual([]);

    const results = await Promise.all(Array.from({ length: 4 }, () => runDailyDigest({ ...deps(), hourUtc: 6 })));
    expect(results.filter((result) => result.kind === "sent")).toEqual([{ kind: "sent", day: "2026-07-15", recipients: 2, crossings: 3 }]);
    expect(results.filter((result) => result.kind === "taken")).toHaveLength(3);
    expect(outbox.map((email) => email.to)).toEqual(["admin@example.org", "mod@example.org"]);
    expect(await runDailyDigest({ ...deps(minutesAgo(-120)), hourUtc: 6 })).toEqual({ kind: "taken", day: "2026-07-15" });
    expect(outbox).toHaveLength(2);
    const [row] = await database.db.select().from(moderatorDigests).where(eq(moderatorDigests.day, "2026-07-15"));
    expect(row).toMatchObject({ recipients: 2, crossings: 3, sentAt: expect.any(Date) });
  }, 60_000);

  it("tries again at the next check when it failed before any email left, and never once one has", async () => {
    const failing = (after: number) => {
      let calls = 0;
      return async (email: Email) => {
        if (calls++ >= after) throw new Error("SMTP is down");
        outbox.push(email);
      };
    };
    const nextDay = new Date("2026-07-16T20:00:00Z");
    const dayAfter = new Date("2026-07-17T20:00:00Z");
    await loneReportBefore(nextDay);
    await loneReportBefore(dayAfter);
    outbox.length = 0;
    await expect(runDailyDigest({ ...deps(nextDay), send: failing(0), hourUtc: 6 })).rejects.toThrow("SMTP is down");
    expect(await database.db.select().from(moderatorDigests).where(eq(moderatorDigests.day, "2026-07-16"))).toEqual([]);
    expect(outbox).toEqual([]);
    expect(await runDailyDigest({ ...deps(nextDay), hourUtc: 6 })).toEqual({ kind: "sent", day: "2026-07-16", recipients: 2, crossings: 1 });
    expect(outbox).toHaveLength(2);

    outbox.length = 0;
    await expect(runDailyDigest({ ...deps(dayAfter), send: failing(1), hourUtc: 6 })).rejects.toThrow("SMTP is down");
    expect(outbox).toHaveLength(1);
    expect(await runDailyDigest({ ...deps(dayAfter), hourUtc: 6 })).toEqual({ kind: "taken", day: "2026-07-17" });
    expect(outbox).toHaveLength(1);
  }, 120_000);

  it("gives the day back while there is no moderator or admin to send it to, and sends it at the next check once there is one", async () => {
    const day = new Date("2026-07-18T20:00:00Z");
    await loneReportBefore(day);
    outbox.length = 0;
    await database.db
      .update(users)
      .set({ bannedAt: now })
      .where(inArray(users.id, ["mod", "admin"]));
    try {
      expect(await runDailyDigest({ ...deps(day), hourUtc: 6 })).toEqual({ kind: "no-one", day: "2026-07-18" });
      expect(await database.db.select().from(moderatorDigests).where(eq(moderatorDigests.day, "2026-07-18"))).toEqual([]);
      expect(outbox).toEqual([]);
    } finally {
      await database.db
        .update(users)
        .set({ bannedAt: null })
        .where(inArray(users.id, ["mod", "admin"]));
    }
    expect(await runDailyDigest({ ...deps(day), hourUtc: 6 })).toEqual({ kind: "sent", day: "2026-07-18", recipients: 2, crossings: 1 });
    expect(outbox.map((email) => email.to)).toEqual(["admin@example.org", "mod@example.org"]);
  }, 60_000);

  it("sends nothing on a day when nothing needs a look, and settles the day", async () => {
    outbox.length = 0;
    // Long after every report: the schedule alone decides everywhere.
    const later = new Date("2026-09-02T08:00:00Z");
    expect(await runDailyDigest({ ...deps(later), hourUtc: 6 })).toEqual({ kind: "sent", day: "2026-09-02", recipients: 0, crossings: 0 });
    expect(outbox).toEqual([]);
    expect(await runDailyDigest({ ...deps(later), hourUtc: 6 })).toEqual({ kind: "taken", day: "2026-09-02" });
  }, 60_000);
  it("is sent by the server's timer once the database is open and the hour has come, then not again that day", async () => {
    const at = new Date("2026-07-20T20:00:00Z");
    await loneReportBefore(at);
    outbox.length = 0;
    let open = false;
    const checked: string[] = [];
    const stop = startDigestTimer({
      db: () => (checked.push(open ? "open" : "closed"), open ? database.db : null),
      hourUtc: 6,
      origin,
      send,
      clock: () => at,
      firstCheckAfterMs: 5,
      everyMs: 20,
    });
    try {
      await vi.waitFor(() => expect(checked.length).toBeGreaterThan(2), { timeout: 5000, interval: 10 });
      expect(outbox).toEqual([]);
      open = true;
      await vi.waitFor(() => expect(outbox).toHaveLength(2), { timeout: 30_000, interval: 20 });
      const since = checked.length;
      await vi.waitFor(() => expect(checked.length).toBeGreaterThan(since + 5), { timeout: 5000, interval: 10 });
      expect(outbox).toHaveLength(2);
      expect(await database.db.select().from(moderatorDigests).where(eq(moderatorDigests.day, "2026-07-20"))).toMatchObject([{ recipients: 2, crossings: 1 }]);
    } finally {
      stop();
    }
  }, 60_000);

  it("has no timer at all when DIGEST_HOUR_UTC is off", async () => {
    const asked: number[] = [];
    const stop = startDigestTimer({ db: () => (asked.push(1), database.db), hourUtc: null, origin, send, firstCheckAfterMs: 1, everyMs: 5 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    expect(asked).toEqual([]);
  });
});
