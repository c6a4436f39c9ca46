/**
 * The status engine, table-driven from the seed documents' situations, on the real baseline
 * data (db/seed/data) where a document describes the crossing, and on small fixtures where
 * a rule needs isolating.
 */
import { describe, expect, it } from "vitest";
import { validatedSeed } from "@/db/seed/seed";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { evaluateStatus } from "@/lib/status/evaluate";
import { nextOpenWindow, nextStateChange } from "@/lib/status/next-window";
import { minutesBefore, notice, report } from "@/lib/status/test-helpers";
import type { StatusInput, WaitHistoryRow } from "@/lib/status/types";
import { hourOfWeek } from "@/lib/status/wait-estimate";
import { reasonText } from "@/lib/i18n/reasons";
import { statusHeadline } from "@/lib/status/headline";
import { REPORTS_NAMED } from "@/lib/status/report-tally";

const firstReason = (result: { reasons: { message: Parameters<typeof reasonText>[0] }[] }) => (result.reasons[0] ? reasonText(result.reasons[0].message, "en") : undefined);

const { baselines } = validatedSeed();
const crossing = (slug: string): CrossingBaseline => baselines.find((b) => b.slug === slug)!;
const bishkek = (iso: string) => new Date(`${iso}+06:00`);
const status = (input: Partial<StatusInput> & Pick<StatusInput, "baseline" | "instant">) => evaluateStatus({ notices: [], reports: [], ...input });
const allReasons = (result: ReturnType<typeof status>) => result.reasons.map((reason) => reasonText(reason.message, "en")).join(" | ");

