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

  describe("under notices that let some travellers through", () => {
    const carsAndTrucks: Parameters<typeof testBaseline>[0] = {
      traffic: { value: { modes: ["car", "truck"], who: "everyone" }, sources: [{ source: "test-source", asOf: "2026" }] },
    };
    const closure = notice({ startsAt: bishkek("2026-07-15T14:00"), text: "Closed for reconstruction" });
    const trucks = notice({ startsAt: bishkek("2026-07-15T14:00"), modes: ["truck"], effect: "open", text: "Trucks let through", postedAt: new Date(1) });

    it("gives the stretch the closure cuts as open only to them, not as closed", () => {
      for (const side of [0, 1] as const) {
        const [today, tomorrow] = weekTable(testBaseline({ ...carsAndTrucks }), undefined, [closure, trucks], side, now);
        expect(today!.intervals.map(({ from, onlyModes }) => ({ from, onlyModes }))).toEqual([
          { from: today!.start, onlyModes: null },
          { from: bishkek("2026-07-15T14:00"), onlyModes: ["truck"] },
        ]);
        expect(tomorrow!.intervals.map(({ onlyModes, timed }) => ({ onlyModes, timed }))).toEqual([{ onlyModes: ["truck"], timed: true }]);
      }
    });

    it("says closed where no notice lets anyone through", () => {
      const [today, tomorrow] = weekTable(testBaseline({ ...carsAndTrucks }), undefined, [closure], 0, now);
      expect(today!.intervals.map(({ to, onlyModes }) => ({ to, onlyModes }))).toEqual([{ to: bishkek("2026-07-15T14:00"), onlyModes: null }]);
      expect(tomorrow!.intervals).toEqual([]);
    });

    it("opens the hours a post keeps shut only to the modes a notice opens", () => {
      // Weekdays 09:00–18:00; the notice lets trucks through round the clock.
      const baseline = testBaseline({ ...carsAndTrucks, hours: ["Mo-Fr 09:00-18:00", "24/7"] });
      const [today] = weekTable(baseline, undefined, [{ ...trucks, startsAt: bishkek("2026-07-01T00:00") }], 0, now);
      expect(today!.intervals.map(({ from, to, onlyModes }) => ({ from, to, onlyModes }))).toEqual([
        { from: today!.start, to: bishkek("2026-07-15T09:00"), onlyModes: ["truck"] },
        { from: bishkek("2026-07-15T09:00"), to: bishkek("2026-07-15T18:00"), onlyModes: null },
        { from: bishkek("2026-07-15T18:00"), to: today!.end, onlyModes: ["truck"] },
      ]);
    });
  });
});
