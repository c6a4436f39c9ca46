/**
 * The status engine alone, in microseconds (part of `npm run bench`; prints figures, asserts
 * nothing). Run just this section with `npx tsx --conditions=react-server bench/status-engine.ts`.
 *
 * 1. Status at a random instant with 1,000 reports in the window: every sample is a distinct
 *    instant (no page or response cache can help), with new report objects, newest first as
 *    the database returns them (and once in random order). Goal: median ≤ 50 µs, p99 ≤ 1 ms.
 * 2. The planner (state + next open window + next change) over every seeded crossing and
 *    random instants within ±1 year of a fixed day. Goal: p99 ≤ 2 ms.
 * 3. Compiling one crossing's timeline from scratch (what the first request after a baseline
 *    or notice change pays), and the longest single call seen in 1 and 2 (event-loop blocking).
 */
import { validatedSeed } from "@/db/seed/seed";
import { sources } from "@/db/seed/sources";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import type { SourceStandings } from "@/lib/baseline/standing";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { resolveBaseline } from "@/lib/status/layers";
import { PREPARE_SLICE_MS } from "@/lib/status/timeline";
import { BaseTimeline } from "@/lib/status/timeline-compile";
import { evaluateStatus, timelineRange } from "@/lib/status/evaluate";
import { nextOpenWindow, nextStateChange } from "@/lib/status/next-window";
import { report } from "@/lib/status/test-helpers";
import type { ReportInput } from "@/lib/status/types";

export interface EngineBenchRow {
  name: string;
  samples: number;
  microsecondsMedian: number;
  microsecondsP99: number;
  microsecondsMax: number;
  /** The same, in this process's CPU time (user + system): what other jobs on a shared machine
   * do not inflate. */
  cpuMicrosecondsMedian: number;
  cpuMicrosecondsP99: number;
}

const ANCHOR = new Date("2026-07-15T06:00:00Z").getTime();
const YEAR_MS = 365 * 86400_000;

interface Sample {
  wall: number;
  cpu: number;
}

function summarize(name: string, samples: Sample[]): EngineBenchRow {
  const at = (values: number[], q: number) => Math.round(values[Math.min(values.length - 1, Math.floor(values.length * q))]!);
  const wall = samples.map((s) => s.wall).sort((a, b) => a - b);
  const cpu = samples.map((s) => s.cpu).sort((a, b) => a - b);
  return {
    name,
    samples: samples.length,
    microsecondsMedian: at(wall, 0.5),
    microsecondsP99: at(wall, 0.99),
    microsecondsMax: Math.round(wall[wall.length - 1]!),
    cpuMicrosecondsMedian: at(cpu, 0.5),
    cpuMicrosecondsP99: at(cpu, 0.99),
  };
}

function timed(fn: () => void): Sample {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: used.user + used.system };
}

export function benchStatusEngine(options: { statusSamples?: number; plannerInstants?: number } = {}): EngineBenchRow[] {
  const statusSamples = options.statusSamples ?? 2000;
  const plannerInstants = options.plannerInstants ?? Number(process.env.BENCH_PLANNER_INSTANTS ?? 10_000);
  const { baselines } = validatedSeed();
  // Deterministic pseudo-random numbers, so runs compare.
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const randomInstant = () => new Date(ANCHOR + (random() * 2 - 1) * YEAR_MS);
  const rows: EngineBenchRow[] = [];
  let reportCounter = 0;

  // 1. Status at random instants, 1,000 reports in the 12 hours before each instant: newest
  // first, as db/queries/status.ts asks the database for them, and once in random order (the
  // engine's answer is the same; naming the heaviest reports costs more).
  const cases: { slug: string; newestFirst: boolean }[] = [
    { slug: "korday-ak-zhol", newestFirst: true },
    { slug: "irkeshtam", newestFirst: true },
    { slug: "karkyra-kegen", newestFirst: true },
    { slug: "irkeshtam", newestFirst: false },
  ];
  for (const { slug, newestFirst } of cases) {
    const baseline = baselines.find((b) => b.slug === slug)!;
    const samples: Sample[] = [];
    for (let i = 0; i < statusSamples; i++) {
      const instant = randomInstant();
      const ages = Array.from({ length: 1000 }, () => random() * 12 * 3600_000);
      if (newestFirst) ages.sort((a, b) => a - b);
      // Built as db/queries/status.ts builds them from database rows (one object literal each,
      // in the order the rows arrive), new for every instant: what a request for a distinct
      // instant hands the engine.
      const reports: ReportInput[] = ages.map((age) => ({
        id: `r${String(++reportCounter).padStart(8, "0")}`,
        observedAt: new Date(instant.getTime() - age),
        direction: random() < 0.5 ? "a-b" : "b-a",
        mode: "car",
        seen: random() < 0.7 ? "open" : "closed",
        waitMinutes: Math.round(random() * 180),
        verified: random() < 0.1,
        hidden: false,
        reporterTrust: random(),
        confirmations: 0,
        disputes: 0,
      }));
      const sample = timed(() => evaluateStatus({ baseline, notices: [], reports, instant }));
      if (i >= 20) samples.push(sample); // the first few warm the JIT
    }
    rows.push(summarize(`status ${slug}${newestFirst ? "" : ", reports in random order"}`, samples));
  }

  // The same, with one set of 1,000 report objects reused for every random instant (moved with
  // it): the engine's own cost without the garbage of building a thousand objects per sample.
  {
    const baseline = baselines.find((b) => b.slug === "irkeshtam")!;
    const offsets = Array.from({ length: 1000 }, () => random() * 12 * 3600_000).sort((a, b) => a - b);
    const reports: ReportInput[] = offsets.map(() =>
      report({ observedAt: new Date(0), seen: random() < 0.7 ? "open" : "closed", direction: random() < 0.5 ? "a-b" : "b-a", waitMinutes: Math.round(random() * 180) }),
    );
    const samples: Sample[] = [];
    for (let i = 0; i < statusSamples; i++) {
      const instant = randomInstant();
      reports.forEach((r, k) => r.observedAt.setTime(instant.getTime() - offsets[k]!));
      const sample = timed(() => evaluateStatus({ baseline, notices: [], reports, instant }));
      if (i >= 20) samples.push(sample);
    }
    rows.push(summarize("status irkeshtam, report objects reused", samples));
  }

  // 2. The planner at random instants over every crossing.
  const planner: Sample[] = [];
  for (let i = 0; i < plannerInstants; i++) {
    for (const baseline of baselines) {
      const instant = randomInstant();
      planner.push(
        timed(() => {
          evaluateStatus({ baseline, notices: [], reports: [], instant });
          nextOpenWindow({ baseline, notices: [], instant });
          nextStateChange({ baseline, notices: [], instant });
        }),
      );
    }
  }
  rows.push(summarize(`planner, ${baselines.length} crossings × ${plannerInstants} instants`, planner));
  return rows;
}

