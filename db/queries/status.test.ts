import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crossings, notices, reports, waitHistoryWindow } from "@/db/schema";
import { SEED_NOTICE_AUTHOR, seedBaseline } from "@/db/seed/seed";
import { getCrossingRecord } from "@/db/queries/crossings";
import { loadAllStatusInputs, loadStatusInputs } from "@/db/queries/status";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import { evaluateStatus } from "@/lib/status/evaluate";
import { hourOfWeek, hoursAround } from "@/lib/status/wait-estimate";
import { eq } from "drizzle-orm";

const instant = new Date("2026-07-15T06:00:00Z"); // Wednesday 12:00 in Bishkek
const hoursAgo = (hours: number) => new Date(instant.getTime() - hours * 3600_000);

describe.each(testDatabaseKinds)("status inputs from %s", (kind) => {
  let database: TestDatabase;
  let kordayId: number;
  let kegenId: number;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    kordayId = (await getCrossingRecord("korday-ak-zhol", database.db))!.id;
    const [kegen] = await database.db.select({ id: crossings.id }).from(crossings).where(eq(crossings.slug, "karkyra-kegen"));
    kegenId = kegen!.id;
    await database.db.insert(reports).values([
      // Verified: it counts alone against Korday's round-the-clock hours (one unverified report would wait for a second).
      { crossingId: kordayId, direction: "a-b", observedAt: hoursAgo(0.5), seen: "closed", mode: "car", waitMinutes: 90, verified: true },
      { crossingId: kordayId, direction: "a-b", observedAt: hoursAgo(1), seen: "closed", mode: "bus", waitMinutes: 60, hidden: true },
      { crossingId: kordayId, direction: "a-b", observedAt: hoursAgo(30), seen: "open", mode: "car", waitMinutes: 20 },
      // Same hour of the week, one and two weeks back: history for the wait estimate.
      { crossingId: kordayId, direction: "b-a", observedAt: hoursAgo(7 * 24), seen: "open", mode: "car", waitMinutes: 40 },
      { crossingId: kordayId, direction: "b-a", observedAt: hoursAgo(14 * 24), seen: "open", mode: "car", waitMinutes: 50 },
      { crossingId: kordayId, direction: "b-a", observedAt: hoursAgo(21 * 24 + 1), seen: "open", mode: "car", waitMinutes: 45 },
      // Twelve hours off in the week: not history for this hour.
      { crossingId: kordayId, direction: "b-a", observedAt: hoursAgo(7 * 24 + 12), seen: "open", mode: "car", waitMinutes: 500 },
      { crossingId: kegen!.id, direction: "a-b", observedAt: hoursAgo(2), seen: "open", mode: "car" },
    ]);
    await database.db.insert(notices).values([
      { crossingId: kordayId, startsAt: hoursAgo(48), endsAt: hoursAgo(24), effect: "closed", text: "Past closure", sourceTitle: "Border service" },
      { crossingId: kordayId, startsAt: new Date(instant.getTime() + 86400_000), endsAt: null, effect: "closed", text: "Coming closure", sourceTitle: "Border service" },
      { crossingId: kordayId, startsAt: hoursAgo(5), effect: "closed", text: "Withdrawn", sourceTitle: "x", withdrawnAt: hoursAgo(4) },
    ]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("loads the window's visible reports, the newest older one, history at this hour, and live notices", async () => {
    const record = (await getCrossingRecord("korday-ak-zhol", database.db))!;
    const inputs = await loadStatusInputs(kordayId, instant, record.baseline, database.db);
    const waits = inputs.reports.map((report) => report.waitMinutes).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(waits).toEqual([20, 90]);
    expect(inputs.reports.every((report) => !report.hidden)).toBe(true);
    // The last year's reports at this hour of the week (±1 h): the three b-a ones of past weeks
    // (one a bucket) and the recent a-b one; not the one 12 h off, nor the hidden one.
    expect(
      inputs.waitHistory.map(({ direction, mode, waitMinutes, reports }) => ({ direction, mode, waitMinutes, reports })).sort((a, b) => a.waitMinutes - b.waitMinutes),
    ).toEqual([
      { direction: "b-a", mode: "car", waitMinutes: 40, reports: 1 },
      { direction: "b-a", mode: "car", waitMinutes: 45, reports: 1 },
      { direction: "b-a", mode: "car", waitMinutes: 50, reports: 1 },
      { direction: "a-b", mode: "car", waitMinutes: 90, reports: 1 },
    ]);
    expect(inputs.notices.map((notice) => notice.text)).toEqual(["Coming closure"]);
  });

  it("keeps what a memo keeps: a second instant past the newest report reads no reports", async () => {
    const record = (await getCrossingRecord("korday-ak-zhol", database.db))!;
    const kept = new Map<string, unknown>();
    const memo = { get: async <T>(key: string, load: () => Promise<T>) => (kept.has(key) ? (kept.get(key) as T) : (kept.set(key, await load()), kept.get(key) as T)) };
    const later = new Date(instant.getTime() + 3 * 86400_000);
    const fresh = await loadStatusInputs(kordayId, later, record.baseline, database.db);
    const first = await loadStatusInputs(kordayId, later, record.baseline, database.db, memo);
    const second = await loadStatusInputs(kordayId, later, record.baseline, database.db, memo);
    expect(first).toEqual(fresh);
    expect(second).toEqual(fresh);
    // Past the newest report by more than the window: it alone, for freshness.
    expect(fresh.reports.map((report) => report.waitMinutes)).toEqual([90]);
    const hours = record.baseline.sides.map((side) => hoursAround(later, side.timeZone)[1]).join(":");
    expect([...kept.keys()].sort()).toEqual(["newest", "notices", `waits:${hours}`]);
  });

  it("turns them into a status: closed by a fresh verified report, history wait the other way", async () => {
    const record = (await getCrossingRecord("korday-ak-zhol", database.db))!;
    const inputs = await loadStatusInputs(kordayId, instant, record.baseline, database.db);
    const status = evaluateStatus({ baseline: record.baseline, instant, ...inputs });
    expect(status).toMatchObject({ state: "closed", basis: "reports", scheduleState: "open" });
    expect(status.waits[0]).toMatchObject({ basis: "reports", minutes: 90 });
    expect(status.waits[1]).toMatchObject({ basis: "history", minutes: 45, sampleSize: 3 });
    expect(status.nextChange?.toISOString()).toBe(new Date(instant.getTime() + 86400_000).toISOString());
  });

  it("loads every crossing's inputs at once for the list: the same reports, notices and history as one crossing's", async () => {
    const record = (await getCrossingRecord("korday-ak-zhol", database.db))!;
    const all = await loadAllStatusInputs(instant, database.db);
    const one = await loadStatusInputs(kordayId, instant, record.baseline, database.db);
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    const byBucket = (list: { hourOfWeek: number; waitMinutes: number }[]) => [...list].sort((a, b) => a.hourOfWeek - b.hourOfWeek || a.waitMinutes - b.waitMinutes);
    expect(
      all
        .get(kordayId)
        ?.reports.map((report) => report.waitMinutes)
        .sort(),
    ).toEqual([20, 90]);
    expect(byId(all.get(kordayId)!.reports)).toEqual(byId(one.reports));
    expect(byId(all.get(kordayId)!.notices)).toEqual(byId(one.notices));
    expect(byBucket(all.get(kordayId)!.waitHistory)).toEqual(byBucket(one.waitHistory));
    // Korday and Kegen, which have reports here, and the crossings whose seeded dated notices
    // (db/seed/notices.ts) are in force or coming at the instant.
    const seeded = await database.db.select({ id: notices.id, crossingId: notices.crossingId }).from(notices).where(eq(notices.createdBy, SEED_NOTICE_AUTHOR));
    const seededIds = new Set(seeded.map((row) => row.id));
    const others = [...all.entries()].filter(([id]) => id !== kordayId && id !== kegenId);
    expect(all.has(kegenId)).toBe(true);
    expect(others.every(([, inputs]) => inputs.reports.length === 0 && inputs.notices.length > 0 && inputs.notices.every((notice) => seededIds.has(notice.id)))).toBe(true);
  });
});

describe.each(testDatabaseKinds)("the wait history's hours of the week, on %s", (kind) => {
  let database: TestDatabase;
  let crossingId: number;
  // A report every 5 hours for 13 months, at 17 minutes past: every hour of the week, in turn.
  const start = new Date(instant.getTime() - 395 * 86400_000);
  const times = Array.from({ length: (395 * 24) / 5 }, (_, i) => new Date(start.getTime() + i * 5 * 3600_000 + 17 * 60_000));
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    crossingId = (await getCrossingRecord("irkeshtam", database.db))!.id;
    for (let i = 0; i < times.length; i += 500) {
      await database.db
        .insert(reports)
        .values(times.slice(i, i + 500).map((observedAt) => ({ crossingId, direction: "a-b" as const, observedAt, seen: "open" as const, mode: "car", waitMinutes: 30 })));
    }
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it.each([
    ["Asia/Bishkek", instant],
    ["Asia/Kashgar", new Date("2026-03-01T23:30:00Z")],
    // A zone with clock changes, at an instant near one: the hours follow the wall clock.
    ["Europe/Berlin", new Date("2026-03-29T03:10:00Z")],
    ["America/St_Johns", new Date("2026-11-01T12:45:00Z")],
  ])("reads exactly the last year's reports at the instant's hour of the week ±1 in %s, the departure side's zone", async (zone, at) => {
    // Both sides in the zone (the trigger recounts the crossing's history when a zone moves).
    const record = (await getCrossingRecord("irkeshtam", database.db))!;
    const baseline = structuredClone(record.baseline);
    baseline.sides[0].timeZone = zone;
    baseline.sides[1].timeZone = zone;
    await database.db.update(crossings).set({ baseline }).where(eq(crossings.id, crossingId));
    const [window] = await database.db.select({ since: waitHistoryWindow.since }).from(waitHistoryWindow);
    const hours = hoursAround(at, zone);
    const want = times.filter((time) => time >= window!.since && hours.includes(hourOfWeek(time, zone))).length;
    const inputs = await loadStatusInputs(crossingId, at, baseline, database.db);
    expect(inputs.waitHistory.every((row) => row.direction === "a-b" && hours.includes(row.hourOfWeek))).toBe(true);
    expect(inputs.waitHistory.reduce((sum, row) => sum + row.reports, 0)).toBe(want);
    expect(want).toBeGreaterThan(10);
  });
});
