/**
 * Issue 15's bugs, one table per rule, written from the rule on small fixtures (not from any
 * one crossing's data): certainty wins; every fact's claims count; supersession; holidays per
 * side; notices cut the reports; no invented edges; each side's line from the same timeline.
 */
import { describe, expect, it } from "vitest";
import type { CrossingBaselineInput } from "@/lib/baseline/schema";
import { resolveClaims, type SourceStandings } from "@/lib/baseline/standing";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { reasonText } from "@/lib/i18n/reasons";
import { evaluateStatus, sideIntervals } from "@/lib/status/evaluate";
import { nextOpenWindow, nextStateChange } from "@/lib/status/next-window";
import { notice, report } from "@/lib/status/test-helpers";
import type { StatusInput } from "@/lib/status/types";
/** Disputes name each claim's sources: by citation number on the page, here by key, so a test sees which source each claim rests on. */
const byKey = (key: string) => key;

const bishkek = (iso: string) => new Date(`${iso}+06:00`);
const ref = (source: string, asOf = "2026") => [{ source, asOf }];
const status = (input: Partial<StatusInput> & Pick<StatusInput, "baseline" | "instant">) => evaluateStatus({ notices: [], reports: [], ...input });
const words = (result: ReturnType<typeof status>) => result.reasons.map((reason) => reasonText(reason.message, "en", byKey));
const weekdays = (overrides: Partial<CrossingBaselineInput> = {}) => testBaseline({ hours: ["Mo-Fr 09:00-18:00", "Mo-Fr 11:00-20:00"], ...overrides });
// Saturday 18 July 2026; Wednesday 15 July 2026.
const SATURDAY = bishkek("2026-07-18T12:00");
const WEDNESDAY = bishkek("2026-07-15T12:00");

describe("a certain 'closed' from any layer is never hidden by an uncertain one", () => {
  const snowySeason = { value: { range: "Aug-Sep", outside: "unknown" as const, description: "Snow-free August to September" }, sources: ref("s") };
  it.each([
    ["outside an uncertain season, on a day both posts' hours say closed", "closed", weekdays({ season: snowySeason }), SATURDAY, "closed by its published hours"],
    ["outside an uncertain season, on a weekday (nothing certain says closed)", "unknown", weekdays({ season: snowySeason }), WEDNESDAY, "Out of season"],
    ["operation unknown, one post closed by its hours", "closed", weekdays({ operation: { value: "unknown", sources: ref("s") } }), SATURDAY, "closed by its published hours"],
    [
      "one post's hours unknown, the other closed by its hours",
      "closed",
      testBaseline({ hours: ['Mo-Su unknown "not published"', "Mo-Fr 09:00-18:00"] }),
      SATURDAY,
      "Chinese post: closed by its published hours",
    ],
  ])("%s → %s", (_label, expected, baseline, instant, firstWords) => {
    const result = status({ baseline, instant });
    expect(result.state).toBe(expected);
    expect(words(result)[0]).toContain(firstWords);
  });

  it("a holiday closure on one side beats unknown hours on the other and an uncertain season", () => {
    // 1 October 2026, China's National Day; the Chinese post closes on holidays.
    const baseline = testBaseline({
      hours: ['Mo-Su unknown "not published"', "Mo-Su 09:00-18:00"],
      season: { value: { range: "Jan-Dec", outside: "unknown", description: "all year" }, sources: ref("s") },
    });
    baseline.sides[1].publicHolidays = { value: "closed", sources: ref("s"), alternatives: [] };
    const result = status({ baseline, instant: bishkek("2026-10-01T12:00") });
    expect(result.state).toBe("closed");
    expect(words(result)[0]).toContain("Public holiday in China (National Day)");
    expect(result.sides[1]).toMatchObject({ state: "closed", holiday: "National Day" });
    expect(result.sides[0].state).toBe("unknown");
  });

  it("a holiday whose effect is unknown does not hide the other side's certain closure, and is unknown where nothing is certain", () => {
    const baseline = testBaseline({ hours: ["24/7", "Mo-Fr 09:00-18:00"] });
    baseline.sides[0].publicHolidays = { value: "unknown", sources: ref("s"), alternatives: [] };
    // 31 August 2026 (Kyrgyz Independence Day) is a Monday: after 18:00 Bishkek+2 the Chinese post is shut.
    expect(status({ baseline, instant: bishkek("2026-08-31T23:00") }).state).toBe("closed");
    expect(status({ baseline, instant: bishkek("2026-08-31T11:00") }).state).toBe("unknown");
  });
});

