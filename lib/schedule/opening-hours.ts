/**
 * Thin, typed wrapper around the `opening_hours` package (OpenStreetMap schedule syntax).
 * Validation lives here so the baseline schema, the seed and moderator edits share it.
 */
import OpeningHours from "opening_hours";

/** Parse without a location or country: our hours strings must not depend on the package's
 * holiday data (it has none for KG or TJ); holidays are handled separately. */
export function parseOpeningHours(value: string): OpeningHours {
  // mode 0: time ranges only (no "points in time" syntax)
  return new OpeningHours(value, null, 0);
}

export function isValidOpeningHours(value: string): boolean {
  try {
    parseOpeningHours(value);
    return true;
  } catch {
    return false;
  }
}

/** The parser's complaint, for showing beside a form field. */
export function openingHoursError(value: string): string | null {
  try {
    parseOpeningHours(value);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