describe("scenarios from the seed documents", () => {
  it.each([
    // The guide's Kyrgyz lunch break (11–14); the Chinese one is disputed by a traveller's hours.
    ["Irkeshtam in the Kyrgyz lunch break", "irkeshtam", "2026-07-15T12:00", "closed"],
    ["Irkeshtam in the Chinese lunch break (16:00 Beijing)", "irkeshtam", "2026-07-15T14:30", "unknown"],
    ["Karkyra in January (summer-only per a directory, round the clock per the Border Service)", "karkyra-kegen", "2026-01-14T12:00", "unknown"],
    ["Korday at 03:00", "korday-ak-zhol", "2026-07-15T03:00", "open"],
    ["Torugart in December", "torugart", "2026-12-09T12:00", "unknown"],
    ["Kegen on a Saturday", "karkyra-kegen", "2026-07-18T12:00", "unknown"],
  ])("%s → %s", (_label, slug, time, expected) => {
    const result = status({ baseline: crossing(slug), instant: bishkek(time) });
    expect(result.state).toBe(expected);
    expect(result.basis).toBe("schedule");
  });

  it("Kegen on a Saturday names the sources that disagree", () => {
    const result = status({ baseline: crossing("karkyra-kegen"), instant: bishkek("2026-07-18T12:00") });
    const cited = result.reasons.flatMap((reason) => reason.sources ?? []).map((ref) => ref.source);
    expect(cited).toEqual(expect.arrayContaining(["blog-kegen-2019", "directory-karkyra-kegen-2025"]));
    expect(allReasons(result)).toContain("Sources disagree");
  });

  it("a Chinese holiday closes a Kyrgyz–Chinese crossing", () => {
    // 1 October 2026, National Day, a Thursday; the day before is an ordinary Wednesday.
    const holiday = status({ baseline: crossing("irkeshtam"), instant: bishkek("2026-10-01T10:00") });
    expect(holiday.state).toBe("closed");
    expect(holiday.sides[1].holiday).toBe("National Day");
    expect(allReasons(holiday)).toContain("Public holiday in China (National Day)");
    expect(status({ baseline: crossing("irkeshtam"), instant: bishkek("2026-09-30T10:00") }).state).not.toBe("closed");
  });

  it("a Kyrgyz holiday closes it too (31 August, Independence Day)", () => {
    const result = status({ baseline: crossing("irkeshtam"), instant: bishkek("2026-08-31T10:00") });
    expect(result.state).toBe("closed");
    expect(result.sides[0].holiday).toBe("Independence Day");
  });

  it("a notice closes an open crossing for its dates, and only for them", () => {
    const closure = notice({ startsAt: bishkek("2026-07-10T00:00"), endsAt: bishkek("2026-07-20T00:00"), text: "Closed for road works" });
    const during = status({ baseline: crossing("korday-ak-zhol"), instant: bishkek("2026-07-15T12:00"), notices: [closure] });
    expect(during).toMatchObject({ state: "closed", basis: "notice" });
    expect(firstReason(during)).toContain("Closed for road works");
    expect(during.nextChange?.toISOString()).toBe(bishkek("2026-07-20T00:00").toISOString());
    const after = status({ baseline: crossing("korday-ak-zhol"), instant: bishkek("2026-07-21T12:00"), notices: [closure] });
    expect(after).toMatchObject({ state: "open", basis: "schedule" });
  });

  it("one fresh 'closed' report against an open schedule is shown, not counted, until a second traveller says so", () => {
    const instant = bishkek("2026-07-15T12:00");
    const one = report({ observedAt: minutesBefore(instant, 40), seen: "closed" });
    const alone = status({ baseline: crossing("korday-ak-zhol"), instant, reports: [one] });
    expect(alone).toMatchObject({ state: "open", basis: "schedule", scheduleState: "open", conflicting: false, counted: [] });
    expect(alone.reasons.at(-1)).toMatchObject({ message: { key: "reportsAwaiting", tally: { count: 1, seen: "closed" } }, reportIds: [one.id] });
    expect(reasonText(alone.reasons.at(-1)!.message, "en")).toBe(
      "Not yet confirmed: 1 traveller reported closed (newest 40 min ago) — against the published hours or notice; counted once a second traveller or a moderator confirms.",
    );
    expect(alone.freshness.ageMinutes).toBe(40);
    const two = status({ baseline: crossing("korday-ak-zhol"), instant, reports: [one, report({ observedAt: minutesBefore(instant, 25), seen: "closed" })] });
    expect(two).toMatchObject({ state: "closed", basis: "reports", scheduleState: "open", conflicting: false });
    expect(firstReason(two)).toBe("2 travellers reported closed (newest 25 min ago).");
  });

  it("two voices means two reporters: the same account, or the same address, twice is one", () => {
    const instant = bishkek("2026-07-15T12:00");
    const closed = (minutes: number, author: string, address: string) => report({ observedAt: minutesBefore(instant, minutes), seen: "closed", author, address });
    const korday = crossing("korday-ak-zhol");
    expect(status({ baseline: korday, instant, reports: [closed(40, "a", "x"), closed(20, "a", "y")] }).state).toBe("open");
    expect(status({ baseline: korday, instant, reports: [closed(40, "a", "x"), closed(20, "b", "x")] }).state).toBe("open");
    expect(status({ baseline: korday, instant, reports: [closed(40, "a", "x"), closed(20, "b", "y")] }).state).toBe("closed");
    // More than two hours apart, they do not corroborate each other.
    expect(status({ baseline: korday, instant, reports: [closed(150, "a", "x"), closed(20, "b", "y")] }).state).toBe("open");
    // A verified report is enough alone.
    expect(status({ baseline: korday, instant, reports: [report({ observedAt: minutesBefore(instant, 20), seen: "closed", verified: true })] }).state).toBe("closed");
  });

  it("two voices are any two within 2 hours, whatever the order of the rows, and a verified echo still counts", () => {
    const instant = bishkek("2026-07-15T12:00");
    const korday = crossing("korday-ak-zhol");
    const closed = (minutes: number, author: string, address: string, extra: Partial<Parameters<typeof report>[0]> = {}) =>
      report({ observedAt: minutesBefore(instant, minutes), seen: "closed", author, address, ...extra });
    // Two travellers 2½ hours ago, ten minutes apart; a third now, more than 2 hours after them.
    expect(status({ baseline: korday, instant, reports: [closed(150, "a", "x"), closed(140, "b", "y")] }).state).toBe("closed");
    expect(status({ baseline: korday, instant, reports: [closed(150, "a", "x"), closed(140, "b", "y"), closed(1, "c", "z")] }).state).toBe("closed");
    // Same account on two addresses, and another account on one of them: one voice, in any order.
    const rows = [closed(10, "x", "n1"), closed(10, "x", "n2"), closed(50, "y", "n2")];
    const states = [rows, [rows[1]!, rows[0]!, rows[2]!], [...rows].reverse()].map((order) => status({ baseline: korday, instant, reports: order }).state);
    // x on n1 and y on n2, 40 minutes apart, are two voices whichever row is read first.
    expect(states).toEqual(["closed", "closed", "closed"]);
    // An echo a moderator verified counts.
    expect(status({ baseline: korday, instant, reports: [closed(10, "a", "x", { echo: true, verified: true })] }).state).toBe("closed");
  });

  it("a state that does not count supersedes nothing: one 'restricted' does not undo a closure two travellers confirmed", () => {
    const instant = bishkek("2026-07-15T12:00");
    const reports = [
      report({ observedAt: minutesBefore(instant, 40), seen: "closed" }),
      report({ observedAt: minutesBefore(instant, 35), seen: "closed" }),
      report({ observedAt: minutesBefore(instant, 1), seen: "restricted" }),
    ];
    const result = status({ baseline: crossing("korday-ak-zhol"), instant, reports });
    expect(result).toMatchObject({ state: "closed", basis: "reports" });
    expect(result.reasons.at(-1)?.message).toMatchObject({ key: "reportsAwaiting", tally: { count: 1, seen: "restricted" } });
  });

  it("an echo's wait is not a wait", () => {
    const instant = bishkek("2026-07-15T12:00");
    const waits = [report({ observedAt: minutesBefore(instant, 10), waitMinutes: 20 }), report({ observedAt: minutesBefore(instant, 12), waitMinutes: 600, echo: true })];
    const result = status({ baseline: crossing("korday-ak-zhol"), instant, reports: waits });
    expect(result.waits[0]).toMatchObject({ basis: "reports", sampleSize: 1 });
  });

  it("a report agreeing with the schedule needs no second voice", () => {
    const night = bishkek("2026-07-19T12:00"); // Irkeshtam, a Sunday: closed by its hours
    const result = status({ baseline: crossing("irkeshtam"), instant: night, reports: [report({ observedAt: minutesBefore(night, 10), seen: "closed" })] });
    expect(result).toMatchObject({ state: "closed", basis: "reports" });
  });

  it("two conflicting fresh reports say so and keep both", () => {
    const instant = bishkek("2026-07-15T12:00");
    const result = status({
      baseline: crossing("korday-ak-zhol"),
      instant,
      reports: [
        report({ observedAt: minutesBefore(instant, 30), seen: "closed" }),
        report({ observedAt: minutesBefore(instant, 25), seen: "closed" }),
        report({ observedAt: minutesBefore(instant, 20), seen: "open" }),
      ],
    });
    expect(result).toMatchObject({ state: "unknown", basis: "reports", conflicting: true });
    expect(firstReason(result)).toMatch(/^Reports conflict: 2 travellers reported closed .*; 1 traveller reported open/);
    expect(result.reasons[0]?.reportIds).toHaveLength(3);
  });

  describe("unconfirmed reports (new or doubted reporters: docs/trust.md)", () => {
    const instant = bishkek("2026-07-15T12:00");
    const fresh = (minutes: number, seen: "open" | "closed") => report({ observedAt: minutesBefore(instant, minutes), seen, unconfirmed: true, reporterTrust: 0.1 });

    it("shows one new account's 'closed' at an open crossing, and does not let it decide", () => {
      const result = status({ baseline: crossing("korday-ak-zhol"), instant, reports: [fresh(10, "closed")] });
      expect(result).toMatchObject({ state: "open", basis: "schedule", conflicting: false });
      expect(result.reasons.at(-1)?.message).toMatchObject({ key: "reportsUnconfirmed", tally: { count: 1, seen: "closed" } });
      expect(reasonText(result.reasons.at(-1)!.message, "en")).toBe(
        "Unconfirmed: 1 traveller reported closed (newest 10 min ago) — not counted until a traveller with a record or a moderator confirms.",
      );
      expect(result.counted).toEqual([]);
    });

    it("is corroborated only by a deciding report observed within 2 hours of it (CORROBORATE_WITHIN_MS)", () => {
      const open = (minutes: number) => report({ observedAt: minutesBefore(instant, minutes), seen: "open" });
      const closed = (minutes: number) => report({ observedAt: minutesBefore(instant, minutes), seen: "closed" });
      // An ordinary "closed" 10 hours ago (a wrong button, say) does not admit three fresh accounts' "closed" now.
      const old = status({ baseline: crossing("korday-ak-zhol"), instant, reports: [open(40), closed(600), fresh(5, "closed"), fresh(6, "closed"), fresh(7, "closed")] });
      expect(old).toMatchObject({ state: "open", conflicting: false });
      expect(old.reasons.at(-1)?.message).toMatchObject({ key: "reportsUnconfirmed", tally: { count: 3, seen: "closed" } });
      // One 90 minutes before them does: they are counted with it (no longer "unconfirmed"), but
      // their weight decides nothing, and one voice is not enough against the schedule.
      const near = status({ baseline: crossing("korday-ak-zhol"), instant, reports: [open(40), closed(95), fresh(5, "closed"), fresh(6, "closed"), fresh(7, "closed")] });
      expect(near.state).toBe("open");
      expect(near.reasons.some((reason) => reason.message.key === "reportsUnconfirmed")).toBe(false);
      expect(near.reasons.at(-1)?.message).toMatchObject({ key: "reportsAwaiting", tally: { count: 4, seen: "closed" } });
    });

    it("does not let three new accounts saying 'open' open a crossing its hours keep closed (Irkeshtam on a Sunday)", () => {
      const sunday = bishkek("2026-07-19T12:00");
      const before = status({ baseline: crossing("irkeshtam"), instant: sunday });
      expect(before.state).toBe("closed");
      const after = status({
        baseline: crossing("irkeshtam"),
        instant: sunday,
        reports: [1, 2, 3].map((i) => report({ observedAt: minutesBefore(sunday, i), seen: "open", unconfirmed: true, reporterTrust: 0.1 })),
      });
      expect(after).toMatchObject({ state: "closed", basis: "schedule" });
      expect(after.reasons.at(-1)?.message).toMatchObject({ key: "reportsUnconfirmed", tally: { count: 3, seen: "open" } });
    });

    it("counts them with a report that can decide alone and says the same (corroborated), without their weight deciding", () => {
      const ordinary = (minutes: number) => report({ observedAt: minutesBefore(instant, minutes), seen: "closed" });
      const result = status({ baseline: crossing("korday-ak-zhol"), instant, reports: [fresh(10, "closed"), fresh(15, "closed"), ordinary(30), ordinary(35)] });
      expect(result).toMatchObject({ state: "closed", basis: "reports" });
      expect(result.reasons[0]?.message).toMatchObject({ key: "reports", tally: { count: 4, seen: "closed", newestAgoMs: 600_000 } });
      expect(result.reasons.some((reason) => reason.message.key === "reportsUnconfirmed")).toBe(false);
      // The same two ordinary reports against one fresh "open": the fresh weight changes nothing.
      const against = status({
        baseline: crossing("korday-ak-zhol"),
        instant,
        reports: [ordinary(30), ordinary(35), report({ observedAt: minutesBefore(instant, 5), seen: "open" }), fresh(4, "open"), fresh(3, "open")],
      });
      const without = status({
        baseline: crossing("korday-ak-zhol"),
        instant,
        reports: [ordinary(30), ordinary(35), report({ observedAt: minutesBefore(instant, 5), seen: "open" })],
      });
      expect(against.state).toBe(without.state);
    });

    it("lets them decide when nothing else speaks (hours unknown, no other report)", () => {
      const unknownHours = status({ baseline: crossing("torugart"), instant: bishkek("2026-12-09T12:00") });
      expect(unknownHours.state).toBe("unknown");
      const result = status({
        baseline: crossing("torugart"),
        instant: bishkek("2026-12-09T12:00"),
        reports: [report({ observedAt: minutesBefore(bishkek("2026-12-09T12:00"), 5), seen: "closed", unconfirmed: true })],
      });
      expect(result).toMatchObject({ state: "closed", basis: "reports" });
    });

    it("never lets them outweigh a report that can decide alone", () => {
      const result = status({
        baseline: crossing("korday-ak-zhol"),
        instant,
        reports: [fresh(1, "closed"), fresh(2, "closed"), fresh(3, "closed"), report({ observedAt: minutesBefore(instant, 90), seen: "open" })],
      });
      expect(result).toMatchObject({ state: "open", basis: "reports", conflicting: false });
      expect(result.reasons.at(-1)?.message).toMatchObject({ key: "reportsUnconfirmed", tally: { count: 3, seen: "closed" } });
    });

    it("counts a verified report as confirmed whoever wrote it", () => {
      const result = status({
        baseline: crossing("korday-ak-zhol"),
        instant,
        reports: [report({ observedAt: minutesBefore(instant, 10), seen: "closed", unconfirmed: true, verified: true })],
      });
      expect(result).toMatchObject({ state: "closed", basis: "reports" });
    });
  });

  describe("supersession: a later report of another state from a reporter who can decide alone", () => {
    const instant = bishkek("2026-07-15T12:00");
    const closedNow = () => [report({ observedAt: minutesBefore(instant, 5), seen: "closed" }), report({ observedAt: minutesBefore(instant, 8), seen: "closed" })];
    it("turns three 'open' an hour old against two fresh 'closed' into a closure, not a conflict", () => {
      const result = status({
        baseline: crossing("korday-ak-zhol"),
        instant,
        reports: [...[60, 65, 70].map((m) => report({ observedAt: minutesBefore(instant, m), seen: "open" })), ...closedNow()],
      });
      expect(result).toMatchObject({ state: "closed", basis: "reports", conflicting: false });
    });

    it("keeps fifteen 'open' an hour old against two fresh 'closed' a conflict", () => {
      const result = status({
        baseline: crossing("korday-ak-zhol"),
        instant,
        reports: [...Array.from({ length: 15 }, (_, i) => 60 + i).map((m) => report({ observedAt: minutesBefore(instant, m), seen: "open" })), ...closedNow()],
      });
      expect(result).toMatchObject({ state: "unknown", conflicting: true });
    });

    it("is not done by an unconfirmed report", () => {
      const result = status({
        baseline: crossing("korday-ak-zhol"),
        instant,
        reports: [report({ observedAt: minutesBefore(instant, 70), seen: "open" }), report({ observedAt: minutesBefore(instant, 5), seen: "closed", unconfirmed: true })],
      });
      expect(result).toMatchObject({ state: "open", basis: "reports" });
    });
  });

  it("names only the heaviest reports behind a state, and counts them all", () => {
    const instant = bishkek("2026-07-15T12:00");
    // 120 open reports, one a minute, and 30 closed ones: the newest weigh most.
    const reports = [
      ...Array.from({ length: 120 }, (_, i) => report({ observedAt: minutesBefore(instant, i + 1), seen: "open" })),
      ...Array.from({ length: 30 }, (_, i) => report({ observedAt: minutesBefore(instant, 200 + i), seen: "closed" })),
    ];
    const result = status({ baseline: crossing("korday-ak-zhol"), instant, reports: [...reports].reverse() });
    expect(result).toMatchObject({ state: "open", basis: "reports" });
    expect(result.reasons[0]?.message).toMatchObject({ key: "reports", tally: { count: 120, seen: "open" } });
    expect(result.reasons[0]?.reportIds).toEqual(reports.slice(0, REPORTS_NAMED).map((r) => r.id));
    expect(result.counted.map((c) => c.id)).toEqual(reports.slice(0, REPORTS_NAMED).map((r) => r.id));
    expect(statusHeadline(result)).toMatch(/^Open — 120 travellers/);
  });

  it("names at most the 50 heaviest reports of either side when they conflict, and counts both sides", () => {
    const instant = bishkek("2026-07-15T12:00");
    const open = Array.from({ length: 60 }, (_, i) => report({ observedAt: minutesBefore(instant, 2 * i + 1), seen: "open" }));
    const closed = Array.from({ length: 45 }, (_, i) => report({ observedAt: minutesBefore(instant, 2 * i + 2), seen: "closed" }));
    const result = status({ baseline: crossing("korday-ak-zhol"), instant, reports: [...closed, ...open] });
    expect(result).toMatchObject({ state: "unknown", conflicting: true });
    const heaviest = [...open, ...closed].sort((a, b) => b.observedAt.getTime() - a.observedAt.getTime()).slice(0, REPORTS_NAMED);
    expect(result.reasons[0]?.reportIds).toEqual(heaviest.map((r) => r.id));
    expect(statusHeadline(result)).toContain("105 travellers");
  });
});

