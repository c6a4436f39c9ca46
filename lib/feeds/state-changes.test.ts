import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { stateChanges, stateChangeTitle, type KnownNotice, type KnownReport, type StateChange, type StateChangeCause, type StateChangeInput } from "@/lib/feeds/state-changes";
import { reasonText } from "@/lib/i18n/reasons";
import { evaluateStatus } from "@/lib/status/evaluate";
import { REPORT_WINDOW_AFTER_MS, REPORT_WINDOW_BEFORE_MS } from "@/lib/status/report-weight";
import { notice, report } from "@/lib/status/test-helpers";

const baseline = testBaseline(); // open 24/7 on both sides, everyone, by car
const t0 = new Date("2026-07-15T06:00:00Z");
const at = (hours: number) => new Date(t0.getTime() + hours * 3600_000);
const window = { from: at(-24), to: at(48) };

const known = (seen: KnownReport["seen"], hours: number, submittedAfterHours = 0): KnownReport => ({
  ...report({ observedAt: at(hours), seen }),
  submittedAt: at(hours + submittedAfterHours),
});

/** Two travellers saying "closed" six minutes apart: against an open schedule, two voices. */
const closedPair = (hours: number, submittedAfterHours = 0) => [known("closed", hours), known("closed", hours + 0.1, submittedAfterHours)];