function print(rows: EngineBenchRow[], log: (line: string) => void) {
  for (const row of rows) {
    log(
      `  ${row.name.padEnd(44)} median ${String(row.microsecondsMedian).padStart(6)} µs   p99 ${String(row.microsecondsP99).padStart(6)} µs   max ${String(row.microsecondsMax).padStart(7)} µs   CPU median ${String(row.cpuMicrosecondsMedian).padStart(6)} µs   p99 ${String(row.cpuMicrosecondsP99).padStart(6)} µs   (n=${row.samples})`,
    );
  }
}

/** How fast this machine is right now: a shared or loaded machine shows it here first. */
function calibration(): number {
  const start = performance.now();
  let sum = 0;
  for (let i = 0; i < 10_000_000; i++) sum += Math.sqrt(i);
  if (sum < 0) throw new Error("unreachable");
  return performance.now() - start;
}

/**
 * A question's stretch of schedule (414 days) compiled in one piece, as the engine's synchronous
 * call would, and a month per turn of the event loop, as prepareTimeline does before it: for the
 * seed's busiest schedules and the busiest the input limits allow (16 ranges a day on both
 * sides). The longest slice is what one request holds the loop for.
 */
function benchCompileSlices(log: (line: string) => void) {
  const { baselines } = validatedSeed();
  const standings = Object.fromEntries(sources.map((source) => [source.key, source.standing]));
  const minute = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const busy = Array.from({ length: 16 }, (_, i) => `${minute(i * 90)}-${minute(i * 90 + 45)}`).join(",");
  const cases: [string, CrossingBaseline, SourceStandings][] = [
    ...["karkyra-kegen", "irkeshtam", "maykapchagay-zimunai"].map((slug): [string, CrossingBaseline, SourceStandings] => [
      slug,
      baselines.find((b) => b.slug === slug)!,
      standings,
    ]),
    ["16 ranges a day on both sides", testBaseline({ hours: [`Mo-Fr ${busy}; Sa ${busy}`, `Mo-Su ${busy}`] }), {}],
  ];
  for (const [name, baseline, given] of cases) {
    const whole: number[] = [];
    const longest: number[] = [];
    for (let rep = 0; rep < 5; rep++) {
      const [from, to] = timelineRange(new Date(ANCHOR + rep * 37 * 86400_000));
      let started = performance.now();
      new BaseTimeline(resolveBaseline(baseline, given)).ensure(from, to);
      whole.push(performance.now() - started);
      const sliced = new BaseTimeline(resolveBaseline(baseline, given));
      let slice = 0;
      for (let done = false; !done;) {
        started = performance.now();
        done = sliced.extendToward(from, to, PREPARE_SLICE_MS);
        slice = Math.max(slice, performance.now() - started);
      }
      longest.push(slice);
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!.toFixed(1);
    log(`  compiling 414 days of ${name.padEnd(30)} in one piece ${median(whole).padStart(6)} ms, a month per turn: longest turn ${median(longest).padStart(5)} ms (medians of 5)`);
  }
}

export function printStatusEngineBench(log: (line: string) => void, options?: { statusSamples?: number; plannerInstants?: number }) {
  log("  goals: status median ≤ 50 µs, p99 ≤ 1,000 µs; planner p99 ≤ 2,000 µs (wall clock; CPU time beside it)");
  log(`  this machine now: 10,000,000 Math.sqrt in ${calibration().toFixed(0)} ms (compare runs by it: other jobs on the machine slow everything)`);
  print(benchStatusEngine(options), log);
  benchCompileSlices(log);
}

if (process.argv[1]?.endsWith("status-engine.ts")) {
  printStatusEngineBench(console.log, {
    statusSamples: Number(process.env.BENCH_STATUS_SAMPLES ?? 2000),
    plannerInstants: Number(process.env.BENCH_PLANNER_INSTANTS ?? 10_000),
  });
}
