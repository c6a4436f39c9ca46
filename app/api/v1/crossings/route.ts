import { allCrossingsNow } from "@/db/queries/current";
import { crossingListResponseSchema } from "@/lib/api/schemas";
import { withApiErrors } from "@/server/api/http";
import { toApiSummary } from "@/lib/api/serialize";
import { summarizeCrossing } from "@/lib/crossings/summary";
import { apiNow, cachedJson, corsPreflight } from "@/lib/api/caching";

export const dynamic = "force-dynamic";

/** Public: every crossing with its state now. */
export const GET = withApiErrors(async (request: Request) => {
  const { records, statuses } = await allCrossingsNow();
  const body = crossingListResponseSchema.parse({
    generatedAt: apiNow().toISOString(),
    crossings: records.map((record) => {
      const status = statuses.get(record.id)!;
      return toApiSummary(summarizeCrossing(record.baseline, status.at, undefined, status));
    }),
  });
  return cachedJson(request, body);
});

export const OPTIONS = corsPreflight;
