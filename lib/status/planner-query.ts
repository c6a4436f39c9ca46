/**
 * The arrival planner's form (a GET form on the crossing page, so it works without
 * JavaScript): a date and time in the crossing's zone, and an optional mode of travel.
 */
import { z } from "zod";
import { travelMode } from "@/lib/baseline/schema";
import { zonedWallTimeToInstant } from "@/lib/schedule/zoned-time";
import { QUESTION_YEARS } from "@/lib/status/timeline-compile";
import { locales, type Locale } from "@/lib/i18n/locale";
import { messagesFor, type Messages } from "@/lib/i18n/messages";

type PlannerMessages = Messages["crossing"]["planner"]["errors"];

function makePlannerSchema(m: PlannerMessages) {
  return z.object({
    date: z
      .string({ error: m.date })
      .regex(/^\d{4}-\d{2}-\d{2}$/, m.dateFormat)
      .refine((value) => {
        const [y, mo, d] = value.split("-").map(Number);
        const date = new Date(Date.UTC(y!, mo! - 1, d!));
        return date.getUTCFullYear() === y && date.getUTCMonth() === mo! - 1 && date.getUTCDate() === d;
      }, m.dateMissing)
      .refine((value) => Math.abs(Number(value.slice(0, 4)) - new Date().getUTCFullYear()) <= QUESTION_YEARS, m.dateRange),
    time: z.string({ error: m.time }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, m.timeFormat),
    mode: z.union([travelMode, z.literal("").transform(() => undefined)]).optional(),
  });
}

const plannerSchemas = Object.fromEntries(locales.map((locale) => [locale, makePlannerSchema(messagesFor(locale).crossing.planner.errors)])) as Record<
  Locale,
  ReturnType<typeof makePlannerSchema>
>;

export type PlannerFieldErrors = Partial<Record<"date" | "time" | "mode", string>>;

export type PlannerResult =
  | { kind: "empty" }
  | { kind: "invalid"; errors: PlannerFieldErrors; values: Record<string, string> }
  /** `now`: no date and time were given, only a mode of travel: the answer is for now. */
  | { kind: "ok"; instant: Date; mode: z.infer<typeof travelMode> | undefined; values: Record<string, string>; now?: true };

/**
 * Parses the planner's query parameters; the planned instant is read in `timeZone`. A mode of
 * travel without a date and time asks about now ("can I cross by truck?" — the question the
 * planner's "pick how you travel" leads to), to the minute `now` falls in.
 */
export function parsePlannerQuery(params: Record<string, string | string[] | undefined>, timeZone: string, locale: Locale = "en", now: Date = new Date()): PlannerResult {
  const values = Object.fromEntries(["date", "time", "mode"].map((key) => [key, typeof params[key] === "string" ? (params[key] as string) : ""]));
  if (!values.date && !values.time) {
    if (!values.mode) return { kind: "empty" };
    const mode = plannerSchemas[locale].shape.mode.safeParse(values.mode);
    if (!mode.success || !mode.data) return { kind: "invalid", errors: { mode: messagesFor(locale).crossing.planner.errors.mode }, values };
    return { kind: "ok", instant: new Date(Math.floor(now.getTime() / 60_000) * 60_000), mode: mode.data, values, now: true };
  }
  const result = plannerSchemas[locale].safeParse(values);
  if (!result.success) {
    const errors: PlannerFieldErrors = {};
    for (const issue of result.error.issues) {
      const field = issue.path[0] as keyof PlannerFieldErrors;
      errors[field] ??= field === "mode" ? messagesFor(locale).crossing.planner.errors.mode : issue.message;
    }
    return { kind: "invalid", errors, values };
  }
  const [year, month, day] = result.data.date.split("-").map(Number);
  const [hour, minute] = result.data.time.split(":").map(Number);
  const instant = zonedWallTimeToInstant({ year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: 0 }, timeZone);
  return { kind: "ok", instant, mode: result.data.mode, values };
}
