/**
 * The server computes public holidays for askableYears before readers ask (server/http/serve.ts):
 * a question at the edge of what the planner and the status API accept must find every year it
 * reads among them, or a reader's request computes one (20–60 ms of CPU for China's calendar).
 */
import Holidays from "date-holidays";
import { afterAll, describe, expect, it, vi } from "vitest";
import { baselineCrossings } from "@/db/seed/data";
import { crossingBaselineSchema } from "@/lib/baseline/schema";
import { parsePlannerQuery } from "@/lib/status/planner-query";
import { evaluateStatus, sideIntervals } from "@/lib/status/evaluate";
import { nextOpenWindow, nextStateChange } from "@/lib/status/next-window";
import { askableYears, QUESTION_YEARS } from "@/lib/status/timeline-compile";

const computed = vi.spyOn(Holidays.prototype, "getHolidays");
afterAll(() => computed.mockRestore());

describe("askableYears", () => {
  it("holds every year whose holidays the planner's and the API's farthest questions read", () => {
    const now = Date.now();
    const year = new Date(now).getUTCFullYear();
    // China's calendar (lunar feasts) is the costly one; Kyrgyzstan's is a sourced list.
    const baseline = crossingBaselineSchema.parse(baselineCrossings.find((crossing) => crossing.slug === "irkeshtam"));
    const timeZone = baseline.sides[0].timeZone;
    const instants = [
      parsePlannerQuery({ date: `${year - QUESTION_YEARS}-01-01`, time: "00:00" }, timeZone, "en"),
      parsePlannerQuery({ date: `${year + QUESTION_YEARS}-12-31`, time: "23:59" }, timeZone, "en"),
    ].map((parsed) => {
      if (parsed.kind !== "ok") throw new Error(`the planner refused its own bound: ${JSON.stringify(parsed)}`);
      return parsed.instant;
    });
    for (const instant of instants) {
      const input = { baseline, notices: [], instant };
      evaluateStatus({ ...input, reports: [] });
      nextOpenWindow(input);
      nextStateChange(input);
      for (const side of [0, 1] as const) sideIntervals(baseline, undefined, side, instant, new Date(instant.getTime() + 7 * 86400_000));
    }
    const years = new Set(computed.mock.calls.map(([asked]) => Number(asked)));
    // The test reaches the edges: years no warm-up of "two years either side" held.
    expect(Math.max(...years)).toBeGreaterThanOrEqual(year + QUESTION_YEARS + 1);
    expect(Math.min(...years)).toBeLessThanOrEqual(year - QUESTION_YEARS - 1);
    const askable = askableYears(now);
    expect([...years].filter((asked) => !askable.includes(asked))).toEqual([]);
    // Nearest first: the years readers ask about most are computed before the far ones.
    expect(askable.slice(0, 3)).toEqual([year, year - 1, year + 1]);
  });
});