describe("every fact's claims count, not only the hours", () => {
  const sources: SourceStandings = {};
  it.each([
    [
      "operation",
      { operation: { value: "operating" as const, sources: ref("a"), alternatives: [{ value: "closed" as const, sources: ref("b") }] } },
      "whether the crossing operates",
    ],
    [
      "season",
      {
        season: {
          value: { range: "Jan-Jun", outside: "closed" as const, description: "first half" },
          sources: ref("a"),
          alternatives: [{ value: { range: "May-Dec", outside: "closed" as const, description: "second half" }, sources: ref("b") }],
        },
      },
      "the season",
    ],
    [
      "traffic",
      {
        traffic: {
          value: { modes: ["car" as const], who: "everyone" as const },
          sources: ref("a"),
          alternatives: [{ value: { modes: ["car" as const], who: "bilateral" as const }, sources: ref("b") }],
        },
      },
      "who may cross",
    ],
  ])("claims in force disagreeing about %s make the answer unknown, naming them", (_fact, overrides, about) => {
    const result = status({ baseline: testBaseline(overrides), instant: bishkek("2026-03-11T12:00"), standings: sources });
    expect(result.state).toBe("unknown");
    expect(words(result).join(" ")).toMatch(new RegExp(`Sources disagree about ${about}.*per a.*per b`));
  });

  it("where the claims agree at the instant, the answer is certain", () => {
    const seasons = testBaseline({
      season: {
        value: { range: "Jan-Jun", outside: "closed", description: "first half" },
        sources: ref("a"),
        alternatives: [{ value: { range: "May-Dec", outside: "closed", description: "second half" }, sources: ref("b") }],
      },
    });
    expect(status({ baseline: seasons, instant: bishkek("2026-05-11T12:00") }).state).toBe("open");
  });
});

describe("supersession: a later claim of equal or higher standing replaces an older one", () => {
  const blog2019 = { value: 'Mo-Fr 09:00-18:00; Sa,Su unknown "weekends disputed"', sources: [{ source: "blog", asOf: "2019-08" }] };
  const withAlternative = (source: string, asOf: string) => {
    const baseline = testBaseline({ hours: ["24/7", "24/7"] });
    baseline.sides[0].hours = { ...blog2019, alternatives: [{ value: "24/7", sources: [{ source, asOf }] }] };
    return baseline;
  };
  const standings: SourceStandings = { blog: "traveller", border: "official", agency: "news", directory: "directory", traveller2: "traveller" };
  it.each([
    ["an official announcement of 2025 supersedes a traveller's blog of 2019", "border", "2025-08-26", "open"],
    ["a later traveller's report (equal standing) supersedes it", "traveller2", "2021", "open"],
    ["a later directory page (lower standing) does not", "directory", "2025", "unknown"],
    ["a news item dated within the blog's own month is not certainly later", "agency", "2019-08-20", "unknown"],
  ])("%s (%s, %s) → Saturday is %s", (_label, source, asOf, expected) => {
    const result = status({ baseline: withAlternative(source, asOf), instant: SATURDAY, standings });
    expect(result.state).toBe(expected);
  });

  it("keeps the superseded claim as history, with the date it stood until", () => {
    const fact = withAlternative("border", "2025-08-26").sides[0].hours;
    const resolved = resolveClaims(fact, standings);
    expect(resolved.current.map((claim) => claim.value)).toEqual(["24/7"]);
    expect(resolved.superseded).toEqual([{ claim: { value: blog2019.value, sources: blog2019.sources }, until: "2025-08-26", by: { source: "border", asOf: "2025-08-26" } }]);
  });

  it("without standings (or for a source of unknown standing) nothing is superseded", () => {
    expect(status({ baseline: withAlternative("border", "2025-08-26"), instant: SATURDAY }).state).toBe("unknown");
    expect(status({ baseline: withAlternative("somebody", "2025-08-26"), instant: SATURDAY, standings }).state).toBe("unknown");
  });
});