describe("reports", () => {
  const baseline = testBaseline({ hours: ["Mo-Fr 09:00-11:00,14:00-18:00", "24/7"] });
  const instant = bishkek("2026-07-15T10:00");

  it("last year's report says nothing about today", () => {
    const result = status({ baseline, instant, reports: [report({ observedAt: bishkek("2025-07-15T10:00"), seen: "closed" })] });
    expect(result).toMatchObject({ state: "open", basis: "schedule" });
    expect(result.freshness.ageMinutes).toBe(365 * 24 * 60);
  });

  it("a report from before a scheduled change does not carry over it", () => {
    // Seen open at 10:30; the Kyrgyz lunch break starts at 11:00.
    const result = status({ baseline, instant: bishkek("2026-07-15T11:15"), reports: [report({ observedAt: bishkek("2026-07-15T10:30"), seen: "open" })] });
    expect(result).toMatchObject({ state: "closed", basis: "schedule" });
  });

  it("hidden reports weigh nothing", () => {
    const result = status({ baseline, instant, reports: [report({ observedAt: minutesBefore(instant, 10), seen: "closed", hidden: true })] });
    expect(result).toMatchObject({ state: "open", basis: "schedule", counted: [] });
  });

  it("a verified report outweighs an unverified one of the same age", () => {
    const result = status({
      baseline,
      instant,
      reports: [report({ observedAt: minutesBefore(instant, 20), seen: "closed", verified: true }), report({ observedAt: minutesBefore(instant, 20), seen: "open" })],
    });
    expect(result).toMatchObject({ state: "closed", basis: "reports", conflicting: false });
  });

  it("a single old-ish report no longer decides (below the threshold after about 4 hours)", () => {
    const stale = status({ baseline: testBaseline(), instant, reports: [report({ observedAt: minutesBefore(instant, 5 * 60), seen: "open" })] });
    expect(stale.basis).toBe("schedule");
    const fresh = status({ baseline: testBaseline(), instant, reports: [report({ observedAt: minutesBefore(instant, 3 * 60), seen: "open" })] });
    expect(fresh.basis).toBe("reports");
  });

  it("disputes take weight away and confirmations add it", () => {
    const disputed = report({ observedAt: minutesBefore(instant, 60), seen: "closed", disputes: 2 });
    const confirmed = report({ observedAt: minutesBefore(instant, 60), seen: "open", confirmations: 2 });
    const result = status({ baseline, instant, reports: [disputed, confirmed] });
    expect(result).toMatchObject({ state: "open", basis: "reports", conflicting: false });
  });
});

