import "server-only";
/**
 * Moderation, one service per action: on reports, on accounts, on the log (revert), notices,
 * the baseline (revise, revert, adopt observed hours). All need a moderator; a role change
 * needs an admin. Anything but a role change may change what many crossings show, so each
 * drops every cached view and lets every crossing's subscribers be alerted; every committed
 * action is logged as `moderation.action`.
 */
import { z } from "zod";
import { getCrossingRecord } from "@/db/queries/crossings";
import {
  banUser,
  createNotice,
  hideUserReports,
  moderateReport as moderateReportRow,
  revertAction as revertActionRow,
  revertBaselineRevision,
  reviseBaseline as storeBaseline,
  setRole,
  unbanUser,
  withdrawNotice as withdrawNoticeRow,
  type ActionResult,
} from "@/db/queries/moderation";
import { adoptObservedHours as adoptObserved } from "@/db/queries/observed-hours";
import { getModerationAction } from "@/db/queries/moderation/log";
import { accountRole } from "@/db/queries/users";
import type { Db } from "@/db/client";
import { logDenied } from "@/lib/log";
import { crossingBaselineSchema } from "@/lib/baseline/schema";
import { parseBaselineEdit } from "@/lib/moderation/baseline-edit";
import { banBody, baselineBody, formErrorMap, noticeBodyFor, reasonSchemaFor, reportActions, roleBody } from "@/lib/moderation/requests";
import { messagesFor } from "@/lib/i18n/messages";
import { localInputToInstant } from "@/lib/schedule/zoned-time";
import { invalid, invalidFrom, writeService, type Actor, type Context, type Effects } from "@/server/services/service";
import type { SessionUser } from "@/lib/auth/user";

/** What the database refused although the request was well formed (already reverted, an admin's
 * role, one's own account, nothing to adopt): 422, where a malformed request is 400. */
export type Rejected = { kind: "rejected"; message: string };
type Outcome = Exclude<ActionResult, { kind: "invalid" }> | Rejected;
const rejected = (message: string): { result: Rejected } => ({ result: { kind: "rejected", message } });

/** A stored action's outcome, with the effects every committed moderation action has. */
function done<R extends ActionResult>(result: R, action: string, target: Record<string, string>, effects: Effects = { all: true, alerts: "any" }) {
  if (result.kind === "invalid") return rejected(result.message);
  if (result.kind !== "ok") return { result: result as Outcome };
  return { result: result as R & Outcome, effects: { ...effects, moderation: { action, actionId: result.actionId, target } } };
}

const reasonOnly = (context: Context<SessionUser>) => reasonSchemaFor(context.actor.locale);
const uuid = z.uuid();

const denied = (actor: Actor, user: SessionUser, reason: string) => {
  logDenied({ route: actor.route, method: actor.method, status: 403, reason, userId: user.id });
  return { kind: "forbidden" as const, reason };
};

/** Only an admin may act on a moderator's (or admin's) account. */
async function adminFor(userId: string, user: SessionUser, actor: Actor, db: Db, reason: string) {
  if (user.role === "admin") return null;
  const role = await accountRole(userId, db);
  return role === "moderator" || role === "admin" ? { result: denied(actor, user, reason) } : null;
}

/** Refuses acting on oneself (a moderator banning or demoting their own account). */
const self = (userId: string, user: SessionUser) => (userId === user.id ? rejected("You cannot act on your own account.") : null);

export const moderateReport = writeService({
  name: "moderateReport",
  access: "moderator",
  async parse(raw, context) {
    const parsed = z.object({ reportId: uuid, action: z.enum(reportActions), reason: reasonOnly(context) }).safeParse(raw);
    return parsed.success ? { ok: true, value: parsed.data } : invalidFrom(parsed.error.issues);
  },
  async run({ reportId, action, reason }, { user, db, now }) {
    return done(await moderateReportRow(user.id, reportId, action, reason, now, db), `report.${action}`, { targetId: reportId });
  },
});

const userId = z.string().regex(/^[\w-]{1,64}$/);

export const changeRole = writeService({
  name: "changeRole",
  access: "admin",
  async parse(raw) {
    const parsed = roleBody.extend({ userId }).safeParse(raw);
    if (!parsed.success) return invalidFrom(parsed.error.issues);
    return { ok: true, value: parsed.data };
  },
  async run({ userId: id, role, reason }, { user, db }) {
    // Their own kept pages show (or hide) the moderators' links and forms: drop them at once.
    return self(id, user) ?? done(await setRole(user.id, id, role, reason, db), "user.role", { targetId: id }, { user: id });
  },
});

