/**
 * The links around a map view that move it without JavaScript: zoom out, move north, south,
 * west or east by half a view, and a zoomed view of each border (its located crossings).
 */
import type { CountryCode } from "@/lib/baseline/schema";
import type { PlacedCrossing } from "@/lib/map/layout";
import { closestViewOf, fullView, viewAround, type MapView, type Zoom } from "@/lib/map/view";

export type PanDirection = "north" | "south" | "west" | "east";

const centreOf = (view: MapView): [number, number] => [view.rect.x + view.rect.width / 2, view.rect.y + view.rect.height / 2];

/** Half the zoom, around the same centre (×2 out: the whole map). */
export function zoomOutView(view: MapView): MapView {
  return view.zoom <= 2 ? fullView() : viewAround((view.zoom / 2) as Zoom, centreOf(view));
}

/** Half a view in each direction the frame goes on (none at ×1, none past an edge). */
export function panViews(view: MapView): { direction: PanDirection; view: MapView }[] {
  if (view.zoom === 1) return [];
  const [x, y] = centreOf(view);
  const { width, height } = view.rect;
  const moves: [PanDirection, [number, number]][] = [
    ["north", [x, y - height / 2]],
    ["west", [x - width / 2, y]],
    ["east", [x + width / 2, y]],
    ["south", [x, y + height / 2]],
  ];
  return moves.flatMap(([direction, centre]) => {
    const moved = viewAround(view.zoom, centre);
    // Less than a tenth of a view: at the edge already.
    const shift = Math.max(Math.abs(moved.rect.x - view.rect.x) / width, Math.abs(moved.rect.y - view.rect.y) / height);
    return shift >= 0.1 ? [{ direction, view: moved }] : [];
  });
}

export interface BorderView {
  countries: [CountryCode, CountryCode];
  count: number;
  view: MapView;
}

/** For each border (a pair of countries, in alphabetical order of their codes), the closest view
 * (up to ×8) that shows all its crossings on the map; borders the whole map is needed for are left out. */
export function borderViews(crossings: (PlacedCrossing & { countries: [CountryCode, CountryCode] })[]): BorderView[] {
  const byBorder = new Map<string, { countries: [CountryCode, CountryCode]; points: [number, number][] }>();
  for (const crossing of crossings) {
    const countries = [...crossing.countries].sort() as [CountryCode, CountryCode];
    const key = countries.join("-");
    const entry = byBorder.get(key) ?? { countries, points: [] };
    entry.points.push(crossing.point);
    byBorder.set(key, entry);
  }
  return [...byBorder.values()].flatMap(({ countries, points }) => {
    const view = closestViewOf(points, 1, 8);
    return view ? [{ countries, count: points.length, view }] : [];
  });
}
