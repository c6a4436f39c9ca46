/**
 * "Who may cross" unknown (`traffic.who: "unknown"`, no source says): the engine's rule, tested
 * from the rule rather than from one crossing. Like a disagreement between traffic claims
 * (lib/status/layers.ts, `applyEligibility`), it turns "open" and "unknown" into "unknown" for
 * every traveller and leaves "closed" and "restricted" as they are; a mode the crossing does not
 * take is still a certain "restricted". So it is never "open", whatever the hours, notices and
 * reports say, and the planner never offers a certain open window.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statusResponseSchema, toStatusResponse } from "@/lib/api/status";
import { crossingBaselineSchema, travelModes, type CrossingBaseline, type TravelMode } from "@/lib/baseline/schema";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { reasonText } from "@/lib/i18n/reasons";
import { crossingScheduleAt } from "@/lib/schedule/crossing-schedule";
import { evaluateStatus } from "@/lib/status/evaluate";
import { statusHeadline } from "@/lib/status/headline";
import { nextOpenWindow, nextStateChange } from "@/lib/status/next-window";
import type { NoticeInput, ReportInput, StatusState } from "@/lib/status/types";
/** Disputes name each claim's sources: by citation number on the page, here by key, so a test sees which source each claim rests on. */
const byKey = (key: string) => key;

const ref = [{ source: "s", asOf: "2024" }];
const hoursArb = fc.constantFrom("24/7", "Mo-Fr 09:00-18:00", "Mo-Su 08:00-20:00", 'Mo-Fr 09:00-18:00; Sa,Su unknown "weekends disputed"', 'Mo-Su unknown "not published"');
const instantArb = fc.date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true });
const modesArb = fc.subarray([...travelModes], { minLength: 1 });
const reportsArb = (around: Date) =>
  fc.array(
    fc.record({
      id: fc.uuid(),
      observedAt: fc.integer({ min: -6 * 3600_000, max: 0 }).map((offset) => new Date(around.getTime() + offset)),
      direction: fc.constantFrom("a-b" as const, "b-a" as const),
      mode: fc.constantFrom(...travelModes),
      seen: fc.constantFrom("open" as const, "open" as const, "closed" as const, "restricted" as const),
      waitMinutes: fc.constant(null),
      verified: fc.boolean(),
      hidden: fc.constant(false),
      reporterTrust: fc.constant(0.5),
      confirmations: fc.nat({ max: 3 }),
      disputes: fc.constant(0),
    }) satisfies fc.Arbitrary<ReportInput>,
    { maxLength: 6 },
  );
const noticesArb = (around: Date) =>
  fc.array(
    fc.record({
      id: fc.uuid(),
      startsAt: fc.integer({ min: -3 * 86400_000, max: 86400_000 }).map((offset) => new Date(around.getTime() + offset)),
      endsAt: fc.constant(null),
      modes: fc.option(fc.subarray([...travelModes], { minLength: 1 }), { nil: null }),
      effect: fc.constantFrom("closed" as const, "open" as const, "restricted" as const),
      text: fc.constant("notice"),
      sourceTitle: fc.constant("source"),
      sourceUrl: fc.constant(null),
      postedAt: fc.integer({ min: 0, max: 2 }).map((minute) => new Date(minute * 60_000)),
    }) satisfies fc.Arbitrary<NoticeInput>,
    { maxLength: 2 },
  );

const withWho = (baseline: CrossingBaseline, who: CrossingBaseline["traffic"]["value"]["who"]): CrossingBaseline => ({
  ...baseline,
  traffic: { ...baseline.traffic, value: { ...baseline.traffic.value, who } },
});

/** The rule: what "who unknown" makes of the answer the same crossing would get if everyone
 * could cross. */
const expected = (everyone: StatusState): StatusState => (everyone === "open" || everyone === "unknown" ? "unknown" : everyone);

const scenarioArb = fc.tuple(hoursArb, hoursArb, modesArb, instantArb).chain(([a, b, modes, instant]) =>
  fc.record({
    baseline: fc.constant(testBaseline({ hours: [a, b], traffic: { value: { modes, who: "unknown" }, sources: ref } })),
    instant: fc.constant(instant),
    mode: fc.option(fc.constantFrom(...modes), { nil: undefined }),
    reports: reportsArb(instant),
    notices: noticesArb(instant),
  }),
);

