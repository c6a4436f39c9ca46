import { getCrossingRecord } from "@/db/queries/crossings";
import { crossingDetailResponseSchema } from "@/lib/api/schemas";
import { jsonError, withApiErrors } from "@/lib/api/http";
import { toApiSummary } from "@/lib/api/serialize";
import { summarizeCrossing } from "@/lib/crossings/summary";
import { crossingScheduleAt } from "@/lib/schedule/crossing-schedule";

export const dynamic = "force-dynamic";

/** Public: one crossing's full sourced baseline and its state now. */
export const GET = withApiErrors(async (_request: Request, context: RouteContext<"/api/v1/crossings/[slug]">) => {
  const { slug } = await context.params;
  const record = await getCrossingRecord(slug);
  if (!record) return jsonError(404, "not_found", `No crossing with the slug "${slug}".`);
  const now = new Date();
  const schedule = crossingScheduleAt(record.baseline, now);
  const body = crossingDetailResponseSchema.parse({
    generatedAt: now.toISOString(),
    crossing: {
      ...toApiSummary(summarizeCrossing(record.baseline, now, schedule)),
      sides: schedule.sides.map((side) => ({
        state: side.state,
        disagreement: side.disagreement,
        nextChange: side.nextChange?.toISOString() ?? null,
      })),
      reasons: schedule.reasons.map((reason) => reason.text),
      baseline: record.baseline,
      sources: record.sources,
    },
  });
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
});
