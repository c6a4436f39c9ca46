"use server";
/** Moderation server actions for the forms that need errors beside their fields (notices and
 * baseline edits). Each checks the role itself; the moderation API does the same for scripts. */
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { alertsAfter } from "@/server/alerts/dispatch";
import { originFromHeaders } from "@/lib/api/origin";
import { getCrossingRecord } from "@/db/queries/crossings";
import { createNotice, reviseBaseline } from "@/db/queries/moderation";
import { currentUser } from "@/server/auth/session";
import { formErrorMap, noticeBodyFor } from "@/lib/moderation/requests";
import { parseBaselineEdit, type BaselineEditErrors } from "@/lib/moderation/baseline-edit";
import { localInputToInstant } from "@/lib/schedule/zoned-time";
import { getI18n } from "@/server/i18n";
import { apiMessageText } from "@/app/moderation/api-messages";
import { logDenied, logEvent } from "@/lib/log";
import { z } from "zod";
import { checkedAction, formDataArg, formStateArg, idArg, malformedCallMessage } from "@/lib/http/action-args";

const refused = async (): Promise<FormState> => ({ errors: {}, message: malformedCallMessage[(await getI18n()).locale] });

export interface FormState {
  errors: Record<string, string>;
  message?: string;
  values?: Record<string, string | string[]>;
  warnings?: string[];
}

function echo(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    const all = formData.getAll(key).map(String);
    values[key] = key === "modes" || key === "traffic.modes" ? all : all[0]!;
  }
  return values;
}

async function moderator(action: string) {
  const user = await currentUser();
  if (user && (user.role === "moderator" || user.role === "admin")) return user;
  logDenied({ route: `action:${action}`, status: user ? 403 : 401, reason: user ? "not-moderator" : "signed-out", userId: user?.id });
  return null;
}

export const postNoticeAction = checkedAction("postNotice", z.tuple([formStateArg, formDataArg]), refused, async (_previous: FormState, formData: FormData): Promise<FormState> => {
  const { locale, t } = await getI18n();
  const m = t.moderation;
  const user = await moderator("postNotice");
  if (!user) return { errors: {}, message: m.notices.onlyModerators };
  const slug = String(formData.get("crossing") ?? "");
  const crossing = await getCrossingRecord(slug);
  if (!crossing) return { errors: { crossing: m.validation.pickCrossing }, values: echo(formData) };
  const zone = crossing.baseline.sides[0].timeZone;
  const toIso = (name: string) => {
    const value = String(formData.get(name) ?? "");
    const instant = value ? localInputToInstant(value, zone) : null;
    return instant ? instant.toISOString() : value;
  };
  const modes = formData.getAll("modes").map(String);
  const parsed = noticeBodyFor(locale).safeParse(
    {
      crossing: slug,
      startsAt: toIso("startsAt"),
      endsAt: toIso("endsAt"),
      modes,
      effect: formData.get("effect") || undefined,
      text: formData.get("text") ?? "",
      sourceTitle: formData.get("sourceTitle") ?? "",
      sourceUrl: formData.get("sourceUrl") ?? "",
    },
    { error: formErrorMap(locale) },
  );
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.path[0] === "startsAt" ? m.notices.startsAt : issue.message;
    return { errors, values: echo(formData), message: m.notices.correct };
  }
  const { crossing: _slug, ...values } = parsed.data;
  void _slug;
  const created = await createNotice(user.id, { ...values, crossingId: crossing.id }, `Notice: ${values.text.slice(0, 80)}`);
  if (created.kind === "ok") logEvent("info", "moderation.action", { moderatorId: user.id, role: user.role, action: "create-notice", crossing: slug, actionId: created.actionId });
  const origin = originFromHeaders(await headers());
  alertsAfter(crossing.id, origin);
  redirect(`/crossings/${slug}?notice=posted#notices`);
});

export const editBaselineAction = checkedAction(
  "editBaseline",
  z.tuple([idArg, formStateArg, formDataArg]),
  refused,
  async (slug: string, _previous: FormState, formData: FormData): Promise<FormState> => {
    const { locale, t } = await getI18n();
    const m = t.moderation.editor.errors;
    const user = await moderator(`editBaseline ${slug}`);
    if (!user) return { errors: {}, message: m.onlyModerators };
    const crossing = await getCrossingRecord(slug);
    if (!crossing) return { errors: {}, message: m.noCrossing };
    const parsed = parseBaselineEdit(crossing.baseline, formData, locale);
    if (!parsed.ok) return { errors: parsed.errors as BaselineEditErrors, values: echo(formData), warnings: parsed.warnings, message: m.correct };
    const result = await reviseBaseline(user.id, crossing.id, parsed.baseline, parsed.meta);
    if (result.kind === "ok") {
      logEvent("info", "moderation.action", { moderatorId: user.id, role: user.role, action: "baseline", crossing: slug, actionId: result.actionId });
      alertsAfter(crossing.id, originFromHeaders(await headers()));
    }
    if (result.kind !== "ok") return { errors: {}, message: result.kind === "invalid" ? apiMessageText(result.message, locale) : m.gone, values: echo(formData) };
    const warned = parsed.warnings.length ? `&warnings=${encodeURIComponent(parsed.warnings.join(" | "))}` : "";
    redirect(`/crossings/${slug}/history?saved=${result.revisionId}${warned}`);
  },
);
