"use server";
/**
 * Report server actions. Each one checks the session itself, parses with zod, checks
 * ownership where it matters, calls the data layer and redirects (so a reload never resends).
 */
import { headers } from "next/headers";
import { after } from "next/server";
import { dispatchAlerts } from "@/lib/alerts/dispatch";
import { originFromHeaders } from "@/lib/api/origin";
import { redirect } from "next/navigation";
import { getCrossingById, getCrossingRecord } from "@/db/queries/crossings";
import { editOwnReport, getReportById, giveFeedback, submitReport, withdrawOwnReport } from "@/db/queries/reports";
import { authSecret } from "@/lib/auth";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { clientAddress, hashAddress } from "@/lib/reports/client-address";
import { parseReportForm, type ReportFieldErrors } from "@/lib/reports/report-input";
import { formatDayTime, formatDuration, zoneLabel } from "@/lib/format/time";

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

export async function submitReportAction(slug: string, _previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const user = await currentUser();
  if (!user) return { errors: {}, message: "Sign in to report: your session has ended.", values: echo(formData) };
  const record = await getCrossingRecord(slug);
  if (!record) return { errors: {}, message: "There is no such crossing." };
  const now = new Date();
  const zone = record.baseline.sides[0].timeZone;
  const parsed = parseReportForm(formData, zone, now);
  if (!parsed.ok) return { errors: parsed.errors, message: "Please correct the fields marked below.", values: echo(formData) };

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
      message: `Too many reports: at most ${limit} an hour from ${result.scope === "account" ? "one account" : "one network address"}. You can report again after ${formatDayTime(result.retryAt, zone)} ${zoneLabel(zone, result.retryAt)} (in ${formatDuration(result.retryAt.getTime() - now.getTime())}).`,
      values: echo(formData),
    };
  }
  if (result.kind === "conflict") {
    return { errors: {}, message: "This form was already used to send a different report. Reload the page to write a new one.", values: echo(formData) };
  }
  if (result.kind === "created" && !result.held) {
    const origin = originFromHeaders(requestHeaders);
    after(() => dispatchAlerts(record.id, origin).catch((error) => console.error("Alerts failed:", error)));
  }
  if (result.kind === "created" && result.held) redirect(`/crossings/${slug}?held=${result.id}#report`);
  redirect(`/crossings/${slug}?reported=${result.id}#report-${result.id}`);
}

export async function editReportAction(reportId: string, _previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const user = await currentUser();
  if (!user) return { errors: {}, message: "Sign in to edit your report.", values: echo(formData) };
  const report = await getReportById(reportId);
  if (!report || report.authorId !== user.id) return { errors: {}, message: "You can only edit your own reports." };
  const record = await getCrossingById(report.crossingId);
  if (!record) return { errors: {}, message: "There is no such crossing." };
  const parsed = parseReportForm(formData, record.baseline.sides[0].timeZone, new Date());
  if (!parsed.ok) return { errors: parsed.errors, message: "Please correct the fields marked below.", values: echo(formData) };
  const result = await editOwnReport(user.id, reportId, parsed.values);
  if (result.kind === "too-late") return { errors: {}, message: "Reports can be edited for 24 hours after sending. You can still withdraw it.", values: echo(formData) };
  if (result.kind !== "ok") return { errors: {}, message: "This report can no longer be edited." };
  redirect(`/reports/mine?edited=${reportId}`);
}

export async function withdrawReportAction(formData: FormData): Promise<void> {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=/reports/mine");
  const reportId = String(formData.get("reportId") ?? "");
  await withdrawOwnReport(user.id, reportId);
  redirect(`/reports/mine?withdrawn=${encodeURIComponent(reportId)}`);
}

export async function feedbackAction(slug: string, formData: FormData): Promise<void> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/crossings/${slug}#timeline`)}`);
  const reportId = String(formData.get("reportId") ?? "");
  const kind = formData.get("kind");
  if (kind !== "confirm" && kind !== "dispute") redirect(`/crossings/${slug}#timeline`);
  const result = await giveFeedback(user.id, reportId, kind);
  redirect(`/crossings/${slug}?feedback=${result.kind}#report-${encodeURIComponent(reportId)}`);
}
