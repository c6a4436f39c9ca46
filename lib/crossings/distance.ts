/**
 * Straight-line distances and how precise a crossing's location is — what "near me" sorts by and
 * what a row says ("35 km", or "~35 km" where the point is approximate). Pure.
 */
import type { CrossingBaseline, Sourced } from "@/lib/baseline/schema";
import { crossingLocation } from "@/lib/baseline/facts";

/** The mean Earth radius the distances use (and the location checks, db/seed/data/geography.ts). */
export const EARTH_KM = 6371;

export interface Point {
  lat: number;
  lon: number;
}

/** Great-circle distance in km (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * How far (km) the sources themselves say a location may be off: the largest "±N km" or "could be
 * off by N km" in the notes of its claim's sources (an approximation, a village's coordinates for
 * a post near it), else 0 (the source gives the post's own coordinates). docs/data.md.
 */
export function statedUncertaintyKm(location: Pick<Sourced<unknown>, "sources">): number {
  let km = 0;
  for (const ref of location.sources) {
    for (const match of (ref.note ?? "").matchAll(/(?:±|off by)\s*(\d+(?:\.\d+)?)\s*km/g)) km = Math.max(km, Number(match[1]));
  }
  return km;
}

/** The largest uncertainty either post's location states (0 when neither is located): what "near
 * me" marks with "~" and the map draws as approximate from APPROXIMATE_KM (lib/map/svg.ts). */
export function locationUncertaintyKm(baseline: Pick<CrossingBaseline, "sides">): number {
  return Math.max(0, ...baseline.sides.map((side) => (side.location ? statedUncertaintyKm(side.location) : 0)));
}

export interface CrossingPlace {
  /** The crossing's point (both posts' mean, as the map and the API place it), or null. */
  point: Point | null;
  /** Whether the point is approximate: a source states an uncertainty (a town's point for the
   * post's, an editorial estimate: "±N km") or calls it approximate. */
  approximate: boolean;
  /** The largest stated uncertainty of the located sides, km (0 when none is stated). */
  uncertaintyKm: number;
}

export function crossingPlace(baseline: CrossingBaseline): CrossingPlace {
  const located = baseline.sides.flatMap((side) => (side.location ? [side.location] : []));
  const uncertaintyKm = locationUncertaintyKm(baseline);
  const saysApproximate = located.some((location) => location.sources.some((ref) => /approximat/i.test(ref.note ?? "")));
  return { point: crossingLocation(baseline), approximate: uncertaintyKm > 0 || saysApproximate, uncertaintyKm };
}

/** A distance as a row shows it: whole km under 100, tens of km above (straight-line figures are
 * no more precise than that for a traveller), never 0 for a crossing that is not here. */
export function roundedKm(km: number): number {
  if (km < 1) return 1;
  if (km < 100) return Math.round(km);
  return Math.round(km / 10) * 10;
}
