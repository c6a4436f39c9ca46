/**
 * "Near me": the list sorted by straight-line distance from a city the reader picks, or from
 * their device's location (rounded to 0.1°, about 11 km, before it ever leaves the browser).
 * `near=` is either a city's key (lib/crossings/cities.ts) or "lat,lon"; anything else is
 * "invalid" — the page then shows the normal list and says why, never a 500. Pure.
 */
import { z } from "zod";
import { cityByKey, type City } from "@/lib/crossings/cities";
import { distanceKm, roundedKm, type CrossingPlace, type Point } from "@/lib/crossings/distance";

export type Near = { kind: "none" } | { kind: "invalid" } | { kind: "city"; city: City; point: Point } | { kind: "point"; point: Point };

/** "42.9,74.6" (a comma, optional spaces; at most four decimals): a latitude and a longitude in range. */
const POINT = /^(-?\d{1,2}(?:\.\d{1,4})?)\s*,\s*(-?\d{1,3}(?:\.\d{1,4})?)$/;
const coordinates = z
  .string()
  .regex(POINT)
  .transform((value) => {
    const [, lat, lon] = POINT.exec(value)!;
    return { lat: Number(lat), lon: Number(lon) };
  })
  .pipe(z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }));

/** One decimal: what the device button sends, and what the server keeps of any point it is given. */
export function roundPoint(point: Point): Point {
  const round = (value: number) => Math.round(value * 10) / 10;
  return { lat: round(point.lat), lon: round(point.lon) };
}

/** The `near=` value of a point, as the form sends it ("42.9,74.6"). */
export function pointParam(point: Point): string {
  const rounded = roundPoint(point);
  return `${rounded.lat},${rounded.lon}`;
}

/** The `near=` value that asks for this again: the city's key, the point, or "" for none. */
export function nearParam(near: Near): string {
  return near.kind === "city" ? near.city.key : near.kind === "point" ? pointParam(near.point) : "";
}

export function parseNear(value: unknown): Near {
  if (value === undefined || value === null || value === "") return { kind: "none" };
  if (typeof value !== "string" || value.length > 40) return { kind: "invalid" };
  const trimmed = value.trim();
  const city = cityByKey(trimmed);
  if (city) return { kind: "city", city, point: { lat: city.lat, lon: city.lon } };
  const parsed = coordinates.safeParse(trimmed);
  return parsed.success ? { kind: "point", point: roundPoint(parsed.data) } : { kind: "invalid" };
}

export interface Distance {
  /** Rounded for display (lib/crossings/distance.ts roundedKm). */
  km: number;
  approximate: boolean;
  uncertaintyKm: number;
}

/** A crossing's distance from the point, or null where no source places it. */
export function distanceFrom(origin: Point, place: CrossingPlace): Distance | null {
  if (!place.point) return null;
  return { km: roundedKm(distanceKm(origin, place.point)), approximate: place.approximate, uncertaintyKm: place.uncertaintyKm };
}

/**
 * Rows nearest first (by exact distance; ties keep the order given), those with no location last
 * in the order given. Stable, so an A–Z list stays A–Z among equals and among the unplaced.
 */
export function sortByDistance<T>(rows: readonly T[], origin: Point, placeOf: (row: T) => CrossingPlace): T[] {
  const keyed = rows.map((row, index) => {
    const point = placeOf(row).point;
    return { row, index, km: point ? distanceKm(origin, point) : Number.POSITIVE_INFINITY };
  });
  keyed.sort((a, b) => a.km - b.km || a.index - b.index);
  return keyed.map((entry) => entry.row);
}
