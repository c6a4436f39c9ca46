import "server-only";
/**
 * The crossing page's one read: everything `app/crossings/[slug]/page.tsx` shows, as a plain
 * typed object. The sections under `app/crossings/[slug]/sections/` only draw it.
 *
 * After the record (cached, and an unknown slug stops there), every load starts in one round:
 * those that need the reader start as soon as the session is read, the planned state as soon
 * as the query is parsed, and the sources cited beyond the baseline as soon as both states are
 * known — none waits for a load it does not use.
 */
import { cookies } from "next/headers";
import { getSourcesByKeys } from "@/db/queries/crossings";
import { crossingNow, crossingRecord, observedHoursNow, waitProfiles, type CrossingNow } from "@/db/queries/current";
import { crossingStateAt, sourceStandingsNow, type CrossingStateAt } from "@/db/queries/crossing-state";
import { listVisibleReports, ownReportKey, type PublicReport } from "@/db/queries/reports";
import { listModeratorTimeline, type ModeratedReport } from "@/db/queries/moderator-timeline";
import { listSubscriptions } from "@/db/queries/alerts";
import { listActiveNotices } from "@/db/queries/moderation";
import { currentUser, type SessionUser } from "@/server/auth/session";
import { isModerator } from "@/lib/auth/user";
import { getLocale } from "@/server/i18n";
import type { CrossingDetailRecord } from "@/db/queries/crossings";
import type { Source } from "@/lib/baseline/schema";
import type { SourceStandings } from "@/lib/baseline/standing";
import type { ObservedHours } from "@/lib/history/observed-hours";
import type { WaitProfile } from "@/lib/history/wait-profile";
import type { Direction, Status } from "@/lib/status/types";
import { resolveReaderZone } from "@/lib/format/reader-zone";
import { decodeCursor, encodeCursor } from "@/lib/reports/cursor";
import { parsePlannerQuery, type PlannerResult } from "@/lib/status/planner-query";

export type PageQuery = Record<string, string | string[] | undefined>;
export type ActiveNotice = Awaited<ReturnType<typeof listActiveNotices>>[number];
export type AlertSubscription = Awaited<ReturnType<typeof listSubscriptions>>[number];

/** What a form's redirect said, read from the query string (strings only: `?flag[]=…` is nothing). */
export interface PageOutcomes {
  noticePosted: boolean;
  /** How the state now treats the report just stored (reportedOutcome), or null. */
  reported: "counted" | "pending" | "stored" | null;
  held: boolean;
  alert: string | null;
  flag: string | null;
  feedback: string | null;
}

/** A report on the timeline: moderators get hidden ones too, each saying so. */
export type TimelineReport = PublicReport | ModeratedReport;

export interface CrossingPage {
  slug: string;
  record: CrossingDetailRecord;
  /** The instant the page is drawn for: notices still in force, the report form's limits. */
  now: Date;
  viewer: SessionUser | null;
  moderator: boolean;
  /** "Your time": the zone from `?tz=`, else the browser's cookie, else UTC. */
  readerZone: { zone: string; explicit: boolean };
  stateNow: CrossingNow;
  planner: PlannerResult;
  /** The state at the planned arrival, when the planner's query is valid. */
  planned: CrossingStateAt | null;
  notices: ActiveNotice[];
  timeline: {
    reports: TimelineReport[];
    nextCursor: string | null;
    /** The page of the timeline shown (its cursor), so a moderator's form comes back to it. */
    before: string | null;
    /** For moderators only (null for everyone else, whose page gets no moderation forms): what the
     * moderation API said after a form on the timeline (`?done=<action id>` or `?error=…`). */
    moderation: { done: string | null; error: string | null } | null;
  };
  waits: Record<Direction, WaitProfile>;
  standings: SourceStandings;
  observed: [ObservedHours | null, ObservedHours | null];
  /** The viewer's alerts at this crossing (none when signed out). */
  alerts: AlertSubscription[];
  /** After the form's redirect: the key of the report just stored, if it is the viewer's, so the
   * copy their device kept before sending it is dropped (app/_components/report-form.tsx). */
  answeredKey: string | undefined;
  /** The baseline's sources, then those only the states' reasons cite (public-holiday lists);
   * `sourceNumbers` gives each its number on the page. */
  sources: Source[];
  sourceNumbers: Map<string, number>;
  outcomes: PageOutcomes;
}

