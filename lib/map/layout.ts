/**
 * Where each marker goes in a view, so that every touch target is TARGET_PX square on a phone
 * and no two targets overlap (targets are squares: what a finger and a link's box cover).
 *
 * - Crossings whose targets would overlap are grouped into one marker with a count, which links
 *   to the closest view that shows them all (a leader clustering: a crossing joins the first
 *   group whose marker is within one target of it, else starts its own, so group markers are a
 *   target apart). Each zoom halves the target's size on the ground, so groups come apart.
 * - At the largest zoom, crossings still too close (road and rail at one town, two posts a few
 *   km apart) are spread on a ring around their middle, each with a line to its own point.
 *
 * Pure: the same crossings and view give the same layout; tests check it for every view a link
 * leads to.
 */
import type { MapCrossing } from "@/lib/map/svg";
import { GAP_PX, MAX_ZOOM, TARGET_PX, closestViewOf, contains, unitsPerPx, viewAround, type MapView, type Rect } from "@/lib/map/view";
import { insideFrame, projectPoint } from "@/lib/map/projection";

export interface PlacedCrossing extends MapCrossing {
  location: { lat: number; lon: number };
  /** Its point on the map (frame units). */
  point: [number, number];
}

export type MapItem =
  | { kind: "crossing"; crossing: PlacedCrossing; x: number; y: number; /** Drawn away from its point (spread): the line goes there. */ spread: boolean }
  | { kind: "group"; members: PlacedCrossing[]; x: number; y: number; /** The closer view that shows them all. */ view: MapView };

export interface MapLayout {
  view: MapView;
  /** Frame units per CSS px on the phone. */
  unit: number;
  /** A target's side, frame units. */
  target: number;
  /** Markers in keyboard order: top to bottom, then left to right. */
  items: MapItem[];
  /** Crossings whose point is in the view (each drawn alone, spread or in a group). */
  inView: PlacedCrossing[];
}

/** Crossings the frame can place, with their points; any without a sourced location or that
 * the frame cannot show are left out (the list under the map still has them). */
export function placeCrossings<T extends MapCrossing>(crossings: T[]): (T & PlacedCrossing)[] {
  return crossings.flatMap((crossing) => {
    const location = crossing.location;
    if (!location) return [];
    const point = projectPoint(location.lon, location.lat);
    return point && insideFrame(point) ? [{ ...crossing, location, point }] : [];
  });
}

/** Chebyshev distance: two squares of side s overlap when it is below s. */
const apart = (a: [number, number], b: [number, number]) => Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));

/** A target's square, frame units. */
export function targetRect(item: Pick<MapItem, "x" | "y">, target: number): Rect {
  return { x: item.x - target / 2, y: item.y - target / 2, width: target, height: target };
}

