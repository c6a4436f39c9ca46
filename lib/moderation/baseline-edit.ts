/**
 * A moderator's baseline edit from the form: each side's hours (checked by the opening_hours
 * parser, its warnings shown), who may cross and how, the three requirements and the
 * facilities. Facts that change get the edit's source; unchanged facts keep theirs.
 */
import { stableJson } from "@/lib/text/stable-json";
import { z } from "zod";
import {
  asOfDate,
  crossingBaselineSchema,
  eligibility,
  facilityKinds,
  openingHours,
  travelMode,
  type CrossingBaseline,
  type FacilityKind,
  type SourceRef,
} from "@/lib/baseline/schema";
import { parseOpeningHours, type OpeningHoursProblem } from "@/lib/schedule/opening-hours";
import { formErrorMap, perLocale, reasonSchemaFor } from "@/lib/moderation/requests";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { localName } from "@/lib/i18n/reasons";
import { webUrl } from "@/lib/security/web-url";
import { firstControlCharacter, freeText, normaliseLineBreaks } from "@/lib/text/free-text";

export const MODERATOR_SOURCE = "moderator-edits";
export type BaselineEditErrors = Record<string, string>;

export type BaselineEditResult =
  | { ok: true; baseline: CrossingBaseline; meta: { reason: string; sourceTitle: string; sourceUrl: string | null }; warnings: string[] }
  | { ok: false; errors: BaselineEditErrors; warnings: string[] };

/** The edit's source and reason, with messages in the reader's language. */
const metaSchemaFor = perLocale((locale: Locale) => {
  const m = messagesFor(locale).moderation.editor.errors;
  const control = messagesFor(locale).freeText.controlCharacter;
  return z.object({
    reason: reasonSchemaFor(locale),
    sourceTitle: freeText(control).trim().min(3, m.sourceTitle).max(200),
    sourceUrl: z.union([webUrl(m.sourceUrl, control), z.literal("").transform(() => null)]),
    asOf: asOfDate,
  });
});

const requirementChoice = z.enum(["unknown", "required", "not-required"]);

/** Equal as data, whatever the order of object keys: the stored baseline is jsonb, which keeps
 * keys in its own order ({"who", "modes"}), so a plain JSON.stringify called every untouched
 * fact changed and replaced its sources with the edit's. */
function same(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/** Messages (field errors, the post names in warnings) are in `locale`; the checks are the same in every language. */
export function parseBaselineEdit(current: CrossingBaseline, form: FormData, locale: Locale = "en"): BaselineEditResult {
  const m = messagesFor(locale).moderation.editor.errors;
  const errors: BaselineEditErrors = {};
  const warnings: string[] = [];
  // Every field is free text (lib/text/free-text.ts): CRLF as "\n", and a control or direction
  // override is that field's error, kept apart so no later check of the field words over it.
  const controlErrors: BaselineEditErrors = {};
  const text = (name: string) => {
    const value = normaliseLineBreaks(String(form.get(name) ?? "")).trim();
    const found = firstControlCharacter(value);
    if (found) controlErrors[name] ??= messagesFor(locale).freeText.controlCharacter(found);
    return value;
  };

  const meta = metaSchemaFor(locale).safeParse(
    { reason: text("reason"), sourceTitle: text("sourceTitle"), sourceUrl: text("sourceUrl"), asOf: text("asOf") },
    { error: formErrorMap(locale) },
  );
  // The as-of pattern is the baseline schema's (its message is English): the catalog words it.
  if (!meta.success) for (const issue of meta.error.issues) errors[String(issue.path[0])] ??= issue.path[0] === "asOf" ? m.asOf : issue.message;
  const ref: SourceRef = {
    source: MODERATOR_SOURCE,
    asOf: meta.success ? meta.data.asOf : "2026",
    note: meta.success ? `${meta.data.sourceTitle}${meta.data.sourceUrl ? ` (${meta.data.sourceUrl})` : ""}` : undefined,
  };

  const next: CrossingBaseline = structuredClone(current);
  current.sides.forEach((side, index) => {
    const field = `hours.${index}`;
    const hours = text(field);
    if (!hours) {
      errors[field] = m.hoursMissing;
      return;
    }
    // The baseline schema's own check (syntax and limits), worded for the form.
    const checked = openingHours.safeParse(hours);
    if (!checked.success) {
      const problem = (checked.error.issues[0] as { params?: { openingHours?: OpeningHoursProblem } } | undefined)?.params?.openingHours;
      errors[field] = problem?.kind === "limit" ? m.hoursLimit(problem.message) : m.hoursInvalid(problem?.message ?? checked.error.issues[0]?.message ?? "");
      return;
    }
    for (const warning of parseOpeningHours(hours).getWarnings()) warnings.push(`${localName(side.postName.value, locale)}: ${warning}`);
    if (hours !== side.hours.value) next.sides[index as 0 | 1].hours = { value: hours, sources: [ref], alternatives: [] };
  });

  const who = eligibility.safeParse(text("who"));
  const modes = z.array(travelMode).min(1).safeParse(form.getAll("modes").map(String));
  if (!who.success) errors.who = m.who;
  if (!modes.success) errors.modes = m.modes;
  if (who.success && modes.success) {
    const traffic = { modes: modes.data, who: who.data, ...(form.get("otherModes") === "unknown" ? { otherModes: "unknown" as const } : {}) };
    if (!same(traffic, current.traffic.value)) next.traffic = { value: traffic, sources: [ref], alternatives: [] };
  }

  for (const key of ["borderPermit", "advanceNotice", "entryFee"] as const) {
    const choice = requirementChoice.safeParse(text(`${key}.choice`));
    const detail = text(`${key}.detail`);
    if (!choice.success) {
      errors[`${key}.choice`] = m.choice;
      continue;
    }
    if (choice.data === "unknown") {
      delete next[key];
      continue;
    }
    if (detail.length < 3) {
      errors[`${key}.detail`] = m.detail;
      continue;
    }
    const value = { required: choice.data === "required", detail };
    if (!same(value, current[key]?.value)) next[key] = { value, sources: [ref], alternatives: [] };
  }

  const facilities = facilityKinds.flatMap((kind: FacilityKind) => {
    const choice = text(`facility.${kind}`);
    if (choice !== "yes" && choice !== "no") return [];
    const detail = text(`facility.${kind}.detail`);
    const previous = current.facilities?.value.find((facility) => facility.kind === kind);
    return [{ kind, side: previous?.side ?? null, available: choice === "yes", ...(detail ? { detail } : {}) }];
  });
  if (!same(facilities, current.facilities?.value ?? [])) {
    if (facilities.length) next.facilities = { value: facilities, sources: [ref], alternatives: [] };
    else delete next.facilities;
  }

  Object.assign(errors, controlErrors);
  if (Object.keys(errors).length || !meta.success) return { ok: false, errors, warnings };
  if (same(next, current)) return { ok: false, errors: { form: m.nothingChanged }, warnings };
  const checked = crossingBaselineSchema.safeParse(next);
  if (!checked.success) return { ok: false, errors: { form: checked.error.issues[0]!.message }, warnings };
  return { ok: true, baseline: checked.data, meta: { reason: meta.data.reason, sourceTitle: meta.data.sourceTitle, sourceUrl: meta.data.sourceUrl }, warnings };
}
