/**
 * One line a reader can take in at a glance, with the state, why, and how fresh:
 * "Open by schedule — no reports in 3 days", "Closed — 2 travellers, 40 min ago".
 */
import type { Status } from "@/lib/status/types";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { postName, reasonHeadlineText, reasonRowText, reasonText, travellingByList } from "@/lib/i18n/reasons";
import { eligibilityKind, modesByNotice, noticeReplaced } from "@/lib/status/reason-message";
import { formatters } from "@/lib/format/time";

function freshness(status: Status, locale: Locale): string {
  const h = messagesFor(locale).crossing.headline;
  const f = formatters(locale);
  const newest = status.freshness.newestReportAt;
  if (!newest) return h.noReportsYet;
  const minutes = Math.max(0, Math.round((status.at.getTime() - newest.getTime()) / 60000));
  if (minutes < 60) return h.lastReport(f.ago(minutes * 60000));
  const hours = Math.round(minutes / 60);
  return h.noReportsIn(f.duration((hours < 48 ? hours : Math.round(hours / 24) * 24) * 3600_000));
}

/** With `planned`, for a time ahead: no "no reports in …" (reports say nothing about it). */
export function statusHeadline(status: Status, options: { planned?: boolean; locale?: Locale } = {}): string {
  const headline = decidedHeadline(status, options);
  if (options.planned) return headline;
  const warning = unconfirmedWarning(status, options.locale ?? "en");
  return warning ? `${headline}; ${warning}` : headline;
}

/**
 * Reports not counted yet that say another state than the one shown, in words — "but 1
 * traveller reported closed 10 min ago (not yet confirmed)" — or null. Never hidden below the
 * fold: the headline and the list's row carry it.
 */
export function unconfirmedWarning(status: Status, locale: Locale): string | null {
  let warning: { count: number; seen: "open" | "closed" | "restricted"; newestAgoMs: number } | null = null;
  for (const reason of status.reasons) {
    const message = reason.message;
    if (
      (message.key === "reportsAwaiting" || message.key === "reportsUnconfirmed") &&
      message.tally.seen !== status.state &&
      (!warning || message.tally.newestAgoMs < warning.newestAgoMs)
    )
      warning = message.tally;
  }
  if (!warning) return null;
  const t = messagesFor(locale);
  return t.crossing.headline.butUnconfirmed(warning.count, t.seen[warning.seen], formatters(locale).ago(warning.newestAgoMs));
}

function decidedHeadline(status: Status, { planned = false, locale = "en" }: { planned?: boolean; locale?: Locale }): string {
  const t = messagesFor(locale);
  const h = t.crossing.headline;
  const label = t.states[status.state];
  const firstReason = status.reasons[0] ? reasonHeadlineText(status.reasons[0].message, locale) : "";
  if (status.basis === "reports") {
    // How many reports decide it: the reports reason's own count (the status names only the
    // heaviest of them, lib/status/report-tally.ts).
    const decided = status.reasons.find((reason) => reason.message.key === "reports" || reason.message.key === "reportsConflict")?.message;
    const deciding =
      decided?.key === "reports" ? decided.tally.count : decided?.key === "reportsConflict" ? decided.tallies[0].count + decided.tallies[1].count : status.counted.length;
    const when = status.freshness.newestReportAt ? formatters(locale).ago(status.at.getTime() - status.freshness.newestReportAt.getTime()) : "";
    const who = h.travellers(deciding, when);
    if (status.conflicting) return h.reportsConflict(who);
    return status.state === "restricted" && status.counted[0]?.seen !== "restricted" ? `${label} — ${firstReason}` : `${label} — ${who}`;
  }
  if (status.basis === "notice") {
    // Notices that let some travellers through and shut others: who, in the headline itself
    // ("Restricted — open only by truck, closed on foot, by car (by notice)"), as on the list row.
    const who = status.state === "restricted" ? whoByNotice(status, locale) : null;
    const how = who ? h.byNoticeModes(who.open, who.closed, who.bySchedule) : h.byNotice;
    return planned ? `${label} — ${how}` : `${label} — ${how}; ${freshness(status, locale)}`;
  }
  if (status.state === "restricted") return `${label} — ${firstReason}`;
  if (status.basis === "none") return `${label} — ${firstReason || h.nothingKnown}`;
  // Unknown for this traveller although the hours are known (who may cross, or by which mode,
  // no source says): the reason, not "hours unknown".
  const first = status.reasons[0]?.message;
  if (status.state === "unknown" && first && eligibilityKind(first) === "uncertain") return `${label} — ${firstReason}`;
  // "Hours unknown" only when the first reason is a post's hours: above "the season is disputed"
  // or "whether it opens on the holiday is not known" it would contradict the reason (issue 19).
  if (status.state === "unknown" && first && first.key !== "sideHoursUnknown" && first.key !== "sourcesDisagree") return `${label} — ${firstReason}`;
  const bySchedule = status.state === "unknown" ? h.hoursUnknown : h.bySchedule(label);
  return planned ? bySchedule : `${bySchedule} — ${freshness(status, locale)}`;
}

