/**
 * `npm run simulate [-- --seed N] [--weeks W]`: issue 18's simulator (docs/trust.md, "The
 * simulator"). Loads the seeded crossings and source standings, runs lib/trust/simulate and
 * prints its table and goals. Same seed, same table.
 */
import { validatedSeed } from "@/db/seed/seed";
import { sources } from "@/db/seed/sources";
import { DEFAULT_CONFIG } from "@/lib/trust/simulate/model";
import { formatResult, simulate } from "@/lib/trust/simulate/run";

function option(name: string): number | undefined {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

const config = { ...DEFAULT_CONFIG, seed: option("seed") ?? DEFAULT_CONFIG.seed, weeks: option("weeks") ?? DEFAULT_CONFIG.weeks };
const standings = Object.fromEntries(sources.map((s) => [s.key, s.standing]));
console.log(formatResult(simulate(config, validatedSeed().baselines, standings)));
