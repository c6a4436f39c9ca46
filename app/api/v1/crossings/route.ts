import { listCrossingRecords } from "@/db/queries/crossings";
import { crossingListResponseSchema } from "@/lib/api/schemas";
import { withApiErrors } from "@/lib/api/http";
import { toApiSummary } from "@/lib/api/serialize";
import { summarizeCrossing } from "@/lib/crossings/summary";

export const dynamic = "force-dynamic";

/** Public: every crossing with its state now. */
export const GET = withApiErrors(async () => {
  const now = new Date();
  const records = await listCrossingRecords();
  const body = crossingListResponseSchema.parse({
    generatedAt: now.toISOString(),
    crossings: records.map((record) => toApiSummary(summarizeCrossing(record.baseline, now))),
  });
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
});
