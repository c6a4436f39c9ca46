/**
 * Every located crossing as a GeoJSON FeatureCollection (RFC 7946): one Point feature per
 * crossing with a sourced location (crossings without one are left out) ([lon, lat], WGS 84), with its state now. The licence and attribution
 * travel with the file as top-level foreign members, so a copy keeps them.
 *
 * The route builds its body through `crossingsGeoJsonSchema`, so the documented shape
 * (docs/open-data.md) and the served shape cannot drift apart.
 */
import { z } from "zod";
import { countryCode } from "@/lib/baseline/schema";
import { crossingPath } from "@/lib/api/serialize";
import type { CrossingSummary } from "@/lib/crossings/summary";

export const DATA_LICENSE = "CC-BY-4.0";
export const DATA_LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";
export const DATA_ATTRIBUTION = "Crossings contributors; sources listed per crossing at /crossings/{slug}";

/** [longitude, latitude]: RFC 7946 puts longitude first. */
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const crossingFeatureSchema = z.object({
  type: z.literal("Feature"),
  id: z.string(),
  geometry: z.object({ type: z.literal("Point"), coordinates: position }),
  properties: z.object({
    slug: z.string(),
    name: z.string(),
    nameRu: z.string().nullable(),
    countries: z.tuple([countryCode, countryCode]),
    state: z.enum(["open", "closed", "restricted", "unknown"]),
    basis: z.enum(["reports", "notice", "schedule", "none"]),
    headline: z.string(),
    url: z.string(),
  }),
});

export const crossingsGeoJsonSchema = z.object({
  type: z.literal("FeatureCollection"),
  license: z.literal(DATA_LICENSE),
  attribution: z.string(),
  generatedAt: z.iso.datetime(),
  features: z.array(crossingFeatureSchema),
});
export type CrossingsGeoJson = z.infer<typeof crossingsGeoJsonSchema>;

/** The crossing's feature, or null where no source gives its location (it is left out of the
 * file rather than placed at a guessed point; the JSON API lists it with `location: null`). */
export function crossingFeature(summary: CrossingSummary): z.input<typeof crossingFeatureSchema> | null {
  if (!summary.location) return null;
  return {
    type: "Feature",
    id: summary.slug,
    geometry: { type: "Point", coordinates: [summary.location.lon, summary.location.lat] },
    properties: {
      slug: summary.slug,
      name: summary.name,
      nameRu: summary.nameRu,
      countries: summary.countries,
      state: summary.state,
      basis: summary.basis,
      headline: summary.headline,
      url: crossingPath(summary.slug),
    },
  };
}

/** The whole collection, validated: one feature per located summary, in the order given. */
export function buildCrossingsGeoJson(summaries: CrossingSummary[], generatedAt: Date): CrossingsGeoJson {
  return crossingsGeoJsonSchema.parse({
    type: "FeatureCollection",
    license: DATA_LICENSE,
    attribution: DATA_ATTRIBUTION,
    generatedAt: generatedAt.toISOString(),
    features: summaries.flatMap((summary) => {
      const feature = crossingFeature(summary);
      return feature ? [feature] : [];
    }),
  });
}
