/**
 * Whether a crossing is passable at an instant by its published schedule alone: both sides
 * must be open (each in its own zone), within the season, and the crossing operating.
 * Notices and traveller reports are layered on top of this by the status engine.
 */
import type { CrossingBaseline, SourceRef } from "@/lib/baseline/schema";
import { formatDayTime } from "@/lib/format/time";
import { evaluateHours, sideScheduleAt, type ScheduleState, type SideScheduleState } from "@/lib/schedule/side-schedule";

export interface ScheduleReason {
  text: string;
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
      text: operation === "closed" ? "This crossing is out of operation." : "Whether this crossing operates at all is not known.",
      sources: baseline.operation.sources,
    });
    return { state: operation === "closed" ? "closed" : "unknown", sides, inSeason: season?.inSeason ?? null, reasons, nextChange: null };
  }

  if (season && !season.inSeason) {
    reasons.push({ text: `Out of season: ${season.season.value.description}.`, sources: season.season.sources });
    // Out of season the posts' daily hours change nothing: the season's start is what matters.
    return { state: season.season.value.outside, sides, inSeason: false, reasons, nextChange: season.nextChange };
  }

  baseline.sides.forEach((side, index) => {
    const evaluation = sides[index]!;
    const name = side.postName.value.en;
    if (evaluation.disagreement) {
      const byState = evaluation.claims.map((claim) => `${claim.state} per ${claim.sources.map((s) => s.source).join(", ")}`);
      reasons.push({ text: `Sources disagree about ${name} at this time (${byState.join("; ")}).`, sources: evaluation.claims.flatMap((c) => c.sources), side: index as 0 | 1 });
    } else if (evaluation.state !== "open") {
      const comment = evaluation.claims[0]!.comment;
      const until = evaluation.nextChange ? ` (next change ${formatDayTime(evaluation.nextChange, side.timeZone, instant)} local time)` : "";
      reasons.push({
        text: `${name}: ${evaluation.state === "closed" ? `closed by its published hours${until}` : `hours not known${until}`}${comment ? ` (${comment})` : ""}.`,
        sources: evaluation.claims[0]!.sources,
        side: index as 0 | 1,
      });
    }
  });

  const states = sides.map((side) => side.state);
  const state: ScheduleState = states.includes("closed") ? "closed" : states.includes("unknown") ? "unknown" : "open";
  if (state === "open") reasons.push({ text: "Both sides are open by their published hours.", sources: [...baseline.sides[0].hours.sources, ...baseline.sides[1].hours.sources] });
  return { state, sides, inSeason: season ? true : null, reasons, nextChange };
}
