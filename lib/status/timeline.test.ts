/**
 * Properties of the compiled timeline and the layer rule (fast-check):
 * - a lookup in the timeline equals the direct evaluation of every layer at that instant, for
 *   every seeded crossing and for random schedules, holiday policies, seasons and notices;
 * - a certain "closed" from any layer is never hidden;
 * - a superseded claim never changes the answer.
 * (Identical answers under a foreign host TZ: lib/schedule/host-time-zone.test.ts.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sources } from "@/db/seed/sources";
import { validatedSeed } from "@/db/seed/seed";
import { travelModes, type CountryCode, type CrossingBaseline, type TravelMode } from "@/lib/baseline/schema";
import { resolveClaims, standings as standingNames, type SourceStandings } from "@/lib/baseline/standing";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { holidayClosureAt } from "@/lib/holidays/closures";
import { claimAt, directScheduleValue } from "@/lib/status/direct";
import { evaluateStatus, timelineOf, timelineRange } from "@/lib/status/evaluate";
import { resolveBaseline } from "@/lib/status/layers";
import { clearTimelines, compiledSchedule, prepareTimeline, TimelineBudgetError, timelineBudgetProblem, timelineFor } from "@/lib/status/timeline";
import type { NoticeInput } from "@/lib/status/types";

const seedStandings: SourceStandings = Object.fromEntries(sources.map((source) => [source.key, source.standing]));
const { baselines } = validatedSeed();
const instantArb = fc.date({ min: new Date("2025-06-01T00:00:00Z"), max: new Date("2027-06-01T00:00:00Z"), noInvalidDate: true });
const modeArb = fc.option(fc.constantFrom(...travelModes), { nil: undefined });

/** The timeline's answer and the direct one must be the same, reasons and all. */
function expectLookupEqualsDirect(baseline: CrossingBaseline, standings: SourceStandings, notices: NoticeInput[], mode: TravelMode | undefined, instant: Date) {
  const timeline = timelineOf({ baseline, notices, instant, mode, standings });
  const looked = timeline.values[timeline.indexAt(instant.getTime())]!;
  const direct = directScheduleValue(resolveBaseline(baseline, standings), notices, instant, mode);
  expect(looked.key).toBe(direct.key);
}

// Random schedules: opening_hours values built from parts, so most are valid and varied.
const time = fc.integer({ min: 0, max: 47 }).map((half) => `${String(Math.floor(half / 2)).padStart(2, "0")}:${half % 2 ? "30" : "00"}`);
const range = fc
  .tuple(time, time)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => `${a}-${b}`);
