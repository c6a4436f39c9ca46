/**
 * A moderator's baseline edit from the form: each side's hours (checked by the opening_hours
 * parser, its warnings shown), who may cross and how, the three requirements and the
 * facilities. Facts that change get the edit's source; unchanged facts keep theirs.
 */
import { z } from "zod";
import {
  asOfDate,
  crossingBaselineSchema,
  eligibility,
  facilityKinds,
  travelMode,
  type CrossingBaseline,
  type FacilityKind,
  type SourceRef,
} from "@/lib/baseline/schema";
import { openingHoursError, parseOpeningHours } from "@/lib/schedule/opening-hours";
import { reasonSchema } from "@/lib/moderation/requests";

export const MODERATOR_SOURCE = "moderator-edits";
export type BaselineEditErrors = Record<string, string>;

export type BaselineEditResult =
  | { ok: true; baseline: CrossingBaseline; meta: { reason: string; sourceTitle: string; sourceUrl: string | null }; warnings: string[] }
  | { ok: false; errors: BaselineEditErrors; warnings: string[] };

const metaSchema = z.object({
  reason: reasonSchema,
  sourceTitle: z.string().trim().min(3, "Name the source of this edit (a page, a call to the post, a notice).").max(200),
  sourceUrl: z.union([z.url("Give a full URL (https://…), or leave it empty."), z.literal("").transform(() => null)]),
  asOf: asOfDate,
});

const requirementChoice = z.enum(["unknown", "required", "not-required"]);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function parseBaselineEdit(current: CrossingBaseline, form: FormData): BaselineEditResult {
  const errors: BaselineEditErrors = {};
  const warnings: string[] = [];
  const text = (name: string) => String(form.get(name) ?? "").trim();

  const meta = metaSchema.safeParse({ reason: text("reason"), sourceTitle: text("sourceTitle"), sourceUrl: text("sourceUrl"), asOf: text("asOf") });
  if (!meta.success) for (const issue of meta.error.issues) errors[String(issue.path[0])] ??= issue.message;
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
      errors[field] = "Give the hours in opening_hours syntax (e.g. Mo-Fr 09:00-18:00), or “unknown”.";
      return;
    }
    const problem = openingHoursError(hours);
    if (problem) {
      errors[field] = `The opening_hours parser says: ${problem}`;
      return;
    }
    for (const warning of parseOpeningHours(hours).getWarnings()) warnings.push(`${side.postName.value.en}: ${warning}`);
    if (hours !== side.hours.value) next.sides[index as 0 | 1].hours = { value: hours, sources: [ref], alternatives: [] };
  });

  const who = eligibility.safeParse(text("who"));
  const modes = z.array(travelMode).min(1).safeParse(form.getAll("modes").map(String));
  if (!who.success) errors.who = "Choose who may cross.";
  if (!modes.success) errors.modes = "Tick at least one way to cross.";
  if (who.success && modes.success) {
    const traffic = { modes: modes.data, who: who.data };
    if (!same(traffic, current.traffic.value)) next.traffic = { value: traffic, sources: [ref], alternatives: [] };
  }

  for (const key of ["borderPermit", "advanceNotice", "entryFee"] as const) {
    const choice = requirementChoice.safeParse(text(`${key}.choice`));
    const detail = text(`${key}.detail`);
    if (!choice.success) {
      errors[`${key}.choice`] = "Choose one.";
      continue;
    }
    if (choice.data === "unknown") {
      delete next[key];
      continue;
    }
    if (detail.length < 3) {
      errors[`${key}.detail`] = "Say what is needed (at least 3 characters).";
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

  if (Object.keys(errors).length || !meta.success) return { ok: false, errors, warnings };
  if (same(next, current)) return { ok: false, errors: { form: "Nothing changed." }, warnings };
  const checked = crossingBaselineSchema.safeParse(next);
  if (!checked.success) return { ok: false, errors: { form: checked.error.issues[0]!.message }, warnings };
  return { ok: true, baseline: checked.data, meta: { reason: meta.data.reason, sourceTitle: meta.data.sourceTitle, sourceUrl: meta.data.sourceUrl }, warnings };
}
