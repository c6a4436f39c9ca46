import { describe, expect, it } from "vitest";
import { decideAlert } from "@/lib/alerts/decide";
import { evaluateStatus } from "@/lib/status/evaluate";
import { report, minutesBefore } from "@/lib/status/test-helpers";
import { testBaseline } from "@/lib/baseline/test-fixtures";

const instant = new Date("2026-07-15T06:00:00Z");
const open = evaluateStatus({ baseline: testBaseline(), notices: [], reports: [], instant });
// Two travellers (two voices: one alone does not count against the open schedule).
const closed = evaluateStatus({
  baseline: testBaseline(),
  notices: [],
  reports: [report({ observedAt: minutesBefore(instant, 10), seen: "closed" }), report({ observedAt: minutesBefore(instant, 15), seen: "closed" })],
  instant,
});
const quick = evaluateStatus({
  baseline: testBaseline(),
  notices: [],
  reports: [report({ observedAt: minutesBefore(instant, 10), waitMinutes: 20 }), report({ observedAt: minutesBefore(instant, 20), waitMinutes: 25 })],
  instant,
});

describe("alert decisions", () => {
  it("fires a state alert when the state changes, not when it stays", () => {
    const subscription = { kind: "state" as const, waitBelow: null, direction: null, lastSeen: "open" };
    expect(decideAlert(subscription, closed, "Test crossing")).toMatchObject({ send: true, seen: "closed", subject: "Test crossing: now closed" });
    expect(decideAlert({ ...subscription, lastSeen: "closed" }, closed, "Test crossing").send).toBe(false);
    expect(decideAlert(subscription, open, "Test crossing").send).toBe(false);
  });

  it("gives the same event the same key, so it is sent once", () => {
    const subscription = { kind: "state" as const, waitBelow: null, direction: null, lastSeen: "open" };
    expect(decideAlert(subscription, closed, "X").eventKey).toBe(decideAlert(subscription, closed, "X").eventKey);
  });

  it("fires a wait alert once when the reported wait drops below the threshold", () => {
    const subscription = { kind: "wait" as const, waitBelow: 30, direction: "a-b" as const, lastSeen: "above" };
    expect(decideAlert(subscription, quick, "X")).toMatchObject({ send: true, seen: "below" });
    expect(decideAlert({ ...subscription, lastSeen: "below" }, quick, "X").send).toBe(false);
    expect(decideAlert({ ...subscription, waitBelow: 15 }, quick, "X")).toMatchObject({ send: false, seen: "above" });
    expect(decideAlert(subscription, open, "X")).toMatchObject({ send: false, seen: "above" });
  });
});
