/**
 * The moderation API's inputs (zod), shared by the route handler and the pages' forms. The
 * API's messages are English; the forms build the same schemas with the reader's language.
 */
import { z } from "zod";
import { travelMode } from "@/lib/baseline/schema";
import { flagReasons } from "@/lib/moderation/rules";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { webUrl } from "@/lib/security/web-url";
import { freeText, type ControlCharacterMessage } from "@/lib/text/free-text";

export type ValidationMessages = Messages["moderation"]["validation"];
const english = messagesFor("en").moderation.validation;
const englishControl = messagesFor("en").freeText.controlCharacter;

/** Per locale, built once. */
export function perLocale<T>(build: (locale: Locale) => T): (locale: Locale) => T {
  const built = new Map<Locale, T>();
  return (locale) => {
    let value = built.get(locale);
    if (value === undefined) built.set(locale, (value = build(locale)));
    return value;
  };
}

/** Every text a moderator writes is free text (lib/text/free-text.ts): CRLF from a textarea
 * becomes "\n"; controls and direction overrides are refused, naming the character. */
export function makeReasonSchema(m: ValidationMessages, control: ControlCharacterMessage = englishControl) {
  return freeText(control, { error: m.reasonMissing }).trim().min(3, m.reasonShort).max(500, m.reasonLong);
}

export const reasonSchema = makeReasonSchema(english);

const uuid = z.uuid("Not a valid id.");

/** The actions on a report and on an account (the OpenAPI document has one path per action,
 * lib/api/openapi.ts: a new one here does not compile until it is documented there). */
export const reportActions = ["hide", "restore", "verify", "dismiss-flags"] as const;
export const userActions = ["ban", "unban", "hide-reports", "role"] as const;
const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T => (list as readonly string[]).includes(value ?? "");

/** What each path segment pattern means. */
export type ModerationRoute =
  | { kind: "report"; id: string; action: (typeof reportActions)[number] }
  | { kind: "user"; id: string; action: (typeof userActions)[number] }
  | { kind: "revert-action"; id: number }
  | { kind: "create-notice" }
  | { kind: "withdraw-notice"; id: string }
  | { kind: "baseline"; slug: string }
  | { kind: "observed-hours"; slug: string }
  | { kind: "revert-revision"; id: number };

export function parseModerationPath(path: string[]): ModerationRoute | null {
  const [area, id, action, ...rest] = path;
  if (rest.length) return null;
  if (area === "reports" && uuid.safeParse(id).success && isOneOf(reportActions, action)) return { kind: "report", id: id!, action };
  if (area === "users" && id && /^[\w-]{1,64}$/.test(id) && isOneOf(userActions, action)) return { kind: "user", id, action };
  if (area === "actions" && id && /^\d{1,9}$/.test(id) && action === "revert") return { kind: "revert-action", id: Number(id) };
  if (area === "notices" && id === undefined) return { kind: "create-notice" };
  if (area === "notices" && uuid.safeParse(id).success && action === "withdraw") return { kind: "withdraw-notice", id: id! };
  if (area === "crossings" && id && /^[a-z0-9-]{1,80}$/.test(id) && action === "baseline") return { kind: "baseline", slug: id };
  if (area === "crossings" && id && /^[a-z0-9-]{1,80}$/.test(id) && action === "observed-hours") return { kind: "observed-hours", slug: id };
  if (area === "revisions" && id && /^\d{1,9}$/.test(id) && action === "revert") return { kind: "revert-revision", id: Number(id) };
  return null;
}

export const reasonBody = z.object({ reason: reasonSchema });
/** Adopting observed hours: only which side. The hours themselves are never taken from the
 * request: the server infers them again from the reports. */
export const observedHoursBody = z.object({ side: z.enum(["0", "1"], { error: "side must be 0 or 1" }).transform((side) => Number(side) as 0 | 1) });
export const banBody = z.object({ reason: reasonSchema, hideReports: z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("")]).optional() });
export const roleBody = z.object({ reason: reasonSchema, role: z.enum(["traveller", "moderator"], { error: "role must be traveller or moderator" }) });
/** A whole revised baseline (checked against the baseline schema after this), why, and its source. */
export const baselineBody = z.object({
  baseline: z.unknown(),
  reason: reasonSchema,
  sourceTitle: freeText().trim().min(3, "Name the source of this edit.").max(200),
  sourceUrl: z
    .union([webUrl("Give a full URL (https://…)."), z.literal("").transform(() => null)])
    .nullable()
    .default(null),
});
export const flagBody = z.object({ reason: z.enum(flagReasons, { error: "Pick why you flag it." }) });

export function makeNoticeBody(m: ValidationMessages, control: ControlCharacterMessage = englishControl) {
  const instant = z.iso
    .datetime({ offset: true, error: m.isoTime })
    .transform((value) => new Date(value))
    // PostgreSQL has no year 0000 (nor earlier): such a date failed the insert (found by fuzzing).
    .refine((date) => date.getUTCFullYear() >= 1970, m.isoTime);
  return z
    .object({
      crossing: z.string().regex(/^[a-z0-9-]{1,80}$/, m.pickCrossing),
      startsAt: instant,
      endsAt: z.union([instant, z.literal("").transform(() => null), z.null()]).default(null),
      /** None chosen means all traffic. */
      modes: z
        .array(travelMode)
        .nullable()
        .default(null)
        .transform((modes) => (modes && modes.length ? modes : null)),
      effect: z.enum(["closed", "open", "restricted"], { error: m.effect }),
      text: freeText(control).trim().min(5, m.textShort).max(1000, m.textLong),
      sourceTitle: freeText(control).trim().min(3, m.sourceName).max(200),
      sourceUrl: z
        .union([webUrl(m.sourceUrl, control), z.literal("").transform(() => null)])
        .nullable()
        .default(null),
    })
    .refine((notice) => !notice.endsAt || notice.endsAt > notice.startsAt, { message: m.endAfterStart, path: ["endsAt"] });
}

/** The API's notice body (English messages). */
export const noticeBody = makeNoticeBody(english);

/** The same schemas with messages in a reader's language, for the pages' forms. */
export const reasonSchemaFor = perLocale((locale) => makeReasonSchema(messagesFor(locale).moderation.validation, messagesFor(locale).freeText.controlCharacter));
export const noticeBodyFor = perLocale((locale) => makeNoticeBody(messagesFor(locale).moderation.validation, messagesFor(locale).freeText.controlCharacter));

const zodLocales: Record<Locale, (() => { localeError: z.core.$ZodErrorMap }) | null> = { en: null, ru: z.locales.ru };

/** For a form's parse: zod's own messages (where a schema gives none) in the reader's language. */
export const formErrorMap = perLocale((locale): z.core.$ZodErrorMap => {
  const m = messagesFor(locale).moderation.validation;
  const fallback = zodLocales[locale]?.().localeError;
  return (issue) => {
    if (issue.code === "too_big" && issue.origin === "string" && issue.inclusive !== false) return m.tooLong(Number(issue.maximum));
    return fallback?.(issue);
  };
});
