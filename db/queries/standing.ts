import "server-only";
/**
 * Reporters' standing (lib/trust/standing.ts) read from their record, and the reports the
 * status engine weighs made from rows with it: each report carries its reporter's standing,
 * whether it is unconfirmed, and its readers' votes weighted by each voter's standing.
 *
 * A record counts at most an author's RECORD_REPORTS newest reports: corroboration adds at
 * most +0.5 (ten reports), so older history changes nothing a reader sees, and a prolific
 * account costs no more to weigh than an ordinary one.
 */
import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reportFeedback, type ReportRow } from "@/db/schema";
import type { TravelMode } from "@/lib/baseline/schema";
import { ANONYMOUS_STANDING, emptyRecord, NEW_ACCOUNT_DAYS, standingOf, voteWeight, type ReporterRecord, type Standing } from "@/lib/trust/standing";
import { oneVoicePerAddress } from "@/lib/trust/voices";
import type { ReportInput } from "@/lib/status/types";

const RECORD_REPORTS = 200;
/** Another account's report of the same state within this long corroborates a report. */
const CORROBORATES_WITHIN = "2 hours";
/** As lib/trust/standing.ts NEW_ACCOUNT_DAYS, for SQL (a constant: no input reaches sql.raw). */
const NEW_ACCOUNT_INTERVAL = `${NEW_ACCOUNT_DAYS} days`;

/** A row of the record query: the record, with the account's id and creation time instead of its age. */
type RecordRow = Omit<ReporterRecord, "accountAgeMs"> & { id: string; createdAt: string | Date };

/** The records of these accounts, as lib/trust/standing.ts reads them. */
export async function reporterRecords(db: Db, userIds: readonly string[], now: Date): Promise<Map<string, ReporterRecord>> {
  const ids = [...new Set(userIds)];
  const found = new Map<string, ReporterRecord>();
  if (!ids.length) return found;
  const rows = (await db.execute(sql`
    select u."id", u."created_at" as "createdAt", u."role", (u."banned_at" is not null) as "banned",
      coalesce(r."reports", 0)::int as "reports", coalesce(r."corroborated", 0)::int as "corroborated",
      coalesce(r."hidden", 0)::int as "hidden", coalesce(r."disputed", 0)::int as "disputed",
      coalesce(f."upheld", 0)::int as "flagsUpheld", coalesce(f."dismissed", 0)::int as "flagsDismissed"
    from "users" u
    left join lateral (
      select
        count(*) filter (where live and not mine."hidden") as "reports",
        -- Hidden by a moderator counts even once withdrawn: withdrawing does not wash it out.
        count(*) filter (where mine."hidden" and mine."review_state" = 'none') as "hidden",
        -- Disputed by more established readers (a week old, not banned) than confirmed it.
        count(*) filter (where live and not mine."hidden" and (
          select count(*) filter (where fb."kind" = 'dispute') - count(*) filter (where fb."kind" = 'confirm')
          from "report_feedback" fb join "users" voter on voter."id" = fb."user_id"
          where fb."report_id" = mine."id" and voter."banned_at" is null and voter."created_at" <= fb."created_at" - interval '${sql.raw(NEW_ACCOUNT_INTERVAL)}'
        ) > 0) as "disputed",
        -- Corroborated: verified, or the same state at the same crossing within two hours from
        -- another account on another address — an account a week old when it reported, not
        -- banned, its report visible and not held: two fresh accounts cannot vouch for each other.
        count(*) filter (where live and not mine."hidden" and (mine."verified" or exists (
          select 1 from "reports" o join "users" other on other."id" = o."author_id"
          where o."crossing_id" = mine."crossing_id" and o."seen" = mine."seen"
            and o."observed_at" between mine."observed_at" - interval '${sql.raw(CORROBORATES_WITHIN)}' and mine."observed_at" + interval '${sql.raw(CORROBORATES_WITHIN)}'
            and o."author_id" <> mine."author_id"
            and (mine."ip_hash" is null or o."ip_hash" is null or o."ip_hash" <> mine."ip_hash")
            and not o."hidden" and o."withdrawn_at" is null and o."review_state" = 'none'
            and other."banned_at" is null and other."created_at" <= o."submitted_at" - interval '${sql.raw(NEW_ACCOUNT_INTERVAL)}'
        ))) as "corroborated"
      from (
        select own.*, own."withdrawn_at" is null as live from "reports" own
        where own."author_id" = u."id"
        order by own."submitted_at" desc
        limit ${RECORD_REPORTS}
      ) mine
    ) r on true
    left join lateral (
      select count(*) filter (where fl."resolution" = 'agreed') as "upheld", count(*) filter (where fl."resolution" = 'disagreed') as "dismissed"
      from "flags" fl where fl."flagger_id" = u."id"
    ) f on true
    where u."id" in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`)) as unknown as RecordRow[];
  for (const row of rows) {
    const { id, createdAt, ...record } = row;
    found.set(id, { ...record, accountAgeMs: now.getTime() - new Date(createdAt).getTime() });
  }
  return found;
}

