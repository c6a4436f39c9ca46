import { describe, expect, it } from "vitest";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { stateChanges, stateChangeTitle, type KnownNotice, type KnownReport } from "@/lib/feeds/state-changes";
import { notice, report } from "@/lib/status/test-helpers";

const baseline = testBaseline(); // open 24/7 on both sides, everyone, by car
const t0 = new Date("2026-07-15T06:00:00Z");
const at = (hours: number) => new Date(t0.getTime() + hours * 3600_000);
const window = { from: at(-24), to: at(48) };

const known = (seen: KnownReport["seen"], hours: number, submittedAfterHours = 0): KnownReport => ({
  ...report({ observedAt: at(hours), seen }),
  submittedAt: at(hours + submittedAfterHours),
});

describe("state changes", () => {
  it("a fresh 'closed' report over an open schedule closes it; a later 'open' report opens it", () => {
    const closed = known("closed", 0);
    // Three hours on, the 'closed' report counts a third as much as a fresh one: outweighed.
    const open = known("open", 3);
    const changes = stateChanges({ baseline, reports: [closed, open], notices: [], ...window });
    expect(changes.map((change) => ({ at: change.at.toISOString(), previous: change.previous, state: change.state, basis: change.basis }))).toEqual([
      { at: at(0).toISOString(), previous: "open", state: "closed", basis: "reports" },
      { at: at(3).toISOString(), previous: "closed", state: "open", basis: "reports" },
    ]);
    expect(stateChangeTitle(changes[0]!)).toBe("Now closed — reports");
    expect(changes[0]!.reasons[0]).toMatch(/1 traveller reported closed/);
    expect(changes[0]!.causes).toEqual([{ kind: "report", id: closed.id }]);
  });

  it("no entry when nothing changes: an 'open' report over an open schedule, then another", () => {
    const changes = stateChanges({ baseline, reports: [known("open", 0), known("open", 2)], notices: [], ...window });
    expect(changes).toEqual([]);
  });

  it("an 'open' report soon after a 'closed' one makes a conflict: unknown", () => {
    const changes = stateChanges({ baseline, reports: [known("closed", 0), known("open", 1)], notices: [], ...window });
    expect(changes.map((change) => change.state)).toEqual(["closed", "unknown"]);
    expect(changes[1]!.reasons[0]).toMatch(/^Reports conflict/);
  });

  it("compares with the state just before the event: a 'closed' report that has aged out is not undone by a later 'open' one", () => {
    const changes = stateChanges({ baseline, reports: [known("closed", 0), known("open", 10)], notices: [], ...window });
    expect(changes.map((change) => [change.at.toISOString(), change.state])).toEqual([[at(0).toISOString(), "closed"]]);
  });

  it("a second 'closed' report while already closed is no change", () => {
    const changes = stateChanges({ baseline, reports: [known("closed", 0), known("closed", 0.5)], notices: [], ...window });
    expect(changes.map((change) => change.state)).toEqual(["closed"]);
  });

  it("a report counts from when it was submitted, not when the trip was", () => {
    // Observed at 0, typed in 3 hours later: the answer changed at submission.
    const changes = stateChanges({ baseline, reports: [known("closed", 0, 3)], notices: [], ...window });
    expect(changes.map((change) => change.at.toISOString())).toEqual([at(3).toISOString()]);
  });

  it("a trip report from long ago changes nothing today", () => {
    const changes = stateChanges({ baseline, reports: [known("closed", -20, 20)], notices: [], ...window });
    expect(changes).toEqual([]);
  });

  it("hidden reports never change the state", () => {
    const hidden = { ...known("closed", 0), hidden: true };
    expect(stateChanges({ baseline, reports: [hidden], notices: [], ...window })).toEqual([]);
  });

  it("a notice closes it when it starts and reopens it when it ends, not when it was posted ahead", () => {
    const closure: KnownNotice = { ...notice({ startsAt: at(10), endsAt: at(20), text: "Road works" }), createdAt: at(1) };
    const changes = stateChanges({ baseline, reports: [], notices: [closure], ...window });
    expect(changes.map((change) => [change.at.toISOString(), change.state, change.basis])).toEqual([
      [at(10).toISOString(), "closed", "notice"],
      [at(20).toISOString(), "open", "schedule"],
    ]);
    expect(changes[0]!.reasons[0]).toContain("Road works");
    expect(changes[0]!.causes).toEqual([{ kind: "notice", id: closure.id, what: "starts" }]);
  });

  it("a notice posted after it started changes the state when posted", () => {
    const closure: KnownNotice = { ...notice({ startsAt: at(0), endsAt: null }), createdAt: at(5) };
    const changes = stateChanges({ baseline, reports: [], notices: [closure], ...window });
    expect(changes.map((change) => [change.at.toISOString(), change.state])).toEqual([[at(5).toISOString(), "closed"]]);
  });

  it("only events inside the window count", () => {
    const changes = stateChanges({ baseline, reports: [known("closed", -30), known("closed", 60)], notices: [], ...window });
    expect(changes).toEqual([]);
  });
});
