import { getCrossingRecord } from "@/db/queries/crossings";
import { listVisibleReports } from "@/db/queries/reports";
import { submitReport } from "@/server/services/reports";
import { requestActor } from "@/server/services/actor";
import { isRefusal, refusalResponse } from "@/server/services/http";
import { jsonError, withApiErrors } from "@/server/api/http";
import { reportListQuerySchema, reportListResponseSchema, toPublicReportJson } from "@/lib/api/reports";
import { decodeCursor, encodeCursor } from "@/lib/reports/cursor";
import { cachedJson } from "@/lib/api/caching";

export const dynamic = "force-dynamic";

/** Public: visible reports, newest observed first (never hidden or withdrawn ones, never who wrote them). */
export const GET = withApiErrors(async (request: Request, context: RouteContext<"/api/v1/crossings/[slug]/reports">) => {
  const { slug } = await context.params;
  const url = new URL(request.url);
  const query = reportListQuerySchema.safeParse({ limit: url.searchParams.get("limit") ?? undefined, before: url.searchParams.get("before") ?? undefined });
  if (!query.success) return jsonError(400, "invalid_query", query.error.issues[0]!.message);
  const before = query.data.before === undefined ? undefined : decodeCursor(query.data.before);
  if (before === null) return jsonError(400, "invalid_query", "before must be a cursor from a previous page's next");
  const record = await getCrossingRecord(slug);
  if (!record) return jsonError(404, "not_found", `No crossing with the slug "${slug}".`);
  const page = await listVisibleReports(record.id, { limit: query.data.limit, before });
  const body = reportListResponseSchema.parse({
    reports: page.reports.map((report) => toPublicReportJson(report, record.baseline)),
    next: page.next ? encodeCursor(page.next) : null,
  });
  return cachedJson(request, body, { maxAge: 15 });
});

/** Signed-in travellers (session or personal API token): submit a report as JSON, through the
 * same service as the form (server/services/reports.ts). */
export const POST = withApiErrors(async (request: Request, context: RouteContext<"/api/v1/crossings/[slug]/reports">) => {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return jsonError(415, "unsupported_media_type", "Send the report as application/json.");
  }
  const { slug } = await context.params;
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return jsonError(400, "invalid_json", "The body is not valid JSON.");
  }
  const result = await submitReport({ slug, json }, await requestActor(request, { token: true }));
  // 401, 404, 400 with each field's message, and 429 with Retry-After over the hourly limits.
  if (isRefusal(result)) {
    return refusalResponse(result, { signedOut: "Sign in, or send a valid personal API token (Authorization: Bearer cr_…).", invalidCode: "invalid_report", limited: "reports" });
  }
  switch (result.kind) {
    case "conflict":
      return jsonError(422, "idempotency_conflict", "This idempotencyKey was already used for a different report.");
    case "duplicate":
      return Response.json({ id: result.id, created: false }, { status: 200 });
    case "created":
      return Response.json({ id: result.id, created: true, heldForReview: result.held }, { status: 201, headers: { Location: `/crossings/${slug}#report-${result.id}` } });
  }
});