describe("holidays per side, on the side's own local date", () => {
  const chinaClosesOnHolidays = (policy: NonNullable<CrossingBaselineInput["sides"][number]["publicHolidays"]>["value"]) => {
    const baseline = testBaseline();
    baseline.sides[1].publicHolidays = { value: policy as never, sources: ref("s"), alternatives: [] };
    return baseline;
  };
  it.each([
    // National Day, 1–3 October 2026 in date-holidays, starts at Beijing's midnight: 22:00 Bishkek on 30 September.
    ["21:59 Bishkek on the eve", "2026-09-30T21:59", "open"],
    ["22:00 Bishkek on the eve (midnight in Beijing)", "2026-09-30T22:00", "closed"],
    ["the three days' last minute in Beijing", "2026-10-03T21:59", "closed"],
    ["the day after, Beijing time", "2026-10-03T22:00", "open"],
  ])("%s → %s", (_label, time, expected) => {
    expect(status({ baseline: chinaClosesOnHolidays("closed"), instant: bishkek(time) }).state).toBe(expected);
  });

  it("applies closures that start days before, end days after, and reopen at a given hour", () => {
    const baseline = chinaClosesOnHolidays({ effect: "closed", daysBefore: 1, daysAfter: 1, reopensAt: "10:00" });
    expect(status({ baseline, instant: bishkek("2026-09-29T21:59") }).state).toBe("open");
    expect(status({ baseline, instant: bishkek("2026-09-29T22:00") }).state).toBe("closed"); // 30 Sep 00:00 Beijing
    expect(status({ baseline, instant: bishkek("2026-10-04T07:59") }).state).toBe("closed"); // 4 Oct 09:59 Beijing
    const reopening = status({ baseline, instant: bishkek("2026-10-04T08:00") }); // 4 Oct 10:00 Beijing
    expect(reopening.state).toBe("open");
    expect(nextStateChange({ baseline, notices: [], instant: bishkek("2026-10-01T12:00") })).toEqual({ from: "closed", at: bishkek("2026-10-04T08:00"), state: "open" });
  });

  it("a reopening hour on the holiday itself (Irkeshtam reopened at 22:00 on 1 January)", () => {
    const baseline = chinaClosesOnHolidays({ effect: "closed", daysBefore: 0, daysAfter: 0, reopensAt: "22:00" });
    expect(status({ baseline, instant: bishkek("2026-10-03T19:59") }).state).toBe("closed"); // 21:59 Beijing, last day
    expect(status({ baseline, instant: bishkek("2026-10-03T20:00") }).state).toBe("open"); // 22:00 Beijing
  });
});

describe("a notice's start and end cut the reports off", () => {
  const roundTheClock = testBaseline();
  it("reports from before a notice say nothing after it starts (Korday, 14:41)", () => {
    const stop = notice({ startsAt: bishkek("2026-07-15T14:41"), text: "All traffic stopped" });
    const reports = [report({ observedAt: bishkek("2026-07-15T14:38"), seen: "open" }), report({ observedAt: bishkek("2026-07-15T14:40"), seen: "open" })];
    const result = status({ baseline: roundTheClock, instant: bishkek("2026-07-15T14:50"), notices: [stop], reports });
    expect(result).toMatchObject({ state: "closed", basis: "notice", counted: [] });
    // Reports made after the notice started still count: two travellers against the notice.
    const after = status({
      baseline: roundTheClock,
      instant: bishkek("2026-07-15T15:00"),
      notices: [stop],
      reports: [...reports, report({ observedAt: bishkek("2026-07-15T14:52"), seen: "open" }), report({ observedAt: bishkek("2026-07-15T14:55"), seen: "open" })],
    });
    expect(after).toMatchObject({ state: "open", basis: "reports" });
    expect(after.counted).toHaveLength(2);
  });

  it("reports from during a notice say nothing after it ends", () => {
    const closure = notice({ startsAt: bishkek("2026-07-15T08:00"), endsAt: bishkek("2026-07-15T12:00") });
    const reports = [report({ observedAt: bishkek("2026-07-15T11:50"), seen: "closed" })];
    expect(status({ baseline: roundTheClock, instant: bishkek("2026-07-15T12:10"), notices: [closure], reports })).toMatchObject({ state: "open", basis: "schedule" });
  });
});

