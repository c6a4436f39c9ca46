/**
 * The moderators' digest, on the status engine's own answers: a small crossing open 03:00–12:00
 * UTC on both sides (09:00–18:00 in Bishkek, 11:00–20:00 in Shanghai), and reports around it.
 */
import { describe, expect, it } from "vitest";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { evaluateStatus } from "@/lib/status/evaluate";
import { minutesBefore, report } from "@/lib/status/test-helpers";
import type { ReportInput, Status } from "@/lib/status/types";
import {
  buildDigest,
  contradiction,
  CONTRADICTION_LOOKBACK_MS,
  CONTRADICTION_STEP_MS,
  decidingReportIds,
  digestDay,
  durationText,
  findings,
  nextInstantToCheck,
  type DigestCrossing,
  type ReportFacts,
} from "@/lib/moderation/digest";

const baseline = testBaseline({ hours: ["Mo-Su 09:00-18:00", "Mo-Su 11:00-20:00"] });
/** A Wednesday: closed by schedule since 12:00 UTC, eight hours ago. */
const night = new Date("2026-07-15T20:00:00Z");
/** The same day at 10:00 UTC: open by schedule since 03:00. */
const day = new Date("2026-07-15T10:00:00Z");
const evaluate = (instant: Date, reports: ReportInput[]) => evaluateStatus({ baseline, notices: [], reports, instant });

/** What the server does for a crossing: the state now, then earlier ones as long as the digest asks. */
function statesFor(reports: ReportInput[], now: Date): Status[] {
  const states: Status[] = [];
  for (let at = nextInstantToCheck(states, now); at; at = nextInstantToCheck(states, now)) states.push(evaluate(at, reports));
  return states;
}

const factsOf = (reports: ReportInput[]): Map<string, ReportFacts> =>
  new Map(reports.map((entry) => [entry.id, { id: entry.id, observedAt: entry.observedAt, confirmations: entry.confirmations, verified: entry.verified }]));

function crossing(reports: ReportInput[], now: Date, name = "Test crossing", slug = "test-crossing"): DigestCrossing {
  return { slug, name, states: statesFor(reports, now), reports: factsOf(reports) };
}

/** Reports saying `seen` every half hour from `fromMinutes` before `now` up to 10 minutes before it. */
const everyHalfHour = (now: Date, fromMinutes: number, seen: ReportInput["seen"] = "open") =>
  Array.from({ length: Math.floor((fromMinutes - 10) / 30) + 1 }, (_, i) => report({ observedAt: minutesBefore(now, fromMinutes - i * 30), seen, confirmations: 1 }));

/** Two travellers saying `seen` 20 and 22 minutes before `at`: two voices, enough against the schedule. */
const two = (at: Date, seen: ReportInput["seen"]) => [report({ observedAt: minutesBefore(at, 20), seen }), report({ observedAt: minutesBefore(at, 22), seen })];

describe("reports against the schedule", () => {
  it("sees reports saying open at night, and closed in the day; not reports agreeing with it", () => {
    expect(contradiction(evaluate(night, two(night, "open")))).toEqual({ reports: "open", schedule: "closed" });
    expect(contradiction(evaluate(day, two(day, "closed")))).toEqual({ reports: "closed", schedule: "open" });
    expect(contradiction(evaluate(night, [report({ observedAt: minutesBefore(night, 20), seen: "closed" })]))).toBeNull();
    expect(contradiction(evaluate(night, []))).toBeNull();
    // One traveller against the schedule decides nothing yet: no contradiction.
    expect(contradiction(evaluate(night, [report({ observedAt: minutesBefore(night, 20), seen: "open" })]))).toBeNull();
    // Conflicting reports decide nothing, so they contradict nothing.
    const conflict = evaluate(night, [...two(night, "open"), report({ observedAt: minutesBefore(night, 25), seen: "closed" })]);
    expect(conflict.conflicting).toBe(true);
    expect(contradiction(conflict)).toBeNull();
  });

  it("lists a crossing whose reports have said open for five hours of its closed night, with how long", () => {
    const found = findings(crossing(everyHalfHour(night, 300), night));
    // From when the second report counts (two voices against the schedule), 30 minutes before
    // it was observed (the engine's window): 270 + 30 minutes.
    expect(found).toEqual([{ kind: "contradicts-schedule", contradiction: { reports: "open", schedule: "closed" }, forMs: 300 * 60_000, atLeast: false, notice: false }]);
  });

  it("does not list one of under three hours", () => {
    const states = statesFor(everyHalfHour(night, 120), night);
    expect(contradiction(states[0]!)).not.toBeNull();
    expect(findings({ slug: "t", name: "T", states, reports: new Map() })).toEqual([]);
  });

  it("counts only the closed stretch: reports from the open day before it say nothing after it", () => {
    // Open reports all afternoon: those from before 12:00 UTC belong to the open stretch.
    const reports = everyHalfHour(night, 600);
    const [finding] = findings(crossing(reports, night));
    expect(finding).toMatchObject({ kind: "contradicts-schedule", forMs: 8 * 3600_000 });
  });

  it("asks for earlier states only while the contradiction holds, a step apart, and a day back at most", () => {
    expect(nextInstantToCheck([], night)).toEqual(night);
    expect(nextInstantToCheck([evaluate(night, [])], night)).toBeNull();
    const saysOpen = evaluate(night, two(night, "open"));
    expect(nextInstantToCheck([saysOpen], night)).toEqual(new Date(night.getTime() - CONTRADICTION_STEP_MS));
    expect(nextInstantToCheck([saysOpen, saysOpen], night)).toEqual(new Date(night.getTime() - 2 * CONTRADICTION_STEP_MS));
    expect(nextInstantToCheck([saysOpen, evaluate(night, [])], night)).toBeNull();
    const steps = CONTRADICTION_LOOKBACK_MS / CONTRADICTION_STEP_MS;
    const allDay = Array.from({ length: steps + 1 }, () => saysOpen);
    expect(nextInstantToCheck(allDay.slice(0, steps), night)).toEqual(new Date(night.getTime() - steps * CONTRADICTION_STEP_MS));
    expect(nextInstantToCheck(allDay, night)).toBeNull();
    // Followed a whole day back without a break: "at least".
    expect(findings({ slug: "t", name: "T", states: allDay, reports: new Map() })).toEqual([
      { kind: "contradicts-schedule", contradiction: { reports: "open", schedule: "closed" }, forMs: CONTRADICTION_LOOKBACK_MS, atLeast: true, notice: false },
    ]);
  });
});

