/**
 * How a crossing's state looks on the map: a colour AND a shape AND a glyph, so the state
 * never rests on colour alone (docs/architecture.md, "Readers first"; the same symbols as the state badges).
 * Shapes are centred on (0, 0), about 20 px across in viewBox units.
 */
import type { CrossingState } from "@/lib/crossings/summary";
import { stateLabels } from "@/lib/format/labels";

export interface MarkerStyle {
  state: CrossingState;
  label: string;
  /** The glyph drawn inside the shape: ✓ ✕ ! ? */
  glyph: string;
  /** The shape's name, for the legend's text. */
  shape: "circle" | "square" | "triangle" | "diamond";
  /** SVG path data for the shape, centred on (0, 0). */
  d: string;
  /** Where the glyph's baseline sits, so it looks centred in its shape. */
  glyphY: number;
  /** The state's ink (the --{state}-ink colours of app/globals.css): white text on it passes WCAG AA. */
  fill: string;
}

export const markerStyles: Record<CrossingState, MarkerStyle> = {
  open: { state: "open", label: stateLabels.open.label, glyph: stateLabels.open.symbol, shape: "circle", d: "M-9 0a9 9 0 1 0 18 0a9 9 0 1 0-18 0Z", glyphY: 4.5, fill: "#0b5d2a" },
  closed: { state: "closed", label: stateLabels.closed.label, glyph: stateLabels.closed.symbol, shape: "square", d: "M-8.5-8.5h17v17h-17Z", glyphY: 4.5, fill: "#9b1419" },
  restricted: {
    state: "restricted",
    label: stateLabels.restricted.label,
    glyph: stateLabels.restricted.symbol,
    shape: "triangle",
    d: "M0-11.5L11 8H-11Z",
    glyphY: 6,
    fill: "#8a3a00",
  },
  unknown: { state: "unknown", label: stateLabels.unknown.label, glyph: stateLabels.unknown.symbol, shape: "diamond", d: "M0-11L11 0L0 11L-11 0Z", glyphY: 4.5, fill: "#574600" },
};

/** Legend order: the answers a traveller acts on first. */
export const legendStates: CrossingState[] = ["open", "restricted", "closed", "unknown"];

/** A group of crossings too close to tell apart at this zoom: a dark disc with their count
 * (no state colour: its members' states are in its name, and one zoom away). */
export const GROUP_STYLE = { d: "M-11.5 0a11.5 11.5 0 1 0 23 0a11.5 11.5 0 1 0-23 0Z", glyphY: 4.5, fill: "#2c3945" } as const;
