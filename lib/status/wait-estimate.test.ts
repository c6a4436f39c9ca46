/** The median and range of recent waits: counted for many whole minutes, selected otherwise — the
 * same answer either way (fast-check against a sort); when a figure is uncertain; and no wait now
 * while the crossing is closed. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { evaluateStatus } from "@/lib/status/evaluate";
import { minutesBefore, report } from "@/lib/status/test-helpers";
import type { WaitEstimate } from "@/lib/status/types";
import { estimateWaits, hourOfWeek, isUncertain, medianInPlace, rangeInPlace, shownWaits, typicalWaitAt, type PastWaitRow } from "@/lib/status/wait-estimate";

function sortedMedian(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

describe("medianInPlace", () => {
  it("equals the sorted median for whole minutes in range, for any count (both paths)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 72 * 60 }), { minLength: 1, maxLength: 400 }), (values) => {
        expect(medianInPlace(Float64Array.from(values))).toBe(sortedMedian(values));
      }),
    );
  });

  it("equals it too when a value is fractional or out of range (the selection path)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 70, maxLength: 200 }), fc.constantFrom(12.5, 72 * 60 + 1, 100_000), fc.nat(), (values, odd, at) => {
        const withOdd = [...values];
        withOdd.splice(at % withOdd.length, 0, odd);
        expect(medianInPlace(Float64Array.from(withOdd))).toBe(sortedMedian(withOdd));
        // The counts were cleared: the next median is not disturbed by this one.
        expect(medianInPlace(Float64Array.from(values))).toBe(sortedMedian(values));
      }),
    );
  });
});

const instant = new Date("2026-07-15T10:00:00+06:00");
const baseline = testBaseline();
const recent = (...waits: number[]) => waits.map((waitMinutes) => report({ observedAt: minutesBefore(instant, 30), waitMinutes }));
const estimate = (more: Partial<WaitEstimate>): WaitEstimate => ({ direction: "a-b", minutes: null, range: null, basis: "reports", sampleSize: 0, ...more });

/** The range by the rule, from a sort: all values under 5, else the quartiles' ranks rounded outwards. */
function sortedRange(values: number[]): { min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n < 5) return { min: sorted[0]!, max: sorted[n - 1]! };
  return { min: sorted[Math.floor((n - 1) / 4)]!, max: sorted[Math.ceil((3 * (n - 1)) / 4)]! };
}

describe("wait ranges", () => {
  it("gives two far-apart reports as their range, uncertain — never their mean or median alone", () => {
    const [ab] = estimateWaits(baseline, recent(300, 20), [], instant);
    expect(ab).toMatchObject({ basis: "reports", range: { min: 20, max: 300 }, sampleSize: 2 });
    expect(isUncertain(ab)).toBe(true);
  });

  it("spans the middle half from five reports on: one traveller stuck overnight does not stretch it", () => {
    const [ab] = estimateWaits(baseline, recent(20, 25, 30, 30, 35, 40, 900), [], instant);
    // Seven reports: ranks 1 and 5 of 0–6.
    expect(ab).toMatchObject({ range: { min: 25, max: 40 }, sampleSize: 7 });
    expect(isUncertain(ab)).toBe(false);
  });

  it("equals the rule worked out by sorting, for any count (counting and selection paths)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 72 * 60 }), { minLength: 1, maxLength: 300 }), (values) => {
        expect(rangeInPlace(Float64Array.from(values))).toEqual(sortedRange(values));
      }),
    );
  });

  it("is uncertain under 3 reports, or when the longer end is over 3 times the shorter (under 10 min counting as 10)", () => {
    expect(isUncertain(estimate({ range: { min: 20, max: 30 }, sampleSize: 2 }))).toBe(true);
    expect(isUncertain(estimate({ range: { min: 20, max: 60 }, sampleSize: 3 }))).toBe(false);
    expect(isUncertain(estimate({ range: { min: 20, max: 61 }, sampleSize: 3 }))).toBe(true);
    expect(isUncertain(estimate({ range: { min: 0, max: 30 }, sampleSize: 4 }))).toBe(false);
    expect(isUncertain(estimate({ range: { min: 0, max: 31 }, sampleSize: 4 }))).toBe(true);
    expect(isUncertain(estimate({ basis: "history", range: { min: 40, max: 200 }, sampleSize: 3 }))).toBe(true);
    // A published range says what it is; no figure is not an uncertain one.
    expect(isUncertain(estimate({ basis: "baseline", range: { min: 10, max: 240 } }))).toBe(false);
    expect(isUncertain(estimate({ basis: "none" }))).toBe(false);
  });

  it("gives history as a range too, from the histogram's buckets", () => {
    const hour = hourOfWeek(instant, "Asia/Bishkek");
    const rows: PastWaitRow[] = [
      { direction: "a-b", hourOfWeek: hour, waitMinutes: 30, reports: 2 },
      { direction: "a-b", hourOfWeek: (hour + 1) % 168, waitMinutes: 45, reports: 2 },
      { direction: "a-b", hourOfWeek: (hour + 167) % 168, waitMinutes: 90, reports: 1 },
      { direction: "a-b", hourOfWeek: (hour + 2) % 168, waitMinutes: 600, reports: 9 },
    ];
    // 30, 30, 45, 45, 90: five reports, ranks 1 and 3.
    expect(typicalWaitAt(rows, instant, "Asia/Bishkek", "a-b")).toEqual({ direction: "a-b", minutes: 45, range: { min: 30, max: 45 }, basis: "history", sampleSize: 5 });
    expect(typicalWaitAt(rows.slice(0, 1), instant, "Asia/Bishkek", "a-b")).toBeNull();
  });
});

