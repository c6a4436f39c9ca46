/** The reports endpoint's shapes (GET and POST /api/v1/crossings/{slug}/reports). */
import { z } from "zod";
import { directionEnds } from "@/lib/status/types";
import type { PublicReport } from "@/db/queries/reports";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import { countryCode } from "@/lib/baseline/schema";

export const reportListQuerySchema = z.object({
  limit: z.coerce.number({ error: "limit must be a number" }).int("limit must be a whole number").min(1, "limit must be 1 to 100").max(100, "limit must be 1 to 100").default(20),
  before: z.string().optional(),
});

export const publicReportSchema = z.object({
  id: z.uuid(),
  observedAt: z.iso.datetime(),
  submittedAt: z.iso.datetime(),
  direction: z.enum(["a-b", "b-a"]),
  from: countryCode,
  to: countryCode,
  seen: z.enum(["open", "closed", "restricted"]),
  mode: z.string(),
  waitMinutes: z.number().int().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  verified: z.boolean(),
  confirmations: z.number().int(),
  disputes: z.number().int(),
  edited: z.boolean(),
});

export const reportListResponseSchema = z.object({
  reports: z.array(publicReportSchema),
  /** Pass as `before` for the next, older page; null on the last page. */
  next: z.string().nullable(),
});

export function toPublicReportJson(report: PublicReport, baseline: CrossingBaseline): z.infer<typeof publicReportSchema> {
  return publicReportSchema.parse({
    id: report.id,
    observedAt: report.observedAt.toISOString(),
    submittedAt: report.submittedAt.toISOString(),
    direction: report.direction,
    ...directionEnds(report.direction, [baseline.sides[0].country, baseline.sides[1].country]),
    seen: report.seen,
    mode: report.mode,
    waitMinutes: report.waitMinutes,
    tags: report.tags,
    notes: report.notes,
    verified: report.verified,
    confirmations: report.confirmations,
    disputes: report.disputes,
    edited: report.edited,
  });
}
