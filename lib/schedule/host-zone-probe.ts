/**
 * Test helper, run as a child process under different host TZ values by
 * host-time-zone.test.ts: prints schedule answers for a fixed table of instants as JSON.
 */
import { crossingScheduleAt } from "@/lib/schedule/crossing-schedule";
import { openIntervals } from "@/lib/schedule/side-schedule";
import fc from "fast-check";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { evaluateStatus } from "@/lib/status/evaluate";
import { notice, report } from "@/lib/status/test-helpers";
import { nextOpenWindow, nextStateChange } from "@/lib/status/next-window";
import { sources } from "@/db/seed/sources";
import { validatedSeed } from "@/db/seed/seed";

const baselines = [
  testBaseline({ hours: ["Mo-Fr 09:00-11:00,14:00-18:00", "Mo-Fr 11:00-15:00,18:00-20:00"] }),
  // 02:00-03:00 on Sundays falls into the spring-forward gap of many host zones.
  testBaseline({ hours: ["Su 02:00-03:00", "24/7"] }),
  testBaseline({ hours: ["Mo-Su 00:30-01:30", "Mo-Su 22:00-02:00"] }),
];

const start = Date.UTC(2026, 2, 1);
const answers: unknown[] = [];
for (const baseline of baselines) {
  for (let minutes = 0; minutes < 60 * 24 * 70; minutes += 45) {
    const instant = new Date(start + minutes * 60_000);
    const result = crossingScheduleAt(baseline, instant);
    answers.push([instant.toISOString(), result.state, result.nextChange?.toISOString() ?? null]);
  }
  answers.push(
    openIntervals(baseline.sides[0].hours.value, "Asia/Bishkek", new Date(start), new Date(start + 40 * 86400_000)).map((i) => [i.from.toISOString(), i.to.toISOString()]),
  );
}
// The full engine, with both countries' holidays and a few reports, at instants fast-check
// draws with a fixed seed (the same instants in every child process).
const withHolidays = testBaseline({ hours: ["Mo-Fr 09:00-11:00,14:00-18:00", "Mo-Fr 11:00-15:00,18:00-20:00"] });
for (const side of withHolidays.sides) side.publicHolidays = { value: "closed", sources: [{ source: "test", asOf: "2026" }], alternatives: [] };
const instants = fc.sample(fc.date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true }), {
  numRuns: 400,
  seed: 42,
});
for (const instant of instants) {
  const reports = [report({ id: "a", observedAt: new Date(instant.getTime() - 50 * 60_000), seen: "closed", waitMinutes: 30 })];
  const result = evaluateStatus({ baseline: withHolidays, notices: [], reports, instant });
  answers.push([instant.toISOString(), result.state, result.basis, result.nextChange?.toISOString() ?? null, result.sides.map((s) => s.holiday)]);
}
// The compiled timeline's other answers: a seeded crossing with the seed's standings, a holiday
// closure with days around it and a reopening hour, a notice; state, next window, next change.
const standings = Object.fromEntries(sources.map((source) => [source.key, source.standing]));
const irkeshtam = validatedSeed().baselines.find((baseline) => baseline.slug === "irkeshtam")!;
const closures = testBaseline({ hours: ["Mo-Fr 09:00-18:00", 'Mo-Su unknown "not published"'] });
closures.sides[1].publicHolidays = { value: { effect: "closed", daysBefore: 1, daysAfter: 1, reopensAt: "10:00" }, sources: [{ source: "test", asOf: "2026" }], alternatives: [] };
const closure = notice({ id: "n", startsAt: new Date("2026-05-01T03:00:00Z"), endsAt: new Date("2026-05-20T03:00:00Z") });
for (const instant of instants.slice(0, 150)) {
  for (const [baseline, notices] of [
    [irkeshtam, []],
    [closures, [closure]],
  ] as const) {
    const input = { baseline, notices: [...notices], instant, standings };
    const result = evaluateStatus({ ...input, reports: [] });
    const window = nextOpenWindow(input);
    answers.push([
      instant.toISOString(),
      result.state,
      result.nextChange?.toISOString() ?? null,
      result.sides.map((s) => [s.state, s.nextChange?.toISOString() ?? null]),
      window && [window.from.toISOString(), window.until?.toISOString() ?? null, window.certainty],
      nextStateChange(input)?.at.toISOString() ?? null,
    ]);
  }
}
process.stdout.write(JSON.stringify(answers));
