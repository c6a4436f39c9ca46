import { crossingNow, crossingRecord } from "@/db/queries/current";
import { crossingDetailResponseSchema } from "@/lib/api/schemas";
import { jsonError, withApiErrors } from "@/server/api/http";
import { toApiSummary } from "@/lib/api/serialize";
import { toStatusResponse } from "@/lib/api/status";
import { summarizeCrossing } from "@/lib/crossings/summary";
import { apiNow, cachedJson, corsPreflight } from "@/lib/api/caching";

export const dynamic = "force-dynamic";

/** Public: one crossing's full sourced baseline and its status now. */
export const GET = withApiErrors(async (request: Request, context: RouteContext<"/api/v1/crossings/[slug]">) => {
  const { slug } = await context.params;
  const record = await crossingRecord(slug);
  if (!record) return jsonError(404, "not_found", `No crossing with the slug "${slug}".`);
  const { status, change } = await crossingNow(record);
  const body = crossingDetailResponseSchema.parse({
    generatedAt: apiNow().toISOString(),
    crossing: {
      ...toApiSummary(summarizeCrossing(record.baseline, status.at, undefined, status)),
      status: toStatusResponse(record.baseline, status, null, change),
      baseline: record.baseline,
      sources: record.sources,
    },
  });
  return cachedJson(request, body);
});

export const OPTIONS = corsPreflight;
