/**
 * The moderation API: every moderation action over real HTTP, for the pages' forms (which
 * post here and are redirected back) and for scripts (JSON in, JSON out). Each path names one
 * service (server/services/moderation.ts), which authorizes (signed in, not banned, moderator;
 * admin for roles), validates, writes, drops cached views, alerts and logs.
 */
import { safeReturnPath } from "@/server/auth/session";
import { jsonError, withApiErrors } from "@/server/api/http";
import { readBody, sameOrigin } from "@/lib/api/request-body";
import { parseModerationPath, type ModerationRoute } from "@/lib/moderation/requests";
import { hasNul, NUL_MESSAGE } from "@/lib/text/storable";
import { logDenied } from "@/lib/log";
import * as moderation from "@/server/services/moderation";
import { requestActor } from "@/server/services/actor";
import { refusalResponse } from "@/server/services/http";
import type { Actor } from "@/server/services/service";

export const dynamic = "force-dynamic";

type Outcome = Awaited<ReturnType<typeof moderation.moderateReport>> | { kind: "ok"; actionId: number };

/** The service a path names, with the body's fields and the path's ids as its input. */
function call(route: ModerationRoute, fields: Record<string, unknown>, actor: Actor): Promise<Outcome> {
  switch (route.kind) {
    case "report":
      return moderation.moderateReport({ ...fields, reportId: route.id, action: route.action }, actor);
    case "user":
      if (route.action === "role") return moderation.changeRole({ ...fields, userId: route.id }, actor);
      if (route.action === "ban") return moderation.banAccount({ ...fields, userId: route.id }, actor);
      return moderation.actOnAccount({ ...fields, userId: route.id, action: route.action }, actor);
    case "revert-action":
      return moderation.revertAction({ ...fields, actionId: route.id }, actor);
    case "create-notice":
      return moderation.postNotice({ fields, timesIn: "instants" }, actor);
    case "withdraw-notice":
      return moderation.withdrawNotice({ ...fields, noticeId: route.id }, actor);
    case "baseline":
      return moderation.reviseBaseline({ slug: route.slug, json: fields }, actor);
    case "observed-hours":
      return moderation.adoptObservedHours({ ...fields, slug: route.slug }, actor);
    case "revert-revision":
      return moderation.revertRevision({ ...fields, revisionId: route.id }, actor);
  }
}

export const POST = withApiErrors(async (request: Request, context: RouteContext<"/api/moderation/[...path]">) => {
  const path = new URL(request.url).pathname;
  if (!sameOrigin(request)) {
    logDenied({ route: path, method: "POST", status: 403, reason: "cross-origin" });
    return jsonError(403, "forbidden", "Cross-site requests are refused.");
  }
  const route = parseModerationPath((await context.params).path);
  if (!route) return jsonError(404, "not_found", "No such moderation action.");
  const { fields, isForm } = await readBody(request);
  // Reasons, notices and baselines are stored as text and jsonb (no NUL, no unpaired surrogate)
  // and shown on pages, feeds and exports (no control characters, no direction overrides).
  const unusable = fields === null ? "unreadable" : hasNul(fields) ? "unstorable" : null;
  // The service authorizes first: a body that cannot be read or stored is then refused as input.
  const result = await call(route, unusable ? {} : fields!, await requestActor(request));
  if (unusable && result.kind !== "signed-out" && result.kind !== "forbidden") {
    if (unusable === "unreadable") return jsonError(400, "invalid_body", "Send JSON or a form.");
    return isForm ? respond(true, {}, { kind: "rejected", message: NUL_MESSAGE }) : jsonError(400, "invalid_request", NUL_MESSAGE);
  }
  if (result.kind === "signed-out" || result.kind === "forbidden" || (!isForm && result.kind === "invalid")) {
    const forbidden =
      result.kind !== "forbidden" || result.reason === "not-moderator"
        ? "Moderators only."
        : result.reason === "not-admin"
          ? "Only admins promote or demote moderators."
          : "Only admins act on a moderator's account or revert a role change.";
    return refusalResponse(result as Extract<Outcome, { kind: "signed-out" | "forbidden" | "invalid" }>, { signedOut: "Sign in as a moderator.", forbidden });
  }
  return respond(isForm, fields!, result);
});

/** Forms are sent back where they came from, with the outcome; scripts get JSON. */
function respond(isForm: boolean, fields: Record<string, unknown>, result: { kind: string; actionId?: number; message?: string }): Response {
  if (isForm) {
    const back = new URL(safeReturnPath(fields.returnTo, "/moderation"), "http://x");
    if (result.kind === "ok") back.searchParams.set("done", String(result.actionId));
    else back.searchParams.set("error", result.kind === "not-found" ? "Not found." : (result.message ?? "invalid"));
    return new Response(null, { status: 303, headers: { Location: `${back.pathname}${back.search}${back.hash}` } });
  }
  if (result.kind === "ok") return Response.json({ ok: true, actionId: result.actionId });
  if (result.kind === "not-found") return jsonError(404, "not_found", result.message ?? "Nothing to act on with that id.");
  return jsonError(422, "invalid", result.message ?? "invalid");
}
