/**
 * Geography for the data checks (db/seed/data/geography.test.ts and docs/data.md, "Checks that
 * keep the data honest"): the border line between two countries and a point's distance from it,
 * from the Natural Earth 1:50m outlines the map already ships (world-atlas), and how uncertain a
 * location is by its sources' own words (lib/crossings/distance.ts, shared with "near me" and the map).
 * Used by the tests only; nothing in the app imports it.
 */
import { geoContains } from "d3-geo";
import type { Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries50m from "world-atlas/countries-50m.json";
import { EARTH_KM } from "@/lib/crossings/distance";

const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** ISO 3166-1 numeric codes (world-atlas's ids) of the countries the crossings join. */
const numeric: Record<string, string> = {
  AF: "004",
  CN: "156",
  IR: "364",
  KG: "417",
  KZ: "398",
  RU: "643",
  TJ: "762",
  TM: "795",
  UZ: "860",
};
const idOf = (country: string): string => {
  const id = numeric[country];
  if (!id) throw new Error(`no Natural Earth id for ${country}: add it to db/seed/data/geography.ts`);
  return id;
};

export function countryOutline(country: string): Feature<Polygon | MultiPolygon> {
  const geometry = topology.objects.countries.geometries.find((g) => g.id === idOf(country));
  if (!geometry) throw new Error(`${country} not in world-atlas`);
  return feature(topology, geometry) as Feature<Polygon | MultiPolygon>;
}

const borders = new Map<string, MultiLineString>();
/** The land border between two countries: the arcs their outlines share. */
export function borderLine(a: string, b: string): MultiLineString {
  const key = [a, b].sort().join("-");
  let line = borders.get(key);
  if (!line) {
    const [ia, ib] = [idOf(a), idOf(b)];
    line = mesh(topology, topology.objects.countries, (x, y) => (x.id === ia && y.id === ib) || (x.id === ib && y.id === ia));
    if (line.coordinates.length === 0) throw new Error(`${a} and ${b} share no border in Natural Earth`);
    borders.set(key, line);
  }
  return line;
}

/** Distance in km from a point to a line, each segment measured in a plane tangent at the point
 * (exact enough for the tens of kilometres that matter here). */
export function distanceToLineKm(point: { lat: number; lon: number }, line: MultiLineString): number {
  const kmPerDegLat = (Math.PI * EARTH_KM) / 180;
  const kmPerDegLon = kmPerDegLat * Math.cos((point.lat * Math.PI) / 180);
  const xy = ([lon, lat]: number[]): [number, number] => [(lon! - point.lon) * kmPerDegLon, (lat! - point.lat) * kmPerDegLat];
  let best = Infinity;
  for (const part of line.coordinates) {
    for (let i = 1; i < part.length; i++) {
      const [ax, ay] = xy(part[i - 1]!);
      const [bx, by] = xy(part[i]!);
      const [dx, dy] = [bx - ax, by - ay];
      const length2 = dx * dx + dy * dy;
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

export function insideCountry(point: { lat: number; lon: number }, country: string): boolean {
  return geoContains(countryOutline(country), [point.lon, point.lat]);
}

/** Points around a location at a given distance (km), for "anywhere within the uncertainty". */
export function pointsAround(point: { lat: number; lon: number }, km: number, bearings = 16): { lat: number; lon: number }[] {
  if (km <= 0) return [point];
  const out = [point];
  for (const fraction of [0.5, 1]) {
    for (let i = 0; i < bearings; i++) {
      const angle = (2 * Math.PI * i) / bearings;
      const d = km * fraction;
      out.push({
        lat: point.lat + (d * Math.cos(angle) * 180) / (Math.PI * EARTH_KM),
        lon: point.lon + (d * Math.sin(angle) * 180) / (Math.PI * EARTH_KM * Math.cos((point.lat * Math.PI) / 180)),
      });
    }
  }
  return out;
}
