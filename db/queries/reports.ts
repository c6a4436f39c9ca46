import "server-only";
/**
 * Traveller reports: submission with idempotency and abuse limits (both enforced in the
 * database, so they hold across app instances), the public timeline, a traveller's own
 * reports with edit and withdraw, and "still accurate?" feedback. Callers are the services in
 * server/services/, which drop the cached views a committed write touched.
 */
import { and, count, desc, eq, gte, isNull, lt, min, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { reportFeedback, reportRevisions, reports, type ReportRow } from "@/db/schema";
import { shouldHold } from "@/lib/moderation/rules";
import { reporterRecords } from "@/db/queries/standing";
import { emptyRecord, standingOf } from "@/lib/trust/standing";
import { reportPayloadHash, type ReportValues } from "@/lib/reports/report-input";
import { canEdit, EDIT_WINDOW_MS, feedbackOpen, RATE_WINDOW_MS } from "@/lib/reports/rules";

export interface SubmitLimits {
  perUserPerHour: number;
  perIpPerHour: number;
}

export type SubmitResult =
  { kind: "created"; id: string; held: boolean } | { kind: "duplicate"; id: string } | { kind: "conflict" } | { kind: "rate-limited"; scope: "account" | "address"; retryAt: Date };

/** What anyone may see of a report (never its author or address hash): one list of columns
 * for the timeline, the feeds and the exports. */
export const publicReportColumns = {
  id: reports.id,
  crossingId: reports.crossingId,
  direction: reports.direction,
  observedAt: reports.observedAt,
  submittedAt: reports.submittedAt,
  seen: reports.seen,
  mode: reports.mode,
  waitMinutes: reports.waitMinutes,
  tags: reports.tags,
  notes: reports.notes,
  verified: reports.verified,
  confirmations: reports.confirmations,
  disputes: reports.disputes,
};

/** A visible report: not hidden by moderation, not withdrawn by its author. */
export const visibleReport = and(eq(reports.hidden, false), isNull(reports.withdrawnAt));

export async function submitReport(
  input: {
    crossingId: number;
    authorId: string;
    /** null when no trusted proxy tells us the client's address: then only the account limit applies. */
    ipHash: string | null;
    idempotencyKey: string;
    values: ReportValues;
  },
  limits: SubmitLimits,
  now: Date = new Date(),
  db: Db = getDb(),
): Promise<SubmitResult> {
  const payloadHash = reportPayloadHash(input.crossingId, input.values);
  return db.transaction(async (tx): Promise<SubmitResult> => {
    const existing = async (): Promise<SubmitResult | null> => {
      const [row] = await tx
        .select({ id: reports.id, authorId: reports.authorId, payloadHash: reports.payloadHash })
        .from(reports)
        .where(eq(reports.idempotencyKey, input.idempotencyKey))
        .limit(1);
      if (!row) return null;
      return row.authorId === input.authorId && row.payloadHash === payloadHash ? { kind: "duplicate", id: row.id } : { kind: "conflict" };
    };
    // Serialize this account's and this address's submissions, across every app instance:
    // the count and the insert below then cannot interleave with another submission's.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`report-user:${input.authorId}`}, 0))`);
    if (input.ipHash) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`report-ip:${input.ipHash}`}, 0))`);
    const already = await existing();
    if (already) return already;

    const since = new Date(now.getTime() - RATE_WINDOW_MS);
    const scopes = [
      ["account", eq(reports.authorId, input.authorId), limits.perUserPerHour],
      ...(input.ipHash ? [["address", eq(reports.ipHash, input.ipHash), limits.perIpPerHour] as const] : []),
    ] as const;
    for (const [scope, condition, limit] of scopes) {
      const [usage] = await tx
        .select({ used: count(), oldest: min(reports.submittedAt) })
        .from(reports)
        .where(and(condition, gte(reports.submittedAt, since)));
      if (usage && usage.used >= limit) {
        const oldest = usage.oldest ? new Date(usage.oldest) : now;
        return { kind: "rate-limited", scope, retryAt: new Date(oldest.getTime() + RATE_WINDOW_MS) };
      }
    }

    // The author's record, read once: its age decides whether a link is held, its standing
    // (lib/trust/standing.ts) whether they can decide alone now. If not, the report shows,
    // unconfirmed, but its wait and time never enter the typical-wait history or the observed
    // hours unless a moderator verifies it (migration 0014). An account not found stands as new.
    const record = (await reporterRecords(tx, [input.authorId], now)).get(input.authorId) ?? emptyRecord(0);
    const held = shouldHold(input.values.notes, record.accountAgeMs);
    const unconfirmedAuthor = standingOf(record).unconfirmed;
    const [created] = await tx
      .insert(reports)
      .values({
        hidden: held,
        reviewState: held ? "held" : "none",
        unconfirmedAuthor,
        crossingId: input.crossingId,
        authorId: input.authorId,
        ipHash: input.ipHash,
        idempotencyKey: input.idempotencyKey,
        payloadHash,
        submittedAt: now,
        ...input.values,
      })
      .onConflictDoNothing({ target: reports.idempotencyKey })
      .returning({ id: reports.id });
    if (created) return { kind: "created", id: created.id, held };
    return (await existing()) ?? { kind: "conflict" };
  });
}

export interface PublicReport {
  id: string;
  observedAt: Date;
  submittedAt: Date;
  direction: "a-b" | "b-a";
  seen: "open" | "closed" | "restricted";
  mode: string;
  waitMinutes: number | null;
  tags: string[];
  notes: string | null;
  verified: boolean;
  confirmations: number;
  disputes: number;
  edited: boolean;
  /** Whether the reader asking wrote it (never who did). */
  mine: boolean;
}

export function toPublic(row: ReportRow, viewerId: string | null): PublicReport {
  return {
    id: row.id,
    observedAt: row.observedAt,
    submittedAt: row.submittedAt,
    direction: row.direction,
    seen: row.seen,
    mode: row.mode,
    waitMinutes: row.waitMinutes,
    tags: row.tags,
    notes: row.notes,
    verified: row.verified,
    confirmations: row.confirmations,
    disputes: row.disputes,
    edited: row.editedAt !== null,
    mine: viewerId !== null && row.authorId === viewerId,
  };
}

export type ReportCursor = { observedAt: Date; id: string };

/** One page of a crossing's reports that `which` admits, newest observed first (keyset: before
 * an observed time and id; the reports_crossing_observed_idx index), and the next page's cursor. */
export async function reportPage(
  crossingId: number,
  which: SQL | undefined,
  options: { limit: number; before?: ReportCursor },
  db: Db = getDb(),
): Promise<{ rows: ReportRow[]; next: ReportCursor | null }> {
  const cursor = options.before;
  const rows = await db
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.crossingId, crossingId),
        which,
        cursor ? or(lt(reports.observedAt, cursor.observedAt), and(eq(reports.observedAt, cursor.observedAt), lt(reports.id, cursor.id))) : undefined,
      ),
    )
    .orderBy(desc(reports.observedAt), desc(reports.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > options.limit && last ? { observedAt: last.observedAt, id: last.id } : null };
}

/** Visible reports, newest observed first, a page at a time. */
export async function listVisibleReports(
  crossingId: number,
  options: { limit: number; before?: ReportCursor; viewerId?: string | null },
  db: Db = getDb(),
): Promise<{ reports: PublicReport[]; next: ReportCursor | null }> {
  const { rows, next } = await reportPage(crossingId, visibleReport, options, db);
  return { reports: rows.map((row) => toPublic(row, options.viewerId ?? null)), next };
}

export function isReportId(id: unknown): id is string {
  return typeof id === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

export async function getReportById(id: string, db: Db = getDb()): Promise<ReportRow | null> {
  if (!isReportId(id)) return null;
  const [row] = await db.select().from(reports).where(eq(reports.id, id)).limit(1);
  return row ?? null;
}

/** The idempotency key of report `reportId` when `authorId` wrote it, else null: after the
 * report form's redirect, the page tells the author's device which kept copy has arrived. */
export async function ownReportKey(authorId: string, reportId: string, db: Db = getDb()): Promise<string | null> {
  if (!isReportId(reportId)) return null;
  const [row] = await db
    .select({ key: reports.idempotencyKey })
    .from(reports)
    .where(and(eq(reports.id, reportId), eq(reports.authorId, authorId)))
    .limit(1);
  return row?.key ?? null;
}

export interface OwnReport extends PublicReport {
  crossingId: number;
  withdrawn: boolean;
  hidden: boolean;
  editableUntil: Date;
}

export async function listOwnReports(authorId: string, db: Db = getDb()): Promise<OwnReport[]> {
  const rows = await db.select().from(reports).where(eq(reports.authorId, authorId)).orderBy(desc(reports.submittedAt)).limit(200);
  return rows.map((row) => ({
    ...toPublic(row, authorId),
    crossingId: row.crossingId,
    withdrawn: row.withdrawnAt !== null,
    hidden: row.hidden,
    editableUntil: new Date(row.submittedAt.getTime() + EDIT_WINDOW_MS),
  }));
}

/** "ok" names the crossing, whose state (and subscribers) the change may affect. */
export type OwnChangeResult = { kind: "ok"; crossingId: number } | { kind: "not-found" } | { kind: "too-late" } | { kind: "withdrawn" };

/** The author edits within 24 hours of submitting; the version before is kept. */
export async function editOwnReport(authorId: string, reportId: string, values: ReportValues, now: Date = new Date(), db: Db = getDb()): Promise<OwnChangeResult> {
  if (!isReportId(reportId)) return { kind: "not-found" };
  return db.transaction(async (tx): Promise<OwnChangeResult> => {
    const [row] = await tx
      .select()
      .from(reports)
      .where(and(eq(reports.id, reportId), eq(reports.authorId, authorId)))
      .for("update");
    if (!row) return { kind: "not-found" };
    if (row.withdrawnAt) return { kind: "withdrawn" };
    if (!canEdit(row, now)) return { kind: "too-late" };
    const before = {
      direction: row.direction,
      observedAt: row.observedAt.toISOString(),
      seen: row.seen,
      mode: row.mode,
      waitMinutes: row.waitMinutes,
      tags: row.tags,
      notes: row.notes,
    };
    await tx.insert(reportRevisions).values({ reportId, editedAt: now, before });
    // What was verified or confirmed was the old text: an edit starts those over.
    await tx
      .update(reports)
      .set({ ...values, editedAt: now, payloadHash: reportPayloadHash(row.crossingId, values), verified: false, confirmations: 0, disputes: 0 })
      .where(eq(reports.id, reportId));
    await tx.delete(reportFeedback).where(eq(reportFeedback.reportId, reportId));
    return { kind: "ok", crossingId: row.crossingId };
  });
}

/** The author withdraws, any time: it leaves the page and the status at once. */
export async function withdrawOwnReport(authorId: string, reportId: string, now: Date = new Date(), db: Db = getDb()): Promise<OwnChangeResult> {
  if (!isReportId(reportId)) return { kind: "not-found" };
  const updated = await db
    .update(reports)
    .set({ withdrawnAt: now })
    .where(and(eq(reports.id, reportId), eq(reports.authorId, authorId), isNull(reports.withdrawnAt)))
    .returning({ id: reports.id, crossingId: reports.crossingId });
  if (!updated.length) return { kind: "not-found" };
  return { kind: "ok", crossingId: updated[0]!.crossingId };
}

export type FeedbackResult = { kind: "ok"; crossingId: number; confirmations: number; disputes: number } | { kind: "not-found" } | { kind: "own" } | { kind: "too-old" };

/** One vote per reader per report (a second click changes it); the counts feed the report's weight. */
export async function giveFeedback(userId: string, reportId: string, kind: "confirm" | "dispute", now: Date = new Date(), db: Db = getDb()): Promise<FeedbackResult> {
  if (!isReportId(reportId)) return { kind: "not-found" };
  return db.transaction(async (tx): Promise<FeedbackResult> => {
    const [row] = await tx
      .select()
      .from(reports)
      .where(and(eq(reports.id, reportId), visibleReport))
      .for("update");
    if (!row) return { kind: "not-found" };
    if (row.authorId === userId) return { kind: "own" };
    if (!feedbackOpen(row.observedAt, now)) return { kind: "too-old" };
    await tx
      .insert(reportFeedback)
      .values({ reportId, userId, kind, createdAt: now })
      .onConflictDoUpdate({ target: [reportFeedback.reportId, reportFeedback.userId], set: { kind, createdAt: now } });
    const [counts] = await tx
      .select({
        confirmations: sql<number>`count(*) filter (where ${reportFeedback.kind} = 'confirm')::int`,
        disputes: sql<number>`count(*) filter (where ${reportFeedback.kind} = 'dispute')::int`,
      })
      .from(reportFeedback)
      .where(eq(reportFeedback.reportId, reportId));
    await tx.update(reports).set({ confirmations: counts!.confirmations, disputes: counts!.disputes }).where(eq(reports.id, reportId));
    return { kind: "ok", crossingId: row.crossingId, confirmations: counts!.confirmations, disputes: counts!.disputes };
  });
}
