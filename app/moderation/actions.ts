"use server";
/** Moderation server actions for the forms that need errors beside their fields (notices and
 * baseline edits). Each calls its service (server/services/moderation.ts), which checks the
 * role; the moderation API calls the same services for scripts. */
import { redirect } from "next/navigation";
import type { BaselineEditErrors } from "@/lib/moderation/baseline-edit";
import { postNotice, reviseBaseline } from "@/server/services/moderation";
import { actionActor } from "@/server/services/actor";
import { getI18n } from "@/server/i18n";
import { apiMessageText } from "@/app/moderation/api-messages";
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

export const postNoticeAction = checkedAction("postNotice", z.tuple([formStateArg, formDataArg]), refused, async (_previous: FormState, formData: FormData): Promise<FormState> => {
  const [{ locale, t }, actor] = await Promise.all([getI18n(), actionActor("postNotice")]);
  const m = t.moderation;
  const fields = { ...Object.fromEntries(formData), modes: formData.getAll("modes").map(String) };
  const result = await postNotice({ fields, timesIn: "crossing-zone" }, actor);
  switch (result.kind) {
    case "signed-out":
    case "forbidden":
      return { errors: {}, message: m.notices.onlyModerators };
    case "invalid": {
      const errors = { ...result.fields };
      if (errors.startsAt) errors.startsAt = m.notices.startsAt;
      return { errors, values: echo(formData), message: errors.crossing && Object.keys(errors).length === 1 ? undefined : m.notices.correct };
    }
    case "ok":
      redirect(`/crossings/${String(formData.get("crossing"))}?notice=posted#notices`);
    default:
      return { errors: {}, message: result.kind === "rejected" ? apiMessageText(result.message, locale) : m.editor.errors.gone, values: echo(formData) };
  }
});

export const editBaselineAction = checkedAction(
  "editBaseline",
  z.tuple([idArg, formStateArg, formDataArg]),
  refused,
  async (slug: string, _previous: FormState, formData: FormData): Promise<FormState> => {
    const [{ locale, t }, actor] = await Promise.all([getI18n(), actionActor(`editBaseline ${slug}`)]);
    const m = t.moderation.editor.errors;
    const result = await reviseBaseline({ slug, form: formData }, actor);
    switch (result.kind) {
      case "signed-out":
      case "forbidden":
        return { errors: {}, message: m.onlyModerators };
      case "not-found":
        return { errors: {}, message: "message" in result && result.message ? m.noCrossing : m.gone };
      case "invalid":
        return { errors: result.fields as BaselineEditErrors, values: echo(formData), warnings: result.warnings, message: m.correct };
      case "rejected":
        return { errors: {}, message: apiMessageText(result.message, locale), values: echo(formData) };
      case "rate-limited":
      case "too-new":
        return { errors: {}, message: m.onlyModerators };
      case "ok": {
        const warned = result.warnings.length ? `&warnings=${encodeURIComponent(result.warnings.join(" | "))}` : "";
        redirect(`/crossings/${slug}/history?saved=${result.revisionId}${warned}`);
      }
    }
  },
);