describe("reports from new or doubted accounts that the engine does not count", () => {
  it("are listed with their tally and the state shown, and point at the report when there is one", () => {
    const fresh = report({ observedAt: minutesBefore(day, 15), seen: "closed", unconfirmed: true, reporterTrust: 0.1 });
    const listed = findings(crossing([fresh], day));
    expect(listed).toEqual([{ kind: "not-counted", why: "new-accounts", tally: { count: 1, seen: "closed", newestAgoMs: 15 * 60_000 }, reportIds: [fresh.id], shown: "open" }]);
    const digest = buildDigest([crossing([fresh], day)], day, "https://x.example")!;
    expect(digest.text).toContain(
      "1 report from new or doubted accounts says closed (the newest 15 min ago), not counted while the page shows open: verify it if true, hide it if not.",
    );
    expect(digest.text).toContain(`https://x.example/crossings/test-crossing#report-${fresh.id}`);
  });

  it("are not listed once a report that can decide alone corroborates them", () => {
    const fresh = report({ observedAt: minutesBefore(day, 15), seen: "closed", unconfirmed: true });
    const ordinary = [report({ observedAt: minutesBefore(day, 20), seen: "closed" }), report({ observedAt: minutesBefore(day, 24), seen: "closed" })];
    expect(evaluate(day, [fresh, ...ordinary]).state).toBe("closed");
    expect(findings(crossing([fresh, ...ordinary], day)).filter((finding) => finding.kind === "not-counted")).toEqual([]);
  });
});

describe("a state resting on one unconfirmed report", () => {
  it("is listed with the report where it agrees with the schedule; against it, one report waits for a second (not counted)", () => {
    const lone = report({ observedAt: minutesBefore(day, 40), seen: "closed" });
    const status = evaluate(day, [lone]);
    expect(decidingReportIds(status)).toEqual([]);
    expect(findings(crossing([lone], day))).toEqual([
      { kind: "not-counted", why: "one-voice", tally: { count: 1, seen: "closed", newestAgoMs: 40 * 60_000 }, reportIds: [lone.id], shown: "open" },
    ]);
    const agreeing = report({ observedAt: minutesBefore(day, 40), seen: "open" });
    expect(findings(crossing([agreeing], day))).toMatchObject([{ kind: "unconfirmed", seen: "open", schedule: "open" }]);
  });

  it("is not listed once a reader confirmed it or a moderator verified it, nor when two reports carry the state", () => {
    expect(findings(crossing([report({ observedAt: minutesBefore(day, 40), seen: "open", confirmations: 1 })], day))).toEqual([]);
    expect(findings(crossing([report({ observedAt: minutesBefore(day, 40), seen: "closed", verified: true })], day))).toEqual([]);
    const two = [report({ observedAt: minutesBefore(day, 40), seen: "closed" }), report({ observedAt: minutesBefore(day, 50), seen: "closed" })];
    expect(decidingReportIds(evaluate(day, two))).toEqual([]);
    expect(findings(crossing(two, day))).toEqual([]);
  });

  it("is not listed when the report could not be looked up", () => {
    const lone = report({ observedAt: minutesBefore(day, 40), seen: "open" });
    expect(findings({ slug: "t", name: "T", states: statesFor([lone], day), reports: new Map() })).toEqual([]);
  });

  it("names no report when the schedule alone decides, or the reports conflict", () => {
    expect(decidingReportIds(evaluate(day, []))).toEqual([]);
    const conflict = evaluate(day, [...two(day, "closed"), report({ observedAt: minutesBefore(day, 25), seen: "open" })]);
    expect(conflict.conflicting).toBe(true);
    expect(decidingReportIds(conflict)).toEqual([]);
  });
});

