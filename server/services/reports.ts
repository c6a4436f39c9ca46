import "server-only";
/**
 * A traveller's reports: submit (the form, or JSON through the API), edit and withdraw their
 * own, and say whether someone else's is still accurate. Every entry point calls these.
 */
import { z } from "zod";
import { getCrossingById, getCrossingRecord } from "@/db/queries/crossings";
import { editOwnReport, getReportById, giveFeedback, submitReport as storeReport, withdrawOwnReport } from "@/db/queries/reports";
import { env } from "@/lib/env";
import { parseReportForm, parseReportJson, type ParsedReport, type ReportValues } from "@/lib/reports/report-input";
import { logDenied } from "@/lib/log";
import { invalid, invalidFrom, writeService, type Context, type Parsed } from "@/server/services/service";
import type { SessionUser } from "@/lib/auth/user";

/** A report as sent: a form's fields (local time in the crossing's zone) or the API's JSON. */
const sent = z.union([z.object({ form: z.instanceof(FormData) }), z.object({ json: z.unknown() })]);
const reportId = z.string().max(200);

/** The parser for what was sent, in the crossing's zone and the reader's language. */
function parseSent(body: z.infer<typeof sent>, timeZone: string, context: Context<SessionUser>): ParsedReport {
  return "form" in body ? parseReportForm(body.form, timeZone, context.now, context.actor.locale) : parseReportJson(body.json, context.now);
}

function refused(parsed: Extract<ParsedReport, { ok: false }>): Parsed<never> {
  const fields = parsed.errors as Record<string, string>;
  const [field, message] = Object.entries(fields)[0] ?? ["body", "invalid"];
  return invalid(`${field}: ${message}`, fields);
}

export const submitReport = writeService({
  name: "submitReport",
  access: "signed-in",
  async parse(raw, context) {
    const shape = z.intersection(z.object({ slug: z.string().max(200) }), sent).safeParse(raw);
    if (!shape.success) return invalidFrom(shape.error.issues);
    const record = await getCrossingRecord(shape.data.slug, context.db);
    if (!record) return { kind: "not-found", message: `No crossing with the slug "${shape.data.slug}".` };
    const zone = record.baseline.sides[0].timeZone;
    const parsed = parseSent(shape.data, zone, context);
    if (!parsed.ok) return refused(parsed);
    return { ok: true, value: { crossingId: record.id, slug: record.slug, zone, values: parsed.values, idempotencyKey: parsed.idempotencyKey } };
  },
  async run(input, { user, actor, db, now }) {
    const limits = { perUserPerHour: env.REPORTS_PER_HOUR_PER_USER, perIpPerHour: env.REPORTS_PER_HOUR_PER_IP };
    const stored = await storeReport(
      { crossingId: input.crossingId, authorId: user.id, ipHash: actor.ipHash, idempotencyKey: input.idempotencyKey, values: input.values },
      limits,
      now,
      db,
    );
    if (stored.kind === "rate-limited") {
      const limit = stored.scope === "account" ? limits.perUserPerHour : limits.perIpPerHour;
      return { result: { ...stored, limit, slug: input.slug, zone: input.zone } };
    }
    const result = { ...stored, slug: input.slug, zone: input.zone };
    if (stored.kind !== "created") return { result };
    // A held report shows nowhere public yet: only its author's own pages change.
    return { result, effects: stored.held ? { user: user.id } : { crossing: input.crossingId, alerts: input.crossingId } };
  },
});

/** Only the author may change a report; anyone else is told it does not exist (and it is logged). */
async function ownReport(id: string, context: Context<SessionUser>, what: string) {
  const report = await getReportById(id, context.db);
  if (report && report.authorId === context.user.id) return report;
  logDenied({ route: `${context.actor.route} ${id.slice(0, 64)}`, status: 403, reason: report ? "not-owner" : "no-such-report", userId: context.user.id });
  return { kind: "not-found" as const, message: `No report of yours to ${what}.` };
}

export const editReport = writeService({
  name: "editReport",
  access: "signed-in",
  limit: { kind: "edit", perAccount: () => env.EDITS_PER_HOUR_PER_USER, perAddress: () => env.EDITS_PER_HOUR_PER_IP },
  async parse(raw, context) {
    const shape = z.intersection(z.object({ reportId }), sent).safeParse(raw);
    if (!shape.success) return invalidFrom(shape.error.issues);
    const report = await ownReport(shape.data.reportId, context, "edit");
    if ("kind" in report) return report;
    const record = await getCrossingById(report.crossingId, context.db);
    if (!record) return { kind: "not-found", message: "The report's crossing is gone." };
    const parsed = parseSent(shape.data, record.baseline.sides[0].timeZone, context);
    if (!parsed.ok) return refused(parsed);
    return { ok: true, value: { reportId: report.id, values: parsed.values as ReportValues } };
  },
  async run(input, { user, db, now }) {
    const result = await editOwnReport(user.id, input.reportId, input.values, now, db);
    return { result, effects: result.kind === "ok" ? { crossing: result.crossingId, alerts: result.crossingId } : undefined };
  },
});

export const withdrawReport = writeService({
  name: "withdrawReport",
  access: "signed-in",
  parse: z.object({ reportId }),
  async run({ reportId: id }, { user, actor, db, now }) {
    // Only the author's own reports match: anything else is someone else's, or none at all.
    const result = await withdrawOwnReport(user.id, id, now, db);
    if (result.kind === "not-found") logDenied({ route: `${actor.route} ${id.slice(0, 64)}`, status: 403, reason: "not-owner-or-missing", userId: user.id });
    return { result, effects: result.kind === "ok" ? { crossing: result.crossingId, alerts: result.crossingId } : undefined };
  },
});

/** "Still accurate?": one vote per reader per report; a second changes it. */
export const voteOnReport = writeService({
  name: "voteOnReport",
  access: "signed-in",
  // A vote moves a report's weight: throwaway accounts must not be able to buy it.
  minAccountAgeHours: () => env.VOTE_MIN_ACCOUNT_AGE_HOURS,
  limit: { kind: "vote", perAccount: () => env.VOTES_PER_HOUR_PER_USER, perAddress: () => env.VOTES_PER_HOUR_PER_IP },
  parse: z.object({ reportId, kind: z.enum(["confirm", "dispute"]) }),
  async run({ reportId: id, kind }, { user, actor, db, now }) {
    const result = await giveFeedback(user.id, id, kind, now, db);
    if (result.kind === "own") logDenied({ route: actor.route, status: 403, reason: "own-report", userId: user.id });
    return { result, effects: result.kind === "ok" ? { crossing: result.crossingId, alerts: result.crossingId } : undefined };
  },
});