const days = fc.constantFrom("Mo-Fr", "Mo-Su", "Sa,Su", "Tu-Sa", "Mo,We,Fr", "Su");
const rule = fc.oneof(
  fc.tuple(days, fc.array(range, { minLength: 1, maxLength: 3 })).map(([d, r]) => `${d} ${r.join(",")}`),
  days.map((d) => `${d} unknown "not published"`),
  days.map((d) => `${d} off`),
  fc.constant("24/7"),
  fc.constant('Mo-Su unknown "hours not published"'),
);
const hoursArb = fc.array(rule, { minLength: 1, maxLength: 3 }).map((rules) => rules.join("; "));
const asOfArb = fc.constantFrom("2019", "2019-08", "2021-03-02", "2024", "2025", "2025-08", "2025-08-26", "2026-11");
const refArb = fc.record({ source: fc.constantFrom("a", "b", "c", "d", "e"), asOf: asOfArb });
const sourcesArb = fc.array(refArb, { minLength: 1, maxLength: 2 });
const standingsArb = fc.record({
  a: fc.constantFrom(...standingNames),
  b: fc.constantFrom(...standingNames),
  c: fc.constantFrom(...standingNames),
  d: fc.constantFrom(...standingNames),
  e: fc.constantFrom(...standingNames),
}) as fc.Arbitrary<SourceStandings>;
const fact = <T>(value: fc.Arbitrary<T>) => fc.record({ value, sources: sourcesArb, alternatives: fc.array(fc.record({ value, sources: sourcesArb }), { maxLength: 2 }) });
/** The region's countries: holidays from date-holidays (KZ UZ CN RU IR), sourced lists (KG TJ TM) or not known (AF). */
const zones: Partial<Record<CountryCode, string>> = {
  KG: "Asia/Bishkek",
  KZ: "Asia/Almaty",
  UZ: "Asia/Tashkent",
  TJ: "Asia/Dushanbe",
  CN: "Asia/Shanghai",
  RU: "Asia/Omsk",
  TM: "Asia/Ashgabat",
  AF: "Asia/Kabul",
  IR: "Asia/Tehran",
};
const regionCountries = Object.keys(zones) as CountryCode[];
const policyArb = fc.oneof(
  fc.constantFrom("closed" as const, "open" as const, "unknown" as const),
  fc.record({
    effect: fc.constantFrom("closed" as const, "unknown" as const, "open" as const),
    daysBefore: fc.integer({ min: 0, max: 2 }),
    daysAfter: fc.integer({ min: 0, max: 2 }),
    reopensAt: fc.option(
      time.filter((t) => t !== "00:00"),
      { nil: null },
    ),
  }),
);
const seasonArb = fc.record({
  range: fc.option(fc.constantFrom("May-Oct", "May 20-Sep 30", "Apr-Nov", "Jun 01-Aug 31", "Nov-Mar"), { nil: null }),
  outside: fc.constantFrom("closed" as const, "unknown" as const),
  description: fc.constant("season"),
});
const baselineArb = fc
  .record({
    countries: fc.tuple(fc.constantFrom(...regionCountries), fc.constantFrom(...regionCountries)),
    hours: fc.tuple(fact(hoursArb), fact(hoursArb)),
    holidays: fc.tuple(fc.option(fact(policyArb), { nil: undefined }), fc.option(fact(policyArb), { nil: undefined })),
    season: fc.option(fact(seasonArb), { nil: undefined }),
    operation: fact(fc.constantFrom("operating" as const, "operating" as const, "closed" as const, "unknown" as const)),
    traffic: fact(
      fc.record({
        modes: fc.subarray([...travelModes], { minLength: 1 }),
        who: fc.constantFrom("everyone" as const, "bilateral" as const, "goods" as const, "unknown" as const),
        otherModes: fc.constantFrom(undefined, "unknown" as const),
      }),
    ),
  })
  .map((r) => {
    const baseline = testBaseline({ season: r.season, operation: r.operation, traffic: r.traffic });
    baseline.sides.forEach((side, index) => {
      side.country = r.countries[index]!;
      side.timeZone = zones[side.country]!;
      side.hours = r.hours[index]!;
      if (r.holidays[index]) side.publicHolidays = r.holidays[index];
    });
    return baseline;
  });
const noticesArb = (around: Date) =>
  fc
    .array(
      fc.record({
        id: fc.uuid(),
        startsAt: fc.integer({ min: -20 * 86400_000, max: 20 * 86400_000 }).map((offset) => new Date(around.getTime() + offset)),
        endsAt: fc.option(fc.integer({ min: 3600_000, max: 10 * 86400_000 }), { nil: null }),
        modes: fc.option(fc.subarray([...travelModes], { minLength: 1 }), { nil: null }),
        effect: fc.constantFrom("closed" as const, "open" as const, "restricted" as const),
        text: fc.constant("notice"),
        sourceTitle: fc.constant("source"),
        sourceUrl: fc.constant(null),
        // Few distinct posting times, so notices that start together are often posted together too (ties by id).
        postedAt: fc.integer({ min: 0, max: 2 }).map((minute) => new Date(minute * 60_000)),
      }),
      { maxLength: 3 },
    )
    .map((notices) => notices.map(({ endsAt, ...notice }): NoticeInput => ({ ...notice, endsAt: endsAt === null ? null : new Date(notice.startsAt.getTime() + endsAt) })));
const scenarioArb = fc
  .tuple(baselineArb, standingsArb, instantArb, modeArb)
  .chain(([baseline, standings, instant, mode]) => fc.tuple(fc.constant(baseline), fc.constant(standings), fc.constant(instant), fc.constant(mode), noticesArb(instant)));

