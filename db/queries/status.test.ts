import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crossings, notices, reports } from "@/db/schema";
import { seedBaseline } from "@/db/seed/seed";
import { getCrossingRecord } from "@/db/queries/crossings";
import { loadAllStatusInputs, loadStatusInputs } from "@/db/queries/status";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import { evaluateStatus } from "@/lib/status/evaluate";
import { eq } from "drizzle-orm";

const instant = new Date("2026-07-15T06:00:00Z"); // Wednesday 12:00 in Bishkek
const hoursAgo = (hours: number) => new Date(instant.getTime() - hours * 3600_000);

describe.each(testDatabaseKinds)("status inputs from %s", (kind) => {
  let database: TestDatabase;
  let kordayId: number;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    kordayId = (await getCrossingRecord("korday-ak-zhol", database.db))!.id;
    const [kegen] = await database.db.select({ id: crossings.id }).from(crossings).where(eq(crossings.slug, "karkyra-kegen"));
    await database.db.insert(reports).values([
      { crossingId: kordayId, direction: "a-b", observedAt: hoursAgo(0.5), seen: "closed", mode: "car", waitMinutes: 90 },
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
    const inputs = await loadStatusInputs(kordayId, instant, "Asia/Bishkek", database.db);
    const waits = inputs.reports.map((report) => report.waitMinutes).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(waits).toEqual([20, 40, 45, 50, 90]);
    expect(inputs.reports.every((report) => !report.hidden)).toBe(true);
    expect(inputs.notices.map((notice) => notice.text)).toEqual(["Coming closure"]);
  });

  it("turns them into a status: closed by a fresh report, history wait the other way", async () => {
    const record = (await getCrossingRecord("korday-ak-zhol", database.db))!;
    const inputs = await loadStatusInputs(kordayId, instant, "Asia/Bishkek", database.db);
    const status = evaluateStatus({ baseline: record.baseline, instant, ...inputs });
    expect(status).toMatchObject({ state: "closed", basis: "reports", scheduleState: "open" });
    expect(status.waits[0]).toMatchObject({ basis: "reports", minutes: 90 });
    expect(status.waits[1]).toMatchObject({ basis: "history", minutes: 45, sampleSize: 3 });
    expect(status.nextChange?.toISOString()).toBe(new Date(instant.getTime() + 86400_000).toISOString());
  });

  it("loads every crossing's inputs at once for the list", async () => {
    const all = await loadAllStatusInputs(instant, database.db);
    expect(all.get(kordayId)?.reports.map((report) => report.waitMinutes).sort()).toEqual([20, 90]);
    expect([...all.keys()]).toHaveLength(2);
  });
});
