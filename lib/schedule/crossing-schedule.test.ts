import { describe, expect, it } from "vitest";
import { crossingScheduleAt } from "@/lib/schedule/crossing-schedule";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { reasonText } from "@/lib/i18n/reasons";
/** Disputes name each claim's sources: by citation number on the page, here by key, so a test sees which source each claim rests on. */
const byKey = (key: string) => key;

const firstReason = (result: { reasons: { message: Parameters<typeof reasonText>[0] }[] }) => (result.reasons[0] ? reasonText(result.reasons[0].message, "en", byKey) : undefined);

const ref = [{ source: "test-source", asOf: "2026" }];
// Irkeshtam-like: Kyrgyz lunch 11–14 Bishkek time; Chinese lunch 13–16 Bishkek = 15–18 Beijing.
const lunchBreaks = testBaseline({ hours: ["Mo-Fr 09:00-11:00,14:00-18:00", "Mo-Fr 11:00-15:00,18:00-20:00"] });
/** An instant given as Bishkek wall time (UTC+6, no DST). */
const bishkek = (iso: string) => new Date(`${iso}+06:00`);

describe("crossing schedule", () => {
  it.each([
    ["2026-07-15T09:30", "open"],
    ["2026-07-15T10:59", "open"],
    ["2026-07-15T11:00", "closed"], // Kyrgyz lunch
    ["2026-07-15T13:30", "closed"], // both at lunch
    ["2026-07-15T14:30", "closed"], // Chinese lunch (16:30 Beijing)
    ["2026-07-15T15:59", "closed"],
    ["2026-07-15T16:00", "open"],
    ["2026-07-15T17:59", "open"],
    ["2026-07-15T18:00", "closed"],
    ["2026-07-18T10:00", "closed"], // Saturday
  ])("two lunch breaks in two zones: %s Bishkek time → %s", (time, state) => {
    expect(crossingScheduleAt(lunchBreaks, bishkek(time)).state).toBe(state);
  });

  it("names the closed side and gives the next change as a real instant", () => {
    const result = crossingScheduleAt(lunchBreaks, bishkek("2026-07-15T14:30"));
    expect(result.sides.map((side) => side.state)).toEqual(["open", "closed"]);
    expect(result.reasons.map((reason) => reasonText(reason.message, "en", byKey)).join(" ")).toContain(
      "Chinese post: closed by its published hours (next change Wed 15 Jul, 18:00 local time, UTC+8)",
    );
    expect(result.nextChange?.toISOString()).toBe(bishkek("2026-07-15T16:00").toISOString());
  });

  it("is closed out of season and open in it", () => {
    const seasonal = testBaseline({
      season: { value: { range: "May-Oct", outside: "closed", description: "Summer only" }, sources: ref },
    });
    expect(crossingScheduleAt(seasonal, bishkek("2026-01-10T12:00")).state).toBe("closed");
    expect(firstReason(crossingScheduleAt(seasonal, bishkek("2026-01-10T12:00")))).toContain("Out of season");
    expect(crossingScheduleAt(seasonal, bishkek("2026-01-10T12:00")).nextChange?.toISOString()).toBe(bishkek("2026-05-01T00:00").toISOString());
    expect(crossingScheduleAt(seasonal, bishkek("2026-07-10T12:00")).state).toBe("open");
  });

  it("says unknown outside a season whose edges are uncertain", () => {
    const snowy = testBaseline({
      season: { value: { range: "May 20-Sep 30", outside: "unknown", description: "Snow-free late May to late September" }, sources: ref },
    });
    expect(crossingScheduleAt(snowy, bishkek("2026-12-10T12:00")).state).toBe("unknown");
  });

  it("says unknown where two sources disagree at that time, and open where they agree", () => {
    const disputed = testBaseline({ hours: ["24/7", "24/7"] });
    disputed.sides[0].hours = {
      value: 'Mo-Fr 09:00-18:00; Sa,Su unknown "weekends disputed"',
      sources: [{ source: "blog", asOf: "2019" }],
      alternatives: [{ value: "08:00-18:00", sources: [{ source: "directory", asOf: "2025" }] }],
    };
    const saturday = crossingScheduleAt(disputed, bishkek("2026-07-18T10:00"));
    expect(saturday.state).toBe("unknown");
    expect(saturday.sides[0].state).toBe("unknown");
    expect(firstReason(saturday)).toMatch(/Sources disagree.*blog.*directory/);
    expect(crossingScheduleAt(disputed, bishkek("2026-07-15T08:30")).state).toBe("unknown");
    expect(crossingScheduleAt(disputed, bishkek("2026-07-15T10:00")).state).toBe("open");
    expect(crossingScheduleAt(disputed, bishkek("2026-07-15T19:00")).state).toBe("closed");
  });

  it("is closed whatever the hours when the crossing is out of operation", () => {
    const shut = testBaseline({ operation: { value: "closed", sources: ref } });
    const result = crossingScheduleAt(shut, bishkek("2026-07-15T10:00"));
    expect(result.state).toBe("closed");
    expect(firstReason(result)).toContain("out of operation");
  });

  it("is open around the clock for 24/7 on both sides", () => {
    expect(crossingScheduleAt(testBaseline(), bishkek("2026-07-15T03:00")).state).toBe("open");
  });
});
