/** English words for the states and categories the data uses, for what is not shown in a
 * reader's language (feeds, emails, exports). Pages use the catalogs (lib/i18n). State is
 * never shown by colour alone: each has a symbol too. */
import type { Eligibility, FacilityKind, TravelMode } from "@/lib/baseline/schema";
import type { CrossingState } from "@/lib/crossings/summary";
import { messagesFor } from "@/lib/i18n/messages";

const en = messagesFor("en");

export const stateSymbols: Record<CrossingState, string> = { open: "✓", closed: "✕", restricted: "!", unknown: "?" };

export const stateLabels: Record<CrossingState, { label: string; symbol: string }> = {
  open: { label: en.states.open, symbol: stateSymbols.open },
  closed: { label: en.states.closed, symbol: stateSymbols.closed },
  restricted: { label: en.states.restricted, symbol: stateSymbols.restricted },
  unknown: { label: en.states.unknown, symbol: stateSymbols.unknown },
};

export const eligibilityLabels: Record<Eligibility, string> = en.eligibility;
export const modeLabels: Record<TravelMode, string> = en.modes;
export const facilityLabels: Record<FacilityKind, string> = en.facilities;
