/**
 * One side's published hours at an instant, evaluated in that side's own time zone.
 * A fact may carry several claims (the value and its alternatives from other sources):
 * when they disagree at the instant, the answer is "unknown" and names the sources.
 */
import type { Side, SourceRef } from "@/lib/baseline/schema";
import { parseOpeningHours } from "@/lib/schedule/opening-hours";
import { fromWallClockDate, toWallClockDate } from "@/lib/schedule/zoned-time";

export type ScheduleState = "open" | "closed" | "unknown";

export interface ClaimState {
  hours: string;
  sources: SourceRef[];
  state: ScheduleState;
  comment: string | null;
  /** When this claim's state next changes (within a year), or null. */
  nextChange: Date | null;
}

export interface SideScheduleState {
  state: ScheduleState;
  /** The claims do not agree at this instant. */
  disagreement: boolean;
  claims: ClaimState[];
  /** Earliest change of any claim: the soonest this side's answer may differ. */
  nextChange: Date | null;
}

/** Parsed values, kept: a few hundred distinct strings at most (bounded by clearing). */
const parsedCache = new Map<string, ReturnType<typeof parseOpeningHours>>();
export function parsedHours(hours: string) {
  let value = parsedCache.get(hours);
  if (!value) {
    value = parseOpeningHours(hours);
    if (parsedCache.size > 1000) parsedCache.clear();
    parsedCache.set(hours, value);
  }
  return value;
}
const parsed = parsedHours;

const YEAR_MS = 366 * 24 * 3600 * 1000;

export function evaluateHours(hours: string, timeZone: string, instant: Date): Omit<ClaimState, "sources"> {
  const oh = parsed(hours);
  const wall = toWallClockDate(instant, timeZone);
  const unknown = oh.getUnknown(wall);
  const open = oh.getState(wall);
  const next = oh.getNextChange(wall, new Date(wall.getTime() + YEAR_MS));
  return {
    hours,
    state: unknown ? "unknown" : open ? "open" : "closed",
    comment: oh.getComment(wall) ?? null,
    nextChange: next ? fromWallClockDate(next, timeZone) : null,
  };
}

export function sideScheduleAt(side: Side, instant: Date): SideScheduleState {
  const claims = [side.hours, ...side.hours.alternatives].map((claim) => ({
    ...evaluateHours(claim.value, side.timeZone, instant),
    sources: claim.sources,
  }));
  const states = new Set(claims.map((claim) => claim.state));
  const disagreement = states.size > 1;
  const state: ScheduleState = disagreement ? "unknown" : claims[0]!.state;
  const changes = claims.map((claim) => claim.nextChange?.getTime()).filter((time): time is number => time !== undefined);
  return {
    state,
    disagreement,
    claims,
    nextChange: changes.length ? new Date(Math.min(...changes)) : null,
  };
}

export interface OpenInterval {
  from: Date;
  to: Date;
  unknown: boolean;
  comment: string | null;
}

/** The intervals in [from, to) when the hours say open (or unknown), as real instants. */
export function openIntervals(hours: string, timeZone: string, from: Date, to: Date): OpenInterval[] {
  const oh = parsed(hours);
  return oh.getOpenIntervals(toWallClockDate(from, timeZone), toWallClockDate(to, timeZone)).map(
    ([start, end, unknown, comment]) => ({
      from: fromWallClockDate(start, timeZone),
      to: fromWallClockDate(end, timeZone),
      unknown,
      comment: comment ?? null,
    }),
  );
}