describe("the compiled timeline", () => {
  it("equals the direct evaluation at random instants, for every seeded crossing", () => {
    for (const baseline of baselines) {
      fc.assert(
        fc.property(instantArb, modeArb, (instant, mode) => expectLookupEqualsDirect(baseline, seedStandings, [], mode, instant)),
        { numRuns: 60 },
      );
    }
  });

  it("equals it at the change points themselves and just before them", () => {
    for (const baseline of baselines.slice(0, 12)) {
      const timeline = timelineOf({ baseline, notices: [], instant: new Date("2026-07-15T00:00:00Z"), standings: seedStandings });
      for (const start of timeline.starts.slice(1, 200)) {
        expectLookupEqualsDirect(baseline, seedStandings, [], undefined, new Date(start));
        expectLookupEqualsDirect(baseline, seedStandings, [], undefined, new Date(start - 1));
      }
    }
  });

  it("equals the direct evaluation for random schedules, claims, standings, holiday policies, seasons and notices", () => {
    fc.assert(
      fc.property(scenarioArb, ([baseline, standings, instant, mode, notices]) => expectLookupEqualsDirect(baseline, standings, notices, mode, instant)),
      { numRuns: 300 },
    );
  });

  it("never hides a certain 'closed': any layer whose claims in force all say closed closes the crossing", () => {
    fc.assert(
      fc.property(baselineArb, standingsArb, instantArb, (baseline, standings, instant) => {
        const current = <T>(f: { value: T; sources: { source: string; asOf: string }[]; alternatives: { value: T; sources: { source: string; asOf: string }[] }[] }) =>
          resolveClaims(f, standings).current.map((claim) => claim.value);
        const allClosed = (states: string[]) => states.length > 0 && states.every((state) => state === "closed");
        const certainClosed: string[] = [];
        if (allClosed(current(baseline.operation))) certainClosed.push("operation");
        if (baseline.season) {
          const seasonStates = current(baseline.season).map((season) =>
            season.range === null || claimAt(season.range, baseline.sides[0].timeZone, instant).state === "open" ? "open" : season.outside,
          );
          if (allClosed(seasonStates)) certainClosed.push("season");
        }
        baseline.sides.forEach((side, index) => {
          if (allClosed(current(side.hours).map((hours) => claimAt(hours, side.timeZone, instant).state))) certainClosed.push(`hours ${index}`);
          if (side.publicHolidays) {
            const effects = current(side.publicHolidays).map((policy) => {
              const rule = typeof policy === "string" ? { effect: policy, daysBefore: 0, daysAfter: 0, reopensAt: null } : policy;
              // A holiday of a country whose holidays are not known (holiday null) is never a certain closure.
              const closure = rule.effect !== "open" ? holidayClosureAt(side.country, side.timeZone, rule, instant.getTime()) : null;
              return closure ? (closure.holiday === null ? "unknown" : rule.effect) : "open";
            });
            if (allClosed(effects)) certainClosed.push(`holiday ${index}`);
          }
        });
        const result = evaluateStatus({ baseline, notices: [], reports: [], instant, standings });
        if (certainClosed.length) {
          expect(result.scheduleState).toBe("closed");
          expect(result.state).toBe("closed");
        }
        if (result.scheduleState === "closed") expect(certainClosed.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it("never lets a superseded claim change the answer: changing or dropping its value changes nothing", () => {
    fc.assert(
      fc.property(baselineArb, standingsArb, instantArb, hoursArb, (baseline, standings, instant, replacement) => {
        const before = evaluateStatus({ baseline, notices: [], reports: [], instant, standings });
        const changed = structuredClone(baseline);
        let touched = false;
        for (const side of changed.sides) {
          const { superseded } = resolveClaims(side.hours, standings);
          for (const { claim } of superseded) {
            // The claim in the copy: the same value and the same sources (which keep it superseded).
            const copy = [side.hours, ...side.hours.alternatives].find((c) => c.value === claim.value && JSON.stringify(c.sources) === JSON.stringify(claim.sources));
            if (copy) {
              copy.value = replacement;
              touched = true;
            }
          }
        }
        const operation = resolveClaims(changed.operation, standings);
        for (const { claim } of operation.superseded) {
          const copy = [changed.operation, ...changed.operation.alternatives].find((c) => JSON.stringify(c.sources) === JSON.stringify(claim.sources) && c.value === claim.value);
          if (copy) {
            copy.value = copy.value === "closed" ? "operating" : "closed";
            touched = true;
          }
        }
        fc.pre(touched);
        const after = evaluateStatus({ baseline: changed, notices: [], reports: [], instant, standings });
        expect({ state: after.state, scheduleState: after.scheduleState, sides: after.sides, nextChange: after.nextChange }).toEqual({
          state: before.state,
          scheduleState: before.scheduleState,
          sides: before.sides,
          nextChange: before.nextChange,
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe("a timeline prepared a month per turn of the event loop (prepareTimeline)", () => {
  const far = new Date("2027-11-14T00:41:00Z");
  const [from, to] = timelineRange(far);

  it("yields to the event loop between slices, and then is the timeline compiled in one go", async () => {
    for (const slug of ["karkyra-kegen", "irkeshtam", "maykapchagay-zimunai", "korday-ak-zhol"]) {
      const baseline = baselines.find((b) => b.slug === slug)!;
      clearTimelines();
      const whole = timelineFor(baseline, seedStandings, [], undefined, from, to);
      const expected = { starts: [...whole.starts], keys: whole.values.map((value) => value.key) };
      clearTimelines();
      let done = false;
      const prepared = prepareTimeline(baseline, seedStandings, from, to).then(() => (done = true));
      // 414 days in slices of 30: one turn of the loop later it is still compiling.
      await new Promise((resolve) => setImmediate(resolve));
      expect(done, slug).toBe(false);
      await prepared;
      // Prepared, the schedule covers the question; the engine's lookup then compiles nothing.
      const compiled = compiledSchedule(baseline, seedStandings);
      expect(compiled.from, slug).toBeLessThanOrEqual(from);
      expect(compiled.to, slug).toBeGreaterThanOrEqual(to);
      const sliced = timelineFor(baseline, seedStandings, [], undefined, from, to);
      expect(compiledSchedule(baseline, seedStandings).version, slug).toBe(compiled.version);
      expect({ starts: sliced.starts, keys: sliced.values.map((value) => value.key) }, slug).toEqual(expected);
    }
  });

  it("extends as far as the engine would (120 days at least), not by a sliver for a question a little later", async () => {
    const baseline = baselines.find((b) => b.slug === "irkeshtam")!;
    clearTimelines();
    await prepareTimeline(baseline, seedStandings, from, to);
    // Thirty seconds later the question reaches past the first compile: extended once, by 120 days.
    await prepareTimeline(baseline, seedStandings, ...timelineRange(new Date(far.getTime() + 30_000)));
    const first = compiledSchedule(baseline, seedStandings);
    expect(first.to - to).toBeGreaterThanOrEqual(120 * 86400_000);
    // "Now" thirty seconds later again, a hundred times: no further extension.
    for (let k = 2; k <= 101; k++) await prepareTimeline(baseline, seedStandings, ...timelineRange(new Date(far.getTime() + k * 30_000)));
    expect(compiledSchedule(baseline, seedStandings).version).toBe(first.version);
    // A question a day past the compiled end extends it by 120 days or more, once.
    const later = new Date(first.to - timelineRange(far)[1] + far.getTime() + 86400_000);
    await prepareTimeline(baseline, seedStandings, ...timelineRange(later));
    expect(compiledSchedule(baseline, seedStandings).to - first.to).toBeGreaterThanOrEqual(120 * 86400_000);
  });

  it("leaves a schedule beyond the step budget for the engine to report", async () => {
    clearTimelines();
    // 720 one-minute ranges a day: valid syntax, beyond the input limits (an old stored value).
    const minute = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    const tooFine = testBaseline();
    tooFine.sides[0].hours.value = Array.from({ length: 720 }, (_, i) => `${minute(2 * i)}-${minute(2 * i + 1)}`).join(",");
    await prepareTimeline(tooFine, {}, from, to);
    // Found while preparing, and remembered: the engine reports it without compiling again.
    expect(compiledSchedule(tooFine, {}).failed).toBe(true);
    expect(() => timelineFor(tooFine, {}, [], undefined, from, to)).toThrow(TimelineBudgetError);
  });
});

describe("the step budget", () => {
  // 720 one-minute ranges a day: valid syntax, beyond the input limits (an old stored value).
  const minute = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const tooFine = Array.from({ length: 720 }, (_, i) => `${minute(2 * i)}-${minute(2 * i + 1)}`).join(",");

  it("refuses to compile a schedule beyond it: a typed error for the moderator, 'unknown' for readers, never a stall", () => {
    const baseline = testBaseline();
    baseline.sides[0].hours.value = tooFine; // as stored before the limits existed
    const started = performance.now();
    expect(timelineBudgetProblem(baseline, new Date("2026-07-15T00:00:00Z"))).toBeInstanceOf(TimelineBudgetError);
    const result = evaluateStatus({ baseline, notices: [], reports: [], instant: new Date("2026-07-15T06:00:00Z") });
    expect(result).toMatchObject({ state: "unknown", basis: "none", reasons: [{ message: { key: "scheduleTooComplex" } }] });
    // The failure is remembered: asking again costs nothing.
    const again = performance.now();
    evaluateStatus({ baseline, notices: [], reports: [], instant: new Date("2026-07-16T06:00:00Z") });
    expect(performance.now() - again).toBeLessThan(50);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it("compiles every seeded crossing well within it", () => {
    for (const baseline of baselines) expect(timelineBudgetProblem(baseline, new Date("2026-07-15T00:00:00Z"))).toBeNull();
  });
});
