/**
 * The seven-day table gives an unknown stretch its times only where something really changes
 * within the day; an open stretch always has its times.
 */
import { describe, expect, it } from "vitest";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { notice } from "@/lib/status/test-helpers";
import { weekTable } from "@/lib/status/week-table";

const bishkek = (iso: string) => new Date(`${iso}+06:00`);
const now = bishkek("2026-07-15T12:00");

describe("the week table", () => {
  it("leaves a whole unknown day without times: no edges at midnight", () => {
    const [today] = weekTable(testBaseline({ hours: ['Mo-Su unknown "not published"', "24/7"] }), undefined, [], 0, now);
    expect(today!.intervals.map(({ unknown, timed }) => ({ unknown, timed }))).toEqual([{ unknown: true, timed: false }]);
  });

  it("times an unknown stretch a notice cuts within the day", () => {
    const closure = notice({ startsAt: bishkek("2026-07-15T07:47"), endsAt: bishkek("2026-07-16T00:00") });
    const [today] = weekTable(testBaseline({ hours: ['Mo-Su unknown "not published"', "24/7"] }), undefined, [closure], 0, now);
    expect(today!.intervals).toHaveLength(1);
    expect(today!.intervals[0]).toMatchObject({ unknown: true, timed: true, from: bishkek("2026-07-15T00:00"), to: bishkek("2026-07-15T07:47") });
  });

  it("always times an open stretch, a whole day too", () => {
    const [today] = weekTable(testBaseline({ hours: ["24/7", "24/7"] }), undefined, [], 0, now);
    expect(today!.intervals.map(({ unknown, timed }) => ({ unknown, timed }))).toEqual([{ unknown: false, timed: true }]);
  });
});
