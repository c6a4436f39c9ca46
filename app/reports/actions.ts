"use server";
/**
 * Report server actions: each builds the caller (server/services/actor.ts), calls its service
 * (server/services/reports.ts: authorization, validation, the write, cache and alerts) and turns
 * the outcome into a form state or a redirect (so a reload never resends).
 */
import { redirect, unstable_rethrow } from "next/navigation";
import { databaseUnavailable } from "@/db/availability";
import { editReport, submitReport, voteOnReport, withdrawReport } from "@/server/services/reports";
import { actionActor } from "@/server/services/actor";
import type { ReportFieldErrors } from "@/lib/reports/report-input";
import { zoneLabel } from "@/lib/format/time";
import { getI18n } from "@/server/i18n";
import { z } from "zod";
import { checkedAction, formDataArg, formStateArg, idArg, malformedCallMessage } from "@/lib/http/action-args";

const refused = async (): Promise<ReportFormState> => ({ errors: {}, message: malformedCallMessage[(await getI18n()).locale] });

export interface ReportFormState {
  errors: ReportFieldErrors;
  message?: string;
  /** What was typed, to put back in the form after an error (never secrets: there are none). */
  values?: Record<string, string | string[]>;
}

function echo(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of ["direction", "observedAt", "seen", "mode", "waitMinutes", "notes"]) values[key] = String(formData.get(key) ?? "");
  values.tags = formData.getAll("tags").map(String);
  return values;
}

/** A database outage is not a bug: say so beside the form and keep what was typed (with its
 * idempotency key, so sending it again stores one report). Redirects pass through. */
async function unlessDatabaseAway(formData: FormData, run: () => Promise<ReportFormState>): Promise<ReportFormState> {
  try {
    return await run();
  } catch (error) {
    unstable_rethrow(error);
    if (!(await databaseUnavailable(error))) throw error;
    console.error("Report action failed: database unavailable:", error instanceof Error ? error.message : error);
    const { t } = await getI18n();
    return { errors: {}, message: t.crossing.reportMessages.unavailable, values: echo(formData) };
  }
}

export const submitReportAction = checkedAction(
  "submitReport",
  z.tuple([idArg, formStateArg, formDataArg]),
  refused,
  (slug: string, previous: ReportFormState, formData: FormData) => unlessDatabaseAway(formData, () => submitReportNow(slug, previous, formData)),
);

async function submitReportNow(slug: string, _previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const [{ t, f }, actor] = await Promise.all([getI18n(), actionActor(`submitReport ${slug}`)]);
  const m = t.crossing.reportMessages;
  const now = new Date();
  const result = await submitReport({ slug, form: formData }, actor, { now });
  switch (result.kind) {
    case "signed-out":
    case "forbidden":
      return { errors: {}, message: m.signedOut, values: echo(formData) };
    case "not-found":
      return { errors: {}, message: m.noCrossing };
    case "invalid":
      return { errors: result.fields as ReportFieldErrors, message: m.correctFields, values: echo(formData) };
    case "rate-limited": {
      const zone = "zone" in result ? result.zone : "UTC";
      return {
        errors: {},
        message: m.tooMany(
          result.limit ?? 0,
          result.scope,
          `${f.dayTime(result.retryAt, zone, now)} ${zoneLabel(zone, result.retryAt, f.locale)}`,
          f.duration(result.retryAt.getTime() - now.getTime()),
        ),
        values: echo(formData),
      };
    }
    case "too-new":
      return { errors: {}, message: m.signedOut, values: echo(formData) };
    case "conflict":
      return { errors: {}, message: m.keyReused, values: echo(formData) };
    case "created":
      if (result.held) redirect(`/crossings/${slug}?held=${result.id}#report`);
      redirect(`/crossings/${slug}?reported=${result.id}#report-${result.id}`);
    case "duplicate":
      redirect(`/crossings/${slug}?reported=${result.id}#report-${result.id}`);
  }
}

export const editReportAction = checkedAction(
  "editReport",
  z.tuple([idArg, formStateArg, formDataArg]),
  refused,
  (reportId: string, previous: ReportFormState, formData: FormData) => unlessDatabaseAway(formData, () => editReportNow(reportId, previous, formData)),
);

async function editReportNow(reportId: string, _previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const [{ t, f }, actor] = await Promise.all([getI18n(), actionActor("editReport")]);
  const m = t.crossing.reportMessages;
  const result = await editReport({ reportId, form: formData }, actor);
  switch (result.kind) {
    case "signed-out":
    case "forbidden":
      return { errors: {}, message: m.signInToEdit, values: echo(formData) };
    case "not-found":
      return { errors: {}, message: m.onlyOwn };
    case "invalid":
      return { errors: result.fields as ReportFieldErrors, message: m.correctFields, values: echo(formData) };
    case "too-late":
      return { errors: {}, message: m.editTooLate, values: echo(formData) };
    case "rate-limited":
      return { errors: {}, message: m.tooManyEdits(result.limit, result.scope, f.duration(result.retryAt.getTime() - Date.now())), values: echo(formData) };
    case "too-new":
      return { errors: {}, message: m.signInToEdit, values: echo(formData) };
    case "withdrawn":
      return { errors: {}, message: m.noLongerEditable };
    case "ok":
      redirect(`/reports/mine?edited=${reportId}`);
  }
}

export const withdrawReportAction = checkedAction(
  "withdrawReport",
  z.tuple([formDataArg]),
  () => undefined,
  async (formData: FormData): Promise<void> => {
    const reportId = String(formData.get("reportId") ?? "");
    const result = await withdrawReport({ reportId }, await actionActor("withdrawReport"));
    if (result.kind === "signed-out") redirect("/signin?callbackUrl=/reports/mine");
    redirect(`/reports/mine?withdrawn=${encodeURIComponent(reportId)}`);
  },
);

export const feedbackAction = checkedAction(
  "feedback",
  z.tuple([idArg, formDataArg]),
  () => undefined,
  async (slug: string, formData: FormData): Promise<void> => {
    const reportId = String(formData.get("reportId") ?? "");
    const result = await voteOnReport({ reportId, kind: formData.get("kind") }, await actionActor(`feedback ${slug}`));
    if (result.kind === "signed-out") redirect(`/signin?callbackUrl=${encodeURIComponent(`/crossings/${slug}#timeline`)}`);
    if (result.kind === "invalid") redirect(`/crossings/${slug}#timeline`);
    redirect(`/crossings/${slug}?feedback=${result.kind}#report-${encodeURIComponent(reportId)}`);
  },
);
