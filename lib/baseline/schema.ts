/**
 * The baseline of a crossing: what is known in advance, before any traveller reports.
 *
 * Every fact is "sourced": it carries the sources it came from with their "as of" dates,
 * and may carry alternative values from other sources that disagree. Disagreements are
 * kept and shown, never resolved silently (docs/architecture.md, "Unknown is a real answer").
 *
 * This module is pure (zod only) so that the seed, the data layer, the pages, the API and
 * the status engine all validate against the same shape.
 *
 * Every text meant for people (names, titles, notes, details, hours) is free text
 * (lib/text/free-text.ts): no control characters or direction overrides, whether it comes from
 * the seed, the baseline editor or the moderation API; CRLF is read as "\n".
 */
import { z } from "zod";
import { openingHoursProblem } from "@/lib/schedule/opening-hours";
import { webUrl } from "@/lib/security/web-url";
import { standings } from "@/lib/baseline/standing";
import { isoCountryCodes } from "@/lib/iso-3166-1";
import { freeText } from "@/lib/text/free-text";

/** Any officially assigned ISO 3166-1 alpha-2 code (lib/iso-3166-1.ts), upper case; names in
 * English and Russian for each are in lib/countries.ts. */
export const countryCodes = isoCountryCodes;
export const countryCode = z.enum(countryCodes, { error: "not an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. KG, TM)" });
export type CountryCode = z.infer<typeof countryCode>;

export const travelModes = ["pedestrian", "bicycle", "motorcycle", "car", "bus", "truck", "train"] as const;
export const travelMode = z.enum(travelModes);
export type TravelMode = z.infer<typeof travelMode>;

/** Who may cross: everyone, only citizens of the two bordering countries, goods traffic only, or
 * unknown: no source says who may cross (the status engine never answers "open" for a traveller
 * on it, docs/status-engine.md §4). */
export const eligibilities = ["everyone", "bilateral", "goods", "unknown"] as const;
export const eligibility = z.enum(eligibilities);
export type Eligibility = z.infer<typeof eligibility>;

export const facilityKinds = ["exchange", "food", "sim", "fuel", "lodging", "transport"] as const;
export const facilityKind = z.enum(facilityKinds);
export type FacilityKind = z.infer<typeof facilityKind>;

/** "2024", "2024-05" or "2024-05-30": sources are often only dated to the month or year. */
export const asOfDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "as-of date must be YYYY, YYYY-MM or YYYY-MM-DD");

export const sourceKinds = ["document", "official", "editorial", "moderator", "reports"] as const;
export const sourceSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  title: freeText().min(1),
  publisher: freeText().min(1),
  /** document: a public page; official: a government list; editorial: compiled by the
   * Crossings team from general knowledge and needing verification; moderator: an edit;
   * reports: travellers' own reports on Crossings, counted (lib/history/observed-hours.ts). */
  kind: z.enum(sourceKinds),
  /** How far it is trusted (lib/baseline/standing.ts): a later claim of equal or higher
   * standing supersedes an earlier one. Directory and aggregator pages (seed 001, the
   * Russian-language checkpoint list, Wikipedia) are "directory", not "official". */
  standing: z.enum(standings),
  url: webUrl().nullable(),
  /** For the seed pages (docs/data.md, "The seed pages"): the file name, so a reader can check a fact against its page. */
  seedFile: freeText().nullable(),
  asOf: asOfDate,
});
export type Source = z.infer<typeof sourceSchema>;

export const sourceRef = z.object({
  source: z.string().regex(/^[a-z0-9-]+$/),
  /** When the source said it (may be older than the source's own date, e.g. a trip report). */
  asOf: asOfDate,
  /** What exactly the source says, in our words, where the value alone is not enough. */
  note: freeText().optional(),
});
export type SourceRef = z.infer<typeof sourceRef>;

/** A fact: its value, who says so, and what other sources say instead. */
export function sourced<T extends z.ZodType>(value: T) {
  return z.object({
    value,
    sources: z.array(sourceRef).min(1),
    alternatives: z.array(z.object({ value, sources: z.array(sourceRef).min(1) })).default([]),
  });
}
export type Sourced<T> = {
  value: T;
  sources: SourceRef[];
  alternatives: { value: T; sources: SourceRef[] }[];
};

const ianaTimeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "not an IANA time zone");

/** OpenStreetMap opening_hours within OPENING_HOURS_LIMITS (lib/schedule/opening-hours.ts): the
 * one check the seed, the moderation API and the baseline editor share. */
export const openingHours = freeText()
  .min(1)
  .superRefine((value, ctx) => {
    const problem = openingHoursProblem(value);
    if (!problem) return;
    ctx.addIssue({
      code: "custom",
      message: problem.kind === "syntax" ? `not valid OpenStreetMap opening_hours syntax: ${problem.message}` : `opening_hours beyond the limits: ${problem.message}`,
      params: { openingHours: problem },
    });
  });

export const latLon = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

const holidayEffect = z.enum(["closed", "open", "unknown"]);
/** Whether a side closes on its country's public holidays: "closed", "open" or "unknown" on
 * the holiday's own local days, or, where a source says more, a closure that starts days
 * before, ends days after, and reopens at a given local hour on the day after it. */
