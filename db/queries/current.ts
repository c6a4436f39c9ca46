import "server-only";
/**
 * What the reading pages and the public API show "now", cached (db/cache-bus.ts):
 *
 * - a crossing's state now and its next scheduled change: kept at most STATUS_TTL_MS, never
 *   past the crossing's next scheduled change, and dropped when a report, vote, notice,
 *   moderation action or baseline edit touches the crossing (on every app instance);
 * - every crossing's state now (the list, the map, the exports): the same rules, the
 *   earliest next change of any crossing;
 * - the crossing records (baselines and sources), which change only by moderation, and the
 *   typical-wait profiles and observed hours (dropped too when a report arrives at the
 *   crossing): an hour at most.
 *
 * The price: a "40 min ago" may be up to STATUS_TTL_MS old. Writes never wait for it.
 */
import { appCache, ALL, crossingTag, LIST } from "@/db/cache-bus";
import { getCrossingRecord, listCrossingRecords, type CrossingDetailRecord, type CrossingRecord } from "@/db/queries/crossings";
import { loadWaitHistogram } from "@/db/queries/history";
import { observedHoursForSide } from "@/db/queries/observed-hours";
import type { ObservedHours } from "@/lib/history/observed-hours";
import { loadAllStatusInputs } from "@/db/queries/status";
import { crossingStateAt, sourceStandingsNow } from "@/db/queries/crossing-state";
import { crossingState } from "@/lib/status/crossing-state";
import { timelineRange } from "@/lib/status/evaluate";
import { prepareTimeline } from "@/lib/status/timeline";
import { isCrossingSlug, type TravelMode } from "@/lib/baseline/schema";
import { summarizeCrossing, type CrossingSummary } from "@/lib/crossings/summary";
import { nextStateChange, type OpenWindow, type StateChange } from "@/lib/status/next-window";
import type { PastWaitRow } from "@/lib/status/wait-estimate";
import { nextOpening } from "@/lib/crossings/row";
import { waitProfileFromHistogram, type WaitProfile } from "@/lib/history/wait-profile";
import { directionEnds, directions, type Direction, type NoticeInput, type Status } from "@/lib/status/types";

export const STATUS_TTL_MS = 30_000;
const RECORD_TTL_MS = 3600_000;

export interface CrossingNow {
  status: Status;
  /** When the schedule and notices next change the state, and to what. */
  change: StateChange | null;
  /** When it next opens by schedule and notices, if it is not open now. */
  nextOpen: OpenWindow | null;
  notices: NoticeInput[];
}

const earliest = (...dates: (Date | null | undefined)[]) => {
  const times = dates.filter((date): date is Date => date instanceof Date).map((date) => date.getTime());
  return times.length ? new Date(Math.min(...times)) : null;
};

/** The instant "now" is computed for, to the second. */
const currentInstant = () => new Date(Math.floor(Date.now() / 1000) * 1000);

export function crossingRecord(slug: string): Promise<CrossingDetailRecord | null> {
  // Not cached: junk slugs from the URL would push real crossings out of the cache.
  if (!isCrossingSlug(slug)) return Promise.resolve(null);
  // A slug that names no crossing is not kept either (an expiry in the past): a stream of
  // made-up slugs would otherwise push real entries out.
  return appCache().get(`record:${slug}`, { tags: [ALL], ttlMs: RECORD_TTL_MS, expiresAt: (record) => (record === null ? new Date(0) : null) }, () => getCrossingRecord(slug));
}

export function crossingRecords(): Promise<CrossingRecord[]> {
  return appCache().get("records", { tags: [ALL], ttlMs: RECORD_TTL_MS }, () => listCrossingRecords());
}

export function crossingNow(record: CrossingRecord): Promise<CrossingNow> {
  return appCache().get(
    `now:${record.id}:${record.baselineVersion}`,
    { tags: [ALL, crossingTag(record.id)], ttlMs: STATUS_TTL_MS, expiresAt: (value) => earliest(value.status.nextChange, value.change?.at) },
    () => crossingStateAt(record, currentInstant()),
  );
}

/** When a crossing that is not open now next opens (by schedule and notices), with its state. */
export async function nextOpenNow(record: CrossingRecord): Promise<OpenWindow | null> {
  return (await crossingNow(record)).nextOpen;
}

