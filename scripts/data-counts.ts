/**
 * The baseline's counts for docs/data.md (issue 16): crossings per border pair, facts by
 * standing, crossings with hours known on both sides / one side / none, and the share of facts
 * resting on something better than the editorial source or a directory.
 *
 *   npx tsx scripts/data-counts.ts
 *
 * A fact "rests on" the best standing among the sources of its claims still in force (claims
 * superseded by a later source of equal or higher standing do not count). A side's hours are
 * "known" when the claims in force agree on one schedule without `unknown` rules (two schedules
 * in force that differ leave the hours unknown where they differ).
 *
 * A placeholder — hours "not published in our sources", a post "name not sourced" — states no
 * value: it is counted, and the share is given both with and without placeholders.
 */
import { pathToFileURL } from "node:url";
import { HOURS_UNKNOWN } from "@/db/seed/data/build";
import { validatedSeed, validatedSeedNotices } from "@/db/seed/seed";
import { sources } from "@/db/seed/sources";
import { listFacts } from "@/lib/baseline/facts";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import { resolveClaims, standingRank, standings, type SourceStandings, type Standing } from "@/lib/baseline/standing";

export interface DataCounts {
  crossings: number;
  byPair: [string, number][];
  facts: number;
  factsByStanding: Record<Standing, number>;
  betterThanDirectory: number;
  /** Facts whose only value in force says no source gives it (unknown hours, unnamed post). */
  placeholders: number;
  placeholdersBetterThanDirectory: number;
  hours: { both: number; one: number; none: number };
  /** The same, among crossings operating (or possibly so) and not goods-only. */
  hoursOpenToPassengers: { both: number; one: number; none: number; crossings: number };
  withoutLocation: number;
  sources: number;
  notices: number;
}

function sideHoursKnown(side: CrossingBaseline["sides"][number], standingOf: SourceStandings): boolean {
  const values = new Set(resolveClaims(side.hours, standingOf).current.map((claim) => claim.value));
  return values.size === 1 && ![...values].some((value) => /\bunknown\b/.test(value));
}

/** The builders' "no hours in our sources", and the older wording two original crossings keep. */
const PLACEHOLDER_HOURS = new Set([HOURS_UNKNOWN, 'Mo-Su unknown "hours not published"']);

/** A value that only says the sources do not give it. */
export function isPlaceholder(path: string, values: unknown[]): boolean {
  if (values.length === 0) return false;
  if (/\.hours$/.test(path)) return values.every((value) => PLACEHOLDER_HOURS.has(value as string));
  if (/\.postName$/.test(path)) return values.every((value) => /\(name not (sourced|confirmed)\)/.test((value as { en: string }).en));
  return false;
}

export function dataCounts(): DataCounts {
  const { baselines } = validatedSeed();
  const standingOf: SourceStandings = Object.fromEntries(sources.map((source) => [source.key, source.standing]));
  const byPair = new Map<string, number>();
  const factsByStanding = Object.fromEntries(standings.map((standing) => [standing, 0])) as Record<Standing, number>;
  const hours = { both: 0, one: 0, none: 0 };
  const hoursOpenToPassengers = { both: 0, one: 0, none: 0, crossings: 0 };
  let facts = 0;
  let placeholders = 0;
  let placeholdersBetterThanDirectory = 0;
  let withoutLocation = 0;
  for (const baseline of baselines) {
    const pair = baseline.sides.map((side) => side.country).join("–");
    byPair.set(pair, (byPair.get(pair) ?? 0) + 1);
    for (const { path, fact } of listFacts(baseline)) {
      facts++;
      const current = resolveClaims(fact, standingOf).current;
      const inForce = current.flatMap((claim) => claim.sources);
      const best = inForce.map((ref) => standingOf[ref.source] ?? "editorial").reduce((a, b) => (standingRank[b] > standingRank[a] ? b : a), "editorial" as Standing);
      factsByStanding[best]++;
      if (
        isPlaceholder(
          path,
          current.map((claim) => claim.value),
        )
      ) {
        placeholders++;
        if (standingRank[best] > standingRank.directory) placeholdersBetterThanDirectory++;
      }
    }
    const known = baseline.sides.filter((side) => sideHoursKnown(side, standingOf)).length;
    const bucket = known === 2 ? "both" : known === 1 ? "one" : "none";
    hours[bucket]++;
    const operation = resolveClaims(baseline.operation, standingOf).current.map((claim) => claim.value);
    if (!operation.every((value) => value === "closed") && baseline.traffic.value.who !== "goods") {
      hoursOpenToPassengers[bucket]++;
      hoursOpenToPassengers.crossings++;
    }
    if (baseline.sides.every((side) => !side.location)) withoutLocation++;
  }
  const betterThanDirectory = standings.filter((standing) => standingRank[standing] > standingRank.directory).reduce((sum, standing) => sum + factsByStanding[standing], 0);
  return {
    crossings: baselines.length,
    byPair: [...byPair.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    facts,
    factsByStanding,
    betterThanDirectory,
    placeholders,
    placeholdersBetterThanDirectory,
    hours,
    hoursOpenToPassengers,
    withoutLocation,
    sources: sources.length,
    notices: validatedSeedNotices(new Set(baselines.map((baseline) => baseline.slug))).length,
  };
}

function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : "–";
}

export function formatCounts(counts: DataCounts): string {
  const lines = [
    `Crossings: ${counts.crossings} (${counts.withoutLocation} without a sourced location); sources: ${counts.sources}; seeded notices: ${counts.notices}`,
    "",
    "| border pair | crossings |",
    "|---|---|",
    ...counts.byPair.map(([pair, n]) => `| ${pair} | ${n} |`),
    "",
    `Facts: ${counts.facts}, by the best standing of their claims in force:`,
    "",
    "| standing | facts |",
    "|---|---|",
    ...standings.map((standing) => `| ${standing} | ${counts.factsByStanding[standing]} (${percent(counts.factsByStanding[standing], counts.facts)}) |`),
    "",
    `Better than editorial or directory: ${counts.betterThanDirectory} of ${counts.facts} (${percent(counts.betterThanDirectory, counts.facts)})`,
    `Placeholders among all facts (hours "not published in our sources", post "name not sourced"): ${counts.placeholders}; leaving them out, better than editorial or directory: ${counts.betterThanDirectory - counts.placeholdersBetterThanDirectory} of ${counts.facts - counts.placeholders} (${percent(counts.betterThanDirectory - counts.placeholdersBetterThanDirectory, counts.facts - counts.placeholders)})`,
    "",
    `Hours known on both sides: ${counts.hours.both}; one side: ${counts.hours.one}; none: ${counts.hours.none}`,
    `Of the ${counts.hoursOpenToPassengers.crossings} crossings not closed and not goods-only: both ${counts.hoursOpenToPassengers.both} (${percent(counts.hoursOpenToPassengers.both, counts.hoursOpenToPassengers.crossings)}), one ${counts.hoursOpenToPassengers.one}, none ${counts.hoursOpenToPassengers.none}`,
  ];
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatCounts(dataCounts()));
}
