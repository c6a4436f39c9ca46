/**
 * The status API's waits say what the page says: a range with how many reports it rests on and
 * whether it is uncertain, and no wait now while the crossing is closed.
 */
import { describe, expect, it } from "vitest";
import { toStatusResponse } from "@/lib/api/status";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { evaluateStatus } from "@/lib/status/evaluate";
import { minutesBefore, report } from "@/lib/status/test-helpers";

const instant = new Date("2026-07-15T06:00:00Z");
const baseline = testBaseline();
const statusWith = (reports: ReturnType<typeof report>[]) => evaluateStatus({ baseline, notices: [], reports, instant });
const waitAB = (reports: ReturnType<typeof report>[]) => toStatusResponse(baseline, statusWith(reports), null, null).waits.find((wait) => wait.direction === "a-b")!;

describe("the status API's waits", () => {
  it("marks two far-apart reports uncertain, and three close ones not", () => {
    expect(waitAB([report({ observedAt: minutesBefore(instant, 10), waitMinutes: 20 }), report({ observedAt: minutesBefore(instant, 20), waitMinutes: 300 })])).toMatchObject({
      basis: "reports",
      range: { min: 20, max: 300 },
      sampleSize: 2,
      uncertain: true,
    });
    const three = [20, 25, 30].map((waitMinutes, i) => report({ observedAt: minutesBefore(instant, 10 * (i + 1)), waitMinutes }));
    expect(waitAB(three)).toMatchObject({ basis: "reports", range: { min: 20, max: 30 }, sampleSize: 3, uncertain: false });
  });

  it("gives no wait now while the crossing is closed, whatever was reported", () => {
    const reports = [
      ...[20, 25, 30].map((waitMinutes, i) => report({ observedAt: minutesBefore(instant, 30 + i), waitMinutes })),
      report({ observedAt: minutesBefore(instant, 5), seen: "closed" }),
      report({ observedAt: minutesBefore(instant, 6), seen: "closed" }),
      report({ observedAt: minutesBefore(instant, 7), seen: "closed" }),
    ];
    const response = toStatusResponse(baseline, statusWith(reports), null, null);
    expect(response.state).toBe("closed");
    for (const wait of response.waits) expect(wait).toMatchObject({ minutes: null, range: null, basis: "none", sampleSize: 0, uncertain: false });
    // The engine itself still holds the reported figure (history and the page's own rules read it).
    expect(statusWith(reports).waits.find((wait) => wait.direction === "a-b")!.basis).toBe("reports");
  });
});
