/**
 * A reporter's standing, from their record (docs/trust.md). Pure: the record is read by
 * db/queries/standing.ts, the answer used by the status engine (a report's weight, and whether
 * it can decide alone), by votes (a vote's weight) and shown to moderators, never to the public.
 *
 *   new accounts (younger than NEW_ACCOUNT_DAYS)  0.1 + what their record adds, tier "new"
 *   older accounts                                 0.4 + what their record adds
 *   record: +0.05 per corroborated report (at most +0.5), +0.02 per upheld flag (at most +0.1),
 *           −0.15 per report a moderator hid, −0.05 per report readers disputed more than
 *           confirmed, −0.03 per dismissed flag
 *   moderators and admins 1; banned accounts 0.
 *
 * Tiers: "new" (under NEW_ACCOUNT_DAYS whatever the record: standing cannot be bought in a
 * week), "doubted" (older, score under DOUBTED_BELOW), "trusted" (score TRUSTED_FROM or more,
 * or a moderator), else "ordinary". A report from a "new" or "doubted" reporter is
 * unconfirmed: it shows, and it decides the state only when corroborated or when nothing else
 * speaks (lib/status/report-tally.ts).
 */
export const NEW_ACCOUNT_DAYS = 7;
export const DOUBTED_BELOW = 0.25;
export const TRUSTED_FROM = 0.75;
/** Reports with no author (seeded data, from before accounts) count as an ordinary account's. */
export const ORDINARY_STANDING = 0.5;

export type StandingTier = "new" | "doubted" | "ordinary" | "trusted";

export interface ReporterRecord {
  accountAgeMs: number;
  role: "traveller" | "moderator" | "admin";
  banned: boolean;
  /** Visible reports, not withdrawn. */
  reports: number;
  /** Reports a moderator verified, or that another account (from another address) reported alike within two hours. */
  corroborated: number;
  /** Reports a moderator hid (withdrawn ones do not count). */
  hidden: number;
  /** Reports with more "not accurate" than "still accurate" from readers. */
  disputed: number;
  flagsUpheld: number;
  flagsDismissed: number;
}

/** The record of an account that has done nothing yet, `ageMs` old. */
export function emptyRecord(ageMs: number): ReporterRecord {
  return { accountAgeMs: ageMs, role: "traveller", banned: false, reports: 0, corroborated: 0, hidden: 0, disputed: 0, flagsUpheld: 0, flagsDismissed: 0 };
}

export interface Standing {
  score: number;
  tier: StandingTier;
  /** A report of theirs cannot decide alone (tier "new" or "doubted"). */
  unconfirmed: boolean;
}

const DAY_MS = 86400_000;
const clamp = (value: number) => Math.min(1, Math.max(0, value));
const round = (value: number) => Math.round(value * 1000) / 1000;

export function standingOf(record: ReporterRecord): Standing {
  if (record.banned) return { score: 0, tier: "doubted", unconfirmed: true };
  if (record.role !== "traveller") return { score: 1, tier: "trusted", unconfirmed: false };
  const isNew = record.accountAgeMs < NEW_ACCOUNT_DAYS * DAY_MS;
  const earned = Math.min(0.5, 0.05 * record.corroborated) + Math.min(0.1, 0.02 * record.flagsUpheld);
  const lost = 0.15 * record.hidden + 0.05 * record.disputed + 0.03 * record.flagsDismissed;
  const score = round(clamp((isNew ? 0.1 : 0.4) + earned - lost));
  // An account with no corroborated report has no record yet, however old: standing comes from
  // what others confirmed, not from waiting (a drawer of dormant accounts buys nothing).
  const tier: StandingTier =
    isNew || record.corroborated === 0 ? (score < DOUBTED_BELOW && !isNew ? "doubted" : "new") : score < DOUBTED_BELOW ? "doubted" : score >= TRUSTED_FROM ? "trusted" : "ordinary";
  return { score, tier, unconfirmed: tier === "new" || tier === "doubted" };
}

/** The standing of reports without an author (seeded data, from before accounts). */
export const ANONYMOUS_STANDING: Standing = Object.freeze({ score: ORDINARY_STANDING, tier: "ordinary", unconfirmed: false });

/**
 * A vote's weight ("still accurate" / "not accurate"): twice the voter's standing, at most 1,
 * so an ordinary account's vote is most of a whole vote; a new or doubted account's vote is
 * kept (it counts once the account has a record) but weighs nothing now. Accounts younger than
 * the vote minimum cannot vote at all (server/services/reports.ts).
 */
export function voteWeight(standing: Standing): number {
  // A vote is a small report: from an account whose reports cannot count alone, it counts nothing.
  if (standing.unconfirmed) return 0;
  return round(Math.min(1, 2 * standing.score));
}
