import { describe, expect, it } from "vitest";
import { validatedSeed } from "@/db/seed/seed";
import { sources } from "@/db/seed/sources";
import { accuracyOf, closureFloorsOf, detectionsOf, falseFlipsOf, quantile } from "@/lib/trust/simulate/metrics";
import { latestShows, majorityShows, sortedBySubmission, windowAt, engineReports } from "@/lib/trust/simulate/methods";
import { CLOSED, DAY, DEFAULT_CONFIG, eventsOf, HOUR, MINUTE, model, OPEN, OTHER, truthOf, worldOf, type CrossingWorld, type SimReport } from "@/lib/trust/simulate/model";
import { stream } from "@/lib/trust/simulate/random";
import { formatResult, simulate } from "@/lib/trust/simulate/run";

const { baselines } = validatedSeed();
const standings = Object.fromEntries(sources.map((s) => [s.key, s.standing]));
const small = { ...DEFAULT_CONFIG, weeks: 1, crossings: ["kaplanbek-navoi"] };

describe("the simulator", () => {
  it("prints the same table for the same seed, another for another", () => {
    const a = formatResult(simulate(small, baselines, standings));
    expect(formatResult(simulate(small, baselines, standings))).toBe(a);
    expect(formatResult(simulate({ ...small, seed: small.seed + 1 }, baselines, standings))).not.toBe(a);
  });

  it("puts closures in scheduled-open time and reopenings in scheduled-closed time", () => {
    const config = { ...DEFAULT_CONFIG, crossings: ["kaplanbek-navoi"] };
    const world = worldOf(
      config,
      "kaplanbek-navoi",
      baselines.find((b) => b.slug === "kaplanbek-navoi")!,
      standings,
    );
    // Kaplanbek – Navoi is open 08:00–20:00 (UTC+5) every day by its schedule.
    expect(world.schedule[4 * 60]).toBe(OPEN);
    expect(world.schedule[16 * 60]).toBe(CLOSED);
    expect(world.events.some((e) => e.kind === "reopening")).toBe(true);
    for (const [i, event] of world.events.entries()) {
      const from = (event.start - world.start) / MINUTE;
      const to = (event.end - world.start) / MINUTE;
      const [shortest, longest] = event.kind === "closure" ? model.closureMinutes : model.reopeningMinutes;
      expect(to - from).toBeLessThanOrEqual(longest);
      // Shorter only where the schedule changes anyway.
      if (to - from < shortest) expect(world.schedule[to]).not.toBe(world.schedule[from]);
      for (let m = from; m < to; m++) {
        expect(world.schedule[m]).toBe(event.kind === "closure" ? OPEN : CLOSED);
        expect(world.truth[m]).toBe(event.kind === "closure" ? CLOSED : OPEN);
      }
      if (i > 0) expect(event.start).toBeGreaterThanOrEqual(world.events[i - 1]!.end);
    }
    // Outside events the truth is the schedule.
    const inEvent = new Uint8Array(world.minutes);
    for (const e of world.events) inEvent.fill(1, (e.start - world.start) / MINUTE, (e.end - world.start) / MINUTE);
    for (let m = 0; m < world.minutes; m++) if (!inEvent[m]) expect(world.truth[m]).toBe(world.schedule[m]);
  });

  it("never puts an event where the schedule is unknown", () => {
    const schedule = new Uint8Array(7 * 1440).fill(OTHER);
    schedule.fill(OPEN, 600, 900);
    const events = eventsOf(schedule, 0, stream(1, "test"));
    for (const e of events) expect(schedule[e.start / MINUTE]).toBe(OPEN);
  });
});

/** A hand-made world: two hours, open by schedule, closed unannounced from minute 12 to 50. */
function handMade(): CrossingWorld {
  const schedule = new Uint8Array(120).fill(OPEN);
  const events = [{ kind: "closure" as const, start: 12 * MINUTE, end: 50 * MINUTE }];
  return { slug: "test", baseline: baselines[0]!, start: 0, minutes: 120, schedule, truth: truthOf(schedule, 0, events), events };
}

