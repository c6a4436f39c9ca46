import { getCrossingRecord } from "@/db/queries/crossings";
import { loadStatusInputs } from "@/db/queries/status";
import { crossingDetailResponseSchema } from "@/lib/api/schemas";
import { jsonError, withApiErrors } from "@/lib/api/http";
import { toApiSummary } from "@/lib/api/serialize";
import { toStatusResponse } from "@/lib/api/status";
import { summarizeCrossing } from "@/lib/crossings/summary";
import { apiNow, cachedJson, corsPreflight } from "@/lib/api/caching";
import { evaluateStatus } from "@/lib/status/evaluate";
import { nextStateChange } from "@/lib/status/next-window";

export const dynamic = "force-dynamic";

/** Public: one crossing's full sourced baseline and its status now. */
export const GET = withApiErrors(async (request: Request, context: RouteContext<"/api/v1/crossings/[slug]">) => {
  const { slug } = await context.params;
  const record = await getCrossingRecord(slug);
  if (!record) return jsonError(404, "not_found", `No crossing with the slug "${slug}".`);
  const now = apiNow();
  const inputs = await loadStatusInputs(record.id, now, record.baseline.sides[0].timeZone);
  const status = evaluateStatus({ baseline: record.baseline, instant: now, ...inputs });
  const body = crossingDetailResponseSchema.parse({
    generatedAt: now.toISOString(),
    crossing: {
      ...toApiSummary(summarizeCrossing(record.baseline, now, inputs, status)),
      status: toStatusResponse(record.baseline, status, null, nextStateChange({ baseline: record.baseline, notices: inputs.notices, instant: now })),
      baseline: record.baseline,
      sources: record.sources,
    },
  });
  return cachedJson(request, body);
});

export const OPTIONS = corsPreflight;
