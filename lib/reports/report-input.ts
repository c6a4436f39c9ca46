/**
 * What a traveller may submit as a report, validated with zod: one schema for the form (local
 * date-time in the crossing's zone) and for the API (an ISO instant), so both refuse the same
 * things with the same messages.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { travelMode, type TravelMode } from "@/lib/baseline/schema";
import { localInputToInstant } from "@/lib/schedule/zoned-time";
import { locales, type Locale } from "@/lib/i18n/locale";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { freeText, type ControlCharacterMessage } from "@/lib/text/free-text";

export const reportTags = ["lunch-break", "long-queue", "foreigners-turned-back", "permit-checked", "fee-paid", "documents-checked", "vehicle-searched", "on-foot-only"] as const;
export type ReportTag = (typeof reportTags)[number];

/** English tag labels, for what is not shown in a reader's language (feeds, exports). */
export const tagLabels: Record<ReportTag, string> = messagesFor("en").reportTags;

export const MAX_WAIT_MINUTES = 72 * 60;
export const MAX_NOTES = 2000;
/** How far back a report may be dated: trips up to a year ago feed history. */
export const MAX_AGE_DAYS = 366;
/** Clocks differ a little: "now" on a phone may be a few minutes ahead of the server. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export type ReportField = "direction" | "observedAt" | "seen" | "mode" | "waitMinutes" | "tags" | "notes" | "idempotencyKey";
export type ReportFieldErrors = Partial<Record<ReportField, string>>;

type ErrorMessages = Messages["reportForm"]["errors"];

function commonFields(m: ErrorMessages, control: ControlCharacterMessage) {
  return {
    direction: z.enum(["a-b", "b-a"], { error: m.direction }),
    seen: z.enum(["open", "closed", "restricted"], { error: m.seen }),
    tags: z
      .array(z.enum(reportTags, { error: m.tags }))
      .max(reportTags.length)
      .default([]),
    // Free text (lib/text/free-text.ts): CRLF from the form's textarea becomes "\n", so a note
    // is the same text from the form and the API; controls and direction overrides are refused.
    notes: freeText(control, { error: m.notesText })
      .max(MAX_NOTES, m.notesLength(MAX_NOTES))
      .transform((value) => value.trim() || null)
      .nullable()
      .default(null),
  };
}

function waitMinutesField(m: ErrorMessages) {
  return z.number({ error: m.waitNumber }).int(m.waitWhole).min(0, m.waitNegative).max(MAX_WAIT_MINUTES, m.waitMax(MAX_WAIT_MINUTES)).nullable();
}

/** The form: strings, with the time as the crossing's local date-time; messages in the reader's language. */
function makeReportFormSchema(messages: Messages) {
  const m = messages.reportForm.errors;
  return z.object({
    ...commonFields(m, messages.freeText.controlCharacter),
    mode: z.enum(travelMode.options, { error: m.mode }),
    observedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, m.observedAt),
    waitMinutes: z
      .string()
      .trim()
      .transform((value, context) => {
        if (value === "") return null;
        if (!/^-?\d+$/.test(value)) {
          context.addIssue({ code: "custom", message: m.waitWhole });
          return z.NEVER;
        }
        return Number(value);
      })
      .pipe(waitMinutesField(m)),
    idempotencyKey: z.uuid(m.stale),
  });
}

const reportFormSchemas = Object.fromEntries(locales.map((locale) => [locale, makeReportFormSchema(messagesFor(locale))])) as Record<
  Locale,
  ReturnType<typeof makeReportFormSchema>
>;

const english = messagesFor("en").reportForm.errors;

/** The API: JSON, with the time as an ISO 8601 instant; messages in English. */
export const reportApiSchema = z.object({
  ...commonFields(english, messagesFor("en").freeText.controlCharacter),
  mode: z.enum(travelMode.options, { error: "mode must be one of: pedestrian, bicycle, motorcycle, car, bus, truck, train" }),
  observedAt: z.iso.datetime({ offset: true, error: "observedAt must be an ISO 8601 instant with a zone" }).transform((value) => new Date(value)),
  waitMinutes: waitMinutesField(english).default(null),
  idempotencyKey: z.uuid("idempotencyKey must be a UUID"),
});

export interface ReportValues {
  direction: "a-b" | "b-a";
  observedAt: Date;
  seen: "open" | "closed" | "restricted";
  mode: TravelMode;
  waitMinutes: number | null;
  tags: ReportTag[];
  notes: string | null;
}

/** The time rules both schemas share: not in the future, not over a year back. */
export function checkObservedAt(observedAt: Date, now: Date, m: ErrorMessages = english): string | null {
  if (Number.isNaN(observedAt.getTime())) return m.observedAt;
  if (observedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return m.future;
  if (observedAt.getTime() < now.getTime() - MAX_AGE_DAYS * 86400_000) return m.tooOld;
  return null;
}

export type ParsedReport = { ok: true; values: ReportValues; idempotencyKey: string } | { ok: false; errors: ReportFieldErrors };

function fieldErrors(error: z.ZodError): ReportFieldErrors {
  const errors: ReportFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as ReportField;
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Form data → values, reading the local date-time in the crossing's (first side's) zone. */
export function parseReportForm(formData: FormData, timeZone: string, now: Date, locale: Locale = "en"): ParsedReport {
  const raw = {
    direction: formData.get("direction") || undefined,
    observedAt: formData.get("observedAt") ?? "",
    seen: formData.get("seen") || undefined,
    mode: formData.get("mode") || undefined,
    waitMinutes: formData.get("waitMinutes") ?? "",
    tags: formData.getAll("tags"),
    notes: formData.get("notes") ?? "",
    idempotencyKey: formData.get("idempotencyKey") ?? "",
  };
  const result = reportFormSchemas[locale].safeParse(raw);
  const errors = result.success ? {} : fieldErrors(result.error);
  let observedAt: Date | null = null;
  if (!errors.observedAt && typeof raw.observedAt === "string") {
    observedAt = localInputToInstant(raw.observedAt, timeZone);
    const m = messagesFor(locale).reportForm.errors;
    const problem = observedAt ? checkObservedAt(observedAt, now, m) : m.observedAtMissing;
    if (problem) errors.observedAt = problem;
  }
  if (!result.success || Object.keys(errors).length || !observedAt) return { ok: false, errors };
  const { idempotencyKey, ...rest } = result.data;
  return { ok: true, values: { ...rest, observedAt }, idempotencyKey };
}

export function parseReportJson(body: unknown, now: Date): ParsedReport {
  const result = reportApiSchema.safeParse(body);
  if (!result.success) return { ok: false, errors: fieldErrors(result.error) };
  const problem = checkObservedAt(result.data.observedAt, now);
  if (problem) return { ok: false, errors: { observedAt: problem } };
  const { idempotencyKey, ...values } = result.data;
  return { ok: true, values, idempotencyKey };
}

/** Identifies what was submitted with an idempotency key, to refuse the same key with other content. */
export function reportPayloadHash(crossingId: number, values: ReportValues): string {
  const canonical = JSON.stringify([
    crossingId,
    values.direction,
    values.observedAt.toISOString(),
    values.seen,
    values.mode,
    values.waitMinutes,
    [...values.tags].sort(),
    values.notes,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}
