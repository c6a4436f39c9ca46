/**
 * Observed hours from the database: the SQL aggregate (by hour of the week in a side's zone,
 * over the window, visible open and closed reports only) equals observedEvidence computed from
 * the reports themselves (its plan, on a table of synthetic history, is checked in
 * query-plans.test.ts), and adopting the inference goes through the normal baseline revision.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baselineRevisions, crossings, reports, users } from "@/db/schema";
import { seedBaseline } from "@/db/seed/seed";
import { getCrossingRecord, listCrossingRecords } from "@/db/queries/crossings";
import { adoptObservedHours, loadObservedEvidence, observedHoursForSide } from "@/db/queries/observed-hours";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import { hoursAreUnknown, observedEvidence, observedWindowStart, type ObservedSeen } from "@/lib/history/observed-hours";

const now = new Date("2026-07-15T06:00:00Z");

describe.each(testDatabaseKinds)("observed hours on %s", (kind) => {
  let database: TestDatabase;
  let crossingId: number;
  let otherId: number;
  let zones: [string, string];
  const inserted: { crossingId: number; observedAt: Date; seen: ObservedSeen; hidden: boolean; withdrawn: boolean; unconfirmed?: boolean; verified?: boolean }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    await database.db.insert(users).values([{ id: "mod", email: "mod@example.test", role: "moderator" }]);
    const records = await listCrossingRecords(database.db);
    // A crossing whose side 0 has no published hours, with the sides in different zones if any.
    const unknown = records.filter((record) => hoursAreUnknown(record.baseline.sides[0].hours.value));
    const chosen = unknown.find((record) => record.baseline.sides[0].timeZone !== record.baseline.sides[1].timeZone) ?? unknown[0]!;
    crossingId = chosen.id;
    zones = [chosen.baseline.sides[0].timeZone, chosen.baseline.sides[1].timeZone];
    otherId = records.find((record) => record.id !== crossingId)!.id;
    // Ten weeks of reports, Monday to Friday 09:00–18:00 in side 0's zone (whole-hour offsets:
    // every zone here is), both directions; plus noise that must not count.
    const offsetMs = (instant: Date) => {
      const parts = new Intl.DateTimeFormat("en-US", {
        timeZone: zones[0],
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
      }).formatToParts(instant);
      const get = (type: string) => Number(parts.find((part) => part.type === type)!.value);
      return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - instant.getTime();
    };
    const local = (daysAgo: number, hour: number, minute: number) => {
      const guess = new Date(Date.UTC(2026, 6, 13 - daysAgo, hour, minute)); // 13 July 2026 is a Monday
      return new Date(guess.getTime() - offsetMs(guess));
    };
    let n = 0;
    for (let week = 0; week < 10; week++) {
      for (let day = 0; day < 5; day++) {
        const hour = 9 + ((week * 5 + day) % 9);
        inserted.push({ crossingId, observedAt: local(7 * week - day + 7, hour, 10 + (n++ % 40)), seen: "open", hidden: false, withdrawn: false });
      }
      inserted.push({ crossingId, observedAt: local(7 * week - 5 + 7, 12, 0), seen: "closed", hidden: false, withdrawn: false }); // Saturday
      inserted.push({ crossingId, observedAt: local(7 * week - 6 + 7, 12, 0), seen: "closed", hidden: false, withdrawn: false }); // Sunday
    }
    // Hidden, withdrawn, restricted, too old, at another crossing, or from an account that could
    // not decide alone (migration 0014; unless verified): none of these count.
    inserted.push({ crossingId, observedAt: local(4 + 7, 3, 0), seen: "open", hidden: false, withdrawn: false, unconfirmed: true });
    // …but one a moderator verified counts (the 71st).
    inserted.push({ crossingId, observedAt: local(4 + 7, 12, 0), seen: "open", hidden: false, withdrawn: false, unconfirmed: true, verified: true });
    inserted.push({ crossingId, observedAt: local(3 + 7, 3, 0), seen: "open", hidden: true, withdrawn: false });
    inserted.push({ crossingId, observedAt: local(3 + 7, 4, 0), seen: "open", hidden: false, withdrawn: true });
    inserted.push({ crossingId, observedAt: local(2 + 7, 2, 0), seen: "restricted", hidden: false, withdrawn: false });
    inserted.push({ crossingId, observedAt: new Date(observedWindowStart(now).getTime() - 3600_000), seen: "closed", hidden: false, withdrawn: false });
    inserted.push({ crossingId: otherId, observedAt: local(8, 1, 0), seen: "closed", hidden: false, withdrawn: false });
    await database.db.insert(reports).values(
      inserted.map((entry, index) => ({
        crossingId: entry.crossingId,
        direction: index % 2 ? ("a-b" as const) : ("b-a" as const),
        observedAt: entry.observedAt,
        seen: entry.seen,
        mode: "car",
        hidden: entry.hidden,
        withdrawnAt: entry.withdrawn ? now : null,
        unconfirmedAuthor: entry.unconfirmed ?? false,
        verified: entry.verified ?? false,
      })),
    );
  }, 120_000);

  afterAll(async () => {
    await database?.close();
  });

  it("counts by hour of the week in SQL exactly as observedEvidence does from the reports", async () => {
    const since = observedWindowStart(now);
    const counted = inserted.filter(
      (entry) => entry.crossingId === crossingId && !entry.hidden && !entry.withdrawn && (!entry.unconfirmed || entry.verified) && entry.observedAt >= since,
    );
    for (const zone of zones) {
      const fromSql = await loadObservedEvidence(crossingId, zone, now, database.db);
      expect(fromSql, zone).toEqual(observedEvidence(counted, zone));
    }
    expect((await loadObservedEvidence(crossingId, zones[0], now, database.db)).reports).toBe(71);
  });

  it("infers Mo-Fr 09:00-18:00 for side 0, weekends closed", async () => {
    const record = (await getCrossingRecord((await database.db.select({ slug: crossings.slug }).from(crossings).where(eq(crossings.id, crossingId)))[0]!.slug, database.db))!;
    const observed = await observedHoursForSide(record, 0, now, database.db);
    expect(observed?.hours).toBe("Mo-Fr 09:00-18:00");
    expect(observed?.reports).toBe(71);
  });

  it("adopts the observed hours through a normal revision, sourced to traveller reports, and only once", async () => {
    const adopted = await adoptObservedHours("mod", crossingId, 0, now, database.db);
    expect(adopted).toMatchObject({ kind: "ok", hours: "Mo-Fr 09:00-18:00" });
    const [row] = await database.db.select().from(crossings).where(eq(crossings.id, crossingId));
    expect(row!.baselineOrigin).toBe("revision");
    const revisions = await database.db.select().from(baselineRevisions).where(eq(baselineRevisions.crossingId, crossingId));
    expect(revisions).toHaveLength(1);
    // The claims it stands beside stay, as alternatives: the engine's supersession decides.
    const previous = revisions[0]!.before.sides[0].hours;
    expect(row!.baseline.sides[0].hours).toEqual({
      value: "Mo-Fr 09:00-18:00",
      sources: [{ source: "traveller-reports", asOf: "2026-07-15", note: expect.stringContaining("71 visible open or closed reports") }],
      alternatives: [{ value: previous.value, sources: previous.sources }, ...previous.alternatives],
    });
    expect(hoursAreUnknown(revisions[0]!.before.sides[0].hours.value)).toBe(true);
    expect(revisions[0]!.after.sides[0].hours.value).toBe("Mo-Fr 09:00-18:00");
    // The source is in the table, with its standing.
    const cited = await getCrossingRecord(row!.slug, database.db);
    expect(cited!.sources.find((source) => source.key === "traveller-reports")).toMatchObject({ kind: "reports", standing: "traveller" });
    // Now known: nothing more to adopt.
    expect(await adoptObservedHours("mod", crossingId, 0, now, database.db)).toEqual({ kind: "known" });
  });

  it("refuses when the reports show no pattern, changing nothing", async () => {
    const before = (await database.db.select().from(crossings).where(eq(crossings.id, otherId)))[0]!;
    const side = hoursAreUnknown(before.baseline.sides[0].hours.value) ? 0 : 1;
    const result = await adoptObservedHours("mod", otherId, side, now, database.db);
    expect(result.kind === "no-pattern" || result.kind === "known").toBe(true);
    const after = (await database.db.select().from(crossings).where(eq(crossings.id, otherId)))[0]!;
    expect(after.baselineVersion).toBe(before.baselineVersion);
  });
});
