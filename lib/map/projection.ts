/**
 * The map's projection: an equal-area conic centred on Central Asia, fitted to the region
 * (lon 46–90 E, lat 35–56 N) at a fixed width. Pure and deterministic: the same inputs give
 * the same picture, so the country outlines can be computed once and cached.
 */
import { geoConicEqualArea, geoPath, type GeoProjection } from "d3-geo";
import type { MultiPoint } from "geojson";

export const MAP_REGION = { west: 46, east: 90, south: 35, north: 56 } as const;
/** The viewBox width; the height follows from the region's shape under the projection. */
export const MAP_WIDTH = 1000;

export interface MapFrame {
  projection: GeoProjection;
  width: number;
  height: number;
}

/** The region's outline as points along its four edges (parallels curve under a conic). */
function regionOutline(): MultiPoint {
  const { west, east, south, north } = MAP_REGION;
  const coordinates: [number, number][] = [];
  for (let lon = west; lon <= east; lon += 0.5) coordinates.push([lon, south], [lon, north]);
  for (let lat = south; lat <= north; lat += 0.5) coordinates.push([west, lat], [east, lat]);
  return { type: "MultiPoint", coordinates };
}

function createFrame(): MapFrame {
  const { west, east, south, north } = MAP_REGION;
  const projection = geoConicEqualArea()
    .parallels([south + 3, north - 3])
    .rotate([-(west + east) / 2, 0])
    .center([0, (south + north) / 2]);
  const outline = regionOutline();
  projection.fitWidth(MAP_WIDTH, outline);
  const [[, top], [, bottom]] = geoPath(projection).bounds(outline);
  const height = Math.ceil(bottom - Math.min(0, top));
  // Anything outside the frame is cut off before it becomes path data.
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ]);
  return { projection, width: MAP_WIDTH, height };
}

let frame: MapFrame | undefined;

/** The fitted projection and the viewBox size, computed once per process. */
export function mapFrame(): MapFrame {
  return (frame ??= createFrame());
}

/** [x, y] in viewBox units, to one decimal; null if the projection cannot place it. */
export function projectPoint(lon: number, lat: number): [number, number] | null {
  const point = mapFrame().projection([lon, lat]);
  if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return null;
  return [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10];
}

export function insideFrame([x, y]: [number, number]): boolean {
  const { width, height } = mapFrame();
  return x >= 0 && x <= width && y >= 0 && y <= height;
}