/** Who the notices let through and who they shut, in words, when they do both ("by truck";
 * "on foot, by car"; the modes left to the schedule, or null when the notices decide for every
 * mode the crossing carries and "only" is true); null when they do not. */
function whoByNotice(status: Status, locale: Locale): { open: string; closed: string; bySchedule: string | null } | null {
  const { open, closed, bySchedule, complete } = modesByNotice(status.reasons);
  if (!open.length || !closed.length) return null;
  return {
    open: travellingByList(open, locale),
    closed: travellingByList(closed, locale),
    // Modes a notice restricts (rather than opens or closes) are said by that notice, below.
    bySchedule: complete ? null : bySchedule.length ? travellingByList(bySchedule, locale) : "",
  };
}

/** Every notice in force that still decides something, in words, closures first, each group
 * latest first. */
function noticeLines(status: Status, locale: Locale): string[] {
  return status.reasons
    .flatMap((reason) => (reason.message.key === "notice" && !noticeReplaced(reason.message) ? [reason.message] : []))
    .map((message, index) => ({ message, index }))
    .sort((a, b) => EFFECT_ORDER[a.message.effect] - EFFECT_ORDER[b.message.effect] || a.index - b.index)
    .map(({ message }) => reasonText(message, locale));
}

/** Whether the list row's line (rowWhy) names notices: it then gets two lines on a phone. */
export function rowNamesNotices(status: Status): boolean {
  const inForce = status.reasons.some((reason) => reason.message.key === "notice" && !noticeReplaced(reason.message));
  return inForce && (status.basis === "notice" || status.state === "restricted" || status.state === "unknown");
}

/** Closures first on the row: what shuts most travellers is what a reader must not miss. */
const EFFECT_ORDER = { closed: 0, restricted: 1, open: 2 } as const;

/** The posts whose hours are not known, in one line ("Aksai, Ilek: hours not known."). */
function hoursNotKnown(status: Status, locale: Locale): string {
  const posts = status.reasons.flatMap(({ message }) => (message.key === "sideHoursUnknown" ? [postName(message.post, message.postCountry, locale)] : []));
  const t = messagesFor(locale);
  return t.reasons.sideHoursUnknown([...new Set(posts)].join(t.listSeparator), "", "");
}

/**
 * The list row's line of why, one line on a phone (the crossing page says it in full): under a
 * notice that decides the answer, reasonLine's; else the notices in force that did not decide it
 * first (a closure for cars while a post's hours are not known, or where only two countries'
 * citizens may cross: a driver must not read the hours, or whose citizens, as the whole why),
 * then the posts whose hours are not known, or the first reason in short (reasonRowText).
 */
export function rowWhy(status: Status, locale: Locale): string {
  if (status.basis === "notice") return reasonLine(status, locale);
  const [first] = status.reasons;
  if (!first) return "";
  const notices = status.state === "unknown" || status.state === "restricted" ? noticeLines(status, locale) : [];
  return [...notices, first.message.key === "sideHoursUnknown" ? hoursNotKnown(status, locale) : reasonRowText(first.message, locale)].join(" ");
}

/**
 * Why, in one line (the list row when a notice decides, two lines at most on a phone: rowWhy;
 * the alert e-mail): the first reason, or, when notices decide, first who may pass and who may not
 * ("Open only by truck; closed on foot, by car (notices).", from the modes each notice decides
 * for), then every notice in force that still decides something, closures first, each group
 * latest first. Under a closure with trucks let through, "Trucks let through (truck only)"
 * alone would not tell a driver that cars are shut.
 */
export function reasonLine(status: Status, locale: Locale): string {
  const [first] = status.reasons;
  if (!first) return "";
  if (first.message.key !== "notice" || status.state !== "restricted") return reasonText(first.message, locale);
  const notices = noticeLines(status, locale);
  const who = whoByNotice(status, locale);
  const lead = who ? [messagesFor(locale).reasons.noticesByMode(who.open, who.closed, who.bySchedule)] : [];
  return [...lead, ...notices].join(" ");
}
