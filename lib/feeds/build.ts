/**
 * A crossing's (or a country's) news as Atom entries: new visible reports, notices, and the
 * state changes they caused (lib/feeds/state-changes.ts). Pure: the data comes from
 * db/queries/feeds.ts, the origin from the request.
 */
import type { CountryCode, CrossingBaseline } from "@/lib/baseline/schema";
import type { SourceStandings } from "@/lib/baseline/standing";
import { countryName } from "@/lib/countries";
import { modeLabels } from "@/lib/format/labels";
import { formatDayTime, formatDuration, zoneLabel } from "@/lib/format/time";
import { directionLabels } from "@/lib/reports/form-options";
import { tagLabels, type ReportTag } from "@/lib/reports/report-input";
import type { AtomEntry, AtomFeed } from "@/lib/feeds/atom";
import { stateChanges, stateChangeTitle, type KnownNotice, type KnownReport, type StateChange } from "@/lib/feeds/state-changes";
import { ATOM_TYPE, countryFeedPath, crossingFeedPath, feedIds } from "@/lib/feeds/urls";

export const FEED_WINDOW_DAYS = 30;
export const CROSSING_FEED_LIMIT = 50;
export const COUNTRY_FEED_LIMIT = 100;
const DAY_MS = 86400_000;

/** What a feed needs of a crossing: no author, no address, nothing hidden or withdrawn. */
export interface FeedCrossing {
  slug: string;
  baseline: CrossingBaseline;
  updatedAt: Date;
  /** Visible reports submitted or observed in the window (and the 12 hours before it). */
  reports: (KnownReport & { tags: string[]; notes: string | null })[];
  /** Notices not withdrawn that were posted in the window or in force during it. */
  notices: KnownNotice[];
  /** The sources' standings, so the feed's states are the page's. */
  standings?: SourceStandings;
}

export interface FeedContext {
  origin: string;
  now: Date;
}

/**
 * The first instant after `now` at which a feed of these crossings, built at `now`, would
 * show something new without any write: a notice starting or ending is an event (and maybe a
 * state change) at that instant. A cached feed must not be served past it. Null: none known.
 */
export function nextFeedChange(crossings: Pick<FeedCrossing, "notices">[], now: Date): Date | null {
  let next: number | null = null;
  for (const crossing of crossings) {
    for (const notice of crossing.notices) {
      for (const time of [notice.startsAt, notice.endsAt]) {
        const t = time?.getTime();
        if (t !== undefined && t > now.getTime() && (next === null || t < next)) next = t;
      }
    }
  }
  return next === null ? null : new Date(next);
}

export function feedWindowStart(now: Date): Date {
  return new Date(now.getTime() - FEED_WINDOW_DAYS * DAY_MS);
}

const basisPhrases: Record<StateChange["basis"], string> = {
  reports: "travellers' reports",
  notice: "a notice",
  schedule: "the published schedule",
  none: "nothing known",
};

const seenWords = { open: "Open", closed: "Closed", restricted: "Restricted" } as const;
const modePhrases: Record<string, string> = {
  pedestrian: "on foot",
  bicycle: "by bicycle",
  motorcycle: "by motorcycle",
  car: "by car",
  bus: "by bus",
  truck: "by truck",
  train: "by train",
};

function crossingUrl(origin: string, slug: string, fragment?: string): string {
  return `${origin}/crossings/${slug}${fragment ? `#${fragment}` : ""}`;
}

/** "Sat 22 Nov, 14:05 Bishkek (UTC+6)": always in the crossing's zone, with the zone. */
function localTime(instant: Date, timeZone: string): string {
  return `${formatDayTime(instant, timeZone)} ${zoneLabel(timeZone, instant)}`;
}

function httpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

