/**
 * The status endpoint's query and response (GET /api/v1/crossings/{slug}/status), shared by
 * the route handler, the crossing page's planner form and docs/api.md.
 */
import { z } from "zod";
import { countryCode, sourceRef, travelMode, type CrossingBaseline } from "@/lib/baseline/schema";
import { directionEnds, type Status } from "@/lib/status/types";
import type { OpenWindow, StateChange } from "@/lib/status/next-window";
import { statusHeadline } from "@/lib/status/headline";
import { QUESTION_YEARS } from "@/lib/status/timeline-compile";
import { isUncertain } from "@/lib/status/wait-estimate";
import type { ReasonKey } from "@/lib/status/reason-message";
import { locales, type Locale } from "@/lib/i18n/locale";
import { reasonText } from "@/lib/i18n/reasons";

const iso = z.iso.datetime({ offset: true });

/** A bad `at` or `mode` is a 400 with this schema's message. */
export const statusQuerySchema = z.object({
  at: z
    .string({ error: "at must be an ISO 8601 instant, e.g. 2026-07-15T09:30:00+06:00" })
    .pipe(iso.transform((value) => new Date(value)))
    .refine((date) => Math.abs(date.getTime() - Date.now()) < QUESTION_YEARS * 366 * 86400_000, `at must be within ${QUESTION_YEARS} years of today`)
    .optional(),
  mode: travelMode.optional(),
  lang: z.enum(locales, { error: "lang must be en or ru" }).default("en"),
});

const reasonCodes = [
  "holidayCloses",
  "holidayMaybe",
  "holidayUnsaid",
  "holidaysUnknown",
  "notice",
  "reports",
  "reportsConflict",
  "reportsUnconfirmed",
  "reportsAwaiting",
  "modeNotAllowed",
  "modeUnknown",
  "goodsOnly",
  "bilateral",
  "whoUnknown",
  "outOfOperation",
  "operationUnknown",
  "outOfSeason",
  "sourcesDisagree",
  "factDisagrees",
  "scheduleTooComplex",
  "sideClosed",
  "sideHoursUnknown",
  "bothOpen",
] as const satisfies readonly ReasonKey[];

const when = iso.nullable();

export const statusResponseSchema = z.object({
  crossing: z.string(),
  at: iso,
  mode: travelMode.nullable(),
  state: z.enum(["open", "closed", "restricted", "unknown"]),
  basis: z.enum(["reports", "notice", "schedule", "none"]),
  headline: z.string(),
  conflicting: z.boolean(),
  scheduleState: z.enum(["open", "closed", "unknown"]),
  sides: z.array(
    z.object({
      country: countryCode,
      post: z.string(),
      timeZone: z.string(),
      state: z.enum(["open", "closed", "unknown"]),
      nextChange: when,
      holiday: z.string().nullable(),
    }),
  ),
  nextChange: when,
  /** When the state by schedule and notices next differs, and to what. */
  stateChange: z.object({ from: z.enum(["open", "closed", "restricted", "unknown"]), at: iso, state: z.enum(["open", "closed", "restricted", "unknown"]) }).nullable(),
  nextOpen: z.object({ from: iso, until: when, certainty: z.enum(["open", "unknown"]) }).nullable(),
  waits: z.array(
    z.object({
      direction: z.enum(["a-b", "b-a"]),
      from: countryCode,
      to: countryCode,
      minutes: z.number().int().nullable(),
      range: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
      basis: z.enum(["reports", "history", "baseline", "none"]),
      sampleSize: z.number().int(),
      /** Fewer than 3 reports, or a range spread more than threefold (docs/status-engine.md). */
      uncertain: z.boolean(),
    }),
  ),
  freshness: z.object({ newestReportAt: when, ageMinutes: z.number().int().nullable() }),
  reasons: z.array(
    z.object({
      code: z.enum(reasonCodes),
      text: z.string(),
      sources: z.array(sourceRef).optional(),
      reportIds: z.array(z.string()).optional(),
      noticeId: z.string().optional(),
    }),
  ),
});
export type StatusResponse = z.infer<typeof statusResponseSchema>;

export function toStatusResponse(baseline: CrossingBaseline, status: Status, nextOpen: OpenWindow | null, stateChange: StateChange | null, locale: Locale = "en"): StatusResponse {
  const [a, b] = baseline.sides;
  return statusResponseSchema.parse({
    crossing: baseline.slug,
    at: status.at.toISOString(),
    mode: status.mode,
    state: status.state,
    basis: status.basis,
    headline: statusHeadline(status, { locale }),
    conflicting: status.conflicting,
    scheduleState: status.scheduleState,
    sides: status.sides.map((side, index) => ({
      country: baseline.sides[index as 0 | 1].country,
      post: baseline.sides[index as 0 | 1].postName.value.en,
      timeZone: baseline.sides[index as 0 | 1].timeZone,
      state: side.state,
      nextChange: side.nextChange?.toISOString() ?? null,
      holiday: side.holiday,
    })),
    nextChange: status.nextChange?.toISOString() ?? null,
    stateChange: stateChange ? { ...stateChange, at: stateChange.at.toISOString() } : null,
    nextOpen: nextOpen ? { from: nextOpen.from.toISOString(), until: nextOpen.until?.toISOString() ?? null, certainty: nextOpen.certainty } : null,
    waits: status.waits.map((wait) => {
      const ends = directionEnds(wait.direction, [a.country, b.country] as const);
      // While closed no queue moves: no wait now, as on the page (which gives the typical wait at
      // the next opening instead, lib/status/wait-estimate.ts shownWaits).
      if (status.state === "closed") return { direction: wait.direction, ...ends, minutes: null, range: null, basis: "none", sampleSize: 0, uncertain: false };
      // Resting only on unconfirmed reports is said as `uncertain` (the field list is the contract).
      return { direction: wait.direction, ...ends, minutes: wait.minutes, range: wait.range, basis: wait.basis, sampleSize: wait.sampleSize, uncertain: isUncertain(wait) };
    }),
    freshness: {
      newestReportAt: status.freshness.newestReportAt?.toISOString() ?? null,
      ageMinutes: status.freshness.ageMinutes,
    },
    reasons: status.reasons.map(({ message, ...rest }) => ({ code: message.key, text: reasonText(message, locale), ...rest })),
  });
}
