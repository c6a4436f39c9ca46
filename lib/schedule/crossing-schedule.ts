/**
 * Whether a crossing is passable at an instant by its published schedule alone: both sides
 * must be open (each in its own zone), within the season, and the crossing operating.
 * Notices and traveller reports are layered on top of this by the status engine.
 */
import type { CrossingBaseline, SourceRef } from "@/lib/baseline/schema";
import type { ReasonMessage } from "@/lib/status/reason-message";
import { evaluateHours, sideScheduleAt, type ScheduleState, type SideScheduleState } from "@/lib/schedule/side-schedule";

export interface ScheduleReason {
  message: ReasonMessage;
  sources: SourceRef[];
  /** The side this reason is about, when it is about one side. */
  side?: 0 | 1;
}

export interface CrossingScheduleState {
  state: ScheduleState;
  sides: [SideScheduleState, SideScheduleState];
  inSeason: boolean | null;
  reasons: ScheduleReason[];
  /** The earliest instant at which any input of this answer changes, or null. */
  nextChange: Date | null;
}

function earliest(...dates: (Date | null)[]): Date | null {
  const times = dates.filter((date): date is Date => date !== null).map((date) => date.getTime());
  return times.length ? new Date(Math.min(...times)) : null;
}

function seasonAt(baseline: CrossingBaseline, instant: Date) {
  const season = baseline.season;
  if (!season?.value.range) return null;
  // The season is read in the first side's zone; a day's difference at the edge of a
  // season is within what seasonal sources can promise anyway.
  const evaluation = evaluateHours(season.value.range, baseline.sides[0].timeZone, instant);
  return { inSeason: evaluation.state === "open", nextChange: evaluation.nextChange, season };
}

export function crossingScheduleAt(baseline: CrossingBaseline, instant: Date): CrossingScheduleState {
  const sides: [SideScheduleState, SideScheduleState] = [
    sideScheduleAt(baseline.sides[0], instant),
    sideScheduleAt(baseline.sides[1], instant),
  ];
  const reasons: ScheduleReason[] = [];
  const season = seasonAt(baseline, instant);
  const nextChange = earliest(sides[0].nextChange, sides[1].nextChange, season?.nextChange ?? null);

  const operation = baseline.operation.value;
  if (operation !== "operating") {
    reasons.push({
      message: { key: operation === "closed" ? "outOfOperation" : "operationUnknown" },
      sources: baseline.operation.sources,
    });
    return { state: operation === "closed" ? "closed" : "unknown", sides, inSeason: season?.inSeason ?? null, reasons, nextChange: null };
  }

  if (season && !season.inSeason) {
    reasons.push({ message: { key: "outOfSeason", description: season.season.value.description }, sources: season.season.sources });
    // Out of season the posts' daily hours change nothing: the season's start is what matters.
    return { state: season.season.value.outside, sides, inSeason: false, reasons, nextChange: season.nextChange };
  }

  baseline.sides.forEach((side, index) => {
    const evaluation = sides[index]!;
    const post = side.postName.value;
    if (evaluation.disagreement) {
      const claims = evaluation.claims.map((claim) => ({ state: claim.state, sources: claim.sources.map((s) => s.source) }));
      reasons.push({ message: { key: "sourcesDisagree", post, claims }, sources: evaluation.claims.flatMap((c) => c.sources), side: index as 0 | 1 });
    } else if (evaluation.state !== "open") {
      reasons.push({
        message: {
          key: evaluation.state === "closed" ? "sideClosed" : "sideHoursUnknown",
          post,
          nextChange: evaluation.nextChange,
          timeZone: side.timeZone,
          at: instant,
          comment: evaluation.claims[0]!.comment,
        },
        sources: evaluation.claims[0]!.sources,
        side: index as 0 | 1,
      });
    }
  });

  const states = sides.map((side) => side.state);
  const state: ScheduleState = states.includes("closed") ? "closed" : states.includes("unknown") ? "unknown" : "open";
  if (state === "open") reasons.push({ message: { key: "bothOpen" }, sources: [...baseline.sides[0].hours.sources, ...baseline.sides[1].hours.sources] });
  return { state, sides, inSeason: season ? true : null, reasons, nextChange };
}
