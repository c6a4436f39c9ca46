/**
 * Thin, typed wrapper around the `opening_hours` package (OpenStreetMap schedule syntax).
 * Validation lives here so the baseline schema, the seed and moderator edits share it,
 * including the limits that keep one value from costing the server seconds: a valid value
 * of 720 one-minute ranges once made one evaluation take 82 s.
 */
import OpeningHours from "opening_hours";

/** Generous for any real border post (the longest seeded value is under 120 characters). */
export const OPENING_HOURS_LIMITS = {
  /** Characters in one value. */
  length: 500,
  /** Rules (parts separated by ";" or "||"). */
  rules: 24,
  /** Opening ranges starting on any one local day, checked over the calendar year 2026. */
  rangesPerDay: 16,
} as const;

/** Parse without a location or country: our hours strings must not depend on the package's
 * holiday data (it has none for KG or TJ); holidays are handled separately. */
export function parseOpeningHours(value: string): OpeningHours {
  // mode 0: time ranges only (no "points in time" syntax)
  return new OpeningHours(value, null, 0);
}

export function isValidOpeningHours(value: string): boolean {
  return openingHoursError(value) === null;
}

/** Rules outside quoted comments: "a; b || c" has three. */
function countRules(value: string): number {
  let rules = 1;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ";") rules++;
    else if (!quoted && char === "|" && value[i + 1] === "|") {
      rules++;
      i++;
    }
  }
  return rules;
}

/** Why a syntactically valid value is still refused, or null. Wall-clock dates in the host's
 * zone, which zoned-time.ts pins to UTC. */
function limitError(oh: OpeningHours): string | null {
  const from = new Date(2026, 0, 1);
  const to = new Date(2027, 0, 1);
  const iterator = oh.getIterator(from);
  const startsPerDay = new Map<number, number>();
  let wasOpen = iterator.getState() || iterator.getUnknown();
  if (wasOpen) startsPerDay.set(0, 1);
  const maxSteps = 2 * OPENING_HOURS_LIMITS.rangesPerDay * 366 + 2;
  for (let step = 0; iterator.advance(to); step++) {
    if (step > maxSteps) return `more than ${OPENING_HOURS_LIMITS.rangesPerDay} time ranges a day`;
    const open = iterator.getState() || iterator.getUnknown();
    if (open && !wasOpen) {
      const at = iterator.getDate();
      const day = Math.floor((at.getTime() - from.getTime()) / 86400_000);
      const count = (startsPerDay.get(day) ?? 0) + 1;
      if (count > OPENING_HOURS_LIMITS.rangesPerDay) return `more than ${OPENING_HOURS_LIMITS.rangesPerDay} time ranges on one day`;
      startsPerDay.set(day, count);
    }
    wasOpen = open;
  }
  return null;
}

export interface OpeningHoursProblem {
  /** "syntax": the parser refuses it; "limit": valid, but beyond OPENING_HOURS_LIMITS. */
  kind: "syntax" | "limit";
  message: string;
}

/** What is wrong with a value, or null: checked by the baseline schema (seed, moderation API)
 * and shown beside the hours field of the baseline editor. */
export function openingHoursProblem(value: string): OpeningHoursProblem | null {
  if (value.length > OPENING_HOURS_LIMITS.length) return { kind: "limit", message: `longer than ${OPENING_HOURS_LIMITS.length} characters` };
  if (countRules(value) > OPENING_HOURS_LIMITS.rules) return { kind: "limit", message: `more than ${OPENING_HOURS_LIMITS.rules} rules` };
  let oh: OpeningHours;
  try {
    oh = parseOpeningHours(value);
  } catch (error) {
    return { kind: "syntax", message: error instanceof Error ? error.message : String(error) };
  }
  const limit = limitError(oh);
  return limit ? { kind: "limit", message: limit } : null;
}

/** The parser's complaint or the limit exceeded, as one line. */
export function openingHoursError(value: string): string | null {
  return openingHoursProblem(value)?.message ?? null;
}