export const holidayPolicySchema = z.union([
  holidayEffect,
  z.object({
    effect: holidayEffect,
    /** Whole local days closed before the holiday (0: from its own midnight). */
    daysBefore: z.number().int().min(0).max(7).default(0),
    /** Whole local days closed after the holiday. */
    daysAfter: z.number().int().min(0).max(7).default(0),
    /** "HH:MM": the local time it reopens on the day after the closure (default midnight). */
    reopensAt: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "reopening time must be HH:MM")
      .nullable()
      .default(null),
  }),
]);
export type HolidayPolicy = z.infer<typeof holidayPolicySchema>;

/** Any holiday policy as its full form: a bare "closed" means the holiday's own local days. */
export function holidayPolicyOf(policy: HolidayPolicy): { effect: "closed" | "open" | "unknown"; daysBefore: number; daysAfter: number; reopensAt: string | null } {
  return typeof policy === "string" ? { effect: policy, daysBefore: 0, daysAfter: 0, reopensAt: null } : policy;
}

export const sideSchema = z.object({
  country: countryCode,
  /** The post's name as used locally (Latin script) and, where known, in Russian. */
  postName: sourced(z.object({ en: freeText().min(1), ru: freeText().min(1).optional() })),
  timeZone: ianaTimeZone,
  /** Where the post is. Optional: coordinates are entered only from a source that gives them
   * (never guessed); without one the crossing is listed but left off the map and the GeoJSON. */
  location: sourced(latLon).optional(),
  /** OpenStreetMap opening_hours, evaluated in this side's own time zone. */
  hours: sourced(openingHours),
  /** Whether this side closes on its country's public holidays. */
  publicHolidays: sourced(holidayPolicySchema).optional(),
  notes: freeText().optional(),
});
export type Side = z.infer<typeof sideSchema>;

export const seasonSchema = z.object({
  /** The months or dates it operates, in opening_hours date-range syntax (e.g. "May-Oct",
   * "May 20-Sep 30"), checked like the hours (the timeline parses it: an unchecked value once
   * made every status of its crossing fail); null means all year. */
  range: openingHours.nullable(),
  /** Outside the range: reliably closed, or not known (e.g. "often closed by snow"). */
  outside: z.enum(["closed", "unknown"]),
  description: freeText().min(1),
});

export const requirementSchema = z.object({
  required: z.boolean(),
  detail: freeText().min(1),
});

export const facilitySchema = z.object({
  kind: facilityKind,
  /** Which side it is on (index into sides), or null for "at the crossing / nearby". */
  side: z.union([z.literal(0), z.literal(1)]).nullable(),
  available: z.boolean(),
  detail: freeText().optional(),
});

/** A crossing's slug: lowercase words joined by hyphens. */
export const CROSSING_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const isCrossingSlug = (value: string): boolean => value.length <= 80 && CROSSING_SLUG.test(value);

/** What people search for besides the crossing's and posts' names (issue 16, "names people search
 * for"): other names and spellings of the crossing and its posts in any language and script
 * (Kordai, Қордай; Dustlik, Do'stlik), and the nearest towns and cities on each side that
 * travellers come from (Osh, Ош), as the research notes (docs/research) and the sources give them.
 * Only searched, never shown as the crossing's name. */
export const searchNamesSchema = z.object({
  names: z.array(freeText().min(1).max(100)).max(40).default([]),
  /** Per side (index as in `sides`). */
  towns: z.tuple([z.array(freeText().min(1).max(100)).max(20), z.array(freeText().min(1).max(100)).max(20)]).default([[], []]),
});

export const crossingBaselineSchema = z.object({
  slug: z.string().regex(CROSSING_SLUG),
  name: z.object({ en: freeText().min(1), ru: freeText().min(1).optional() }),
  searchNames: searchNamesSchema.optional(),
  sides: z.tuple([sideSchema, sideSchema]),
  /** Whether the crossing operates at all (some have been shut for years). */
  operation: sourced(z.enum(["operating", "closed", "unknown"])),
  /** Who may cross, and by which modes. A mode not in `modes` is not allowed, unless
   * `otherModes` is "unknown": the sources name some modes and say nothing of the others (a
   * road post whose sources never mention pedestrians), so the engine says "not known", not
   * "not allowed". */
  traffic: sourced(z.object({ modes: z.array(travelMode), who: eligibility, otherModes: z.literal("unknown").optional() })),
  season: sourced(seasonSchema).optional(),
  borderPermit: sourced(requirementSchema).optional(),
  advanceNotice: sourced(requirementSchema).optional(),
  entryFee: sourced(requirementSchema).optional(),
  facilities: sourced(z.array(facilitySchema)).optional(),
  typicalWait: sourced(z.object({ minMinutes: z.number().int().min(0), maxMinutes: z.number().int().min(0) })).optional(),
  roadNotes: sourced(freeText().min(1)).optional(),
});
export type CrossingBaseline = z.infer<typeof crossingBaselineSchema>;
export type CrossingBaselineInput = z.input<typeof crossingBaselineSchema>;