describe("state changes", () => {
  it("two fresh 'closed' reports over an open schedule close it; two later 'open' reports open it", () => {
    const [first, second] = closedPair(0);
    // Three hours on, the 'closed' reports count a third as much as fresh ones, and two later
    // 'open' supersede them: outweighed.
    const changes = stateChanges({ baseline, reports: [first!, second!, known("open", 3), known("open", 3.1)], notices: [], ...window });
    expect(changes.map((change) => ({ at: change.at.toISOString(), previous: change.previous, state: change.state, basis: change.basis }))).toEqual([
      { at: at(0.1).toISOString(), previous: "open", state: "closed", basis: "reports" },
      { at: at(3).toISOString(), previous: "closed", state: "unknown", basis: "reports" },
      { at: at(3.1).toISOString(), previous: "unknown", state: "open", basis: "reports" },
    ]);
    expect(stateChangeTitle(changes[0]!)).toBe("Now closed — reports");
    expect(changes[0]!.reasons[0]).toMatch(/2 travellers reported closed/);
    expect(changes[0]!.causes).toEqual([{ kind: "report", id: second!.id }]);
  });

  it("one 'closed' report over an open schedule changes nothing: it waits for a second traveller", () => {
    expect(stateChanges({ baseline, reports: [known("closed", 0)], notices: [], ...window })).toEqual([]);
  });

  it("no entry when nothing changes: an 'open' report over an open schedule, then another", () => {
    const changes = stateChanges({ baseline, reports: [known("open", 0), known("open", 2)], notices: [], ...window });
    expect(changes).toEqual([]);
  });

  it("an 'open' report soon after a 'closed' one makes a conflict: unknown", () => {
    const changes = stateChanges({ baseline, reports: [...closedPair(0), known("open", 0.2)], notices: [], ...window });
    expect(changes.map((change) => change.state)).toEqual(["closed", "unknown"]);
    expect(changes[1]!.reasons[0]).toMatch(/^Reports conflict/);
  });

  it("two 'open' reports an hour after a closure two travellers confirmed supersede it: open again", () => {
    const changes = stateChanges({ baseline, reports: [...closedPair(0), known("open", 1), known("open", 1.1)], notices: [], ...window });
    expect(changes.map((change) => change.state)).toEqual(["closed", "unknown", "open"]);
  });

  it("one 'open' report does not end a closure two travellers confirmed: a conflict, not open", () => {
    const changes = stateChanges({ baseline, reports: [...closedPair(0), known("open", 1)], notices: [], ...window });
    expect(changes.map((change) => change.state)).toEqual(["closed", "unknown"]);
  });

  it("compares with the state just before the event: a 'closed' report that has aged out is not undone by a later 'open' one", () => {
    const changes = stateChanges({ baseline, reports: [...closedPair(0), known("open", 10)], notices: [], ...window });
    expect(changes.map((change) => [change.at.toISOString(), change.state])).toEqual([[at(0.1).toISOString(), "closed"]]);
  });

  it("a second 'closed' report while already closed is no change", () => {
    const changes = stateChanges({ baseline, reports: [...closedPair(0), known("closed", 0.5)], notices: [], ...window });
    expect(changes.map((change) => change.state)).toEqual(["closed"]);
  });

  it("a report counts from when it was submitted, not when the trip was", () => {
    // The second observed at 0.1, typed in 3 hours later: the answer changed at its submission.
    const changes = stateChanges({ baseline, reports: closedPair(0, 3), notices: [], ...window });
    expect(changes.map((change) => change.at.toISOString())).toEqual([at(3.1).toISOString()]);
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

/** The algorithm before issue 14, kept as the reference: every report filtered at every event. */
function stateChangesReference(input: StateChangeInput): Pick<StateChange, "at" | "state" | "previous" | "basis" | "reasons" | "causes">[] {
  const stateAt = (instant: Date, knownBy: number, inclusive: boolean) => {
    const known = (time: Date) => (inclusive ? time.getTime() <= knownBy : time.getTime() < knownBy);
    const at = instant.getTime();
    const reports = input.reports.filter(
      (report) => known(report.submittedAt) && report.observedAt.getTime() >= at - REPORT_WINDOW_BEFORE_MS && report.observedAt.getTime() <= at + REPORT_WINDOW_AFTER_MS,
    );
    const notices = input.notices.filter((notice) => known(notice.createdAt));
    return evaluateStatus({ baseline: input.baseline, reports, notices, instant });
  };
  const from = input.from.getTime();
  const to = input.to.getTime();
  const events = new Map<number, StateChangeCause[]>();
  const add = (time: Date | null, cause: StateChangeCause) => {
    const t = time?.getTime();
    if (t === undefined || Number.isNaN(t) || t <= from || t > to) return;
    const causes = events.get(t);
    if (causes) causes.push(cause);
    else events.set(t, [cause]);
  };
  for (const report of input.reports) if (!report.hidden) add(report.submittedAt, { kind: "report", id: report.id });
  for (const notice of input.notices) {
    add(notice.createdAt, { kind: "notice", id: notice.id, what: "posted" });
    if (notice.startsAt > notice.createdAt) add(notice.startsAt, { kind: "notice", id: notice.id, what: "starts" });
    if (notice.endsAt && notice.endsAt > notice.createdAt) add(notice.endsAt, { kind: "notice", id: notice.id, what: "ends" });
  }
  const changes = [];
  for (const time of [...events.keys()].sort((a, b) => a - b)) {
    const before = stateAt(new Date(time - 1), time, false);
    const after = stateAt(new Date(time), time, true);
    if (before.state === after.state) continue;
    changes.push({
      at: new Date(time),
      state: after.state,
      previous: before.state,
      basis: after.basis,
      reasons: after.reasons.map((reason) => reasonText(reason.message, "en")),
      causes: events.get(time)!,
    });
  }
  return changes;
}

describe("state changes in linear time", () => {
  // Times on a 15-minute grid, so reports and notices often share an instant (ties matter).
  const quarter = (q: number) => at(q / 4);
  const reportArb = fc.record({
    observed: fc.integer({ min: -200, max: 220 }),
    delay: fc.integer({ min: 0, max: 60 }),
    seen: fc.constantFrom("open" as const, "closed" as const, "restricted" as const),
    direction: fc.constantFrom("a-b" as const, "b-a" as const),
    hidden: fc.boolean(),
    verified: fc.boolean(),
    wait: fc.option(fc.integer({ min: 0, max: 300 })),
  });
  const noticeArb = fc.record({
    created: fc.integer({ min: -150, max: 200 }),
    starts: fc.integer({ min: -150, max: 220 }),
    length: fc.option(fc.integer({ min: 1, max: 100 })),
    effect: fc.constantFrom("closed" as const, "open" as const, "restricted" as const),
  });

  it("gives exactly what evaluating every report at every event gave, on random inputs", () => {
    fc.assert(
      fc.property(fc.array(reportArb, { maxLength: 40 }), fc.array(noticeArb, { maxLength: 4 }), fc.boolean(), (reportSpecs, noticeSpecs, lunch) => {
        const base = lunch ? testBaseline({ hours: ["Mo-Fr 09:00-18:00", "Mo-Sa 08:00-13:00,14:00-17:00"] }) : baseline;
        const reports: KnownReport[] = reportSpecs.map((spec) => ({
          ...report({ observedAt: quarter(spec.observed), seen: spec.seen, direction: spec.direction, hidden: spec.hidden, verified: spec.verified, waitMinutes: spec.wait }),
          submittedAt: quarter(spec.observed + spec.delay),
        }));
        const notices: KnownNotice[] = noticeSpecs.map((spec) => ({
          ...notice({ startsAt: quarter(spec.starts), endsAt: spec.length === null ? null : quarter(spec.starts + spec.length), effect: spec.effect }),
          createdAt: quarter(spec.created),
        }));
        const input = { baseline: base, reports, notices, from: quarter(-100), to: quarter(200) };
        expect(stateChanges(input)).toEqual(stateChangesReference(input));
      }),
      { numRuns: 150 },
    );
  });
});

describe("state changes, work per report", () => {
  it("looks at each report a bounded number of times, not once per event (counted, not timed)", () => {
    // 2,000 reports, one every 2 hours over 5½ months: each event has a handful within 12 hours.
    let reads = 0;
    const reports: KnownReport[] = Array.from({ length: 2000 }, (_, i) => {
      const base = report({ observedAt: at(-4000 + i * 2), seen: i % 7 === 0 ? "closed" : "open" });
      const submittedAt = at(-4000 + i * 2);
      return Object.defineProperty({ ...base } as KnownReport, "submittedAt", {
        get: () => {
          reads += 1;
          return submittedAt;
        },
        enumerable: true,
      });
    });
    stateChanges({ baseline, reports, notices: [], from: at(-4001), to: at(0) });
    // Evaluating every report at every event read submittedAt 2 × 2,000 × 2,000 times.
    expect(reads).toBeLessThan(50 * reports.length);
  });
});
