/** Signed-in readers with some standing flag a report (a form on the timeline, or JSON). */
import { flagReport } from "@/db/queries/moderation";
import { currentUser, safeReturnPath } from "@/server/auth/session";
import { jsonError, withApiErrors } from "@/server/api/http";
import { readBody, sameOrigin } from "@/lib/api/request-body";
import { flagBody } from "@/lib/moderation/requests";
import { flagOutcomeMessages } from "@/lib/moderation/rules";
import { env } from "@/lib/env";
import { alertsAfter } from "@/server/alerts/dispatch";
import { publicOrigin } from "@/lib/api/origin";
import { z } from "zod";
import { logDenied } from "@/lib/log";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request, context: RouteContext<"/api/v1/reports/[id]/flags">) => {
  const user = await currentUser();
  const route = new URL(request.url).pathname;
  if (!user) {
    logDenied({ route, method: "POST", status: 401, reason: "signed-out" });
    return jsonError(401, "unauthorized", "Sign in to flag a report.");
  }
  if (!sameOrigin(request)) {
    logDenied({ route, method: "POST", status: 403, reason: "cross-origin", userId: user.id });
    return jsonError(403, "forbidden", "Cross-site requests are refused.");
  }
  const { id } = await context.params;
  if (!z.uuid().safeParse(id).success) return jsonError(404, "not_found", "No such report.");
  const { fields, isForm } = await readBody(request);
  if (fields === null) return jsonError(400, "invalid_body", "Send JSON or a form.");
  const body = flagBody.safeParse(fields);
  if (!body.success) return jsonError(400, "invalid_reason", body.error.issues[0]!.message);
  const result = await flagReport(user.id, id, body.data.reason, new Date(), env.FLAG_MIN_ACCOUNT_AGE_HOURS * 3600_000);
  // Enough flags hide the report pending review, which may change its crossing's state.
  if (result.kind === "flagged" && result.hidden) alertsAfter("any", publicOrigin(request));
  if (isForm) {
    const back = new URL(safeReturnPath(fields.returnTo, "/"), "http://x");
    back.searchParams.set("flag", result.kind);
    return new Response(null, { status: 303, headers: { Location: `${back.pathname}${back.search}#timeline` } });
  }
  const status = result.kind === "flagged" ? 201 : result.kind === "not-found" ? 404 : result.kind === "too-new" ? 403 : 409;
  return Response.json(result.kind === "flagged" ? { ok: true, hidden: result.hidden } : { error: { code: result.kind, message: flagOutcomeMessages[result.kind] } }, { status });
});