export const banAccount = writeService({
  name: "banAccount",
  access: "moderator",
  async parse(raw) {
    const parsed = banBody.extend({ userId }).safeParse(raw);
    if (!parsed.success) return invalidFrom(parsed.error.issues);
    const hideReports = parsed.data.hideReports === true || parsed.data.hideReports === "on" || parsed.data.hideReports === "true";
    return { ok: true, value: { ...parsed.data, hideReports } };
  },
  async run({ userId: id, reason, hideReports }, { user, actor, db, now }) {
    const refused = self(id, user) ?? (await adminFor(id, user, actor, db, "ban-moderator"));
    if (refused) return refused;
    return done(await banUser(user.id, id, reason, hideReports, now, db), "user.ban", { targetId: id });
  },
});

/** Unban, or hide all of an account's reports. */
export const actOnAccount = writeService({
  name: "actOnAccount",
  access: "moderator",
  async parse(raw, context) {
    const parsed = z.object({ userId, action: z.enum(["unban", "hide-reports"]), reason: reasonOnly(context) }).safeParse(raw);
    if (!parsed.success) return invalidFrom(parsed.error.issues);
    return { ok: true, value: parsed.data };
  },
  async run({ userId: id, action, reason }, { user, actor, db }) {
    const refused = self(id, user) ?? (action === "hide-reports" ? await adminFor(id, user, actor, db, "hide-moderator-reports") : null);
    if (refused) return refused;
    const result = action === "unban" ? await unbanUser(user.id, id, reason, db) : await hideUserReports(user.id, id, reason, db);
    return done(result, `user.${action}`, { targetId: id });
  },
});

export const revertAction = writeService({
  name: "revertAction",
  access: "moderator",
  async parse(raw, context) {
    const parsed = z.object({ actionId: z.number().int().positive(), reason: reasonOnly(context) }).safeParse(raw);
    return parsed.success ? { ok: true, value: parsed.data } : invalidFrom(parsed.error.issues);
  },
  async run({ actionId, reason }, { user, actor, db }) {
    // Reverting a role change is changing a role: admins only, as the change itself was.
    const entry = await getModerationAction(actionId, db);
    if (entry?.action.endsWith("user.role") && user.role !== "admin") return { result: denied(actor, user, "revert-role-not-admin") };
    return done(await revertActionRow(user.id, actionId, reason, db), "revert-action", { targetId: String(actionId) });
  },
});

/** A dated notice (a closure, a special regime). The pages' form gives its times as local
 * date-times in the crossing's (first side's) zone; the API gives instants. */
export const postNotice = writeService({
  name: "postNotice",
  access: "moderator",
  async parse(raw, context) {
    const shape = z.object({ fields: z.record(z.string(), z.unknown()), timesIn: z.enum(["crossing-zone", "instants"]) }).safeParse(raw);
    if (!shape.success) return invalidFrom(shape.error.issues);
    const { fields, timesIn } = shape.data;
    // A JSON body may carry anything here (an object without a prototype has no string form).
    const crossing = typeof fields.crossing === "string" ? await getCrossingRecord(fields.crossing, context.db) : null;
    if (!crossing)
      return invalid(`crossing: ${messagesFor(context.actor.locale).moderation.validation.pickCrossing}`, {
        crossing: messagesFor(context.actor.locale).moderation.validation.pickCrossing,
      });
    const zone = crossing.baseline.sides[0].timeZone;
    const instant = (value: unknown) => {
      if (timesIn !== "crossing-zone" || typeof value !== "string" || !value) return value;
      return localInputToInstant(value, zone)?.toISOString() ?? value;
    };
    // The pages' form words zod's own messages too (a missing field, a wrong type); the API keeps them.
    const parsed = noticeBodyFor(context.actor.locale).safeParse(
      { ...fields, crossing: crossing.slug, startsAt: instant(fields.startsAt), endsAt: instant(fields.endsAt) },
      timesIn === "crossing-zone" ? { error: formErrorMap(context.actor.locale) } : undefined,
    );
    if (!parsed.success) return invalidFrom(parsed.error.issues);
    const { crossing: slug, ...values } = parsed.data;
    return { ok: true, value: { slug, crossingId: crossing.id, values } };
  },
  async run({ slug, crossingId, values }, { user, db }) {
    const result = await createNotice(user.id, { ...values, crossingId }, `Notice: ${values.text.slice(0, 80)}`, db);
    return done(result, "create-notice", { crossing: slug }, { all: true, alerts: crossingId });
  },
});

