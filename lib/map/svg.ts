/**
 * The /map picture as SVG markup, built as a string: pure, measurable (its size is tested)
 * and with every piece of data text escaped here. It is two layers in one <svg>:
 *
 * - an inner <svg role="img"> with the land, borders and names: one picture, one name;
 * - the crossings as SVG links, each with a <title> (name and state; a group: how many, which,
 *   and that it zooms in), outside that image so that screen readers and keyboards reach them
 *   (role="img" would hide its children). Lines from spread markers to their points and the
 *   discs of approximate locations are drawing only (aria-hidden).
 *
 * The viewBox is the view's part of the frame (lib/map/view.ts), so the same outlines serve
 * every zoom; markers are drawn at a fixed size on the phone whatever the zoom (lib/map/layout.ts
 * places them). Nothing is fetched from a tile server.
 */
import { crossingPath } from "@/lib/api/serialize";
import type { CrossingState } from "@/lib/crossings/summary";
import { basemap } from "@/lib/map/basemap";
import { layoutMap, placeCrossings, type MapItem, type MapLayout, type PlacedCrossing } from "@/lib/map/layout";
import { GROUP_STYLE, markerStyles } from "@/lib/map/markers";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { mapFrame } from "@/lib/map/projection";
import { TARGET_PX, fullView, viewHref, type MapView } from "@/lib/map/view";