describe("no wait now while the crossing is closed", () => {
  // Open 09:00–18:00 on both sides (Bishkek; Shanghai two hours ahead).
  const hours = testBaseline({ hours: ["Mo-Su 09:00-18:00", "Mo-Su 11:00-20:00"] });
  const night = new Date("2026-07-15T22:00:00+06:00");
  const opens = new Date("2026-07-16T09:00:00+06:00");
  const reports = [report({ observedAt: minutesBefore(night, 300), waitMinutes: 40 })];

  it("shows no figure for a closed crossing, even with recent reports of a wait", () => {
    const status = evaluateStatus({ baseline: hours, instant: night, notices: [], reports });
    expect(status.state).toBe("closed");
    // The engine still has a figure (the API's); the reader is not shown it.
    expect(status.waits[0].basis).toBe("reports");
    expect(shownWaits(status, hours, null)).toEqual([{ kind: "closed" }, { kind: "closed" }]);
  });

  it("shows the typical wait at the next opening instead, when history has enough reports at that hour", () => {
    const status = evaluateStatus({ baseline: hours, instant: night, notices: [], reports });
    const atNine = hourOfWeek(opens, "Asia/Bishkek");
    const history: PastWaitRow[] = [
      { direction: "a-b", hourOfWeek: atNine, waitMinutes: 60, reports: 3 },
      // The other way, too few: nothing.
      { direction: "b-a", hourOfWeek: hourOfWeek(opens, "Asia/Shanghai"), waitMinutes: 15, reports: 2 },
    ];
    expect(shownWaits(status, hours, { at: opens, history })).toEqual([
      { kind: "at-opening", opensAt: opens, wait: { direction: "a-b", minutes: 60, range: { min: 60, max: 60 }, basis: "history", sampleSize: 3 }, uncertain: false },
      { kind: "closed" },
    ]);
  });

  it("shows the engine's figures when it is not closed", () => {
    const day = new Date("2026-07-15T12:00:00+06:00");
    const status = evaluateStatus({ baseline: hours, instant: day, notices: [], reports: recent(300, 20).map((r) => ({ ...r, observedAt: minutesBefore(day, 30) })) });
    expect(status.state).toBe("open");
    const [ab, ba] = shownWaits(status, hours, null);
    expect(ab).toMatchObject({ kind: "estimate", uncertain: true, wait: { range: { min: 20, max: 300 } } });
    expect(ba).toEqual({ kind: "none" });
  });
});

describe("waits from unconfirmed reports (new or doubted accounts)", () => {
  const baseline = testBaseline({ hours: ["24/7", "24/7"] });
  const instant = new Date("2026-07-15T06:00:00Z");
  const fresh = (waitMinutes: number, ago: number) =>
    report({ observedAt: minutesBefore(instant, ago), waitMinutes, unconfirmed: true, author: `fresh-${ago}`, address: `a-${ago}` });
  const ordinary = (waitMinutes: number, ago: number) => report({ observedAt: minutesBefore(instant, ago), waitMinutes, author: `ordinary-${ago}`, address: `b-${ago}` });

  it("do not count beside the waits of reports that can decide alone: three throwaway accounts cannot stretch a figure", () => {
    const status = evaluateStatus({ baseline, notices: [], instant, reports: [ordinary(20, 30), ordinary(25, 50), ordinary(30, 70), fresh(300, 5), fresh(300, 6), fresh(300, 7)] });
    expect(status.waits[0]).toMatchObject({ basis: "reports", range: { min: 20, max: 30 }, sampleSize: 3 });
    expect(status.waits[0]!.unconfirmed).toBeUndefined();
    expect(isUncertain(status.waits[0]!)).toBe(false);
  });

  it("join the figure when they are news: observed more than two hours after every confirmed wait (a queue that built up since)", () => {
    const status = evaluateStatus({ baseline, notices: [], instant, reports: [ordinary(20, 11 * 60), fresh(180, 5), fresh(170, 10), fresh(190, 15), fresh(185, 20)] });
    expect(status.waits[0]).toMatchObject({ basis: "reports", sampleSize: 5, unconfirmed: true });
    expect(status.waits[0]!.range!.max).toBeGreaterThanOrEqual(180);
    expect(isUncertain(status.waits[0]!)).toBe(true);
    // The slow path agrees.
    expect(estimateWaits(baseline, [ordinary(20, 11 * 60), fresh(180, 5)], [], instant)[0]).toMatchObject({ sampleSize: 2, unconfirmed: true });
  });

  it("speak when nothing else does, and the figure is then uncertain however many they are", () => {
    const status = evaluateStatus({ baseline, notices: [], instant, reports: [fresh(300, 5), fresh(280, 6), fresh(290, 7), fresh(310, 8)] });
    expect(status.waits[0]).toMatchObject({ basis: "reports", range: { min: 280, max: 310 }, sampleSize: 4, unconfirmed: true });
    expect(isUncertain(status.waits[0]!)).toBe(true);
    // The slow path (no tally, as for a schedule too complex to compile) says the same.
    const direct = estimateWaits(baseline, [ordinary(20, 30), fresh(300, 5)], [], instant);
    expect(direct[0]).toMatchObject({ range: { min: 20, max: 20 }, sampleSize: 1 });
  });
});
