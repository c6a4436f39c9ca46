/**
 * One crossing's row in the list, in words: the wait each way with what it rests on, how fresh
 * the state is, and when the schedule next changes it, in the crossing's local time. Pure: the
 * page passes the state now (lib/status), its next change and the past waits.
 */
import type { CountryCode, CrossingBaseline } from "@/lib/baseline/schema";
import { formatters, zoneLabel } from "@/lib/format/time";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { StateChange } from "@/lib/status/next-window";
import { directionEnds, type Status } from "@/lib/status/types";
import { shownWaits, type NextOpening, type PastWaitRow, type ShownWait } from "@/lib/status/wait-estimate";
import { waitInWords } from "@/lib/crossings/wait-words";
import { unconfirmedWarning } from "@/lib/status/headline";

export interface RowWait {
  from: CountryCode;
  to: CountryCode;
  /** The same in both directions: one line for both. */
  both: boolean;
  kind: ShownWait["kind"];
  uncertain: boolean;
  text: string;
}

export interface ListRow {
  waits: RowWait[];
  /** "2 reports, 40 min ago", "no reports in 3 days", "no reports yet". */
  freshness: string;
  conflicting: boolean;
  /** "closes 18:00 Bishkek (UTC+6)"; null when nothing changes in the coming year. */
  nextChange: string | null;
}

/** When a closed crossing opens next by schedule and notices (its next change, if that is to
 * "open"): the typical wait is read for that hour. Not for a crossing the reports close while the
 * schedule has it open: when it reopens, nobody knows. */
export function nextOpening(status: Pick<Status, "state">, change: StateChange | null, history: readonly PastWaitRow[] | null): NextOpening | null {
  if (status.state !== "closed" || !change || change.from !== "closed" || change.state !== "open" || !history) return null;
  return { at: change.at, history };
}

/** How many reports decide the state (the reports reason's own count: the status names only the
 * heaviest of them), else how many counted. */
function reportCount(status: Status): number {
  for (const reason of status.reasons) {
    const message = reason.message;
    if (message.key === "reports") return message.tally.count;
    if (message.key === "reportsConflict") return message.tallies[0].count + message.tallies[1].count;
  }
  return status.counted.length;
}

export function freshnessInWords(status: Status, locale: Locale): string {
  const warning = unconfirmedWarning(status, locale);
  const freshness = freshnessAlone(status, locale);
  return warning ? `${freshness}; ${warning}` : freshness;
}

function freshnessAlone(status: Status, locale: Locale): string {
  const t = messagesFor(locale).crossing;
  const f = formatters(locale);
  const newest = status.freshness.newestReportAt;
  if (!newest) return t.headline.noReportsYet;
  const ageMs = Math.max(0, status.at.getTime() - newest.getTime());
  const count = reportCount(status);
  if (count > 0) return t.list.reportsAgo(count, f.ago(ageMs));
  if (ageMs < 3600_000) return t.headline.lastReport(f.ago(ageMs));
  const hours = Math.round(ageMs / 3600_000);
  return t.headline.noReportsIn(f.duration((hours < 48 ? hours : Math.round(hours / 24) * 24) * 3600_000));
}

/** "closes 18:00 Bishkek (UTC+6)", with the day when it is not today there; "by schedule" first
 * when the state now is not the schedule's (reports decided it). */
export function nextChangeInWords(status: Pick<Status, "state" | "at">, change: StateChange | null, timeZone: string, locale: Locale): string | null {
  if (!change) return null;
  const t = messagesFor(locale).crossing.list;
  const f = formatters(locale);
  const when = f.day(change.at, timeZone) === f.day(status.at, timeZone) ? f.time(change.at, timeZone) : f.dayTime(change.at, timeZone, status.at);
  const text = `${t.changes[change.state]} ${when} ${zoneLabel(timeZone, change.at, locale)}`;
  return change.from === status.state ? text : `${t.bySchedule}: ${text}`;
}

export function listRow(baseline: CrossingBaseline, status: Status, change: StateChange | null, history: readonly PastWaitRow[] | null, locale: Locale): ListRow {
  const countries = [baseline.sides[0].country, baseline.sides[1].country] as const;
  const shown = shownWaits(status, baseline, nextOpening(status, change, history));
  const waits = shown.map((wait, index): RowWait => {
    const { from, to } = directionEnds(status.waits[index]!.direction, countries);
    const uncertain = wait.kind === "estimate" || wait.kind === "at-opening" ? wait.uncertain : false;
    return { from, to, both: false, kind: wait.kind, uncertain, text: waitInWords(wait, locale) };
  });
  // One line for both ways when they say the same and no count of reports would read as both
  // ways' total: nothing known, closed, or the one published range.
  const sharable = (wait: ShownWait) => wait.kind === "none" || wait.kind === "closed" || (wait.kind === "estimate" && wait.wait.basis === "baseline");
  const same = waits.length === 2 && waits[0]!.text === waits[1]!.text && shown.every(sharable);
  return {
    waits: same ? [{ ...waits[0]!, both: true }] : waits,
    freshness: freshnessInWords(status, locale),
    conflicting: status.conflicting,
    nextChange: nextChangeInWords(status, change, baseline.sides[0].timeZone, locale),
  };
}