describe("unknown hours make up no times", () => {
  const unpublished = testBaseline({ hours: ['Mo-Su unknown "not published"', 'Mo-Su unknown "not published"'] });
  it("an unknown stretch has no change at midnight", () => {
    const result = status({ baseline: unpublished, instant: bishkek("2026-07-19T21:00") });
    expect(result.state).toBe("unknown");
    expect(result.nextChange).toBeNull();
    expect(result.sides.map((side) => side.nextChange)).toEqual([null, null]);
    expect(words(result).join(" ")).not.toMatch(/next change/);
    expect(nextStateChange({ baseline: unpublished, notices: [], instant: bishkek("2026-07-19T21:00") })).toBeNull();
    expect(nextOpenWindow({ baseline: unpublished, notices: [], instant: bishkek("2026-07-19T21:00") })).toEqual({
      from: bishkek("2026-07-19T21:00"),
      until: null,
      certainty: "unknown",
    });
  });

  it("only real changes bound an unknown window: the other side's hours and the season", () => {
    const oneSide = testBaseline({ hours: ['Mo-Su unknown "not published"', "Mo-Fr 11:00-20:00"] });
    // Saturday: the next window may open Monday 09:00 Bishkek (11:00 Beijing) and runs to 18:00 Bishkek.
    expect(nextOpenWindow({ baseline: oneSide, notices: [], instant: SATURDAY })).toEqual({
      from: bishkek("2026-07-20T09:00"),
      until: bishkek("2026-07-20T18:00"),
      certainty: "unknown",
    });
    const seasonal = testBaseline({
      hours: ['Mo-Su unknown "not published"', 'Mo-Su unknown "not published"'],
      season: { value: { range: "May 20-Sep 30", outside: "closed", description: "summer" }, sources: ref("s") },
    });
    expect(nextStateChange({ baseline: seasonal, notices: [], instant: bishkek("2026-07-19T21:00") })).toEqual({
      from: "unknown",
      at: bishkek("2026-10-01T00:00"),
      state: "closed",
    });
    expect(status({ baseline: seasonal, instant: bishkek("2026-07-19T21:00") }).nextChange).toEqual(bishkek("2026-10-01T00:00"));
  });
});

describe("each side's line comes from the same timeline as the crossing's state", () => {
  it("out of season each side is closed until the season starts, and no line says 'open by its hours'", () => {
    const seasonal = weekdays({ season: { value: { range: "May-Oct", outside: "closed", description: "Summer only" }, sources: ref("s") } });
    const result = status({ baseline: seasonal, instant: bishkek("2026-12-09T12:00") });
    expect(result.state).toBe("closed");
    expect(result.sides.map((side) => side.state)).toEqual(["closed", "closed"]);
    expect(result.sides[0].nextChange).toEqual(bishkek("2027-05-03T09:00")); // Monday 3 May, when the Kyrgyz post's hours next open
    expect(words(result)).toEqual(["Out of season: Summer only."]);
  });
});

describe("a notice that limits who may pass says nothing about hours nobody published", () => {
  it.each([
    ["closed to cars", notice({ startsAt: bishkek("2026-07-14T00:00"), modes: ["car"] })],
    ["a restricted regime", notice({ startsAt: bishkek("2026-07-14T00:00"), effect: "restricted" })],
  ] as const)("%s, hours unknown on both sides: unknown (not 'restricted', which reads as open), the notice said after the hours", (_label, given) => {
    const baseline = testBaseline({
      hours: ['Mo-Su unknown "not published"', 'Mo-Su unknown "not published"'],
      traffic: { value: { modes: ["car", "truck"], who: "everyone" }, sources: ref("s") },
    });
    const result = status({ baseline, instant: WEDNESDAY, notices: [given] });
    expect(result.state).toBe("unknown");
    expect(result.basis).not.toBe("notice");
    const keys = result.reasons.map((reason) => reason.message.key);
    expect(keys).toContain("notice");
    expect(keys[0]).not.toBe("notice");
  });
});

