/**
 * Small builders for the crossings added from docs/research/ (issue 16): a side without a
 * location (no source gives coordinates; see docs/data.md) and "hours unknown" where no source
 * gives hours. They only save repetition: every value still carries its own sources.
 */
import type { CrossingBaselineInput, CountryCode, SourceRef } from "@/lib/baseline/schema";

type SideInput = CrossingBaselineInput["sides"][0];
type Claim<T> = { value: T; sources: SourceRef[]; alternatives?: { value: T; sources: SourceRef[] }[] };

export const HOURS_UNKNOWN = 'Mo-Su unknown "hours not published in our sources"';

/** "No hours in our sources": the editorial source, as in the rest of the seed. */
export const noHours: SourceRef = {
  source: "crossings-editorial-2026",
  asOf: "2026-12",
  note: "No opening hours for this post in the sources of docs/research/ (compiled 2026-12-06)",
};

export function ref(source: string, asOf: string, note?: string): SourceRef {
  return note ? { source, asOf, note } : { source, asOf };
}

/** One side, located nowhere until a source gives its coordinates. */
export function side(
  country: CountryCode,
  timeZone: string,
  name: { en: string; ru?: string },
  nameSources: SourceRef[],
  hours: Claim<string> = { value: HOURS_UNKNOWN, sources: [noHours] },
  notes?: string,
): SideInput {
  return {
    country,
    postName: { value: name, sources: nameSources },
    timeZone,
    hours: { value: hours.value, sources: hours.sources, alternatives: hours.alternatives ?? [] },
    ...(notes ? { notes } : {}),
  };
}

/**
 * A side with a location from a source that gives coordinates (docs/data.md). Where the point is
 * a town's or village's, not the post's own, the note says so and how far off it may be ("±N km",
 * which the checks in geography.test.ts allow for).
 */
export function locatedAt(sideInput: SideInput, lat: number, lon: number, sources: SourceRef[]): SideInput {
  return { ...sideInput, location: { value: { lat, lon }, sources } };
}
