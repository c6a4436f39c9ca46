/**
 * The simulator's measures (docs/trust.md, "The simulator"), over one crossing's samples: a
 * shown state every SAMPLE_MS, each standing for the SAMPLE_MS minutes that follow it.
 */
import { CLOSED, MINUTE, OPEN, OTHER, type CrossingWorld, type SimReport, type TruthEvent } from "@/lib/trust/simulate/model";

export const SAMPLE_MS = 5 * MINUTE;
const PER_SAMPLE = SAMPLE_MS / MINUTE;

/** Minutes scored (a report in the window, the truth known) and those shown right. */
export function accuracyOf(world: CrossingWorld, shown: Uint8Array, hasReports: Uint8Array): { scored: number; correct: number } {
  let scored = 0;
  let correct = 0;
  for (let i = 0; i < shown.length; i++) {
    if (!hasReports[i]) continue;
    for (let m = i * PER_SAMPLE; m < (i + 1) * PER_SAMPLE && m < world.minutes; m++) {
      if (world.truth[m] === OTHER) continue;
      scored++;
      if (shown[i] === world.truth[m]) correct++;
    }
  }
  return { scored, correct };
}

/**
 * Minutes from each event's start to the first sample at or after it showing the event's
 * state; an event never shown before its end counts its length (censored) and as undetected.
 */
export function detectionsOf(world: CrossingWorld, shown: Uint8Array, kind: TruthEvent["kind"]): { minutes: number[]; undetected: number } {
  const target = kind === "closure" ? CLOSED : OPEN;
  const minutes: number[] = [];
  let undetected = 0;
  for (const event of world.events) {
    if (event.kind !== kind) continue;
    let found: number | null = null;
    for (let i = Math.ceil((event.start - world.start) / SAMPLE_MS); i < shown.length; i++) {
      const time = world.start + i * SAMPLE_MS;
      if (time >= event.end) break;
      if (shown[i] === target) {
        found = (time - event.start) / MINUTE;
        break;
      }
    }
    if (found === null) undetected++;
    minutes.push(found ?? (event.end - event.start) / MINUTE);
  }
  return { minutes, undetected };
}

/**
 * False flips caused by an adversary: samples where the honest-only twin shows the truth (at
 * the sample's instant) and the adversarial run shows something else; each contiguous run is
 * one episode.
 */
export function falseFlipsOf(world: CrossingWorld, honestShown: Uint8Array, shown: Uint8Array): { episodes: number; minutes: number } {
  let episodes = 0;
  let samples = 0;
  let inEpisode = false;
  for (let i = 0; i < shown.length; i++) {
    const truth = world.truth[i * PER_SAMPLE];
    const flipped = truth !== OTHER && honestShown[i] === truth && shown[i] !== truth;
    if (flipped) {
      samples++;
      if (!inEpisode) episodes++;
    }
    inEpisode = flipped;
  }
  return { episodes, minutes: samples * PER_SAMPLE };
}

/** Nearest-rank quantile of minutes (null for none). */
export function quantile(values: readonly number[], q: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

/** Which report a closure floor waits for (closureFloorsOf). */
export type FloorRule = "any" | "deciding";

/**
 * How soon any rule could show the unannounced closures from what honest travellers report
 * about them: for each closure, minutes from its start to the first sample at or after the
 * submission of the first honest "closed" from a traveller who was there during it (whatever
 * time the report gives) — from any account ("any": a rule
 * that believes one report, a fresh account's too) or from an account that can decide alone
 * ("deciding": a rule that believes one established traveller). A closure no such report
 * reaches before its end counts its length and as missed, as in detectionsOf. A rule may still
 * be faster by luck, pairing a report from before the closure (a wrong button, a wrong time)
 * with one during it; no rule can be faster from the reports about the closure itself.
 */
export function closureFloorsOf(world: CrossingWorld, honest: readonly SimReport[]): Record<FloorRule, { minutes: number[]; undetected: number }> {
  const floors: Record<FloorRule, { minutes: number[]; undetected: number }> = { any: { minutes: [], undetected: 0 }, deciding: { minutes: [], undetected: 0 } };
  for (const event of world.events) {
    if (event.kind !== "closure") continue;
    const during = honest
      .filter((r) => r.honest && r.seen === "closed" && r.happenedAt >= event.start && r.happenedAt < event.end)
      .sort((a, b) => a.submittedAt - b.submittedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const shownAt = (report: SimReport | undefined) => {
      if (!report) return null;
      const sample = world.start + Math.ceil((report.submittedAt - world.start) / SAMPLE_MS) * SAMPLE_MS;
      return sample < event.end ? (sample - event.start) / MINUTE : null;
    };
    const record = (rule: FloorRule, minutes: number | null) => {
      if (minutes === null) floors[rule].undetected++;
      floors[rule].minutes.push(minutes ?? (event.end - event.start) / MINUTE);
    };
    record("any", shownAt(during[0]));
    record("deciding", shownAt(during.find((r) => !r.unconfirmed)));
  }
  return floors;
}
