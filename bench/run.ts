/** `npm run bench`: prints performance figures (never a pass/fail test). */
import os from "node:os";
import { benchStatusEngine } from "./status-engine";

console.log(`Crossings bench — ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`);
console.log("\nStatus engine: one evaluation with 1,000 reports in the window (goal ≤ 1,000 µs)");
for (const row of benchStatusEngine()) {
  console.log(`  ${row.slug.padEnd(16)} median ${String(row.microsecondsMedian).padStart(5)} µs   p99 ${String(row.microsecondsP99).padStart(5)} µs`);
}