/** Standing of each of these accounts (an account not found — deleted — stands as new). */
export async function standingsOf(db: Db, userIds: readonly string[], now: Date): Promise<Map<string, Standing>> {
  const records = await reporterRecords(db, userIds, now);
  const standings = new Map<string, Standing>();
  for (const id of userIds) {
    const record = records.get(id);
    standings.set(id, record ? standingOf(record) : standingOf(emptyRecord(0)));
  }
  return standings;
}

/**
 * The engine's reports from rows: each with its reporter's standing, unconfirmed where the
 * reporter is new or doubted or is one more account from an address that already speaks
 * (lib/trust/voices.ts), and readers' votes weighted by the voters' standing.
 */
/** The columns of a report that weighing it reads. */
export type WeighedRow = Pick<
  ReportRow,
  "id" | "crossingId" | "authorId" | "ipHash" | "observedAt" | "direction" | "mode" | "seen" | "waitMinutes" | "verified" | "hidden" | "confirmations" | "disputes"
>;

export async function reportsWithStanding(db: Db, rows: readonly WeighedRow[], now: Date = new Date()): Promise<ReportInput[]> {
  if (!rows.length) return [];
  const voted = rows.filter((row) => row.confirmations > 0 || row.disputes > 0).map((row) => row.id);
  const votes = voted.length
    ? await db
        .select({ reportId: reportFeedback.reportId, userId: reportFeedback.userId, kind: reportFeedback.kind })
        .from(reportFeedback)
        .where(inArray(reportFeedback.reportId, voted))
    : [];
  const people = new Set<string>();
  for (const row of rows) if (row.authorId) people.add(row.authorId);
  for (const vote of votes) people.add(vote.userId);
  const standings = await standingsOf(db, [...people], now);
  const weighted = new Map<string, { confirmations: number; disputes: number }>();
  for (const vote of votes) {
    const entry = weighted.get(vote.reportId) ?? { confirmations: 0, disputes: 0 };
    const weight = voteWeight(standings.get(vote.userId)!);
    if (vote.kind === "confirm") entry.confirmations += weight;
    else entry.disputes += weight;
    weighted.set(vote.reportId, entry);
  }
  const standingOfRow = (row: WeighedRow) => (row.authorId ? standings.get(row.authorId)! : ANONYMOUS_STANDING);
  // Per crossing, so a crossing's answer is the same whether it is read alone or in the list.
  const extraVoices = oneVoicePerAddress(rows.map((row) => ({ author: row.authorId, address: row.ipHash && `${row.crossingId}:${row.ipHash}`, score: standingOfRow(row).score })));
  // Who spoke, as tokens that only tell voices apart within this set: an author's id or an
  // address's hash never leaves this function (the feeds and caches hold these inputs).
  const token = (prefix: string, tokens: Map<string, string>, value: string | null) => {
    if (value === null) return null;
    let found = tokens.get(value);
    if (!found) tokens.set(value, (found = `${prefix}${tokens.size + 1}`));
    return found;
  };
  const authors = new Map<string, string>();
  const addresses = new Map<string, string>();
  return rows.map((row, i) => {
    const standing = standingOfRow(row);
    const votesOf = weighted.get(row.id);
    return {
      id: row.id,
      observedAt: row.observedAt,
      direction: row.direction,
      mode: row.mode as TravelMode,
      seen: row.seen,
      waitMinutes: row.waitMinutes,
      verified: row.verified,
      hidden: row.hidden,
      reporterTrust: standing.score,
      unconfirmed: standing.unconfirmed,
      echo: extraVoices[i]!,
      author: token("a", authors, row.authorId),
      address: token("n", addresses, row.ipHash),
      // Counters without feedback rows (seeded data) count as ordinary votes.
      confirmations: votesOf ? votesOf.confirmations : row.confirmations,
      disputes: votesOf ? votesOf.disputes : row.disputes,
    };
  });
}
