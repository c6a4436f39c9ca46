"use server";
/**
 * Report server actions. Each one checks the session itself, parses with zod, checks
 * ownership where it matters, calls the data layer and redirects (so a reload never resends).
 */
import { headers } from "next/headers";
import { alertsAfter } from "@/server/alerts/dispatch";
import { originFromHeaders } from "@/lib/api/origin";
import { redirect, unstable_rethrow } from "next/navigation";
import { databaseUnavailable } from "@/db/availability";
import { getCrossingById, getCrossingRecord } from "@/db/queries/crossings";
import { editOwnReport, getReportById, giveFeedback, submitReport, withdrawOwnReport } from "@/db/queries/reports";
import { authSecret } from "@/server/auth";
import { currentUser } from "@/server/auth/session";
import { env } from "@/lib/env";
import { clientAddress, hashAddress } from "@/lib/reports/client-address";
import { parseReportForm, type ReportFieldErrors } from "@/lib/reports/report-input";
import { zoneLabel } from "@/lib/format/time";
import { getI18n } from "@/server/i18n";
import { logDenied } from "@/lib/log";
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
  const user = await currentUser();
  const { locale, t, f } = await getI18n();
  const m = t.crossing.reportMessages;
  if (!user) {
    logDenied({ route: `action:submitReport ${slug}`, status: 401, reason: "signed-out" });
    return { errors: {}, message: m.signedOut, values: echo(formData) };
  }
  const record = await getCrossingRecord(slug);
  if (!record) return { errors: {}, message: m.noCrossing };
  const now = new Date();
  const zone = record.baseline.sides[0].timeZone;
  const parsed = parseReportForm(formData, zone, now, locale);
  if (!parsed.ok) return { errors: parsed.errors, message: m.correctFields, values: echo(formData) };

  const requestHeaders = await headers();
  const address = clientAddress(requestHeaders, env.TRUST_PROXY_HOPS);
  const ipHash = address ? hashAddress(address, authSecret) : null;
  const result = await submitReport(
    { crossingId: record.id, authorId: user.id, ipHash, idempotencyKey: parsed.idempotencyKey, values: parsed.values },
    { perUserPerHour: env.REPORTS_PER_HOUR_PER_USER, perIpPerHour: env.REPORTS_PER_HOUR_PER_IP },
    now,
  );
  if (result.kind === "rate-limited") {
    const limit = result.scope === "account" ? env.REPORTS_PER_HOUR_PER_USER : env.REPORTS_PER_HOUR_PER_IP;
    return {
      errors: {},
      message: m.tooMany(limit, result.scope, `${f.dayTime(result.retryAt, zone, now)} ${zoneLabel(zone, result.retryAt)}`, f.duration(result.retryAt.getTime() - now.getTime())),
      values: echo(formData),
    };
  }
  if (result.kind === "conflict") {
    return { errors: {}, message: m.keyReused, values: echo(formData) };
  }
  if (result.kind === "created" && !result.held) {
    const origin = originFromHeaders(requestHeaders);
    alertsAfter(record.id, origin);
  }
  if (result.kind === "created" && result.held) redirect(`/crossings/${slug}?held=${result.id}#report`);
  redirect(`/crossings/${slug}?reported=${result.id}#report-${result.id}`);
}

export const editReportAction = checkedAction(
  "editReport",
  z.tuple([idArg, formStateArg, formDataArg]),
  refused,
  (reportId: string, previous: ReportFormState, formData: FormData) => unlessDatabaseAway(formData, () => editReportNow(reportId, previous, formData)),
);

async function editReportNow(reportId: string, _previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const user = await currentUser();
  const { locale, t } = await getI18n();
  const m = t.crossing.reportMessages;
  if (!user) {
    logDenied({ route: `action:editReport ${reportId}`, status: 401, reason: "signed-out" });
    return { errors: {}, message: m.signInToEdit, values: echo(formData) };
  }
  const report = await getReportById(reportId);
  if (!report || report.authorId !== user.id) {
    logDenied({ route: `action:editReport ${reportId}`, status: 403, reason: report ? "not-owner" : "no-such-report", userId: user.id });
    return { errors: {}, message: m.onlyOwn };
  }
  const record = await getCrossingById(report.crossingId);
  if (!record) return { errors: {}, message: m.noCrossing };
  const parsed = parseReportForm(formData, record.baseline.sides[0].timeZone, new Date(), locale);
  if (!parsed.ok) return { errors: parsed.errors, message: m.correctFields, values: echo(formData) };
  const result = await editOwnReport(user.id, reportId, parsed.values);
  if (result.kind === "too-late") return { errors: {}, message: m.editTooLate, values: echo(formData) };
  if (result.kind !== "ok") return { errors: {}, message: m.noLongerEditable };
  alertsAfter(record.id, originFromHeaders(await headers()));
  redirect(`/reports/mine?edited=${reportId}`);
}

export const withdrawReportAction = checkedAction(
  "withdrawReport",
  z.tuple([formDataArg]),
  () => undefined,
  async (formData: FormData): Promise<void> => {
    const user = await currentUser();
    const reportId = String(formData.get("reportId") ?? "");
    if (!user) {
      logDenied({ route: "action:withdrawReport", status: 401, reason: "signed-out" });
      redirect("/signin?callbackUrl=/reports/mine");
    }
    // Only the author's own reports match: anything else is someone else's, or none at all.
    const withdrawn = await withdrawOwnReport(user.id, reportId);
    if (withdrawn.kind === "not-found") logDenied({ route: `action:withdrawReport ${reportId.slice(0, 64)}`, status: 403, reason: "not-owner-or-missing", userId: user.id });
    if (withdrawn.kind === "ok") alertsAfter(withdrawn.crossingId, originFromHeaders(await headers()));
    redirect(`/reports/mine?withdrawn=${encodeURIComponent(reportId)}`);
  },
);

export const feedbackAction = checkedAction(
  "feedback",
  z.tuple([idArg, formDataArg]),
  () => undefined,
  async (slug: string, formData: FormData): Promise<void> => {
    const user = await currentUser();
    if (!user) {
      logDenied({ route: `action:feedback ${slug}`, status: 401, reason: "signed-out" });
      redirect(`/signin?callbackUrl=${encodeURIComponent(`/crossings/${slug}#timeline`)}`);
    }
    const reportId = String(formData.get("reportId") ?? "");
    const kind = formData.get("kind");
    if (kind !== "confirm" && kind !== "dispute") redirect(`/crossings/${slug}#timeline`);
    const result = await giveFeedback(user.id, reportId, kind);
    if (result.kind === "own") logDenied({ route: `action:feedback ${slug}`, status: 403, reason: "own-report", userId: user.id });
    if (result.kind === "ok") alertsAfter(result.crossingId, originFromHeaders(await headers()));
    redirect(`/crossings/${slug}?feedback=${result.kind}#report-${encodeURIComponent(reportId)}`);
  },
);
