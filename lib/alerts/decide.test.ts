import { describe, expect, it } from "vitest";
import { decideAlert } from "@/lib/alerts/decide";
import { evaluateStatus } from "@/lib/status/evaluate";
import { notice, report, minutesBefore } from "@/lib/status/test-helpers";
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
/** The status at `instant` with "open" reports of these waits (a-b), 10, 20, 30 … minutes old. */
const withWaits = (waits: number[], extra: ReturnType<typeof report>[] = []) =>
  evaluateStatus({
    baseline: testBaseline(),
    notices: [],
    reports: [...waits.map((waitMinutes, i) => report({ observedAt: minutesBefore(instant, 10 * (i + 1)), waitMinutes })), ...extra],
    instant,
  });
const quick = withWaits([20, 25, 22]);
describe("alert decisions", () => {
  it("under a closure with trucks let through, the e-mail says who may pass and who may not (review: it named only the trucks' notice)", () => {
    const baseline = testBaseline({ traffic: { value: { modes: ["pedestrian", "car", "truck"], who: "everyone" }, sources: [{ source: "s", asOf: "2025" }] } });
    const notices = [
      notice({ startsAt: new Date("2026-07-14T00:00:00Z"), text: "Closed for reconstruction" }),
      notice({ startsAt: new Date("2026-07-15T00:00:00Z"), modes: ["truck"], effect: "open", text: "Trucks let through" }),
    ];
    const status = evaluateStatus({ baseline, notices, reports: [], instant });
    const decision = decideAlert({ kind: "state", waitBelow: null, direction: null, lastSeen: "open" }, status, "Korday");
    expect(decision.line).toMatch(/^Korday is now restricted: Open only by truck; closed on foot, by car \(notices\)\. Notice: Closed for reconstruction/);
  });

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
    expect(decideAlert(subscription, quick, "X")).toMatchObject({ send: true, seen: "below", subject: "X: wait 20–25 min" });
    expect(decideAlert(subscription, quick, "X").line).toBe("X: travellers report a wait of 20–25 min (3 recent reports), below your 30 min.");
    expect(decideAlert({ ...subscription, lastSeen: "below" }, quick, "X").send).toBe(false);
    expect(decideAlert({ ...subscription, waitBelow: 15 }, quick, "X")).toMatchObject({ send: false, seen: "above" });
    // No recent reports: nothing is known, and what was seen before stands.
    expect(decideAlert(subscription, open, "X")).toMatchObject({ send: false, seen: "above" });
  });

  it("needs the whole range under the threshold, not the median", () => {
    const subscription = { kind: "wait" as const, waitBelow: 30, direction: "a-b" as const, lastSeen: "above" };
    // Median 25, but the range (all three reports) reaches 40.
    expect(decideAlert(subscription, withWaits([20, 25, 40]), "X")).toMatchObject({ send: false, seen: "above" });
    expect(decideAlert({ ...subscription, waitBelow: 41 }, withWaits([20, 25, 40]), "X")).toMatchObject({ send: true, seen: "below" });
  });

  it("does not fire on an uncertain wait: two reports, or one traveller's quick crossing among slow ones", () => {
    const subscription = { kind: "wait" as const, waitBelow: 30, direction: "a-b" as const, lastSeen: "above" };
    // Two reports: uncertain whatever they say; what was seen before stands.
    expect(decideAlert(subscription, withWaits([20, 25]), "X")).toMatchObject({ send: false, seen: "above" });
    // A range spread more than threefold (5–90 min) is uncertain too.
    expect(decideAlert({ ...subscription, waitBelow: 100 }, withWaits([5, 90, 60, 5]), "X")).toMatchObject({ send: false, seen: "above" });
  });

  it("does not fire while the crossing is closed, whatever waits were reported", () => {
    const subscription = { kind: "wait" as const, waitBelow: 30, direction: "a-b" as const, lastSeen: "above" };
    const shut = evaluateStatus({
      baseline: testBaseline(),
      notices: [],
      instant,
      reports: [
        // Short waits reported 40–50 min ago, then the gate shut: two travellers 5 and 6 min ago.
        ...[20, 25, 22].map((waitMinutes, i) => report({ observedAt: minutesBefore(instant, 40 + 5 * i), waitMinutes })),
        report({ observedAt: minutesBefore(instant, 5), seen: "closed" }),
        report({ observedAt: minutesBefore(instant, 6), seen: "closed" }),
        report({ observedAt: minutesBefore(instant, 7), seen: "closed" }),
      ],
    });
    expect(shut.state).toBe("closed");
    expect(decideAlert(subscription, shut, "X")).toMatchObject({ send: false, seen: "closed" });
  });

  it("fires again for the first short wait after a closure, although the last seen before it was 'below'", () => {
    const subscription = { kind: "wait" as const, waitBelow: 30, direction: "a-b" as const, lastSeen: "below" };
    const shut = withWaits([], [report({ observedAt: minutesBefore(instant, 5), seen: "closed" }), report({ observedAt: minutesBefore(instant, 6), seen: "closed" })]);
    const closedSeen = decideAlert(subscription, shut, "X");
    expect(closedSeen).toMatchObject({ send: false, seen: "closed" });
    expect(decideAlert({ ...subscription, lastSeen: closedSeen.seen }, quick, "X")).toMatchObject({ send: true, seen: "below" });
  });
});
