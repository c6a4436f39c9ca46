/**
 * The /map picture as SVG markup, built as a string: pure, measurable (its size is tested)
 * and with every piece of data text escaped here. It is two layers in one <svg>:
 *
 * - an inner <svg role="img"> with the land, borders and names: one picture, one name;
 * - the crossings as SVG links, each with a <title> (name and state), outside that image so
 *   that screen readers and keyboards reach them (role="img" would hide its children).
 *
 * The viewBox makes it scale to any width; nothing is fetched from a tile server.
 */
import { crossingPath } from "@/lib/api/serialize";
import type { CrossingState } from "@/lib/crossings/summary";
import { basemap } from "@/lib/map/basemap";
import { markerStyles } from "@/lib/map/markers";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { insideFrame, projectPoint } from "@/lib/map/projection";

export interface MapCrossing {
  slug: string;
  name: string;
  state: CrossingState;
  /** null: no sourced location; the crossing is listed under the map but not drawn. */
  location: { lat: number; lon: number } | null;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[char]};`);
}

export interface PlacedMarker extends MapCrossing {
  location: { lat: number; lon: number };
  x: number;
  y: number;
}

/** Crossings placed on the map, top to bottom then left to right (the keyboard's order);
 * any without a sourced location or that the frame cannot show are left out (the list under
 * the map still has them). */
export function placeMarkers(crossings: MapCrossing[]): PlacedMarker[] {
  return crossings
    .flatMap((crossing) => {
      const location = crossing.location;
      if (!location) return [];
      const point = projectPoint(location.lon, location.lat);
      return point && insideFrame(point) ? [{ ...crossing, location, x: point[0], y: point[1] }] : [];
    })
    .sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The words on the map, in the reader's language. */
export interface MapWords {
  locale: Locale;
  title: string;
  states: Record<CrossingState, string>;
}

const english: MapWords = { locale: "en", title: messagesFor("en").pages.map.outlineTitle, states: messagesFor("en").states };
const basemapMarkup = new Map<Locale, string>();

/** The inner image: static, so built once per language. */
function basemapSvg(words: MapWords): string {
  const cached = basemapMarkup.get(words.locale);
  if (cached) return cached;
  const map = basemap();
  const labels = map.labels
    .map(
      (label) =>
        `<text x="${label.x}" y="${label.y}"${label.kind === "water" ? ' class="water" font-style="italic" fill="#3f6784"' : ""}>${escapeXml(words.locale === "ru" ? label.textRu : label.text)}</text>`,
    )
    .join("");
  const markup =
    `<svg role="img" aria-labelledby="map-base-title">` +
    `<title id="map-base-title">${escapeXml(words.title)}</title>` +
    `<rect width="${map.width}" height="${map.height}" fill="#d9e8f2"/>` +
    `<path d="${map.land}" fill="#f6f4ee"/>` +
    `<path d="${map.borders}" fill="none" stroke="#8d99a6" stroke-width=".8" stroke-linejoin="round"/>` +
    `<g class="map-labels" font-family="system-ui,sans-serif" font-size="14" letter-spacing="2" text-anchor="middle" fill="#6b7580" stroke="#f6f4ee" stroke-width="3" paint-order="stroke">${labels}</g>` +
    `</svg>`;
  basemapMarkup.set(words.locale, markup);
  return markup;
}

function markerSvg(marker: PlacedMarker, words: MapWords): string {
  const style = markerStyles[marker.state];
  return (
    `<a href="${escapeXml(crossingPath(marker.slug))}" class="map-marker" data-state="${marker.state}">` +
    `<title>${escapeXml(`${marker.name}: ${words.states[marker.state]}`)}</title>` +
    `<g transform="translate(${marker.x} ${marker.y})">` +
    `<path d="${style.d}" fill="${style.fill}"/>` +
    `<text y="${style.glyphY}" stroke-width=".4">${escapeXml(style.glyph)}</text>` +
    `</g></a>`
  );
}

/** The whole map; `labelledBy` is the id of the visible caption naming it. */
export function crossingsMapSvg(crossings: MapCrossing[], labelledBy: string, words: MapWords = english): string {
  const { width, height } = basemap();
  const markers = placeMarkers(crossings)
    .map((marker) => markerSvg(marker, words))
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" class="crossings-map" role="group" aria-labelledby="${escapeXml(labelledBy)}">` +
    basemapSvg(words) +
    `<g class="map-markers" fill="#fff" stroke="#fff" stroke-width="1.5" font-family="system-ui,sans-serif" font-size="13" font-weight="700" text-anchor="middle">${markers}</g>` +
    `</svg>`
  );
}
