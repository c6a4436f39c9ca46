/**
 * What a traveller may do with a report, and for how long: the rules the pages show (an edit
 * link, a "still accurate?" question) and the writes enforce (db/queries/reports.ts), in one place.
 */
export const HOUR_MS = 3600_000;
/** A report may be edited by its author this long after it was submitted. */
export const EDIT_WINDOW_MS = 24 * HOUR_MS;
/** "Still accurate?" is asked of reports observed this recently. */
export const FEEDBACK_WINDOW_MS = 24 * HOUR_MS;
/** Reports counted per account and per address for the hourly limits. */
export const RATE_WINDOW_MS = HOUR_MS;

/** Whether its author may still edit a report submitted at `submittedAt` (a withdrawn one never). */
export function canEdit(report: { submittedAt: Date; withdrawnAt?: Date | null }, now: Date): boolean {
  return !report.withdrawnAt && now.getTime() - report.submittedAt.getTime() <= EDIT_WINDOW_MS;
}

/** Whether readers are still asked to confirm or dispute a report observed at `observedAt`. */
export function feedbackOpen(observedAt: Date, now: Date): boolean {
  return now.getTime() - observedAt.getTime() <= FEEDBACK_WINDOW_MS;
}