describe("eligibility", () => {
  const instant = bishkek("2026-07-15T10:00");

  it("goods-only crossings are restricted for travellers and open for trucks", () => {
    const goods = testBaseline({ traffic: { value: { modes: ["truck"], who: "goods" }, sources: [{ source: "s", asOf: "2024" }] } });
    expect(status({ baseline: goods, instant }).state).toBe("restricted");
    expect(firstReason(status({ baseline: goods, instant, mode: "car" }))).toContain("Not open to car traffic");
    expect(status({ baseline: goods, instant, mode: "truck" }).state).toBe("open");
  });

  it("says restricted for a traveller who may not cross even when the hours are unknown", () => {
    const goodsUnknown = testBaseline({
      hours: ['Mo-Su unknown "not published"', "24/7"],
      traffic: { value: { modes: ["truck"], who: "goods" }, sources: [{ source: "s", asOf: "2024" }] },
    });
    expect(status({ baseline: goodsUnknown, instant }).state).toBe("restricted");
    expect(status({ baseline: goodsUnknown, instant, mode: "truck" }).state).toBe("unknown");
  });

  it("citizens-only crossings are restricted, naming the two countries", () => {
    const bilateral = testBaseline({ traffic: { value: { modes: ["car"], who: "bilateral" }, sources: [{ source: "s", asOf: "2024" }] } });
    const result = status({ baseline: bilateral, instant });
    expect(result.state).toBe("restricted");
    expect(firstReason(result)).toBe("Only citizens of Kyrgyzstan and China may cross here.");
  });

  it("pedestrian-only crossings are restricted for cars, open on foot", () => {
    const onFoot = testBaseline({ traffic: { value: { modes: ["pedestrian", "bicycle"], who: "everyone" }, sources: [{ source: "s", asOf: "2024" }] } });
    expect(status({ baseline: onFoot, instant, mode: "car" }).state).toBe("restricted");
    expect(status({ baseline: onFoot, instant, mode: "pedestrian" }).state).toBe("open");
  });

  it("a notice for trucks only restricts the crossing but leaves cars open", () => {
    const roads = testBaseline({ traffic: { value: { modes: ["car", "truck"], who: "everyone" }, sources: [{ source: "s", asOf: "2024" }] } });
    const trucks = notice({ startsAt: minutesBefore(instant, 60), modes: ["truck"], text: "Trucks turned back" });
    expect(status({ baseline: roads, instant, notices: [trucks] }).state).toBe("restricted");
    expect(status({ baseline: roads, instant, notices: [trucks], mode: "car" }).state).toBe("open");
    expect(status({ baseline: roads, instant, notices: [trucks], mode: "truck" }).state).toBe("closed");
    // Where the sources say only cars cross, a notice about trucks is said, and changes nothing.
    const carsOnly = status({ baseline: testBaseline(), instant, notices: [trucks] });
    expect(carsOnly.state).toBe("open");
    expect(carsOnly.reasons.map((reason) => reason.message.key)).toContain("notice");
  });
});