export interface AllCrossingsNow {
  records: CrossingRecord[];
  statuses: Map<number, Status>;
  /** When each crossing's state next changes by schedule and notices, and to what (the list's
   * "closes 18:00"). */
  changes: Map<number, StateChange | null>;
}

/** Every crossing's state now, by crossing id; for a traveller by `mode` when one is given (who
 * may cross by it, notices for it, reports about it weighing more, its waits). */
export function allCrossingsNow(mode?: TravelMode): Promise<AllCrossingsNow> {
  return appCache().get(
    mode ? `now:all:${mode}` : "now:all",
    {
      tags: [ALL, LIST],
      ttlMs: STATUS_TTL_MS,
      expiresAt: (value) => earliest(...[...value.statuses.values()].map((status) => status.nextChange), ...[...value.changes.values()].map((change) => change?.at)),
    },
    async () => {
      const instant = currentInstant();
      const [records, inputs, standings] = await Promise.all([crossingRecords(), loadAllStatusInputs(instant), sourceStandingsNow()]);
      const statuses = new Map<number, Status>();
      const changes = new Map<number, StateChange | null>();
      for (const [index, record] of records.entries()) {
        // A schedule not yet compiled this far (a new revision) is compiled a month per turn of
        // the event loop, and the crossings are answered sixteen per turn: the list's answers
        // never hold the server in one piece (lib/status/timeline.ts prepareTimeline).
        await prepareTimeline(record.baseline, standings, ...timelineRange(instant));
        if (index % 16 === 15) await new Promise((resolve) => setImmediate(resolve));
        const input = { baseline: record.baseline, instant, standings, mode, ...(inputs.get(record.id) ?? { notices: [], reports: [] }) };
        statuses.set(record.id, crossingState(input, { planner: false }).status);
        // The next change alone (not the planner's next open window): a lookup in the timeline
        // the state was just read from.
        changes.set(record.id, nextStateChange(input));
      }
      return { records, statuses, changes };
    },
  );
}

/**
 * The list: every crossing's state now and next change, and for each crossing closed now that
 * opens next by schedule, its past waits (the typical-wait profiles, cached an hour and shared
 * with the crossing page), so the list can say what the wait usually is when it opens.
 */
export async function crossingListNow(mode?: TravelMode): Promise<AllCrossingsNow & { openingHistory: Map<number, PastWaitRow[]> }> {
  const now = await allCrossingsNow(mode);
  const opening = now.records.filter((record) => nextOpening(now.statuses.get(record.id)!, now.changes.get(record.id) ?? null, []) !== null);
  const profiles = await Promise.all(opening.map((record) => waitProfiles(record)));
  const openingHistory = new Map(opening.map((record, index) => [record.id, directions.flatMap((direction) => profiles[index]![direction].histogram)]));
  return { ...now, openingHistory };
}

/** Typical wait by hour of the week, each direction in the zone it leaves from. */
export function waitProfiles(record: CrossingRecord): Promise<Record<Direction, WaitProfile>> {
  return appCache().get(`waits:${record.id}:${record.baselineVersion}`, { tags: [ALL, crossingTag(record.id)], ttlMs: RECORD_TTL_MS }, async () => {
    // The table kept up to date on write (db/queries/history.ts): a few hundred rows.
    const histogram = await loadWaitHistogram(record.id, new Date());
    const entries = directions.map(
      (direction) => [direction, waitProfileFromHistogram(histogram, direction, directionEnds(direction, record.baseline.sides).from.timeZone)] as const,
    );
    return Object.fromEntries(entries) as Record<Direction, WaitProfile>;
  });
}

/** What travellers found for each side whose hours are unknown (null for a side whose hours
 * are known, or whose reports show no clear pattern): one aggregate query per such side. */
export function observedHoursNow(record: CrossingRecord): Promise<[ObservedHours | null, ObservedHours | null]> {
  return appCache().get(`observed:${record.id}:${record.baselineVersion}`, { tags: [ALL, crossingTag(record.id)], ttlMs: RECORD_TTL_MS }, async () => {
    const now = new Date();
    return Promise.all([observedHoursForSide(record, 0, now), observedHoursForSide(record, 1, now)]);
  });
}

/** Every crossing's summary now (the map and the GeoJSON export), in English. */
export async function crossingSummariesNow(): Promise<CrossingSummary[]> {
  const { records, statuses } = await allCrossingsNow();
  return records.map((record) => {
    const status = statuses.get(record.id)!;
    return summarizeCrossing(record.baseline, status.at, undefined, status);
  });
}
