import { crossingSummariesNow } from "@/db/queries/current";
import { apiNow, cachedBody, corsPreflight } from "@/lib/api/caching";
import { withApiErrors } from "@/server/api/http";
import { buildCrossingsGeoJson } from "@/lib/exports/geojson";

export const dynamic = "force-dynamic";

/** Public: every crossing as a GeoJSON Point with its state now (RFC 7946), CC BY 4.0. */
export const GET = withApiErrors(async (request: Request) => {
  const now = apiNow();
  const body = buildCrossingsGeoJson(await crossingSummariesNow(), now);
  return cachedBody(request, JSON.stringify(body), "application/geo+json", {
    extraHeaders: { "Content-Disposition": 'inline; filename="crossings.geojson"', "X-License": "CC-BY-4.0" },
  });
});

export const OPTIONS = corsPreflight;
