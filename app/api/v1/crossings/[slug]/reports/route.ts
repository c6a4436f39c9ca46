import { getCrossingRecord } from "@/db/queries/crossings";
import { logDenied } from "@/lib/log";
import { listVisibleReports, submitReport } from "@/db/queries/reports";
import { authSecret } from "@/server/auth";
import { apiUser } from "@/server/auth/api-user";
import { env } from "@/lib/env";
import { jsonError, withApiErrors } from "@/server/api/http";
import { reportListQuerySchema, reportListResponseSchema, toPublicReportJson } from "@/lib/api/reports";
import { clientAddress, hashAddress } from "@/lib/reports/client-address";
import { decodeCursor, encodeCursor } from "@/lib/reports/cursor";
import { parseReportJson } from "@/lib/reports/report-input";
import { cachedJson } from "@/lib/api/caching";
import { alertsAfter } from "@/server/alerts/dispatch";
import { publicOrigin } from "@/lib/api/origin";

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

/** Signed-in travellers (session or personal API token): submit a report as JSON, with the
 * same validation, idempotency and limits as the form. */
export const POST = withApiErrors(async (request: Request, context: RouteContext<"/api/v1/crossings/[slug]/reports">) => {
  const user = await apiUser(request);
  if (!user) {
    logDenied({ route: new URL(request.url).pathname, method: "POST", status: 401, reason: request.headers.has("authorization") ? "bad-token" : "signed-out" });
    return jsonError(401, "unauthorized", "Sign in, or send a valid personal API token (Authorization: Bearer cr_…).");
  }
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return jsonError(415, "unsupported_media_type", "Send the report as application/json.");
  }
  const { slug } = await context.params;
  const record = await getCrossingRecord(slug);
  if (!record) return jsonError(404, "not_found", `No crossing with the slug "${slug}".`);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonError(400, "invalid_json", "The body is not valid JSON.");
  }
  const now = new Date();
  const address = clientAddress(request.headers, env.TRUST_PROXY_HOPS);
  const parsed = parseReportJson(body, now);
  if (!parsed.ok) {
    const [field, message] = Object.entries(parsed.errors)[0]!;
    return Response.json({ error: { code: "invalid_report", message: `${field}: ${message}`, fields: parsed.errors } }, { status: 400 });
  }
  const result = await submitReport(
    {
      crossingId: record.id,
      authorId: user.id,
      ipHash: address ? hashAddress(address, authSecret) : null,
      idempotencyKey: parsed.idempotencyKey,
      values: parsed.values,
    },
    { perUserPerHour: env.REPORTS_PER_HOUR_PER_USER, perIpPerHour: env.REPORTS_PER_HOUR_PER_IP },
    now,
  );
  switch (result.kind) {
    case "rate-limited": {
      const seconds = Math.max(1, Math.ceil((result.retryAt.getTime() - now.getTime()) / 1000));
      return jsonError(429, "rate_limited", `Too many reports from this ${result.scope}: try again after ${result.retryAt.toISOString()}.`, {
        "Retry-After": String(seconds),
      });
    }
    case "conflict":
      return jsonError(422, "idempotency_conflict", "This idempotencyKey was already used for a different report.");
    case "duplicate":
      return Response.json({ id: result.id, created: false }, { status: 200 });
    case "created":
      if (!result.held) {
        const origin = publicOrigin(request);
        alertsAfter(record.id, origin);
      }
      return Response.json({ id: result.id, created: true, heldForReview: result.held }, { status: 201, headers: { Location: `/crossings/${slug}#report-${result.id}` } });
  }
});
