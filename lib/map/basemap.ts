/**
 * The map's background: land and borders of the countries in the region, from Natural
 * Earth's 1:50m countries (world-atlas, bundled: nothing is fetched at run time), projected
 * with mapFrame(), clipped to the frame, thinned to what is visible at the map's size and
 * rounded to 0.1 px. Computed once per process: the outlines never change.
 */
import { geoBounds, geoPath, type GeoStream } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import countries50m from "world-atlas/countries-50m.json";
import { MAP_REGION, mapFrame, projectPoint } from "@/lib/map/projection";

/** Points closer than this (in viewBox px) to the last kept one are dropped. */
const THIN_PX = 0.75;

export interface MapLabel {
  text: string;
  textRu: string;
  x: number;
  y: number;
  kind: "country" | "water";
}

export interface Basemap {
  width: number;
  height: number;
  /** All land in the region, one path (filled). */
  land: string;
  /** Coasts and borders, each drawn once (stroked). */
  borders: string;
  labels: MapLabel[];
}

/** Where the names go: by hand, clear of the crossings (centroids sit on the borders). */
const LABELS: { text: string; textRu: string; lon: number; lat: number; kind: MapLabel["kind"] }[] = [
  { text: "KAZAKHSTAN", textRu: "КАЗАХСТАН", lon: 67.5, lat: 48.2, kind: "country" },
  { text: "UZBEKISTAN", textRu: "УЗБЕКИСТАН", lon: 63.2, lat: 42.4, kind: "country" },
  { text: "KYRGYZSTAN", textRu: "КЫРГЫЗСТАН", lon: 74.8, lat: 41.6, kind: "country" },
  { text: "TAJIKISTAN", textRu: "ТАДЖИКИСТАН", lon: 71.4, lat: 38.6, kind: "country" },
  { text: "TURKMENISTAN", textRu: "ТУРКМЕНИСТАН", lon: 58.8, lat: 39.2, kind: "country" },
  { text: "AFGHANISTAN", textRu: "АФГАНИСТАН", lon: 66, lat: 35.6, kind: "country" },
  { text: "IRAN", textRu: "ИРАН", lon: 55, lat: 36, kind: "country" },
  { text: "CHINA", textRu: "КИТАЙ", lon: 84, lat: 40.2, kind: "country" },
  { text: "MONGOLIA", textRu: "МОНГОЛИЯ", lon: 88.6, lat: 48.3, kind: "country" },
  { text: "RUSSIA", textRu: "РОССИЯ", lon: 66, lat: 54.8, kind: "country" },
  { text: "Caspian Sea", textRu: "Каспийское море", lon: 50.6, lat: 42, kind: "water" },
];

/** Drops points that would not show at this size; rings left with < 3 points go entirely. */
function thinned(output: GeoStream, tolerance: number): GeoStream {
  let inPolygon = false;
  let line: [number, number][] = [];
  const far = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]) >= tolerance;
  return {
    point(x, y) {
      const last = line[line.length - 1];
      if (!last || far(last, [x, y])) line.push([x, y]);
    },
    lineStart() {
      line = [];
    },
    lineEnd() {
      if (line.length < (inPolygon ? 3 : 2)) return;
      output.lineStart();
      for (const [x, y] of line) output.point(x, y);
      output.lineEnd();
    },
    polygonStart() {
      inPolygon = true;
      output.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      output.polygonEnd();
    },
    sphere() {
      output.sphere?.();
    },
  };
}

type CountryProperties = { name: string };

function isArea(geometry: GeometryCollection<CountryProperties>["geometries"][number]): geometry is Polygon<CountryProperties> | MultiPolygon<CountryProperties> {
  return geometry.type === "Polygon" || geometry.type === "MultiPolygon";
}

function createBasemap(): Basemap {
  const { projection, width, height } = mapFrame();
  const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<CountryProperties> }>;
  const all = topology.objects.countries;
  const { west, east, south, north } = MAP_REGION;
  // The countries whose bounding box meets the region (Russia's crosses the antimeridian).
  const inRegion = all.geometries.filter((geometry) => {
    const [[w, s], [e, n]] = geoBounds(feature(topology, geometry) as Feature<Geometry>);
    const meetsLon = w > e ? true : e >= west && w <= east;
    return meetsLon && n >= south && s <= north;
  });
  const subset: GeometryCollection<CountryProperties> = { type: "GeometryCollection", geometries: inRegion };
  const path = geoPath({ stream: (output: GeoStream) => projection.stream(thinned(output, THIN_PX)) }).digits(1);
  const labels = LABELS.flatMap((label) => {
    const point = projectPoint(label.lon, label.lat);
    return point ? [{ text: label.text, textRu: label.textRu, x: point[0], y: point[1], kind: label.kind }] : [];
  });
  return {
    width,
    height,
    land: path(merge(topology, inRegion.filter(isArea))) ?? "",
    borders: path(mesh(topology, subset)) ?? "",
    labels,
  };
}

let cached: Basemap | undefined;

export function basemap(): Basemap {
  return (cached ??= createBasemap());
}
