/**
 * `GET /api/v1/crossings/{slug}/status`: the state of one crossing now or at `at`, for a `mode`
 * of travel. One function for both ways a request reaches it: Next.js's route handler
 * (app/api/v1/crossings/[slug]/status/route.ts) and, for the uncached questions (`at`, `mode`),
 * the production server directly (server/http/fast-routes.ts), which spares each of them
 * Next.js's request pipeline — the larger part of an uncached answer's cost.
 */
import { crossingNow, crossingRecord, nextOpenNow } from "@/db/queries/current";
import { crossingStateAt } from "@/db/queries/crossing-state";
import { jsonError, withApiErrors } from "@/server/api/http";
import { statusQuerySchema, toStatusResponse } from "@/lib/api/status";
import { apiNow, cachedJson } from "@/lib/api/caching";

export const statusAnswer = withApiErrors(async (request: Request, slug: string): Promise<Response> => {
  const url = new URL(request.url);
  const query = statusQuerySchema.safeParse({
    at: url.searchParams.get("at") ?? undefined,
    mode: url.searchParams.get("mode") ?? undefined,
    lang: url.searchParams.get("lang") ?? undefined,
  });
  if (!query.success) {
    const issue = query.error.issues[0]!;
    const field = String(issue.path[0] ?? "query");
    const message =
      field === "mode"
        ? `mode must be one of: pedestrian, bicycle, motorcycle, car, bus, truck, train`
        : field === "at" && issue.code !== "custom"
          ? "at must be an ISO 8601 instant with a zone, e.g. 2026-07-15T09:30:00+06:00"
          : issue.message;
    return jsonError(400, `invalid_${field}`, message);
  }
  const record = await crossingRecord(slug);
  if (!record) return jsonError(404, "not_found", `No crossing with the slug "${slug}".`);
  if (!query.data.at && !query.data.mode) {
    // The common question, "now, any traveller": the cached answer (db/queries/current.ts).
    const { status, change } = await crossingNow(record);
    const nextOpen = status.state === "open" ? null : await nextOpenNow(record);
    return cachedJson(request, toStatusResponse(record.baseline, status, nextOpen, change, query.data.lang));
  }
  const { status, nextOpen, change } = await crossingStateAt(record, query.data.at ?? apiNow(), { mode: query.data.mode });
  return cachedJson(request, toStatusResponse(record.baseline, status, nextOpen, change, query.data.lang));
});
