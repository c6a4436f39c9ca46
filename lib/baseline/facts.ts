/**
 * Reading a baseline: derived values (location, countries) and the list of facts with their
 * sources and disagreements, for the crossing page and the counts in the README.
 */
import type { CrossingBaseline, SourceRef, Sourced } from "@/lib/baseline/schema";

/** The midpoint of the two posts: good enough to place the crossing on a list or map. Where a
 * source gives only one post's location, that post; where none does, null ("location not yet
 * sourced"): the crossing is listed but not placed on the map or in the GeoJSON. */
export function crossingLocation(baseline: CrossingBaseline): { lat: number; lon: number } | null {
  const known = baseline.sides.flatMap((side) => (side.location ? [side.location.value] : []));
  if (known.length === 0) return null;
  const round = (value: number) => Math.round(value * 10000) / 10000;
  return {
    lat: round(known.reduce((sum, point) => sum + point.lat, 0) / known.length),
    lon: round(known.reduce((sum, point) => sum + point.lon, 0) / known.length),
  };
}

/** The crossings table's columns derived from a baseline (for filtering, sorting, the map). */
export function derivedColumns(baseline: CrossingBaseline) {
  const location = crossingLocation(baseline);
  return {
    nameEn: baseline.name.en,
    nameRu: baseline.name.ru ?? null,
    countryA: baseline.sides[0].country,
    countryB: baseline.sides[1].country,
    lat: location?.lat ?? null,
    lon: location?.lon ?? null,
  };
}

export interface FactEntry {
  /** Where the fact sits, e.g. "sides.0.hours" or "traffic". */
  path: string;
  fact: Sourced<unknown>;
}

function isSourced(value: unknown): value is Sourced<unknown> {
  return typeof value === "object" && value !== null && "value" in value && "sources" in value && Array.isArray((value as { sources: unknown }).sources);
}

/** Every sourced fact in a baseline, in document order. */
export function listFacts(baseline: CrossingBaseline): FactEntry[] {
  const entries: FactEntry[] = [];
  const walk = (node: unknown, path: string) => {
    if (isSourced(node)) {
      entries.push({ path, fact: node });
      return;
    }
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, path ? `${path}.${index}` : String(index)));
    else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) walk(value, path ? `${path}.${key}` : key);
    }
  };
  walk(baseline, "");
  return entries;
}

/** Facts on which sources disagree. */
export function listConflicts(baseline: CrossingBaseline): FactEntry[] {
  return listFacts(baseline).filter((entry) => entry.fact.alternatives.length > 0);
}

/** The distinct source keys a baseline cites, most-cited first. */
export function citedSources(baseline: CrossingBaseline): string[] {
  const counts = new Map<string, number>();
  const count = (refs: SourceRef[]) => refs.forEach((ref) => counts.set(ref.source, (counts.get(ref.source) ?? 0) + 1));
  for (const { fact } of listFacts(baseline)) {
    count(fact.sources);
    fact.alternatives.forEach((alternative) => count(alternative.sources));
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}
