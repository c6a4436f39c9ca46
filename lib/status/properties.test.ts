/**
 * Properties of the status engine that must hold for every input (fast-check).
 * A failure prints the seed and the shrunk counterexample.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { travelModes } from "@/lib/baseline/schema";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { evaluateStatus } from "@/lib/status/evaluate";
import { reportWeight } from "@/lib/status/report-weight";
import { evaluateHours } from "@/lib/schedule/side-schedule";
import type { ReportInput } from "@/lib/status/types";

const hoursArb = fc.constantFrom(
  "24/7",
  "Mo-Fr 09:00-18:00",
  "Mo-Fr 09:00-11:00,14:00-18:00",
  "Mo-Fr 11:00-15:00,18:00-20:00",
  "Mo-Su 08:00-20:00",
  "Tu-Sa 10:00-16:00",
  "Mo-Su 22:00-06:00",
  'Mo-Fr 09:00-18:00; Sa,Su unknown "weekends disputed"',
);
const instantArb = fc.date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true });

const reportArb = (around: Date) =>
  fc.record({
    id: fc.uuid(),
    observedAt: fc.integer({ min: -3 * 86400_000, max: 3600_000 }).map((offset) => new Date(around.getTime() + offset)),
    direction: fc.constantFrom("a-b" as const, "b-a" as const),
    mode: fc.constantFrom(...travelModes),
    seen: fc.constantFrom("open" as const, "closed" as const, "restricted" as const),
    waitMinutes: fc.option(fc.integer({ min: 0, max: 72 * 60 }), { nil: null }),
    verified: fc.boolean(),
    hidden: fc.boolean(),
    reporterTrust: fc.double({ min: 0, max: 1, noNaN: true }),
    confirmations: fc.nat({ max: 5 }),
    disputes: fc.nat({ max: 5 }),
  }) satisfies fc.Arbitrary<ReportInput>;

const scenarioArb = fc
  .tuple(hoursArb, hoursArb, instantArb)
  .chain(([a, b, instant]) => fc.tuple(fc.constant(testBaseline({ hours: [a, b] })), fc.constant(instant), fc.array(reportArb(instant), { maxLength: 12 })));

describe("status engine properties", () => {
  it("is never open when either side's schedule is closed and nothing overrides it", () => {
    fc.assert(
      fc.property(hoursArb, hoursArb, instantArb, (a, b, instant) => {
        const baseline = testBaseline({ hours: [a, b] });
        const result = evaluateStatus({ baseline, notices: [], reports: [], instant });
        // Each side evaluated on its own, independently of the engine.
        const sides = baseline.sides.map((side) => evaluateHours(side.hours.value, side.timeZone, instant).state);
        if (sides.includes("closed")) expect(result.state).not.toBe("open");
        if (sides.every((state) => state === "open")) expect(result.state).toBe("open");
      }),
      { numRuns: 500 },
    );
  });

  it("never lets an older report weigh more than a newer one of the same kind", () => {
    fc.assert(
      fc.property(reportArb(new Date("2026-07-15T06:00:00Z")), fc.integer({ min: 1, max: 24 * 3600_000 }), (report, older) => {
        const instant = new Date("2026-07-15T06:00:00Z");
        const aged = { ...report, observedAt: new Date(Math.min(report.observedAt.getTime(), instant.getTime()) - older) };
        const fresher = { ...report, observedAt: new Date(Math.min(report.observedAt.getTime(), instant.getTime())) };
        expect(reportWeight(aged, instant)).toBeLessThanOrEqual(reportWeight(fresher, instant));
      }),
      { numRuns: 1000 },
    );
  });

  it("is deterministic, and the order reports arrive in does not matter", () => {
    fc.assert(
      fc.property(scenarioArb, ([baseline, instant, reports]) => {
        const first = evaluateStatus({ baseline, notices: [], reports, instant });
        expect(evaluateStatus({ baseline, notices: [], reports, instant })).toEqual(first);
        const reversed = evaluateStatus({ baseline, notices: [], reports: [...reports].reverse(), instant });
        expect(reversed).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it("hidden reports never change the answer", () => {
    fc.assert(
      fc.property(scenarioArb, ([baseline, instant, reports]) => {
        const visible = reports.filter((report) => !report.hidden);
        const withHidden = evaluateStatus({ baseline, notices: [], reports, instant });
        const without = evaluateStatus({ baseline, notices: [], reports: visible, instant });
        expect(withHidden.state).toBe(without.state);
        expect(withHidden.basis).toBe(without.basis);
        expect(withHidden.counted).toEqual(without.counted);
      }),
      { numRuns: 300 },
    );
  });
});
