import { listCrossingRecords } from "@/db/queries/crossings";
import { loadAllStatusInputs } from "@/db/queries/status";
import { crossingListResponseSchema } from "@/lib/api/schemas";
import { withApiErrors } from "@/lib/api/http";
import { toApiSummary } from "@/lib/api/serialize";
import { summarizeCrossing } from "@/lib/crossings/summary";
import { apiNow, cachedJson, corsPreflight } from "@/lib/api/caching";

export const dynamic = "force-dynamic";

/** Public: every crossing with its state now. */
export const GET = withApiErrors(async (request: Request) => {
  const now = apiNow();
  const [records, inputs] = await Promise.all([listCrossingRecords(), loadAllStatusInputs(now)]);
  const body = crossingListResponseSchema.parse({
    generatedAt: now.toISOString(),
    crossings: records.map((record) => toApiSummary(summarizeCrossing(record.baseline, now, inputs.get(record.id)))),
  });
  return cachedJson(request, body);
});

export const OPTIONS = corsPreflight;