describe('who may cross "unknown"', () => {
  it("is never open for a traveller: open and unknown become unknown, closed and restricted stay (whatever hours, notices and reports)", () => {
    fc.assert(
      fc.property(scenarioArb, ({ baseline, instant, mode, reports, notices }) => {
        const input = { instant, mode, reports, notices };
        const unknown = evaluateStatus({ ...input, baseline });
        const everyone = evaluateStatus({ ...input, baseline: withWho(baseline, "everyone") });
        expect(unknown.state).not.toBe("open");
        expect(unknown.state).toBe(expected(everyone.state));
        // The schedule itself is not the eligibility's business: it is the same.
        expect(unknown.scheduleState).toBe(everyone.scheduleState);
        if (everyone.state === "open" || everyone.state === "unknown") expect(unknown.reasons[0]!.message.key).toBe("whoUnknown");
      }),
      { numRuns: 300 },
    );
  });

  it("never offers a certain open window nor a change to open in the planner", () => {
    fc.assert(
      fc.property(scenarioArb, ({ baseline, instant, mode, notices }) => {
        const input = { baseline, instant, mode, notices };
        expect(nextOpenWindow(input, 30)?.certainty).not.toBe("open");
        const change = nextStateChange(input, 30);
        if (change) {
          expect(change.from).not.toBe("open");
          expect(change.state).not.toBe("open");
        }
        // Where everyone could cross in a certain window, this crossing offers it as uncertain.
        const everyoneWindow = nextOpenWindow({ ...input, baseline: withWho(baseline, "everyone") }, 30);
        if (everyoneWindow) expect(nextOpenWindow(input, 30)).toMatchObject({ certainty: "unknown" });
      }),
      { numRuns: 100 },
    );
  });

  it("mirrors the citizens-only path: restricted there, unknown here, at the same open instant; closed stays closed for both", () => {
    const open = testBaseline({ traffic: { value: { modes: ["car"], who: "unknown" }, sources: ref } });
    const instant = new Date("2026-07-15T06:00:00Z");
    expect(evaluateStatus({ baseline: withWho(open, "bilateral"), instant, notices: [], reports: [] }).state).toBe("restricted");
    const result = evaluateStatus({ baseline: open, instant, notices: [], reports: [] });
    expect(result.state).toBe("unknown");
    expect(result.scheduleState).toBe("open");
    expect(reasonText(result.reasons[0]!.message, "en", byKey)).toBe(
      "Who may cross here is not known: no source says whether it is open to everyone or only to citizens of Kyrgyzstan and China.",
    );
    expect(reasonText(result.reasons[0]!.message, "ru", byKey)).toBe(
      "Неизвестно, кто может здесь пересекать границу: ни один источник не сообщает, открыт ли переход для всех или только для граждан стран: Кыргызстан и Китай.",
    );
    const shut = testBaseline({ hours: ["Mo-Fr 09:00-10:00", "24/7"], traffic: { value: { modes: ["car"], who: "unknown" }, sources: ref } });
    const night = new Date("2026-07-15T20:00:00Z");
    for (const who of ["unknown", "bilateral"] as const) expect(evaluateStatus({ baseline: withWho(shut, who), instant: night, notices: [], reports: [] }).state).toBe("closed");
  });

  it("a mode the crossing does not take is still a certain 'restricted'", () => {
    const baseline = testBaseline({ traffic: { value: { modes: ["pedestrian"], who: "unknown" }, sources: ref } });
    const result = evaluateStatus({ baseline, instant: new Date("2026-07-15T06:00:00Z"), notices: [], reports: [], mode: "car" as TravelMode });
    expect(result.state).toBe("restricted");
    expect(result.reasons[0]!.message.key).toBe("modeNotAllowed");
    expect(evaluateStatus({ baseline, instant: new Date("2026-07-15T06:00:00Z"), notices: [], reports: [], mode: "pedestrian" }).state).toBe("unknown");
  });

  it("a mode the sources do not name, where they say nothing of other modes, is unknown, never 'restricted' nor 'open'", () => {
    const baseline = testBaseline({ traffic: { value: { modes: ["car", "bus"], who: "everyone", otherModes: "unknown" }, sources: ref } });
    const day = new Date("2026-07-15T06:00:00Z");
    const onFoot = evaluateStatus({ baseline, instant: day, notices: [], reports: [], mode: "pedestrian" });
    expect(onFoot.state).toBe("unknown");
    expect(onFoot.scheduleState).toBe("open");
    expect(reasonText(onFoot.reasons[0]!.message, "en", byKey)).toBe("Not known whether it is open to pedestrian traffic: the sources name only these: car, bus.");
    expect(reasonText(onFoot.reasons[0]!.message, "ru", byKey)).toBe(
      "Неизвестно, открыт ли пункт для пешеходов: источники называют только эти способы: легковой автомобиль, автобус.",
    );
    // A named mode is open as before; without "otherModes" the unnamed mode is not allowed.
    expect(evaluateStatus({ baseline, instant: day, notices: [], reports: [], mode: "car" }).state).toBe("open");
    const listed = testBaseline({ traffic: { value: { modes: ["car", "bus"], who: "everyone" }, sources: ref } });
    expect(evaluateStatus({ baseline: listed, instant: day, notices: [], reports: [], mode: "pedestrian" }).state).toBe("restricted");
    // Closed stays closed for every mode.
    const shut = testBaseline({ hours: ["Mo-Fr 09:00-10:00", "24/7"], traffic: { value: { modes: ["car"], who: "everyone", otherModes: "unknown" }, sources: ref } });
    expect(evaluateStatus({ baseline: shut, instant: new Date("2026-07-15T20:00:00Z"), notices: [], reports: [], mode: "pedestrian" }).state).toBe("closed");
    // A certain restriction still wins over a mode the sources do not name.
    for (const who of ["bilateral", "goods"] as const) {
      const certain = testBaseline({ traffic: { value: { modes: ["car", "bus"], who, otherModes: "unknown" }, sources: ref } });
      const answer = evaluateStatus({ baseline: certain, instant: day, notices: [], reports: [], mode: "pedestrian" });
      expect(answer.state).toBe("restricted");
      expect(answer.reasons[0]!.message.key).toBe(who === "goods" ? "goodsOnly" : "bilateral");
    }
    // The headline gives the reason, not "hours unknown".
    expect(statusHeadline(onFoot)).toBe("Unknown — Not known whether it is open to pedestrian traffic: the sources name only these: car, bus.");
    // The schema keeps the field, and refuses any other value.
    expect(crossingBaselineSchema.parse(baseline).traffic.value.otherModes).toBe("unknown");
    expect(crossingBaselineSchema.safeParse({ ...baseline, traffic: { ...baseline.traffic, value: { ...baseline.traffic.value, otherModes: "allowed" } } }).success).toBe(false);
  });

  it("beside a claim in force that says who may cross, the sources disagree: unknown, naming both", () => {
    const baseline = testBaseline({
      traffic: {
        value: { modes: ["car"], who: "unknown" },
        sources: [{ source: "a", asOf: "2024" }],
        alternatives: [{ value: { modes: ["car"], who: "everyone" }, sources: [{ source: "b", asOf: "2024" }] }],
      },
    });
    const result = evaluateStatus({ baseline, instant: new Date("2026-07-15T06:00:00Z"), notices: [], reports: [] });
    expect(result.state).toBe("unknown");
    expect(reasonText(result.reasons[0]!.message, "en", byKey)).toBe(
      "Sources disagree about who may cross (Not known: no source says who may cross; car per a; Everyone, including foreigners; car per b).",
    );
  });

  it("goes through the schema, the status API's shape, and the schedule view without an eligibility reason", () => {
    const baseline = crossingBaselineSchema.parse(testBaseline({ traffic: { value: { modes: ["car"], who: "unknown" }, sources: ref } }));
    const instant = new Date("2026-07-15T06:00:00Z");
    const status = evaluateStatus({ baseline, instant, notices: [], reports: [] });
    for (const locale of ["en", "ru"] as const) {
      const response = statusResponseSchema.parse(JSON.parse(JSON.stringify(toStatusResponse(baseline, status, null, null, locale))));
      expect(response.state).toBe("unknown");
      expect(response.reasons[0]).toMatchObject({ code: "whoUnknown" });
    }
    const schedule = crossingScheduleAt(baseline, instant);
    expect(schedule.state).toBe("open");
    expect(schedule.reasons.map((reason) => reason.message.key)).toEqual(["bothOpen"]);
  });
});