/** Positions on a ring of n targets whose neighbours are `step` apart (Chebyshev), around a centre. */
function ring(n: number, step: number): [number, number][] {
  if (n === 1) return [[0, 0]];
  // Right, then left: the order of the members' bearings (see below).
  if (n === 2)
    return [
      [step / 2, 0],
      [-step / 2, 0],
    ];
  // Neighbours `step` apart in Chebyshev distance need a chord of step·√2 at worst.
  const radius = (step * Math.SQRT2) / (2 * Math.sin(Math.PI / n));
  return Array.from({ length: n }, (_, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / n;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
}

/** Half the side of the square a ring of n targets covers. */
function ringExtent(n: number, step: number, target: number): number {
  return Math.max(...ring(n, step).map(([x, y]) => Math.max(Math.abs(x), Math.abs(y)))) + target / 2;
}

export function layoutMap(crossings: PlacedCrossing[], view: MapView): MapLayout {
  const unit = unitsPerPx(view.zoom);
  const target = TARGET_PX * unit;
  const step = (TARGET_PX + GAP_PX) * unit;
  const { rect } = view;
  // A target must lie wholly inside the picture: a point nearer the edge than half a target is
  // drawn that much inside it (its target still covers the point).
  const clampInside = ([x, y]: [number, number], extent = target / 2): [number, number] => [
    Math.min(Math.max(x, rect.x + extent), rect.x + rect.width - extent),
    Math.min(Math.max(y, rect.y + extent), rect.y + rect.height - extent),
  ];
  const inView = crossings.filter((crossing) => contains(rect, crossing.point)).sort((a, b) => a.point[1] - b.point[1] || a.point[0] - b.point[0] || a.slug.localeCompare(b.slug));

  // Leader clustering on the drawn positions.
  const groups: { at: [number, number]; members: PlacedCrossing[] }[] = [];
  for (const crossing of inView) {
    const at = clampInside(crossing.point);
    const group = groups.find((candidate) => apart(candidate.at, at) < step);
    if (group) group.members.push(crossing);
    else groups.push({ at, members: [crossing] });
  }

  const items: MapItem[] = [];
  if (view.zoom < MAX_ZOOM) {
    for (const group of groups) {
      const [x, y] = group.at;
      if (group.members.length === 1) {
        items.push({ kind: "crossing", crossing: group.members[0]!, x, y, spread: false });
        continue;
      }
      const closer =
        closestViewOf(
          group.members.map((member) => member.point),
          view.zoom,
        ) ?? viewAround((view.zoom * 2) as MapView["zoom"], [x, y]);
      items.push({ kind: "group", members: group.members, x, y, view: closer });
    }
  } else {
    // The largest zoom: spread instead of grouping, merging rings until none overlaps another.
    let rings = groups.map((group) => ({ members: group.members }));
    const centreOf = (members: PlacedCrossing[]) => {
      const extent = ringExtent(members.length, step, target);
      const sumX = members.reduce((sum, member) => sum + member.point[0], 0);
      const sumY = members.reduce((sum, member) => sum + member.point[1], 0);
      return { centre: clampInside([sumX / members.length, sumY / members.length], Math.min(extent, rect.width / 2, rect.height / 2)), extent };
    };
    for (let merged = true; merged;) {
      merged = false;
      const placed = rings.map((entry) => centreOf(entry.members));
      outer: for (let i = 0; i < rings.length; i++) {
        for (let j = i + 1; j < rings.length; j++) {
          if (apart(placed[i]!.centre, placed[j]!.centre) < placed[i]!.extent + placed[j]!.extent + GAP_PX * unit) {
            rings[i] = { members: [...rings[i]!.members, ...rings[j]!.members] };
            rings = rings.filter((_, index) => index !== j);
            merged = true;
            break outer;
          }
        }
      }
    }
    for (const entry of rings) {
      const { centre } = centreOf(entry.members);
      if (entry.members.length === 1) {
        const [x, y] = clampInside(entry.members[0]!.point);
        items.push({ kind: "crossing", crossing: entry.members[0]!, x, y, spread: false });
        continue;
      }
      // Around the ring in the order of the members' own bearings from the centre, so that
      // each line runs roughly outwards.
      const members = [...entry.members].sort((a, b) => bearing(centre, a.point) - bearing(centre, b.point));
      ring(members.length, step).forEach(([dx, dy], index) => {
        const x = round1(centre[0] + dx);
        const y = round1(centre[1] + dy);
        items.push({ kind: "crossing", crossing: members[index]!, x, y, spread: true });
      });
    }
  }
  items.sort((a, b) => a.y - b.y || a.x - b.x);
  return { view, unit, target, items, inView };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The angle from a centre to a point, starting at the top and going clockwise (as ring() places). */
function bearing(centre: [number, number], point: [number, number]): number {
  const angle = Math.atan2(point[1] - centre[1], point[0] - centre[0]) + Math.PI / 2;
  return angle < 0 ? angle + 2 * Math.PI : angle;
}
