import { describe, expect, it } from "vitest";
import { emailHash, logLine } from "./log";

describe("structured log lines", () => {
  it("are one JSON object with time, level and event first", () => {
    const line = logLine("warn", "auth.denied", { route: "/api/moderation/x", status: 403, userId: null, skipped: undefined }, new Date("2026-01-02T03:04:05Z"));
    expect(line).not.toContain("\n");
    expect(Object.keys(JSON.parse(line))).toEqual(["time", "level", "event", "route", "status", "userId"]);
    expect(JSON.parse(line)).toEqual({ time: "2026-01-02T03:04:05.000Z", level: "warn", event: "auth.denied", route: "/api/moderation/x", status: 403, userId: null });
  });

  it("cannot be split or relabelled by what a client sends", () => {
    const line = logLine("info", "auth.signed_in", { route: 'x"\n{"event":"forged"}', event: "forged", level: "error", time: "never" } as never);
    expect(line.split("\n")).toHaveLength(1);
    expect(JSON.parse(line)).toMatchObject({ level: "info", event: "auth.signed_in", route: 'x"\n{"event":"forged"}' });
  });

  it("hashes addresses the same way whatever their case, never keeping them", () => {
    expect(emailHash(" Traveller@Example.org ")).toBe(emailHash("traveller@example.org"));
    expect(emailHash("traveller@example.org")).toMatch(/^[0-9a-f]{16}$/);
    expect(emailHash("a@example.org")).not.toBe(emailHash("b@example.org"));
    // Keyed: without the deployment's secret, a guessed address cannot be checked against a log.
    expect(emailHash("traveller@example.org", "a".repeat(32))).not.toBe(emailHash("traveller@example.org", "b".repeat(32)));
    expect(emailHash("traveller@example.org", "a".repeat(32))).toBe(emailHash("Traveller@example.org ", "a".repeat(32)));
  });
});
