import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function answersUnder(tz: string): unknown[] {
  const output = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["lib/schedule/host-zone-probe.ts"], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: "utf8",
  });
  return JSON.parse(output) as unknown[];
}

describe("the host's time zone never leaks into schedule answers", () => {
  it("gives identical answers under UTC, Los Angeles, Kiritimati and Kathmandu", () => {
    const reference = answersUnder("UTC");
    expect(reference.length).toBeGreaterThan(6000);
    // A Sunday 02:00–03:00 Bishkek schedule must be open at 02:15 on 8 March 2026, the night
    // Los Angeles springs forward past 02:15.
    expect(reference).toContainEqual(["2026-03-07T20:15:00.000Z", "open", "2026-03-07T21:00:00.000Z"]);
    for (const tz of ["America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kathmandu"]) {
      expect(answersUnder(tz)).toEqual(reference);
    }
  }, 120_000);
});