describe("the measures", () => {
  it("counts a detection from the event's start to the first sample showing it", () => {
    const world = handMade();
    const shown = new Uint8Array(24).fill(OPEN);
    shown[1] = CLOSED; // before the closure: not a detection
    shown[5] = CLOSED; // minute 25
    expect(detectionsOf(world, shown, "closure")).toEqual({ minutes: [13], undetected: 0 });
    // Shown only at minute 50, when it has ended: never detected, counted as its length.
    const late = new Uint8Array(24).fill(OPEN);
    late[10] = CLOSED;
    expect(detectionsOf(world, late, "closure")).toEqual({ minutes: [38], undetected: 1 });
  });

  it("counts each contiguous false flip once, and its minutes", () => {
    const world = handMade();
    const honest = new Uint8Array(24).fill(OPEN);
    honest.fill(CLOSED, 3, 10);
    const attacked = honest.slice();
    attacked[0] = CLOSED; // truth open, twin open: a flip
    attacked[1] = OTHER; // the same episode
    attacked[3] = OPEN; // minute 15, truth closed, twin closed: a second episode
    attacked[20] = CLOSED; // a third
    expect(falseFlipsOf(world, honest, attacked)).toEqual({ episodes: 3, minutes: 20 });
    // Where the twin is already wrong, the adversary flips nothing.
    const wrongTwin = honest.slice();
    wrongTwin[20] = OTHER;
    expect(falseFlipsOf(world, wrongTwin, attacked)).toEqual({ episodes: 2, minutes: 15 });
  });

  it("scores only samples with reports, minute by minute", () => {
    const world = handMade();
    const shown = new Uint8Array(24).fill(OPEN);
    const hasReports = new Uint8Array(24);
    hasReports[2] = 1; // minutes 10–14: 10, 11 open (right), 12–14 closed (wrong)
    expect(accuracyOf(world, shown, hasReports)).toEqual({ scored: 5, correct: 2 });
  });

  it('gives each closure\'s floor from the first honest "closed" observed during it, by any account and by one that can decide alone', () => {
    const world = handMade(); // closed from minute 12 to 50
    const at = (minutes: number) => minutes * MINUTE;
    const reports = [
      // Before the closure, after it, of another state, or not honest: none of them counts.
      simReport({ id: "before", seen: "closed", observedAt: at(5), submittedAt: at(13) }),
      simReport({ id: "open", seen: "open", observedAt: at(13), submittedAt: at(14) }),
      simReport({ id: "adversary", seen: "closed", observedAt: at(13), submittedAt: at(13), honest: false }),
      // A fresh account's, submitted at 16: the sample at 20, 8 minutes in.
      simReport({ id: "fresh", seen: "closed", observedAt: at(14), submittedAt: at(16), unconfirmed: true }),
      // An established traveller's, submitted at 31: the sample at 35, 23 minutes in.
      simReport({ id: "established", seen: "closed", observedAt: at(20), submittedAt: at(31) }),
      simReport({ id: "later", seen: "closed", observedAt: at(22), submittedAt: at(24), unconfirmed: true }),
      // There at minute 13 but giving minute 2 (a wrong time), submitted at 33: it still tells of
      // the closure, but after the others.
      simReport({ id: "wrong time", seen: "closed", observedAt: at(2), happenedAt: at(13), submittedAt: at(33) }),
    ];
    expect(closureFloorsOf(world, reports)).toEqual({ any: { minutes: [8], undetected: 0 }, deciding: { minutes: [23], undetected: 0 } });
    // Submitted only after the closure ended (a late report): missed, counted as its length.
    const late = [simReport({ id: "late", seen: "closed", observedAt: at(40), submittedAt: at(52) })];
    // Selected by when the traveller was there, not by the time the report gives.
    const wrongTime = [simReport({ id: "wrong time", seen: "closed", observedAt: at(5), happenedAt: at(14), submittedAt: at(15) })];
    expect(closureFloorsOf(world, wrongTime)).toEqual({ any: { minutes: [3], undetected: 0 }, deciding: { minutes: [3], undetected: 0 } });
    expect(closureFloorsOf(world, late)).toEqual({ any: { minutes: [38], undetected: 1 }, deciding: { minutes: [38], undetected: 1 } });
  });

  it("takes nearest-rank quantiles", () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(quantile([], 0.5)).toBeNull();
  });
});

