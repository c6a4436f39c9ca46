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
});
