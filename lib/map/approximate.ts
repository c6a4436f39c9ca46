/**
 * How far a crossing's point on the map may be from the real one, by its sources' own words:
 * the largest "±N km" or "could be off by N km" in the notes of either post's location sources
 * (an approximation, a village's coordinates for a post near it), else 0. The map marks a
 * crossing whose point may be APPROXIMATE_KM or more off, and draws that distance once a zoom
 * makes it larger than the marker.
 */
import type { CrossingBaseline } from "@/lib/baseline/schema";
import { statedUncertaintyKm } from "@/lib/crossings/distance";

/** From this many km of stated uncertainty a marker is drawn as approximate (a dashed ring). */
export const APPROXIMATE_KM = 10;

/** The uncertainty (km) one location's sources state: one reading of "±N km", shared with "near me". */
export { statedUncertaintyKm } from "@/lib/crossings/distance";

/** The largest uncertainty either post's location states (0 when neither is located). */
export function locationUncertaintyKm(baseline: Pick<CrossingBaseline, "sides">): number {
  return Math.max(0, ...baseline.sides.map((side) => (side.location ? statedUncertaintyKm(side.location) : 0)));
}