describe("conflicting reports", () => {
  it("are listed with both sides' counts", () => {
    const reports = [
      report({ observedAt: minutesBefore(day, 20), seen: "open" }),
      report({ observedAt: minutesBefore(day, 30), seen: "open" }),
      report({ observedAt: minutesBefore(day, 25), seen: "closed" }),
      report({ observedAt: minutesBefore(day, 27), seen: "closed" }),
    ];
    expect(findings(crossing(reports, day))).toEqual([
      {
        kind: "conflicting",
        tallies: [
          { count: 2, seen: "open", newestAgoMs: 20 * 60_000 },
          { count: 2, seen: "closed", newestAgoMs: 25 * 60_000 },
        ],
      },
    ]);
  });
});

describe("the email", () => {
  const origin = "https://crossings.example.org";

  it("is not sent when nothing needs a look", () => {
    expect(buildDigest([crossing([], night), crossing([report({ observedAt: minutesBefore(night, 20), seen: "closed", confirmations: 2 })], night)], night, origin)).toBeNull();
  });

  it("lists each crossing that needs a look, by name, with what is wrong and a link", () => {
    const lone = report({ observedAt: minutesBefore(night, 70), seen: "open" });
    const digest = buildDigest(
      [
        crossing([], night, "Quiet", "quiet"),
        crossing(everyHalfHour(night, 300), night, "Torugart", "torugart"),
        crossing([lone], night, "Irkeshtam", "irkeshtam"),
        crossing([...two(night, "open"), report({ observedAt: minutesBefore(night, 25), seen: "closed" })], night, "Dostyk", "dostyk"),
      ],
      night,
      origin,
    )!;
    expect(digest.crossings).toBe(3);
    expect(digest.subject).toBe("Crossings: 3 crossings to look at (2026-07-15)");
    expect(digest.text).toBe(
      [
        "3 crossings need a look, by their states at 2026-07-15 20:00 UTC:",
        [
          "Dostyk",
          '  - Reports conflict: 2 reports say open, 1 report says closed (the newest 20 min ago); the page shows "unknown".',
          "  https://crossings.example.org/crossings/dostyk#timeline",
        ].join("\n"),
        [
          "Irkeshtam",
          "  - 1 report against the published hours or a notice, not confirmed by a second traveller, says open (the newest 1 h 10 min ago), not counted while the page shows closed: verify it if true, hide it if not.",
          `  https://crossings.example.org/crossings/irkeshtam#report-${lone.id}`,
        ].join("\n"),
        ["Torugart", "  - Reports have said open while the schedule says closed, for 5 h.", "  https://crossings.example.org/crossings/torugart#timeline"].join("\n"),
        'On each crossing\'s page, every report has "Moderate" (hide, restore, verify, with a reason). The queue: https://crossings.example.org/moderation',
        "You get this email once a day, when some crossing needs a look, because you are a moderator of Crossings.",
      ].join("\n\n"),
    );
  });

  it("says one crossing in the singular", () => {
    const digest = buildDigest([crossing([report({ observedAt: minutesBefore(day, 5), seen: "closed" })], day)], day, "http://localhost:3000")!;
    expect(digest.subject).toBe("Crossings: 1 crossing to look at (2026-07-15)");
    expect(digest.text.split("\n")[0]).toBe("1 crossing needs a look, by their states at 2026-07-15 10:00 UTC:");
  });

  it("words durations", () => {
    expect([0, 40, 60, 255, 24 * 60].map((minutes) => durationText(minutes * 60_000))).toEqual(["0 min", "40 min", "1 h", "4 h 15 min", "24 h"]);
  });
});

describe("the day's digest", () => {
  it("is due from the hour, UTC, to the end of the day", () => {
    expect(digestDay(new Date("2026-12-06T05:59:59Z"), 6)).toBeNull();
    expect(digestDay(new Date("2026-12-06T06:00:00Z"), 6)).toBe("2026-12-06");
    expect(digestDay(new Date("2026-12-06T23:59:00Z"), 6)).toBe("2026-12-06");
    expect(digestDay(new Date("2026-12-07T00:00:00Z"), 0)).toBe("2026-12-07");
    expect(digestDay(new Date("2026-12-07T22:00:00Z"), 23)).toBeNull();
  });
});
