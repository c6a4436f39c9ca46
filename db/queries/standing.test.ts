/** Reporters' standing read from their record, and the reports the engine weighs with it. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flags, reportFeedback, reports, users } from "@/db/schema";
import { seedBaseline } from "@/db/seed/seed";
import { getCrossingRecord } from "@/db/queries/crossings";
import { reporterRecords, reportsWithStanding, standingsOf } from "@/db/queries/standing";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";

const DAY = 86400_000;
const now = new Date();
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000);

describe.each(testDatabaseKinds)("reporter standing on %s", (kind) => {
  let database: TestDatabase;
  let korday: number;
  let irkeshtam: number;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    korday = (await getCrossingRecord("korday-ak-zhol", database.db))!.id;
    irkeshtam = (await getCrossingRecord("irkeshtam", database.db))!.id;
    const old = new Date(now.getTime() - 60 * DAY);
    await database.db.insert(users).values([
      { id: "fresh", email: "fresh@example.org" },
      { id: "veteran", email: "veteran@example.org", createdAt: old },
      { id: "witness", email: "witness@example.org", createdAt: old },
      { id: "twin", email: "twin@example.org", createdAt: old },
      { id: "liar", email: "liar@example.org", createdAt: old },
      { id: "mod", email: "mod@example.org", role: "moderator" },
      { id: "gone", email: "gone@example.org", createdAt: old, bannedAt: now },
    ]);
    const at = (authorId: string, crossingId: number, hours: number, seen: "open" | "closed", ipHash: string, extra: Partial<typeof reports.$inferInsert> = {}) => ({
      crossingId,
      authorId,
      direction: "a-b" as const,
      mode: "car",
      observedAt: hoursAgo(hours),
      submittedAt: hoursAgo(hours),
      seen,
      ipHash,
      ...extra,
    });
    await database.db.insert(reports).values([
      // Veteran and witness, from two addresses, agree twice (corroboration), once a day apart (not).
      at("veteran", irkeshtam, 100, "open", "ip-v"),
      at("witness", irkeshtam, 99, "open", "ip-w"),
      at("veteran", irkeshtam, 50, "closed", "ip-v"),
      at("witness", irkeshtam, 49.5, "closed", "ip-w"),
      at("veteran", irkeshtam, 30, "open", "ip-v"),
      // Twin agrees with veteran from veteran's own address: no corroboration.
      at("twin", irkeshtam, 30, "open", "ip-v"),
      // Liar: two reports hidden by a moderator, one verified.
      at("liar", irkeshtam, 80, "closed", "ip-l", { hidden: true }),
      at("liar", irkeshtam, 70, "closed", "ip-l", { hidden: true }),
      at("liar", irkeshtam, 60, "open", "ip-l", { verified: true }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it("reads each account's record: corroborated reports (another account, another address, within 2 h), hidden ones, verified ones", async () => {
    const records = await reporterRecords(database.db, ["veteran", "witness", "twin", "liar", "fresh"], now);
    expect(records.get("veteran")).toMatchObject({ reports: 3, corroborated: 2, hidden: 0 });
    expect(records.get("witness")).toMatchObject({ reports: 2, corroborated: 2 });
    expect(records.get("twin")).toMatchObject({ reports: 1, corroborated: 0 });
    expect(records.get("liar")).toMatchObject({ reports: 1, corroborated: 1, hidden: 2 });
    expect(records.get("fresh")).toMatchObject({ reports: 0, corroborated: 0 });
    expect(records.get("fresh")!.accountAgeMs).toBeLessThan(DAY);
  });

  it("does not let fresh accounts vouch for each other, wash out a hidden report by withdrawing it, or mark a report disputed alone", async () => {
    await database.db.insert(users).values([
      { id: "fresh-a", email: "fresh-a@example.org" },
      { id: "fresh-b", email: "fresh-b@example.org" },
      { id: "washer", email: "washer@example.org", createdAt: new Date(now.getTime() - 60 * DAY) },
    ]);
    const base = { crossingId: korday, direction: "a-b" as const, mode: "car", observedAt: hoursAgo(3), submittedAt: hoursAgo(3), seen: "closed" as const };
    await database.db.insert(reports).values([
      { ...base, authorId: "fresh-a", ipHash: "ip-fa" },
      { ...base, authorId: "fresh-b", ipHash: "ip-fb" },
      { ...base, authorId: "washer", ipHash: "ip-wa", hidden: true, withdrawnAt: hoursAgo(1) },
    ]);
    const [target] = await database.db.select({ id: reports.id }).from(reports).where(eq(reports.authorId, "veteran"));
    await database.db.insert(reportFeedback).values({ reportId: target!.id, userId: "fresh-a", kind: "dispute" });
    await database.db.update(reports).set({ disputes: 1 }).where(eq(reports.id, target!.id));
    const records = await reporterRecords(database.db, ["fresh-a", "fresh-b", "washer", "veteran"], now);
    expect(records.get("fresh-a")).toMatchObject({ corroborated: 0 });
    expect(records.get("fresh-b")).toMatchObject({ corroborated: 0 });
    expect(records.get("washer")).toMatchObject({ reports: 0, hidden: 1 });
    expect(records.get("veteran")).toMatchObject({ disputed: 0 });
  });

  it("counts flags moderators upheld and dismissed", async () => {
    const [target] = await database.db.select({ id: reports.id }).from(reports).where(eq(reports.authorId, "twin"));
    await database.db.insert(flags).values({ reportId: target!.id, flaggerId: "veteran", reason: "false", weight: 1, resolution: "disagreed", resolvedAt: now });
    const records = await reporterRecords(database.db, ["veteran"], now);
    expect(records.get("veteran")).toMatchObject({ flagsUpheld: 0, flagsDismissed: 1 });
  });

  it("gives each account its standing: new, ordinary, doubted, moderators and banned accounts", async () => {
    const standings = await standingsOf(database.db, ["fresh", "veteran", "liar", "mod", "gone", "no-such-account"], now);
    expect(standings.get("fresh")).toEqual({ score: 0.1, tier: "new", unconfirmed: true });
    expect(standings.get("veteran")).toMatchObject({ tier: "ordinary", unconfirmed: false });
    expect(standings.get("veteran")!.score).toBeCloseTo(0.4 + 0.1 - 0.03);
    expect(standings.get("liar")).toMatchObject({ tier: "doubted", unconfirmed: true });
    expect(standings.get("mod")).toEqual({ score: 1, tier: "trusted", unconfirmed: false });
    expect(standings.get("gone")).toEqual({ score: 0, tier: "doubted", unconfirmed: true });
    expect(standings.get("no-such-account")).toMatchObject({ tier: "new", unconfirmed: true });
  });

  it("makes the engine's reports: a new account's unconfirmed, one voice per address per crossing, seeded ones ordinary", async () => {
    const rows = [
      { ...(await database.db.select().from(reports).where(eq(reports.authorId, "twin")))[0]! },
      { ...(await database.db.select().from(reports).where(eq(reports.authorId, "veteran")))[0]! },
    ];
    const base = rows[0]!;
    const seeded = { ...base, id: crypto.randomUUID(), authorId: null, ipHash: null };
    const fresh = { ...base, id: crypto.randomUUID(), authorId: "fresh", ipHash: "ip-f" };
    const elsewhere = { ...base, id: crypto.randomUUID(), crossingId: korday };
    const weighed = await reportsWithStanding(database.db, [...rows, seeded, fresh, elsewhere], now);
    const [twin, veteran, anonymous, newcomer, twinElsewhere] = weighed;
    // Twin (no corroborated report: no record yet) and veteran share an address at Irkeshtam:
    // veteran, with the higher standing, speaks; twin's report is an echo.
    expect(twin).toMatchObject({ unconfirmed: true, echo: true });
    expect(veteran).toMatchObject({ unconfirmed: false, echo: false });
    expect(anonymous).toMatchObject({ reporterTrust: 0.5, unconfirmed: false, echo: false, author: null, address: null });
    expect(newcomer).toMatchObject({ reporterTrust: 0.1, unconfirmed: true, echo: false });
    // At another crossing the same address is another voice.
    expect(twinElsewhere!.echo).toBe(false);
    // Who spoke is told apart by tokens, never by the account's id or the address's hash.
    expect(twin!.address).toBe(veteran!.address);
    expect(twin!.author).not.toBe(veteran!.author);
    expect(JSON.stringify(weighed)).not.toMatch(/twin|veteran|ip-v|fresh"|ip-f/);
  });
});
