/**
 * The simulator's measures (docs/trust.md, "The simulator"), over one crossing's samples: a
 * shown state every SAMPLE_MS, each standing for the SAMPLE_MS minutes that follow it.
 */
import { CLOSED, MINUTE, OPEN, OTHER, type CrossingWorld, type TruthEvent } from "@/lib/trust/simulate/model";

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
