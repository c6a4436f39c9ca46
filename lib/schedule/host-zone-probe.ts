/**
 * Test helper, run as a child process under different host TZ values by
 * host-time-zone.test.ts: prints schedule answers for a fixed table of instants as JSON.
 */
import { crossingScheduleAt } from "@/lib/schedule/crossing-schedule";
import { openIntervals } from "@/lib/schedule/side-schedule";
import { testBaseline } from "@/lib/baseline/test-fixtures";

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
    openIntervals(baseline.sides[0].hours.value, "Asia/Bishkek", new Date(start), new Date(start + 40 * 86400_000)).map((i) => [
      i.from.toISOString(),
      i.to.toISOString(),
    ]),
  );
}
process.stdout.write(JSON.stringify(answers));