const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : null);

/** The sources the states' reasons cite that the baseline does not, in order of first mention. */
function sourcesBeyond(record: CrossingDetailRecord, statuses: (Status | null)[]): Promise<Source[]> {
  const cited = new Set(record.sources.map((source) => source.key));
  const keys = new Set(
    statuses
      .flatMap((status) => status?.reasons ?? [])
      .flatMap((reason) => reason.sources ?? [])
      .map((ref) => ref.source),
  );
  return getSourcesByKeys([...keys].filter((key) => !cited.has(key)));
}

/** How the state now treats the report just stored: counted, shown as not yet confirmed (a new
 * account's, or one voice against the schedule), or neither (outside the state's window). The
 * thanks must not say "the state above includes it" when the state says it does not. */
function reportedOutcome(status: Status, id: string): "counted" | "pending" | "stored" {
  for (const reason of status.reasons) {
    if (!reason.reportIds?.includes(id)) continue;
    return reason.message.key === "reportsUnconfirmed" || reason.message.key === "reportsAwaiting" ? "pending" : "counted";
  }
  return status.counted.some((entry) => entry.id === id) ? "counted" : "stored";
}

/** Everything the crossing page shows; null when no crossing has this slug. */
export async function crossingPage(slug: string, query: PageQuery): Promise<CrossingPage | null> {
  const record = await crossingRecord(slug);
  if (!record) return null;
  const now = new Date();
  const home = record.baseline.sides[0].timeZone;
  const justStored = text(query.reported) ?? text(query.held);
  const before = decodeCursor(query.before);

  const viewer = currentUser();
  // The locale only words the planner's errors; the instant and mode do not depend on it.
  const planner = getLocale().then((locale) => parsePlannerQuery(query, home, locale, now));
  // The state now and the wait profiles are cached (db/queries/current.ts); a planned arrival
  // is worked out for the time asked.
  const stateNow = crossingNow(record);
  const planned = planner.then((asked) => (asked.kind === "ok" ? crossingStateAt(record, asked.instant, { mode: asked.mode }) : null));
  const [user, plannerResult, nowState, plannedState, notices, timeline, waits, standings, observed, alerts, answeredKey, extraSources, cookieStore] = await Promise.all([
    viewer,
    planner,
    stateNow,
    planned,
    listActiveNotices(record.id, now),
    // Moderators see the hidden reports too, to restore them where they were hidden.
    viewer.then((who) =>
      who && isModerator(who)
        ? listModeratorTimeline(record.id, { limit: 10, before: before ?? undefined, viewerId: who.id })
        : listVisibleReports(record.id, { limit: 10, before: before ?? undefined, viewerId: who?.id ?? null }),
    ),
    waitProfiles(record),
    sourceStandingsNow(),
    observedHoursNow(record),
    viewer.then((who) => (who ? listSubscriptions(who.id, record.id) : [])),
    viewer.then((who) => (who && justStored ? ownReportKey(who.id, justStored).then((key) => key ?? undefined) : undefined)),
    Promise.all([stateNow, planned]).then(([current, atArrival]) => sourcesBeyond(record, [current.status, atArrival?.status ?? null])),
    cookies(),
  ]);
  const sources = [...record.sources, ...extraSources];
  const moderator = isModerator(user);
  return {
    slug,
    record,
    now,
    viewer: user,
    moderator,
    readerZone: resolveReaderZone(text(query.tz) ?? undefined, cookieStore.get("tz")?.value),
    stateNow: nowState,
    planner: plannerResult,
    planned: plannedState,
    notices,
    timeline: {
      reports: timeline.reports,
      nextCursor: timeline.next ? encodeCursor(timeline.next) : null,
      before: before ? encodeCursor(before) : null,
      moderation: moderator ? { done: text(query.done), error: text(query.error) } : null,
    },
    waits,
    standings,
    observed,
    alerts,
    answeredKey,
    sources,
    sourceNumbers: new Map(sources.map((source, index) => [source.key, index + 1])),
    outcomes: {
      noticePosted: query.notice === "posted",
      reported: justStored && typeof query.reported === "string" ? reportedOutcome(nowState.status, justStored) : null,
      held: typeof query.held === "string",
      alert: text(query.alert),
      flag: text(query.flag),
      feedback: text(query.feedback),
    },
  };
}
