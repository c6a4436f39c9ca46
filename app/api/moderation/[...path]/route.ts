/**
 * The moderation API: every moderation action over real HTTP, for the pages' forms (which
 * post here and are redirected back) and for scripts (JSON in, JSON out). Each request is
 * authorized here, not in proxy.ts: signed in, not banned, moderator or admin (roles: admin).
 */
import { getCrossingRecord } from "@/db/queries/crossings";
import {
  banUser,
  createNotice,
  hideUserReports,
  moderateReport,
  revertAction,
  revertBaselineRevision,
  reviseBaseline,
  setRole,
  unbanUser,
  withdrawNotice,
  type ActionResult,
} from "@/db/queries/moderation";
import { crossingBaselineSchema } from "@/lib/baseline/schema";
import { currentUser, safeReturnPath } from "@/server/auth/session";
import { alertsAfter } from "@/server/alerts/dispatch";
import { publicOrigin } from "@/lib/api/origin";
import { jsonError, withApiErrors } from "@/server/api/http";
import { readBody, sameOrigin } from "@/lib/api/request-body";
import { banBody, baselineBody, noticeBody, observedHoursBody, parseModerationPath, reasonBody, roleBody } from "@/lib/moderation/requests";
import { adoptObservedHours } from "@/db/queries/observed-hours";
import { messagesFor } from "@/lib/i18n/messages";
import { hasNul, NUL_MESSAGE } from "@/lib/text/storable";
import { z } from "zod";
import { logDenied, logEvent } from "@/lib/log";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request, context: RouteContext<"/api/moderation/[...path]">) => {
  const user = await currentUser();
  const path = new URL(request.url).pathname;
  const denied = (status: 401 | 403, reason: string, message: string) => {
    logDenied({ route: path, method: "POST", status, reason, userId: user?.id });
    return jsonError(status, status === 401 ? "unauthorized" : "forbidden", message);
  };
  if (!user) return denied(401, "signed-out", "Sign in as a moderator.");
  if (user.role !== "moderator" && user.role !== "admin") return denied(403, "not-moderator", "Moderators only.");
  if (!sameOrigin(request)) return denied(403, "cross-origin", "Cross-site requests are refused.");
  const route = parseModerationPath((await context.params).path);
  if (!route) return jsonError(404, "not_found", "No such moderation action.");
  const { fields, isForm } = await readBody(request);
  if (fields === null) return jsonError(400, "invalid_body", "Send JSON or a form.");
  // Reasons, notices and baselines are stored as text and jsonb, which cannot hold a NUL.
  if (hasNul(fields)) return isForm ? respond(true, {}, { kind: "invalid", message: NUL_MESSAGE }) : jsonError(400, "invalid_request", NUL_MESSAGE);

  /** Bad input: 400 for scripts, back to the form with the message for pages. */
  const invalid = (error: z.ZodError) => {
    const issue = error.issues[0]!;
    const message = `${String(issue.path[0] ?? "body")}: ${issue.message}`;
    return isForm ? respond(true, fields, { kind: "invalid", message }) : jsonError(400, "invalid_request", message);
  };

  let result: ActionResult;
  switch (route.kind) {
    case "report": {
      const body = reasonBody.safeParse(fields);
      if (!body.success) return invalid(body.error);
      result = await moderateReport(user.id, route.id, route.action, body.data.reason);
      break;
    }
    case "user": {
      if (route.id === user.id) return respond(isForm, fields, { kind: "invalid", message: "You cannot act on your own account." });
      if (route.action === "role") {
        if (user.role !== "admin") return denied(403, "not-admin", "Only admins promote or demote moderators.");
        const body = roleBody.safeParse(fields);
        if (!body.success) return invalid(body.error);
        result = await setRole(user.id, route.id, body.data.role, body.data.reason);
      } else if (route.action === "ban") {
        const body = banBody.safeParse(fields);
        if (!body.success) return invalid(body.error);
        const hide = body.data.hideReports === true || body.data.hideReports === "on" || body.data.hideReports === "true";
        result = await banUser(user.id, route.id, body.data.reason, hide);
      } else {
        const body = reasonBody.safeParse(fields);
        if (!body.success) return invalid(body.error);
        result = route.action === "unban" ? await unbanUser(user.id, route.id, body.data.reason) : await hideUserReports(user.id, route.id, body.data.reason);
      }
      break;
    }
    case "revert-action": {
      const body = reasonBody.safeParse(fields);
      if (!body.success) return invalid(body.error);
      result = await revertAction(user.id, route.id, body.data.reason);
      break;
    }
    case "create-notice": {
      const body = noticeBody.safeParse(fields);
      if (!body.success) return invalid(body.error);
      const crossing = await getCrossingRecord(body.data.crossing);
      if (!crossing) return respond(isForm, fields, { kind: "invalid", message: "crossing: no such crossing." });
      const { crossing: _slug, ...values } = body.data;
      void _slug;
      result = await createNotice(user.id, { ...values, crossingId: crossing.id }, `Notice: ${values.text.slice(0, 80)}`);
      break;
    }
    case "withdraw-notice": {
      const body = reasonBody.safeParse(fields);
      if (!body.success) return invalid(body.error);
      result = await withdrawNotice(user.id, route.id, body.data.reason);
      break;
    }
    case "baseline": {
      const body = baselineBody.safeParse(fields);
      if (!body.success) return invalid(body.error);
      const baseline = crossingBaselineSchema.safeParse(body.data.baseline);
      if (!baseline.success) return invalid(baseline.error);
      const crossing = await getCrossingRecord(route.slug);
      if (!crossing) return jsonError(404, "not_found", `No crossing with the slug "${route.slug}".`);
      result = await reviseBaseline(user.id, crossing.id, baseline.data, { reason: body.data.reason, sourceTitle: body.data.sourceTitle, sourceUrl: body.data.sourceUrl });
      break;
    }
    case "observed-hours": {
      // One click: the side only. The hours are inferred again here from the reports.
      const body = observedHoursBody.safeParse(fields);
      if (!body.success) return invalid(body.error);
      const crossing = await getCrossingRecord(route.slug);
      if (!crossing) return isForm ? respond(true, fields, { kind: "not-found" }) : jsonError(404, "not_found", `No crossing with the slug "${route.slug}".`);
      const adopted = await adoptObservedHours(user.id, crossing.id, body.data.side);
      const apiErrors = messagesFor("en").moderation.apiErrors;
      result =
        adopted.kind === "known"
          ? { kind: "invalid", message: apiErrors.observedKnown }
          : adopted.kind === "no-pattern"
            ? { kind: "invalid", message: apiErrors.observedNone }
            : adopted;
      break;
    }
    case "revert-revision": {
      const body = reasonBody.safeParse(fields);
      if (!body.success) return invalid(body.error);
      result = await revertBaselineRevision(user.id, route.id, body.data.reason);
      break;
    }
  }
  if (result.kind === "ok") {
    const target =
      route.kind === "create-notice"
        ? { crossing: String(fields.crossing ?? "") }
        : route.kind === "baseline" || route.kind === "observed-hours"
          ? { crossing: route.slug }
          : { targetId: String(route.id) };
    logEvent("info", "moderation.action", {
      moderatorId: user.id,
      role: user.role,
      action: "action" in route ? `${route.kind}.${route.action}` : route.kind,
      ...target,
      actionId: result.actionId,
    });
    // Anything but a role change may change what a crossing's subscribers see (a hidden report,
    // a notice, a revised baseline, a revert of any of them).
    if (!(route.kind === "user" && route.action === "role")) alertsAfter("any", publicOrigin(request));
  }
  return respond(isForm, fields, result);
});

/** Forms are sent back where they came from, with the outcome; scripts get JSON. */
function respond(isForm: boolean, fields: Record<string, unknown>, result: ActionResult): Response {
  if (isForm) {
    const back = new URL(safeReturnPath(fields.returnTo, "/moderation"), "http://x");
    if (result.kind === "ok") back.searchParams.set("done", String(result.actionId));
    else back.searchParams.set("error", result.kind === "invalid" ? result.message : "Not found.");
    return new Response(null, { status: 303, headers: { Location: `${back.pathname}${back.search}${back.hash}` } });
  }
  if (result.kind === "ok") return Response.json({ ok: true, actionId: result.actionId });
  if (result.kind === "not-found") return jsonError(404, "not_found", "Nothing to act on with that id.");
  return jsonError(422, "invalid", result.message);
}
