/**
 * Seeded pseudo-random numbers for the simulator (docs/trust.md, "The simulator"): mulberry32,
 * one independent stream per purpose, so a change in one part of the model (say, an adversary)
 * never shifts the numbers another part draws (the honest travellers).
 */
export type Random = () => number;

/** mulberry32: 32 bits of state, uniform in [0, 1). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stream's own seed from the run's seed and a name (FNV-1a over both). */
export function stream(seed: number, ...name: (string | number)[]): Random {
  let hash = 0x811c9dc5;
  for (const char of `${seed}|${name.join("|")}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return mulberry32(hash);
}

export const uniform = (random: Random, from: number, to: number) => from + (to - from) * random();
/** An integer in [from, to], both included. */
export const integer = (random: Random, from: number, to: number) => from + Math.floor(random() * (to - from + 1));
export const chance = (random: Random, p: number) => random() < p;
/** The gap to the next event of a Poisson process of this rate. */
export const exponential = (random: Random, rate: number) => -Math.log(1 - random()) / rate;

/** A Poisson count (Knuth's method: the means here are small). */
export function poisson(random: Random, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  for (let product = random(); product > limit; product *= random()) count++;
  return count;
}
