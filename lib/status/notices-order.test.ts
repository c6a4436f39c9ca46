import { describe, expect, it } from "vitest";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { evaluateStatus } from "@/lib/status/evaluate";
import { noticesInForce, noticesInPageOrder } from "@/lib/status/notices";
import { notice } from "@/lib/status/test-helpers";

describe("a crossing page's notices (review of 4f8b07c)", () => {
  const now = new Date("2026-07-15T06:00:00Z");
  const older = notice({ id: "a", startsAt: new Date("2026-07-01T00:00:00Z"), text: "Older" });
  const newer = notice({ id: "b", startsAt: new Date("2026-07-10T00:00:00Z"), modes: ["truck"], effect: "open", text: "Newer" });
  const sameStart = notice({ id: "c", startsAt: new Date("2026-07-10T00:00:00Z"), modes: ["car"], text: "Same start" });
  const august = notice({ id: "d", startsAt: new Date("2026-08-01T00:00:00Z"), text: "Planned for August" });
  const september = notice({ id: "e", startsAt: new Date("2026-09-01T00:00:00Z"), text: "Planned for September" });

  it("lists those in force first, in the order the reasons give them, then the planned ones soonest first", () => {
    const order = noticesInPageOrder([september, august, older, newer, sameStart], now).map((n) => n.text);
    expect(order).toEqual(["Same start", "Newer", "Older", "Planned for August", "Planned for September"]);
    // The part in force is the reasons' order.
    expect(order.slice(0, 3)).toEqual(noticesInForce([older, newer, sameStart], now.getTime(), undefined).map((n) => n.text));
  });
});

describe("two notices that start at the same instant", () => {
  // Found by an e2e run: a moderator posts "closed from the 18th", then "trucks let through from
  // the 18th"; which one decided for trucks followed the notices' random ids, so the crossing
  // came out closed to everyone about half the time.
  const now = new Date("2026-07-15T06:00:00Z");
  const starts = new Date("2026-07-15T00:00:00Z");
  const baseline = testBaseline({ traffic: { value: { modes: ["car", "truck"], who: "everyone" }, sources: [{ source: "s", asOf: "2025" }] } });
  const closure = (postedAt: string) => notice({ id: "ffff", startsAt: starts, text: "Closed for reconstruction", postedAt: new Date(postedAt) });
  const trucks = (postedAt: string) => notice({ id: "0000", startsAt: starts, modes: ["truck"], effect: "open", text: "Trucks let through", postedAt: new Date(postedAt) });

  it("the one posted later decides, whatever their ids", () => {
    const closureFirst = [closure("2026-07-14T08:00:00Z"), trucks("2026-07-14T08:05:00Z")];
    expect(evaluateStatus({ baseline, notices: closureFirst, reports: [], instant: now }).state).toBe("restricted");
    expect(evaluateStatus({ baseline, notices: closureFirst, reports: [], instant: now, mode: "truck" }).state).toBe("open");
    expect(evaluateStatus({ baseline, notices: closureFirst, reports: [], instant: now, mode: "car" }).state).toBe("closed");
    expect(noticesInForce(closureFirst, now.getTime(), undefined).map((n) => n.text)).toEqual(["Trucks let through", "Closed for reconstruction"]);
    // Posted the other way round, the closure is the later word: closed to everyone.
    const trucksFirst = [trucks("2026-07-14T08:00:00Z"), closure("2026-07-14T08:05:00Z")];
    expect(evaluateStatus({ baseline, notices: trucksFirst, reports: [], instant: now }).state).toBe("closed");
    expect(evaluateStatus({ baseline, notices: trucksFirst, reports: [], instant: now, mode: "truck" }).state).toBe("closed");
  });
});

describe("the crossing page's list of notices and the engine break ties alike (review of 3991a39)", () => {
  it("lists the notice posted later first, as the reasons do", () => {
    const now = new Date("2026-07-15T06:00:00Z");
    const starts = new Date("2026-07-15T00:00:00Z");
    const closure = notice({ id: "ffff", startsAt: starts, text: "Closed for reconstruction", postedAt: new Date("2026-07-14T08:00:00Z") });
    const trucks = notice({ id: "0000", startsAt: starts, modes: ["truck"], effect: "open", text: "Trucks let through", postedAt: new Date("2026-07-14T08:05:00Z") });
    const engine = noticesInForce([closure, trucks], now.getTime(), undefined).map((n) => n.text);
    expect(engine).toEqual(["Trucks let through", "Closed for reconstruction"]);
    expect(noticesInPageOrder([closure, trucks], now).map((n) => n.text)).toEqual(engine);
  });
});
