/**
 * Microseconds per status evaluation with 1,000 reports in the window (goal ≤ 1 ms).
 * Part of `npm run bench`; prints figures, asserts nothing.
 */
import { validatedSeed } from "@/db/seed/seed";
import { evaluateStatus } from "@/lib/status/evaluate";
import { report } from "@/lib/status/test-helpers";
import type { ReportInput } from "@/lib/status/types";

export function benchStatusEngine(): { slug: string; reports: number; microsecondsMedian: number; microsecondsP99: number }[] {
  const { baselines } = validatedSeed();
  const instant = new Date("2026-07-15T06:00:00Z");
  // Deterministic pseudo-random reports spread over the 12 hours before the instant.
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const reports: ReportInput[] = Array.from({ length: 1000 }, () =>
    report({
      observedAt: new Date(instant.getTime() - random() * 12 * 3600_000),
      seen: random() < 0.7 ? "open" : "closed",
      direction: random() < 0.5 ? "a-b" : "b-a",
      waitMinutes: Math.round(random() * 180),
      verified: random() < 0.1,
      reporterTrust: random(),
    }),
  );
  return ["korday-ak-zhol", "irkeshtam", "karkyra-kegen"].map((slug) => {
    const baseline = baselines.find((b) => b.slug === slug)!;
    for (let i = 0; i < 50; i++) evaluateStatus({ baseline, notices: [], reports, instant });
    const samples: number[] = [];
    for (let i = 0; i < 400; i++) {
      const start = process.hrtime.bigint();
      evaluateStatus({ baseline, notices: [], reports, instant: new Date(instant.getTime() + i * 60_000) });
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
    samples.sort((a, b) => a - b);
    return {
      slug,
      reports: reports.length,
      microsecondsMedian: Math.round(samples[Math.floor(samples.length / 2)]!),
      microsecondsP99: Math.round(samples[Math.floor(samples.length * 0.99)]!),
    };
  });
}