export interface MapCrossing {
  slug: string;
  name: string;
  state: CrossingState;
  /** null: no sourced location; the crossing is listed under the map but not drawn. */
  location: { lat: number; lon: number } | null;
  /** How far (km) its sources say the location may be off (lib/crossings/distance.ts locationUncertaintyKm); 0 or absent: exact. */
  uncertaintyKm?: number;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[char]};`);
}

/** The words on the map, in the reader's language. */
export interface MapWords {
  locale: Locale;
  title: string;
  states: Record<CrossingState, string>;
  /** "location approximate (±20 km)" */
  approximate: (km: number) => string;
  /** One crossing of a group: "Khorgos (Open)". */
  member: (name: string, state: string) => string;
  /** A group's name: how many, which, and the zoom it leads to. */
  group: (count: number, members: string, zoom: number) => string;
}

function wordsFor(locale: Locale): MapWords {
  const m = messagesFor(locale);
  return { locale, title: m.pages.map.outlineTitle, states: m.states, ...m.pages.map.views.markers };
}
const english = wordsFor("en");

/** From this many km of stated uncertainty (its sources' own "±N km": lib/crossings/distance.ts
 * locationUncertaintyKm) a marker is drawn as approximate, with a dashed outline, and that
 * distance as a ring once a zoom makes it larger than the marker. */
export const APPROXIMATE_KM = 10;

/** Whether a crossing is drawn as approximate (a dashed outline). */
export const isApproximate = (crossing: Pick<MapCrossing, "uncertaintyKm">) => (crossing.uncertaintyKm ?? 0) >= APPROXIMATE_KM;

/** A crossing's accessible name: "Irkeshtam: Open", and how approximate its point is. */
export function crossingLabel(crossing: Pick<MapCrossing, "name" | "state" | "uncertaintyKm">, words: MapWords = english): string {
  return `${crossing.name}: ${words.states[crossing.state]}${isApproximate(crossing) ? `, ${words.approximate(crossing.uncertaintyKm!)}` : ""}`;
}

/** The inner image: the outlines, and the names at a size readable at this zoom. */
function basemapSvg(words: MapWords, layout: MapLayout): string {
  const map = basemap();
  const zoomed = layout.view.zoom > 1;
  // At ×1 as drawn before zooming existed; zoomed, names 10 px and borders 1 px on the phone.
  const fontSize = zoomed ? round2(10 * layout.unit) : 14;
  const border = zoomed ? round2(layout.unit) : 0.8;
  const labels = map.labels
    .map(
      (label) =>
        `<text x="${label.x}" y="${label.y}"${label.kind === "water" ? ' class="water" font-style="italic" fill="#3f6784"' : ""}>${escapeXml(words.locale === "ru" ? label.textRu : label.text)}</text>`,
    )
    .join("");
  return (
    `<svg role="img" aria-labelledby="map-base-title" width="${map.width}" height="${map.height}">` +
    `<title id="map-base-title">${escapeXml(words.title)}</title>` +
    `<rect width="${map.width}" height="${map.height}" fill="#d9e8f2"/>` +
    `<path d="${map.land}" fill="#f6f4ee"/>` +
    `<path d="${map.borders}" fill="none" stroke="#8d99a6" stroke-width="${border}" stroke-linejoin="round"/>` +
    `<g class="map-labels" font-family="system-ui,sans-serif" font-size="${fontSize}" letter-spacing="${zoomed ? round2(fontSize / 7) : 2}" text-anchor="middle" fill="#6b7580" stroke="#f6f4ee" stroke-width="${zoomed ? round2(fontSize / 5) : 3}" paint-order="stroke">${labels}</g>` +
    `</svg>`
  );
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Frame units per km at a point (the projection is equal-area, so near enough either way). */
function unitsPerKm(crossing: PlacedCrossing): number {
  const { projection } = mapFrame();
  const a = projection([crossing.location.lon, crossing.location.lat]);
  const b = projection([crossing.location.lon, crossing.location.lat + 1]);
  return a && b ? Math.hypot(a[0] - b[0], a[1] - b[1]) / 111.2 : 0;
}

/** One CSS px wide at any zoom. */
const THIN = 'stroke-width="1" vector-effect="non-scaling-stroke"';

/** Drawing only: for a spread marker, a line to its point and a dot there; for a crossing whose
 * stated uncertainty is larger than its marker at this zoom, a disc of that radius. */
function underlaySvg(layout: MapLayout): string {
  const parts: string[] = [];
  for (const item of layout.items) {
    if (item.kind !== "crossing") continue;
    const [px, py] = item.crossing.point;
    const radius = (item.crossing.uncertaintyKm ?? 0) * unitsPerKm(item.crossing);
    if (radius > layout.target / 2) parts.push(`<circle cx="${px}" cy="${py}" r="${round2(radius)}" fill-opacity=".08" stroke-dasharray="4 3" ${THIN}/>`);
    if (item.spread) parts.push(`<path d="M${item.x} ${item.y}L${px} ${py}" ${THIN}/><circle cx="${px}" cy="${py}" r="${round2(2.5 * layout.unit)}" stroke="none"/>`);
  }
  return parts.length ? `<g class="map-underlay" aria-hidden="true" fill="#1c2630" stroke="#1c2630">${parts.join("")}</g>` : "";
}

/** The shapes (about 23 px across with their outline) drawn at 90 %, so that shape and
 * outline stay inside the target: a link's box is the union of what it draws, and Chromium
 * counts a path's outline in it (round joins keep that to half the outline's width). */
const SHAPE_SCALE = ' transform="scale(.9)"';

/** A target: invisible, TARGET_PX square on the phone; what a finger (and the link's box) covers. */
const TARGET = `<rect x="${-TARGET_PX / 2}" y="${-TARGET_PX / 2}" width="${TARGET_PX}" height="${TARGET_PX}" fill-opacity="0" stroke="none"/>`;

function itemSvg(item: MapItem, layout: MapLayout, words: MapWords): string {
  const at = `<g transform="translate(${item.x} ${item.y}) scale(${round2(layout.unit * 1000) / 1000})">`;
  if (item.kind === "group") {
    const members = item.members.map((member) => words.member(member.name, words.states[member.state])).join(", ");
    return (
      `<a href="${escapeXml(viewHref(item.view))}" class="map-marker map-group" data-count="${item.members.length}">` +
      `<title>${escapeXml(words.group(item.members.length, members, item.view.zoom))}</title>` +
      at +
      TARGET +
      `<path d="${GROUP_STYLE.d}" fill="${GROUP_STYLE.fill}"${SHAPE_SCALE}/>` +
      `<text y="${GROUP_STYLE.glyphY}" stroke-width=".4">${item.members.length}</text>` +
      `</g></a>`
    );
  }
  const { crossing } = item;
  const style = markerStyles[crossing.state];
  const approximate = isApproximate(crossing);
  return (
    `<a href="${escapeXml(crossingPath(crossing.slug))}" class="map-marker" data-state="${crossing.state}"${approximate ? ' data-approximate=""' : ""}>` +
    `<title>${escapeXml(crossingLabel(crossing, words))}</title>` +
    at +
    TARGET +
    `<path d="${style.d}" fill="${style.fill}"${approximate ? ' stroke="#1c2630" stroke-width="2" stroke-dasharray="3 2"' : ""}${SHAPE_SCALE}/>` +
    `<text y="${style.glyphY}" stroke-width=".4">${escapeXml(style.glyph)}</text>` +
    `</g></a>`
  );
}

/** The markup of a laid-out map; `labelledBy` is the id of the visible caption naming it. */
export function mapSvg(layout: MapLayout, labelledBy: string, words: MapWords = english): string {
  const { x, y, width, height } = layout.view.rect;
  const markers = layout.items.map((item) => itemSvg(item, layout, words)).join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${round2(width)} ${round2(height)}" width="100%" class="crossings-map" role="group" aria-labelledby="${escapeXml(labelledBy)}">` +
    basemapSvg(words, layout) +
    underlaySvg(layout) +
    `<g class="map-markers" fill="#fff" stroke="#fff" stroke-width="1.5" stroke-linejoin="round" font-family="system-ui,sans-serif" font-size="13" font-weight="700" text-anchor="middle">${markers}</g>` +
    `</svg>`
  );
}

/** The map of these crossings in a view (the whole map by default), and its layout. */
export function renderMap(crossings: MapCrossing[], labelledBy: string, words: MapWords = english, view: MapView = fullView()): { svg: string; layout: MapLayout } {
  const layout = layoutMap(placeCrossings(crossings), view);
  return { svg: mapSvg(layout, labelledBy, words), layout };
}

/** The whole map's markup. */
export function crossingsMapSvg(crossings: MapCrossing[], labelledBy: string, words: MapWords = english, view: MapView = fullView()): string {
  return renderMap(crossings, labelledBy, words, view).svg;
}

export { wordsFor as mapWordsFor };
