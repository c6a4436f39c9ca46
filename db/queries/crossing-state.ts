import "server-only";
/**
 * "A crossing's state at an instant for this traveller", with its inputs loaded: the notices
 * and reports around the instant and the sources' standings. Every page, the API, the alerts
 * and the exports ask here (or, for many crossings at once, pass the same inputs to
 * lib/status/crossing-state.ts), so the same question always gets the same answer.
 */
import { appCache, ALL } from "@/db/cache-bus";
import { listSourceStandings, type CrossingRecord } from "@/db/queries/crossings";
import { loadStatusInputs } from "@/db/queries/status";
import type { TravelMode } from "@/lib/baseline/schema";
import type { SourceStandings } from "@/lib/baseline/standing";
import { crossingState, type CrossingState } from "@/lib/status/crossing-state";
import type { NoticeInput } from "@/lib/status/types";

const STANDINGS_TTL_MS = 3600_000;

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
  const [inputs, standings] = await Promise.all([loadStatusInputs(record.id, instant, record.baseline.sides[0].timeZone), sourceStandingsNow()]);
  const state = crossingState({ baseline: record.baseline, instant, mode: options.mode, standings, ...inputs }, { planner: options.planner });
  return { ...state, notices: inputs.notices };
}
