/**
 * Moderation rules, pure. Flags are weighted by the flagger's standing and past agreement with
 * moderators, in the spirit of Discourse's flag scores: a reader whose flags moderators keep
 * upholding counts for more, one whose flags keep being dismissed for less.
 *
 *   accuracy = (agreed + 1) / (agreed + disagreed + 2)      0.5 for a first flag
 *   standing = 1.5 for accounts ≥ 30 days old or with ≥ 10 visible reports, else 1
 *   weight   = 2 × accuracy × standing
 *
 * A report is hidden pending review when its open flags weigh HIDE_THRESHOLD (2) or more: two
 * ordinary readers agree, or one long-standing reader with a good record (5 upheld flags:
 * 2 × 6/7 × 1.5 ≈ 2.6) — while a reader with four dismissed flags (weight 0.33) cannot hide
 * anything alone. Accounts younger than a day cannot flag at all.
 */
export const HIDE_THRESHOLD = 2;
export const FLAG_MIN_ACCOUNT_AGE_MS = 24 * 3600_000;
/** Reports with links from accounts younger than this are held for review. */
export const NEW_ACCOUNT_MS = 24 * 3600_000;

export const flagReasons = ["spam", "wrong-crossing", "false", "abusive", "duplicate"] as const;
export type FlagReason = (typeof flagReasons)[number];
export const flagReasonLabels: Record<FlagReason, string> = {
  spam: "Spam or advertising",
  "wrong-crossing": "About another crossing",
  false: "Not true",
  abusive: "Abusive",
  duplicate: "Duplicate",
};

export interface FlaggerRecord {
  agreed: number;
  disagreed: number;
  accountAgeMs: number;
  visibleReports: number;
}

export function flagWeight(record: FlaggerRecord): number {
  const accuracy = (record.agreed + 1) / (record.agreed + record.disagreed + 2);
  const standing = record.accountAgeMs >= 30 * 86400_000 || record.visibleReports >= 10 ? 1.5 : 1;
  return Math.round(2 * accuracy * standing * 1000) / 1000;
}

export function canFlag(accountAgeMs: number, minimumAgeMs = FLAG_MIN_ACCOUNT_AGE_MS): boolean {
  return accountAgeMs >= minimumAgeMs;
}

const LINK = /(https?:\/\/|www\.|\b[a-z0-9-]+\.(com|net|org|ru|kz|kg|uz|tj|cn|info|biz|io|me|xyz|top)\b)/i;

/** A report from a brand-new account that contains a link waits for a moderator. */
export function shouldHold(notes: string | null, accountAgeMs: number): boolean {
  return accountAgeMs < NEW_ACCOUNT_MS && notes !== null && LINK.test(notes);
}

export const flagOutcomeMessages = {
  flagged: "Thank you: moderators will look at it.",
  "not-found": "That report is no longer shown.",
  own: "You cannot flag your own report.",
  "too-new": "New accounts can flag reports after their first day.",
  already: "You have already flagged this report.",
} as const;
