/**
 * The public API's response shapes (docs/api.md). Handlers build their responses through
 * these schemas, so the documented shape and the served shape cannot drift apart.
 */
import { z } from "zod";
import { countryCode, crossingBaselineSchema, eligibility, sourceSchema, travelMode } from "@/lib/baseline/schema";
import { statusResponseSchema } from "@/lib/api/status";
import { stripControlCharactersDeep } from "@/lib/text/free-text";

/** A stored baseline and its sources as served: the schema refuses control characters and
 * direction overrides in new input (lib/text/free-text.ts), but a document stored before that
 * rule may hold some; they are dropped here, so the API neither serves them nor fails (500) on them. */
const storedBaseline = z.preprocess(stripControlCharactersDeep, crossingBaselineSchema);
const storedSource = z.preprocess(stripControlCharactersDeep, sourceSchema);

export const crossingStateSchema = z.enum(["open", "closed", "restricted", "unknown"]);

export const crossingSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  nameRu: z.string().nullable(),
  countries: z.tuple([countryCode, countryCode]),
  posts: z.tuple([z.string(), z.string()]),
  /** null: no source gives the crossing's location yet; it is then not on the map or in the GeoJSON. */
  location: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  state: crossingStateSchema,
  basis: z.enum(["reports", "notice", "schedule", "none"]),
  headline: z.string(),
  reason: z.string(),
  nextChange: z.iso.datetime().nullable(),
  who: eligibility,
  modes: z.array(travelMode),
  /** Modes not in `modes`: "not-allowed", or "unknown" where the sources name only those modes. */
  otherModes: z.enum(["not-allowed", "unknown"]),
  url: z.string(),
});

export const crossingListResponseSchema = z.object({
  generatedAt: z.iso.datetime(),
  crossings: z.array(crossingSummarySchema),
});

export const crossingDetailResponseSchema = z.object({
  generatedAt: z.iso.datetime(),
  crossing: crossingSummarySchema.extend({
    status: statusResponseSchema,
    baseline: storedBaseline,
    sources: z.array(storedSource),
  }),
});

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** A rejected report: the message for each field that was wrong (the form shows them beside the fields). */
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

export const healthResponseSchema = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.enum(["pglite", "postgres"]),
});