describe("wait estimate", () => {
  const baseline = testBaseline({ typicalWait: { value: { minMinutes: 30, maxMinutes: 60 }, sources: [{ source: "s", asOf: "2025" }] } });
  const instant = bishkek("2026-07-15T10:00");

  it("is the median of recent reports, per direction", () => {
    const reports = [10, 20, 300].map((wait) => report({ observedAt: minutesBefore(instant, 30), waitMinutes: wait }));
    reports.push(report({ observedAt: minutesBefore(instant, 30), waitMinutes: 90, direction: "b-a" }));
    const [ab, ba] = status({ baseline, instant, reports }).waits;
    expect(ab).toMatchObject({ basis: "reports", minutes: 20, sampleSize: 3 });
    expect(ba).toMatchObject({ basis: "reports", minutes: 90, sampleSize: 1 });
  });

  it("falls back to the last year's typical wait at this hour of the week (±1 h, this mode), then to the baseline range", () => {
    const hour = hourOfWeek(instant, baseline.sides[0].timeZone);
    const row = (waitMinutes: number, reports: number, more: Partial<WaitHistoryRow> = {}): WaitHistoryRow => ({
      direction: "a-b",
      mode: "car",
      hourOfWeek: hour,
      waitMinutes,
      reports,
      ...more,
    });
    const waitHistory = [
      row(40, 1),
      row(50, 1, { hourOfWeek: (hour + 1) % 168 }),
      row(200, 1, { hourOfWeek: (hour + 167) % 168 }),
      // Not this hour, not this direction, not counted (none left): never in the figure.
      row(500, 9, { hourOfWeek: (hour + 2) % 168 }),
      row(500, 9, { direction: "b-a" }),
      row(500, 0),
    ];
    expect(status({ baseline, instant, waitHistory }).waits[0]).toMatchObject({ basis: "history", minutes: 50, sampleSize: 3 });
    // A traveller by one mode: that mode's waits only.
    const byMode = [...waitHistory, row(5, 3, { mode: "pedestrian" })];
    expect(status({ baseline, instant, waitHistory: byMode, mode: "pedestrian" }).waits[0]).toMatchObject({ basis: "history", minutes: 5, sampleSize: 3 });
    expect(status({ baseline, instant, waitHistory: waitHistory.slice(0, 2) }).waits[0]).toMatchObject({ basis: "baseline", range: { min: 30, max: 60 } });
    // Recent reports come first.
    expect(status({ baseline, instant, waitHistory, reports: [report({ observedAt: minutesBefore(instant, 30), waitMinutes: 15 })] }).waits[0]).toMatchObject({
      basis: "reports",
      minutes: 15,
    });
    expect(status({ baseline: testBaseline(), instant }).waits[0]).toMatchObject({ basis: "none", minutes: null, range: null });
  });
});

