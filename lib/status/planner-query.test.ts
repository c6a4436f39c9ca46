import { describe, expect, it } from "vitest";
import { parsePlannerQuery } from "@/lib/status/planner-query";

describe("arrival planner query", () => {
  it("is empty until a date or time is given", () => {
    expect(parsePlannerQuery({}, "Asia/Bishkek")).toEqual({ kind: "empty" });
  });

  it("reads the date and time in the crossing's zone", () => {
    const result = parsePlannerQuery({ date: "2026-07-15", time: "09:30", mode: "car" }, "Asia/Bishkek");
    expect(result).toMatchObject({ kind: "ok", mode: "car" });
    expect(result.kind === "ok" && result.instant.toISOString()).toBe("2026-07-15T03:30:00.000Z");
    const anyMode = parsePlannerQuery({ date: "2026-07-15", time: "09:30", mode: "" }, "Asia/Shanghai");
    expect(anyMode.kind === "ok" && [anyMode.instant.toISOString(), anyMode.mode]).toEqual(["2026-07-15T01:30:00.000Z", undefined]);
  });

  it.each([
    [{ date: "2026-02-30", time: "09:30" }, "date", "That date does not exist."],
    [{ date: "15/07/2026", time: "09:30" }, "date", "Use a date like 2026-07-15."],
    [{ date: "2026-07-15", time: "25:00" }, "time", "Use a 24-hour time like 09:30."],
    [{ date: "2026-07-15", time: "" }, "time", "Use a 24-hour time like 09:30."],
    [{ date: "2026-07-15", time: "09:00", mode: "rocket" }, "mode", "Pick a mode of travel from the list."],
  ])("rejects %j with a message for %s", (params, field, message) => {
    const result = parsePlannerQuery(params, "Asia/Bishkek");
    expect(result.kind).toBe("invalid");
    expect(result.kind === "invalid" && result.errors[field as "date"]).toBe(message);
  });

  it("a mode without a date and time asks about now, to the minute; an unknown mode alone is an error beside its field", () => {
    const now = new Date("2026-12-07T14:37:42.512Z");
    expect(parsePlannerQuery({ mode: "truck" }, "Asia/Bishkek", "en", now)).toEqual({
      kind: "ok",
      instant: new Date("2026-12-07T14:37:00.000Z"),
      mode: "truck",
      values: { date: "", time: "", mode: "truck" },
      now: true,
    });
    expect(parsePlannerQuery({ date: "", time: "", mode: "" }, "Asia/Bishkek", "en", now)).toEqual({ kind: "empty" });
    const wrong = parsePlannerQuery({ date: "", time: "", mode: "hovercraft" }, "Asia/Bishkek", "en", now);
    expect(wrong).toMatchObject({ kind: "invalid", errors: { mode: expect.any(String) } });
    // A date without a time is still an error, not now.
    expect(parsePlannerQuery({ date: "2026-12-08", mode: "truck" }, "Asia/Bishkek", "en", now)).toMatchObject({ kind: "invalid", errors: { time: expect.any(String) } });
  });
});