describe("one voice (issue 19): a notice speaks for each side's line and the week table too", () => {
  it.each([
    // [label, crossing, each side, first reason, notice, instant, mode]
    [
      "a closure for all traffic, in the posts' hours",
      "closed",
      "closed",
      "notice",
      notice({ startsAt: bishkek("2026-07-14T00:00"), endsAt: bishkek("2026-07-17T00:00") }),
      WEDNESDAY,
      undefined,
    ],
    [
      "a closure for all traffic, on a day the hours say closed",
      "closed",
      "closed",
      "notice",
      notice({ startsAt: bishkek("2026-07-18T00:00"), endsAt: null }),
      SATURDAY,
      undefined,
    ],
    [
      "an extra opening on a Saturday",
      "open",
      "open",
      "notice",
      notice({ startsAt: bishkek("2026-07-18T08:00"), endsAt: bishkek("2026-07-18T20:00"), effect: "open", text: "Open on Saturday for the fair" }),
      SATURDAY,
      undefined,
    ],
    [
      "freight only (a closure for cars), in the posts' hours, no mode asked",
      "restricted",
      "open",
      "notice",
      notice({ startsAt: bishkek("2026-07-14T00:00"), modes: ["car"] }),
      WEDNESDAY,
      undefined,
    ],
    ["freight only, in the posts' hours, by car", "closed", "closed", "notice", notice({ startsAt: bishkek("2026-07-14T00:00"), modes: ["car"] }), WEDNESDAY, "car" as const],
    // Before: "Restricted — by notice" above "closed by its published hours" on both sides.
    [
      "freight only, on a day the hours say closed, no mode asked",
      "closed",
      "closed",
      "sideClosed",
      notice({ startsAt: bishkek("2026-07-14T00:00"), modes: ["car"] }),
      SATURDAY,
      undefined,
    ],
    [
      "a restricted regime, on a day the hours say closed",
      "closed",
      "closed",
      "sideClosed",
      notice({ startsAt: bishkek("2026-07-14T00:00"), effect: "restricted" }),
      SATURDAY,
      undefined,
    ],
    ["a restricted regime, in the posts' hours", "restricted", "open", "notice", notice({ startsAt: bishkek("2026-07-14T00:00"), effect: "restricted" }), WEDNESDAY, undefined],
    // An opening for trucks only, on a day the hours say closed: restricted for "any traveller",
    // and each post keeps its hours (it opened them for everyone, the week table too, in review).
    [
      "trucks only on a Saturday, no mode asked",
      "restricted",
      "closed",
      "notice",
      notice({ startsAt: bishkek("2026-07-18T08:00"), endsAt: bishkek("2026-07-18T20:00"), effect: "open", modes: ["truck"], text: "Trucks on Saturday" }),
      SATURDAY,
      undefined,
    ],
    [
      "trucks only on a Saturday, by truck",
      "open",
      "open",
      "notice",
      notice({ startsAt: bishkek("2026-07-18T08:00"), endsAt: bishkek("2026-07-18T20:00"), effect: "open", modes: ["truck"], text: "Trucks on Saturday" }),
      SATURDAY,
      "truck" as const,
    ],
  ] as const)("%s → %s, each side %s, first reason %s", (_label, expected, side, firstKey, given, instant, mode) => {
    const baseline = weekdays({ traffic: { value: { modes: ["car", "truck"], who: "everyone" }, sources: ref("s") } });
    const result = status({ baseline, instant, notices: [given], mode });
    expect(result.state).toBe(expected);
    expect(result.sides.map((s) => s.state)).toEqual([side, side]);
    expect(result.reasons[0]!.message.key).toBe(firstKey);
    expect(result.reasons.map((reason) => reason.message.key)).toContain("notice");
    // The week table's cell at the instant (lib/status/week-table.ts) says what the side's line
    // says (the table is for any mode: a closure for cars only leaves its hours open).
    for (const index of mode ? [] : ([0, 1] as const)) {
      const cell = sideIntervals(baseline, undefined, index, new Date(instant.getTime() - 86400_000), new Date(instant.getTime() + 86400_000), [given]).find(
        (interval) => interval.from <= instant && instant < interval.to,
      );
      // Open only to the modes the notices let through reads as the line's "closed …, except by truck".
      expect(cell && !cell.onlyModes ? (cell.unknown ? "unknown" : "open") : "closed").toBe(side);
      if (side === "closed" && result.state === "restricted" && result.basis === "notice") expect(cell?.onlyModes, `${_label}: whom the table lets through`).toEqual(["truck"]);
    }
  });
});