function simReport(fields: Partial<SimReport> & Pick<SimReport, "id" | "seen" | "observedAt" | "submittedAt">): SimReport {
  return { author: fields.id, address: `ip-${fields.id}`, score: 0.5, unconfirmed: false, direction: "a-b", honest: true, votes: [], happenedAt: fields.observedAt, ...fields };
}

describe("the baselines", () => {
  const t = 10 * HOUR;
  const reports = [
    simReport({ id: "a", seen: "open", observedAt: t - 30 * MINUTE, submittedAt: t - 29 * MINUTE }),
    // Observed earlier, submitted later (late): the latest submitted.
    simReport({ id: "b", seen: "closed", observedAt: t - 90 * MINUTE, submittedAt: t - 10 * MINUTE }),
    // Not yet submitted at t: invisible.
    simReport({ id: "c", seen: "closed", observedAt: t - 5 * MINUTE, submittedAt: t + MINUTE }),
    // Older than 2 hours: not in the majority's count, still in the window.
    simReport({ id: "d", seen: "closed", observedAt: t - 3 * HOUR, submittedAt: t - 3 * HOUR }),
    // Older than 12 hours: outside the window.
    simReport({ id: "e", seen: "closed", observedAt: t - 13 * HOUR, submittedAt: t - 9 * HOUR }),
  ];
  const sorted = sortedBySubmission(reports);
  const window = windowAt(sorted, t);

  it("see the reports submitted by the instant and observed within 12 hours", () => {
    expect(window.map((i) => sorted.reports[i]!.id).sort()).toEqual(["a", "b", "d"]);
  });

  it("latest report wins: the newest submitted, else the schedule", () => {
    expect(latestShows(sorted, window, OPEN)).toBe(CLOSED);
    expect(latestShows(sorted, [], OPEN)).toBe(OPEN);
  });

  it("majority of the last 2 hours: a tie is unknown, none is the schedule", () => {
    expect(majorityShows(sorted, window, t, CLOSED)).toBe(OTHER); // a (open) vs b (closed)
    expect(majorityShows(sorted, window, t + 2 * HOUR, CLOSED)).toBe(CLOSED); // none left
    expect(majorityShows(sorted, windowAt(sorted, t + 10 * MINUTE), t + 10 * MINUTE, OPEN)).toBe(CLOSED); // a, b, c: 2 closed
  });

  it("the engine hears one voice per address and only the votes cast by the instant", () => {
    const shared = [
      simReport({ id: "x", seen: "closed", observedAt: t - DAY / 48, submittedAt: t - DAY / 48, address: "same", score: 0.4 }),
      simReport({
        id: "y",
        seen: "closed",
        observedAt: t - DAY / 48,
        submittedAt: t - DAY / 48,
        address: "same",
        score: 0.6,
        votes: [{ at: t + 1, weight: 0.2, kind: "dispute" }],
      }),
    ];
    const s = sortedBySubmission(shared);
    const inputs = engineReports(s, windowAt(s, t), t);
    expect(inputs.map((r) => [r.id, r.echo, r.disputes])).toEqual([
      ["x", true, 0],
      ["y", false, 0],
    ]);
    expect(engineReports(s, windowAt(s, t + 1), t + 1).find((r) => r.id === "y")!.disputes).toBe(0.2);
  });
});