describe("next open window", () => {
  it("finds when both sides of Irkeshtam-like hours are next open after the lunch breaks", () => {
    const baseline = testBaseline({ hours: ["Mo-Fr 09:00-11:00,14:00-18:00", "Mo-Fr 11:00-15:00,18:00-20:00"] });
    const window = nextOpenWindow({ baseline, notices: [], instant: bishkek("2026-07-15T12:00") });
    expect(window?.from.toISOString()).toBe(bishkek("2026-07-15T16:00").toISOString());
    expect(window?.until?.toISOString()).toBe(bishkek("2026-07-15T18:00").toISOString());
    // Friday evening → Monday morning.
    const weekend = nextOpenWindow({ baseline, notices: [], instant: bishkek("2026-07-17T19:00") });
    expect(weekend?.from.toISOString()).toBe(bishkek("2026-07-20T09:00").toISOString());
  });

  it("finds when the crossing's own state next changes, skipping one side's changes", () => {
    const baseline = testBaseline({ hours: ["Mo-Fr 09:00-11:00,14:00-18:00", "Mo-Fr 11:00-15:00,18:00-20:00"] });
    // At 12:00 the Kyrgyz side reopens at 14:00 but the Chinese side is shut until 16:00.
    const change = nextStateChange({ baseline, notices: [], instant: bishkek("2026-07-15T12:00") });
    expect(change).toEqual({ from: "closed", at: bishkek("2026-07-15T16:00"), state: "open" });
  });

  it("skips a closure notice and a season", () => {
    const seasonal = testBaseline({ season: { value: { range: "May-Oct", outside: "closed", description: "Summer" }, sources: [{ source: "s", asOf: "2025" }] } });
    expect(nextOpenWindow({ baseline: seasonal, notices: [], instant: bishkek("2026-01-10T12:00") }, 200)?.from.toISOString()).toBe(bishkek("2026-05-01T00:00").toISOString());
    const closure = notice({ startsAt: bishkek("2026-07-01T00:00"), endsAt: bishkek("2026-07-03T12:00") });
    expect(nextOpenWindow({ baseline: testBaseline(), notices: [closure], instant: bishkek("2026-07-02T08:00") })?.from.toISOString()).toBe(
      bishkek("2026-07-03T12:00").toISOString(),
    );
  });

  it("offers the first window the hours do not rule out, marked unknown, where hours are unpublished", () => {
    const unpublished = testBaseline({ hours: ['Mo-Fr 00:00-11:00,14:00-24:00 unknown "not published"', "24/7"] });
    const window = nextOpenWindow({ baseline: unpublished, notices: [], instant: bishkek("2026-07-15T12:00") });
    expect(window).toMatchObject({ certainty: "unknown" });
    expect(window?.from.toISOString()).toBe(bishkek("2026-07-15T14:00").toISOString());
  });

  it("says never within the horizon for a crossing out of operation", () => {
    const shut = testBaseline({ operation: { value: "closed", sources: [{ source: "s", asOf: "2024" }] } });
    expect(nextOpenWindow({ baseline: shut, notices: [], instant: bishkek("2026-07-02T08:00") })).toBeNull();
  });
});
