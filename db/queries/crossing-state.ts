import "server-only";
/**
 * "A crossing's state at an instant for this traveller", with its inputs loaded: the notices
 * and reports around the instant and the sources' standings. Every page, the API, the alerts
 * and the exports ask here (or, for many crossings at once, pass the same inputs to
 * lib/status/crossing-state.ts), so the same question always gets the same answer.
 */
import { appCache, ALL, crossingTag } from "@/db/cache-bus";
import { listSourceStandings, type CrossingRecord } from "@/db/queries/crossings";
import { loadStatusInputs, type StatusInputsMemo } from "@/db/queries/status";
import type { TravelMode } from "@/lib/baseline/schema";
import type { SourceStandings } from "@/lib/baseline/standing";
import { crossingState, type CrossingState } from "@/lib/status/crossing-state";
import { timelineRange } from "@/lib/status/evaluate";
import { prepareTimeline } from "@/lib/status/timeline";
import type { NoticeInput } from "@/lib/status/types";

const STANDINGS_TTL_MS = 3600_000;
/** A crossing's kept inputs (notices, newest report, wait history by hour of the week) live at
 * most this long; any write at the crossing, and any notice or moderation, drops them at once. */
const INPUTS_TTL_MS = 600_000;

/** Keeps a crossing's inputs in the app cache, tagged with the crossing: a distinct instant
 * then costs at most one query (its reports), and none once it is past the newest report by
 * more than the report window (most of a planner's future). */
function inputsMemo(crossingId: number): StatusInputsMemo {
  return { get: (key, load) => appCache().get(`inputs:${crossingId}:${key}`, { tags: [ALL, crossingTag(crossingId)], ttlMs: INPUTS_TTL_MS }, load) };
}

/** The sources' standings: they change only with the seed (a deploy), so kept an hour. */
export function sourceStandingsNow(): Promise<SourceStandings> {
  return appCache().get("standings", { tags: [ALL], ttlMs: STANDINGS_TTL_MS }, () => listSourceStandings());
}

export interface CrossingStateAt extends CrossingState {
  /** The notices the answer took into account (the page lists them). */
  notices: NoticeInput[];
}

export async function crossingStateAt(
  record: Pick<CrossingRecord, "id" | "baseline">,
  instant: Date,
  options: { mode?: TravelMode; planner?: boolean } = {},
): Promise<CrossingStateAt> {
  const [inputs, standings] = await Promise.all([loadStatusInputs(record.id, instant, record.baseline, undefined, inputsMemo(record.id)), sourceStandingsNow()]);
  // A far instant's stretch of the schedule, compiled a month per turn of the event loop rather
  // than inside the engine's one synchronous call (its year ahead covers the planner's too).
  await prepareTimeline(record.baseline, standings, ...timelineRange(instant));
  const state = crossingState({ baseline: record.baseline, instant, mode: options.mode, standings, ...inputs }, { planner: options.planner });
  return { ...state, notices: inputs.notices };
}
