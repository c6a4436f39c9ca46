/** Signed-in readers with some standing flag a report (a form on the timeline, or JSON), through server/services/flags.ts. */
import { safeReturnPath } from "@/server/auth/session";
import { jsonError, withApiErrors } from "@/server/api/http";
import { readBody, sameOrigin } from "@/lib/api/request-body";
import { flagOutcomeMessages } from "@/lib/moderation/rules";
import { flag } from "@/server/services/flags";
import { requestActor } from "@/server/services/actor";
import { isRefusal, refusalResponse } from "@/server/services/http";
import { logDenied } from "@/lib/log";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request, context: RouteContext<"/api/v1/reports/[id]/flags">) => {
  if (!sameOrigin(request)) {
    logDenied({ route: new URL(request.url).pathname, method: "POST", status: 403, reason: "cross-origin" });
    return jsonError(403, "forbidden", "Cross-site requests are refused.");
  }
  const { id } = await context.params;
  const { fields, isForm } = await readBody(request);
  // The service authorizes first: a body that cannot be read is then refused as input (400).
  const result = await flag({ ...(fields ?? {}), reportId: id }, await requestActor(request));
  if (fields === null && result.kind === "invalid") return jsonError(400, "invalid_body", "Send JSON or a form.");
  const words = { signedOut: "Sign in to flag a report.", invalidCode: "invalid_reason", notFound: "No such report.", limited: "flags" };
  // Signed out or a bad reason is an error for a form too; any other outcome goes back to the timeline.
  if (result.kind === "signed-out" || result.kind === "forbidden" || result.kind === "invalid") return refusalResponse(result, words);
  if (isForm) {
    const back = new URL(safeReturnPath(fields?.returnTo, "/"), "http://x");
    back.searchParams.set("flag", result.kind);
    return new Response(null, { status: 303, headers: { Location: `${back.pathname}${back.search}#timeline` } });
  }
  if (isRefusal(result)) return refusalResponse(result, words);
  if (result.kind === "flagged") return Response.json({ ok: true, hidden: result.hidden }, { status: 201 });
  // What is left: the reader's own report, or one they flagged already.
  return Response.json({ error: { code: result.kind, message: flagOutcomeMessages[result.kind] } }, { status: 409 });
});