export const withdrawNotice = writeService({
  name: "withdrawNotice",
  access: "moderator",
  async parse(raw, context) {
    const parsed = z.object({ noticeId: uuid, reason: reasonOnly(context) }).safeParse(raw);
    return parsed.success ? { ok: true, value: parsed.data } : invalidFrom(parsed.error.issues);
  },
  async run({ noticeId, reason }, { user, db, now }) {
    return done(await withdrawNoticeRow(user.id, noticeId, reason, now, db), "withdraw-notice", { targetId: noticeId });
  },
});

/** A new revision of a crossing's baseline: the editor's form (with its warnings), or the API's whole baseline as JSON. */
export const reviseBaseline = writeService({
  name: "reviseBaseline",
  access: "moderator",
  async parse(raw, context) {
    const shape = z.union([z.object({ slug: z.string(), form: z.instanceof(FormData) }), z.object({ slug: z.string(), json: z.record(z.string(), z.unknown()) })]).safeParse(raw);
    if (!shape.success) return invalidFrom(shape.error.issues);
    const crossing = await getCrossingRecord(shape.data.slug, context.db);
    if (!crossing) return { kind: "not-found", message: `No crossing with the slug "${shape.data.slug}".` };
    if ("form" in shape.data) {
      const edit = parseBaselineEdit(crossing.baseline, shape.data.form, context.actor.locale);
      if (!edit.ok) return { ...invalid(Object.values(edit.errors)[0] ?? "invalid", edit.errors as Record<string, string>), warnings: edit.warnings };
      return { ok: true, value: { crossing, baseline: edit.baseline, meta: edit.meta, warnings: edit.warnings } };
    }
    const body = baselineBody.safeParse(shape.data.json);
    if (!body.success) return invalidFrom(body.error.issues);
    const baseline = crossingBaselineSchema.safeParse(body.data.baseline);
    if (!baseline.success) return invalidFrom(baseline.error.issues);
    const { reason, sourceTitle, sourceUrl } = body.data;
    return { ok: true, value: { crossing, baseline: baseline.data, meta: { reason, sourceTitle, sourceUrl }, warnings: [] as string[] } };
  },
  async run({ crossing, baseline, meta, warnings }, { user, db }) {
    const result = await storeBaseline(user.id, crossing.id, baseline, meta, db);
    if (result.kind === "invalid") return rejected(result.message);
    if (result.kind === "not-found") return { result: { kind: "not-found" as const } };
    const { effects } = done(result, "baseline", { crossing: crossing.slug });
    return { result: { kind: "ok" as const, actionId: result.actionId, revisionId: result.revisionId!, warnings }, effects };
  },
});

export const revertRevision = writeService({
  name: "revertRevision",
  access: "moderator",
  async parse(raw, context) {
    const parsed = z.object({ revisionId: z.number().int().positive(), reason: reasonOnly(context) }).safeParse(raw);
    return parsed.success ? { ok: true, value: parsed.data } : invalidFrom(parsed.error.issues);
  },
  async run({ revisionId, reason }, { user, db }) {
    return done(await revertBaselineRevision(user.id, revisionId, reason, db), "revert-revision", { targetId: String(revisionId) });
  },
});

/** One click: adopt the hours the reports show for one side. The hours are inferred again
 * here from the reports, never taken from the request. */
export const adoptObservedHours = writeService({
  name: "adoptObservedHours",
  access: "moderator",
  async parse(raw, context) {
    const parsed = z.object({ slug: z.string(), side: z.enum(["0", "1"], { error: "side must be 0 or 1" }).transform((side) => Number(side) as 0 | 1) }).safeParse(raw);
    if (!parsed.success) return invalidFrom(parsed.error.issues);
    const crossing = await getCrossingRecord(parsed.data.slug, context.db);
    if (!crossing) return { kind: "not-found", message: `No crossing with the slug "${parsed.data.slug}".` };
    return { ok: true, value: { crossing, side: parsed.data.side } };
  },
  async run({ crossing, side }, { user, db, now, actor }) {
    const adopted = await adoptObserved(user.id, crossing.id, side, now, db);
    const apiErrors = messagesFor(actor.locale).moderation.apiErrors;
    if (adopted.kind === "known") return rejected(apiErrors.observedKnown);
    if (adopted.kind === "no-pattern") return rejected(apiErrors.observedNone);
    return done(adopted, "observed-hours", { crossing: crossing.slug });
  },
});
