/**
 * How far a source is trusted, and when a claim is superseded (docs/architecture.md, "Sources and their standing").
 *
 * Standing, highest first: an official announcement or government list, a news agency, a
 * traveller's first-hand report, a guidebook, a directory or aggregator site, an editorial
 * guess. A claim is **superseded** when a claim dated certainly later comes from a source of
 * equal or higher standing: it stays visible as history ("until Aug 2025: …") but never
 * changes an answer. Only claims that are not superseded and still disagree make "unknown".
 *
 * Pure: the standings of the sources are passed in (the data layer reads them from the
 * sources table); a source whose standing is not known neither supersedes nor is superseded,
 * so missing data can only keep a disagreement visible, never hide one.
 */
import type { SourceRef } from "@/lib/baseline/schema";

export const standings = ["official", "news", "traveller", "guidebook", "directory", "editorial"] as const;
export type Standing = (typeof standings)[number];

/** Higher is stronger. */
export const standingRank: Record<Standing, number> = { official: 5, news: 4, traveller: 3, guidebook: 2, directory: 1, editorial: 0 };

/** Source key → standing. */
export type SourceStandings = Readonly<Record<string, Standing>>;

/** "2025", "2025-08" or "2025-08-26" as the first and last day it may mean (UTC ms). */
export function asOfSpan(asOf: string): { first: number; last: number } {
  const [year, month, day] = asOf.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return { first: Date.UTC(year, 0, 1), last: Date.UTC(year, 11, 31) };
  if (day === undefined) return { first: Date.UTC(year, month - 1, 1), last: Date.UTC(year, month, 0) };
  const date = Date.UTC(year, month - 1, day);
  return { first: date, last: date };
}

/** Whether `later` is certainly after `earlier`: "2025-08-26" is not certainly after "2025". */
export function certainlyAfter(later: string, earlier: string): boolean {
  return asOfSpan(later).first > asOfSpan(earlier).last;
}

export interface Claim<T> {
  value: T;
  sources: SourceRef[];
}

/** A superseded claim and the claim dated later, of equal or higher standing, that replaced it. */
export interface SupersededClaim<T> {
  claim: Claim<T>;
  /** The as-of date of the superseding source: shown as "until <date>". */
  until: string;
  by: SourceRef;
}

export interface ResolvedClaims<T> {
  /** The claims still in force, in the fact's order (value first). Never empty. */
  current: Claim<T>[];
  superseded: SupersededClaim<T>[];
}

/** The source of `by` that supersedes `ref`, if one does. */
function supersedingSource(ref: SourceRef, by: SourceRef[], standingsOf: SourceStandings): SourceRef | null {
  const own = standingsOf[ref.source];
  if (own === undefined) return null;
  let best: SourceRef | null = null;
  for (const candidate of by) {
    const theirs = standingsOf[candidate.source];
    if (theirs === undefined || standingRank[theirs] < standingRank[own] || !certainlyAfter(candidate.asOf, ref.asOf)) continue;
    // The earliest such source: the claim stood until then.
    if (!best || asOfSpan(candidate.asOf).first < asOfSpan(best.asOf).first) best = candidate;
  }
  return best;
}

/**
 * Splits a fact's claims (its value and alternatives) into those in force and those
 * superseded. A claim is superseded by another claim when every one of its sources is
 * outranked-or-equalled and certainly post-dated by a source of that other claim; a claim
 * backed by several sources stands while any of them stands.
 */
export function resolveClaims<T>(fact: { value: T; sources: SourceRef[]; alternatives?: Claim<T>[] }, standingsOf: SourceStandings): ResolvedClaims<T> {
  const claims: Claim<T>[] = [{ value: fact.value, sources: fact.sources }, ...(fact.alternatives ?? [])];
  if (claims.length === 1) return { current: claims, superseded: [] };
  const current: Claim<T>[] = [];
  const superseded: SupersededClaim<T>[] = [];
  claims.forEach((claim, index) => {
    let replacement: SourceRef | null = null;
    for (let other = 0; other < claims.length && !replacement; other++) {
      if (other === index) continue;
      const by = claims[other]!.sources;
      const perSource = claim.sources.map((ref) => supersedingSource(ref, by, standingsOf));
      if (perSource.every((found) => found !== null)) {
        replacement = perSource.reduce((a, b) => (asOfSpan(b!.asOf).first > asOfSpan(a!.asOf).first ? b : a))!;
      }
    }
    if (replacement) superseded.push({ claim, until: replacement.asOf, by: replacement });
    else current.push(claim);
  });
  // Supersession is by strictly later dates, so it has no cycles and some claim always stands.
  return { current, superseded };
}