function shorten(text: string, max: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** "Closed — Kyrgyzstan → Kazakhstan by car, waited 40 min" */
export function reportTitle(baseline: CrossingBaseline, report: FeedCrossing["reports"][number]): string {
  const [a, b] = baseline.sides.map((side) => countryName(side.country));
  const way = report.direction === "a-b" ? `${a} → ${b}` : `${b} → ${a}`;
  const mode = modePhrases[report.mode] ?? `by ${report.mode}`;
  const wait = report.waitMinutes === null ? "" : `, waited ${formatDuration(report.waitMinutes * 60_000)}`;
  return `${seenWords[report.seen]} — ${way} ${mode}${wait}`;
}

export function reportEntry(crossing: FeedCrossing, report: FeedCrossing["reports"][number], origin: string): AtomEntry {
  const { baseline } = crossing;
  // The time a traveller reads is the one on the clock where they were: the side they left.
  const zone = baseline.sides[report.direction === "a-b" ? 0 : 1].timeZone;
  const tags = report.tags.map((tag) => tagLabels[tag as ReportTag] ?? tag);
  const lines = [
    `${seenWords[report.seen]}, observed ${localTime(report.observedAt, zone)}.`,
    `Direction: ${directionLabels(baseline)[report.direction]}.`,
    `Travelling ${modePhrases[report.mode] ?? `by ${report.mode}`}${report.waitMinutes === null ? "" : `; waited ${formatDuration(report.waitMinutes * 60_000)}`}.`,
    ...(tags.length ? [`Tags: ${tags.join(", ")}.`] : []),
    ...(report.verified ? ["Verified by a moderator."] : []),
  ];
  return {
    id: feedIds.report(report.id),
    title: reportTitle(baseline, report),
    updated: report.submittedAt,
    // When it happened (never after it was submitted: phone clocks run a little ahead).
    published: report.observedAt < report.submittedAt ? report.observedAt : report.submittedAt,
    links: [{ rel: "alternate", type: "text/html", href: crossingUrl(origin, crossing.slug, `report-${report.id}`) }],
    categories: [{ term: "report", label: "Traveller report" }],
    content: report.notes?.trim() ? `${lines.join("\n")}\n\n${report.notes}` : lines.join("\n"),
  };
}

export function noticeEntry(crossing: FeedCrossing, notice: KnownNotice, origin: string): AtomEntry {
  const zone = crossing.baseline.sides[0].timeZone;
  const effect = { closed: "Closed", open: "Open", restricted: "Restricted" }[notice.effect];
  const until = notice.endsAt ? `until ${localTime(notice.endsAt, zone)}` : "until further notice";
  const modes = notice.modes?.length ? `${notice.modes.map((mode) => modeLabels[mode]?.toLowerCase() ?? mode).join(", ")} only` : "all traffic";
  const source = httpUrl(notice.sourceUrl);
  return {
    id: feedIds.notice(notice.id),
    title: `Notice: ${shorten(notice.text, 140)}`,
    updated: notice.createdAt,
    published: notice.createdAt,
    links: [
      { rel: "alternate", type: "text/html", href: crossingUrl(origin, crossing.slug) },
      ...(source ? [{ rel: "related" as const, href: source, title: notice.sourceTitle }] : []),
    ],
    categories: [{ term: "notice", label: "Notice" }],
    content: [
      `${effect} from ${localTime(notice.startsAt, zone)} ${until}; applies to ${modes}.`,
      `Source: ${notice.sourceTitle}${source ? ` (${source})` : ""}.`,
      "",
      notice.text,
    ].join("\n"),
  };
}

export function stateEntry(crossing: FeedCrossing, change: StateChange, origin: string): AtomEntry {
  const zone = crossing.baseline.sides[0].timeZone;
  const [first, ...rest] = change.reasons;
  return {
    id: feedIds.state(crossing.slug, change.at),
    title: stateChangeTitle(change),
    updated: change.at,
    published: change.at,
    links: [{ rel: "alternate", type: "text/html", href: crossingUrl(origin, crossing.slug) }],
    categories: [{ term: "state", label: "State change" }],
    content: [
      ...(first ? [first, ""] : []),
      `${crossing.baseline.name.en} went from ${change.previous} to ${change.state} at ${localTime(change.at, zone)}, decided by ${basisPhrases[change.basis]}.`,
      ...(rest.length ? ["", "Also:", ...rest.map((reason) => `- ${reason}`)] : []),
    ].join("\n"),
  };
}

function newestFirst(a: AtomEntry, b: AtomEntry): number {
  return b.updated.getTime() - a.updated.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * A crossing's reports and notices in the window, as entries (unsorted): at most the `limit`
 * newest (and any tied with the last of them), since a feed never shows more — building an
 * entry formats dates and text, and a busy month has thousands of reports.
 */
function newsEntries(crossing: FeedCrossing, { origin, now }: FeedContext, limit = Number.POSITIVE_INFINITY): AtomEntry[] {
  const from = feedWindowStart(now);
  const inWindow = (time: Date) => time >= from && time <= now;
  const reports = crossing.reports.filter((report) => !report.hidden && inWindow(report.submittedAt));
  const notices = crossing.notices.filter((notice) => inWindow(notice.createdAt));
  // An entry's `updated` is its report's submission or its notice's posting time.
  const times = [...reports.map((report) => report.submittedAt.getTime()), ...notices.map((notice) => notice.createdAt.getTime())];
  const floor = times.length > limit ? times.sort((a, b) => b - a)[limit - 1]! : Number.NEGATIVE_INFINITY;
  return [
    ...reports.filter((report) => report.submittedAt.getTime() >= floor).map((report) => reportEntry(crossing, report, origin)),
    ...notices.filter((notice) => notice.createdAt.getTime() >= floor).map((notice) => noticeEntry(crossing, notice, origin)),
  ];
}

/** A crossing's state changes after `since` (at most the window), as entries. */
function stateEntries(crossing: FeedCrossing, { origin, now }: FeedContext, since: Date | null): AtomEntry[] {
  const windowStart = feedWindowStart(now);
  const from = since && since > windowStart ? since : windowStart;
  return stateChanges({ baseline: crossing.baseline, reports: crossing.reports, notices: crossing.notices, from, to: now, standings: crossing.standings }).map((change) =>
    stateEntry(crossing, change, origin),
  );
}

/**
 * With `limit` entries newer than some time already, no state change before it can make the
 * feed: replaying the engine that far back is wasted. Returns that time (exclusive), or null.
 */
function limitCutoff(entries: AtomEntry[], limit: number): Date | null {
  if (entries.length < limit) return null;
  const nth = [...entries].sort(newestFirst)[limit - 1]!;
  return new Date(nth.updated.getTime() - 1);
}

/** Every entry of a crossing in the window, newest first (up to `limit`). */
export function crossingEntries(crossing: FeedCrossing, context: FeedContext, limit = Number.POSITIVE_INFINITY): AtomEntry[] {
  const news = newsEntries(crossing, context, limit);
  return [...news, ...stateEntries(crossing, context, limitCutoff(news, limit))].sort(newestFirst).slice(0, limit);
}

function newest(dates: Date[]): Date {
  return new Date(Math.max(0, ...dates.map((date) => date.getTime())));
}

/** A feed's `updated`: its newest entry's; with no entries, when its crossings last changed. */
function feedUpdated(entries: AtomEntry[], crossings: FeedCrossing[]): Date {
  return entries.length ? newest(entries.map((entry) => entry.updated)) : newest(crossings.map((crossing) => crossing.updatedAt));
}

const feedAuthor = [{ name: "Crossings contributors" }];
const rights = "CC BY 4.0";

export function crossingFeed(crossing: FeedCrossing, context: FeedContext): AtomFeed {
  const { origin } = context;
  const entries = crossingEntries(crossing, context, CROSSING_FEED_LIMIT);
  const name = crossing.baseline.name.en;
  const [a, b] = crossing.baseline.sides.map((side) => countryName(side.country));
  return {
    id: feedIds.crossingFeed(crossing.slug),
    title: `${name} border crossing — Crossings`,
    subtitle: `New traveller reports, notices and changes of state at ${name} (${a} – ${b}), from the last ${FEED_WINDOW_DAYS} days.`,
    updated: feedUpdated(entries, [crossing]),
    links: [
      { rel: "self", type: ATOM_TYPE, href: `${origin}${crossingFeedPath(crossing.slug)}` },
      { rel: "alternate", type: "text/html", href: crossingUrl(origin, crossing.slug) },
    ],
    authors: feedAuthor,
    rights,
    entries,
  };
}

/** Every crossing on a country's borders, one feed: titles name the crossing. */
export function countryFeed(country: CountryCode, crossings: FeedCrossing[], context: FeedContext): AtomFeed {
  const { origin } = context;
  const onBorder = crossings.filter((crossing) => crossing.baseline.sides.some((side) => side.country === country));
  const named = (crossing: FeedCrossing, entries: AtomEntry[]) => entries.map((entry) => ({ ...entry, title: `${crossing.baseline.name.en}: ${entry.title}` }));
  const news = onBorder.map((crossing) => named(crossing, newsEntries(crossing, context, COUNTRY_FEED_LIMIT)));
  const cutoff = limitCutoff(news.flat(), COUNTRY_FEED_LIMIT);
  const entries = [...news.flat(), ...onBorder.flatMap((crossing) => named(crossing, stateEntries(crossing, context, cutoff)))].sort(newestFirst).slice(0, COUNTRY_FEED_LIMIT);
  const name = countryName(country);
  return {
    id: feedIds.countryFeed(country),
    title: `${name} border crossings — Crossings`,
    subtitle: `New traveller reports, notices and changes of state at the land border crossings of ${name}, from the last ${FEED_WINDOW_DAYS} days.`,
    updated: feedUpdated(entries, onBorder),
    links: [
      { rel: "self", type: ATOM_TYPE, href: `${origin}${countryFeedPath(country)}` },
      { rel: "alternate", type: "text/html", href: `${origin}/?q=${encodeURIComponent(name)}` },
    ],
    authors: feedAuthor,
    rights,
    entries,
  };
}
