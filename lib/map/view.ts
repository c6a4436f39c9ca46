/**
 * Which part of the map a page shows: the whole frame, or a zoomed view (×2 … ×16) centred on
 * a point, asked for in the address (`/map?zoom=4&lat=41.05&lon=72.4`) so that zooming is a
 * plain link, rendered on the server and working without JavaScript. The query is checked
 * with zod; anything else is answered with the whole map and a message (parseMapQuery).
 *
 * Sizes on the map are set for a phone: a marker's touch target is TARGET_PX CSS px when the
 * map is PHONE_MAP_PX wide (a 390 px phone's map is 340 px wide, between the page's and the
 * figure's padding). Wider screens draw everything larger; narrower ones below 370 px slightly smaller.
 */
import { z } from "zod";
import { MAP_REGION, mapFrame } from "@/lib/map/projection";

export const ZOOMS = [1, 2, 4, 8, 16] as const;
export type Zoom = (typeof ZOOMS)[number];
export const MAX_ZOOM: Zoom = 16;

/** The map's width in CSS px on the narrowest phone the sizes are made for. */
export const PHONE_MAP_PX = 330;
/** A marker's touch target, CSS px on that phone (WCAG 2.2's 2.5.8 asks for 24). */
export const TARGET_PX = 24;
/** Space kept between two targets, CSS px on that phone. */
export const GAP_PX = 2;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapView {
  zoom: Zoom;
  /** The part of the frame shown, in the frame's units (the whole frame at ×1). */
  rect: Rect;
  /** The point asked for (null for the whole map). */
  center: { lat: number; lon: number } | null;
}

/** Frame units per CSS px on the phone, in a view of this zoom. */
export function unitsPerPx(zoom: Zoom): number {
  return mapFrame().width / zoom / PHONE_MAP_PX;
}

export function fullView(): MapView {
  const { width, height } = mapFrame();
  return { zoom: 1, rect: { x: 0, y: 0, width, height }, center: null };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The view of this zoom centred as near the point as the frame allows (never past its edges). */
export function viewAt(zoom: Zoom, center: { lat: number; lon: number }): MapView {
  if (zoom === 1) return fullView();
  const { width, height, projection } = mapFrame();
  const point = projection([center.lon, center.lat]) ?? [width / 2, height / 2];
  const w = width / zoom;
  const h = height / zoom;
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);
  const round1 = (value: number) => Math.round(value * 10) / 10;
  return { zoom, rect: { x: round1(clamp(point[0] - w / 2, width - w)), y: round1(clamp(point[1] - h / 2, height - h)), width: w, height: h }, center };
}

/** The view of this zoom centred on a point in frame units, as a link would ask for it (the
 * centre rounded to 0.01°, about a kilometre). */
export function viewAround(zoom: Zoom, point: [number, number]): MapView {
  // The centre of the view that stays inside the frame: its link then names a point on the map.
  const { width, height } = mapFrame();
  const w = width / zoom;
  const h = height / zoom;
  const x = Math.min(Math.max(point[0], w / 2), width - w / 2);
  const y = Math.min(Math.max(point[1], h / 2), height - h / 2);
  const inverted = mapFrame().projection.invert?.([x, y]);
  const [lon, lat] = inverted ?? [(MAP_REGION.west + MAP_REGION.east) / 2, (MAP_REGION.south + MAP_REGION.north) / 2];
  return viewAt(zoom, { lat: round2(lat), lon: round2(lon) });
}

export function contains(rect: Rect, [x, y]: [number, number]): boolean {
  return x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
}

/** The address of a view: `/map` for the whole map. */
export function viewHref(view: MapView): string {
  if (view.zoom === 1 || !view.center) return "/map";
  return `/map?zoom=${view.zoom}&lat=${view.center.lat}&lon=${view.center.lon}`;
}

/** How far (frame units) a view's rounded edge may be from the frame's and still be at it (viewAt rounds to 0.1). */
const EDGE = 0.1;

/** The closest view (the largest zoom above `above`, at most `most`) that shows every one of these points, with
 * room for a target around each; null when even the next zoom cannot hold them. */
export function closestViewOf(points: [number, number][], above: Zoom = 1, most: Zoom = MAX_ZOOM): MapView | null {
  if (!points.length) return null;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const center: [number, number] = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
  for (const zoom of [...ZOOMS].reverse()) {
    if (zoom <= above) break;
    if (zoom > most) continue;
    const view = viewAround(zoom, center);
    // Room for a target on each side, except where the view meets the frame's own edge: there a
    // target is drawn inside the frame anyway (layout.ts clampInside), and no view reaches further.
    const margin = (TARGET_PX / 2) * unitsPerPx(zoom);
    const { width, height } = mapFrame();
    const { x, y, width: w, height: h } = view.rect;
    const left = x > EDGE ? margin : 0;
    const top = y > EDGE ? margin : 0;
    const right = x + w < width - EDGE ? margin : 0;
    const bottom = y + h < height - EDGE ? margin : 0;
    const inner = { x: x + left, y: y + top, width: w - left - right, height: h - top - bottom };
    if (points.every((point) => contains(inner, point))) return view;
  }
  return null;
}

/** A coordinate as a link writes it: decimal degrees, at most four decimals. */
const degrees = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d{1,3}(?:\.\d{1,4})?$/)
    .transform(Number)
    .refine((value) => value >= min && value <= max);

/** Where a view's centre may be: the frame's corners reach 36.7–99.3° E and 32.6–57.7° N (the
 * region MAP_REGION, widened by the conic projection); the view is then kept inside the frame. */
export const VIEW_BOUNDS = { lat: [32, 58], lon: [36, 100] } as const;

export const mapQuerySchema = z.object({
  zoom: z.enum(ZOOMS.filter((zoom) => zoom > 1).map(String) as [string, ...string[]]).transform((value) => Number(value) as Zoom),
  lat: degrees(...VIEW_BOUNDS.lat),
  lon: degrees(...VIEW_BOUNDS.lon),
});

export type MapQuery = { ok: true; view: MapView } | { ok: false; view: MapView };

const VIEW_PARAMS = ["zoom", "lat", "lon"] as const;

/**
 * The view a page's query asks for. No view parameter: the whole map. A view parameter that is
 * missing, repeated, malformed or out of range: the whole map, not ok (the page says why).
 * Other parameters are not the map's and are left alone.
 */
export function parseMapQuery(params: Record<string, string | string[] | undefined>): MapQuery {
  const given = VIEW_PARAMS.filter((name) => params[name] !== undefined);
  if (!given.length) return { ok: true, view: fullView() };
  const parsed = mapQuerySchema.safeParse(Object.fromEntries(VIEW_PARAMS.map((name) => [name, params[name]])));
  if (!parsed.success) return { ok: false, view: fullView() };
  return { ok: true, view: viewAt(parsed.data.zoom, { lat: parsed.data.lat, lon: parsed.data.lon }) };
}