describe("notices in force together (issue 19, review finding 2): a later notice replaces an earlier one only for the modes it names", () => {
  const baseline = weekdays({ traffic: { value: { modes: ["car", "truck"], who: "everyone" }, sources: ref("s") } });
  const fullClosure = notice({ startsAt: bishkek("2026-07-13T00:00"), text: "Closed for reconstruction" });
  const trucksShut = notice({ startsAt: bishkek("2026-07-14T00:00"), modes: ["truck"], text: "Trucks turned back" });
  const trucksLetThrough = notice({ startsAt: bishkek("2026-07-14T00:00"), modes: ["truck"], effect: "open", text: "Trucks let through" });
  const allReopen = notice({ startsAt: bishkek("2026-07-15T00:00"), effect: "open", text: "Reopened" });

  it.each([
    // [label, crossing, notices, mode, each side, reasons' texts in order]
    // Before: the truck-only closure, starting later, was the one notice: "Restricted" while cars were shut.
    ["a truck-only closure during a full closure, any mode", "closed", [fullClosure, trucksShut], undefined, "closed", ["Trucks turned back", "Closed for reconstruction"]],
    ["the same, by car", "closed", [fullClosure, trucksShut], "car", "closed", ["Closed for reconstruction"]],
    ["the same, by truck", "closed", [fullClosure, trucksShut], "truck", "closed", ["Trucks turned back"]],
    // Each post's line says what holds for everyone but the trucks: closed (review of d3df850).
    ["trucks let through during a full closure, any mode", "restricted", [fullClosure, trucksLetThrough], undefined, "closed", ["Trucks let through", "Closed for reconstruction"]],
    ["the same, by car", "closed", [fullClosure, trucksLetThrough], "car", "closed", ["Closed for reconstruction"]],
    ["the same, by truck", "open", [fullClosure, trucksLetThrough], "truck", "open", ["Trucks let through"]],
    // A reopening for everyone replaces both for every mode: only it is in force.
    ["a reopening for all after both, any mode", "open", [fullClosure, trucksShut, allReopen], undefined, "open", ["Reopened"]],
  ] as const)("%s → %s", (_label, expected, notices, mode, side, texts) => {
    const result = status({ baseline, instant: WEDNESDAY, notices: [...notices], mode });
    expect(result.state).toBe(expected);
    expect(result.basis).toBe("notice");
    expect(result.sides.map((s) => s.state)).toEqual([side, side]);
    const said = result.reasons.filter((reason) => reason.message.key === "notice").map((reason) => (reason.message.key === "notice" ? reason.message.text : ""));
    expect(said).toEqual(texts);
    // The notices decide for everyone here: "both sides are open by their published hours" would contradict them.
    expect(result.reasons.map((reason) => reason.message.key)).not.toContain("bothOpen");
  });

  it("a notice that later ones replace for every mode it is about says so, in English and Russian (review of 997d2d6)", () => {
    const carsShut = notice({ startsAt: bishkek("2026-07-14T01:00"), modes: ["car"], text: "Cars turned back" });
    const result = status({ baseline, instant: WEDNESDAY, notices: [fullClosure, trucksLetThrough, carsShut] });
    expect(result.state).toBe("restricted");
    const closure = result.reasons.find((reason) => reason.message.key === "notice" && reason.message.text === "Closed for reconstruction")!;
    // It decides for none of the carried modes it is about.
    expect(closure.message).toMatchObject({ decidesFor: [], exceptModes: ["car", "truck"] });
    // Not "… (replaced by a later notice) — until further notice": it no longer decides anything.
    expect(reasonText(closure.message, "en")).toBe("Notice: Closed for reconstruction (replaced by a later notice).");
    expect(reasonText(closure.message, "ru")).toContain("заменено более поздним объявлением");
    // Replaced for one of its modes only: "except".
    const partly = status({ baseline, instant: WEDNESDAY, notices: [fullClosure, trucksLetThrough] }).reasons.find(
      (reason) => reason.message.key === "notice" && reason.message.text === "Closed for reconstruction",
    )!;
    expect(partly.message).toMatchObject({ exceptModes: ["truck"], decidesFor: ["car"] });
    expect(reasonText(partly.message, "en")).toBe("Notice: Closed for reconstruction (except truck: a later notice) — until further notice.");
  });

  it("the week table says what each post's line says: closed for everyone the notices do not let through, open to those they do", () => {
    const notices = [fullClosure, trucksLetThrough];
    for (const index of [0, 1] as const) {
      const cell = sideIntervals(baseline, undefined, index, new Date(WEDNESDAY.getTime() - 86400_000), new Date(WEDNESDAY.getTime() + 86400_000), notices).find(
        (interval) => interval.from <= WEDNESDAY && WEDNESDAY < interval.to,
      );
      expect(cell?.onlyModes).toEqual(["truck"]);
    }
  });

  it("weighs the modes the crossing carries, not every mode there is (review of d3df850)", () => {
    // A closure naming every mode a car-and-truck crossing carries closes it.
    const roadsShut = notice({ startsAt: bishkek("2026-07-14T00:00"), modes: ["car", "truck"], text: "Road closed" });
    const shut = status({ baseline, instant: WEDNESDAY, notices: [roadsShut] });
    expect(shut.state).toBe("closed");
    expect(shut.sides.map((s) => s.state)).toEqual(["closed", "closed"]);
    // Letting pedestrians through at a crossing no pedestrian may use opens nothing.
    const walkers = notice({ startsAt: bishkek("2026-07-14T00:00"), modes: ["pedestrian"], effect: "open", text: "Pedestrians let through" });
    for (const instant of [WEDNESDAY, SATURDAY]) expect(status({ baseline, instant, notices: [fullClosure, walkers] }).state).toBe("closed");
    // And the notice names whom it is about, whatever the answer.
    const closed = status({ baseline, instant: WEDNESDAY, notices: [fullClosure, trucksShut] });
    expect(closed.reasons[0]!.message).toMatchObject({ key: "notice", text: "Trucks turned back", onlyModes: ["truck"] });
  });

  it("an earlier notice says for whom a later one decides instead (any traveller), and nothing of it for one mode", () => {
    const restricted = status({ baseline, instant: WEDNESDAY, notices: [fullClosure, trucksLetThrough] });
    expect(words(restricted).slice(0, 2)).toEqual([
      "Notice: Trucks let through (truck only) — until further notice.",
      "Notice: Closed for reconstruction (except truck: a later notice) — until further notice.",
    ]);
    expect(reasonText(restricted.reasons[1]!.message, "ru")).toContain("(кроме грузовиков: см. более позднее объявление)");
    expect(words(status({ baseline, instant: WEDNESDAY, notices: [fullClosure, trucksLetThrough], mode: "car" }))[0]).toBe(
      "Notice: Closed for reconstruction — until further notice.",
    );
  });

  it("over time: before, during and after a truck-only closure inside a full closure, cars stay closed", () => {
    const endsFirst = notice({ startsAt: bishkek("2026-07-14T10:00"), endsAt: bishkek("2026-07-14T14:00"), modes: ["truck"], text: "Trucks turned back" });
    const notices = [fullClosure, endsFirst];
    // During the truck closure and after it ends, cars stay closed by the earlier notice.
    for (const at of ["2026-07-14T09:00", "2026-07-14T12:00", "2026-07-14T15:00"]) expect(status({ baseline, instant: bishkek(at), notices }).state).toBe("closed");
    expect(status({ baseline, instant: bishkek("2026-07-14T15:00"), notices }).reasons.filter((reason) => reason.message.key === "notice")).toHaveLength(1);
    expect(status({ baseline, instant: bishkek("2026-07-14T12:00"), notices }).reasons.filter((reason) => reason.message.key === "notice")).toHaveLength(2);
  });
});
