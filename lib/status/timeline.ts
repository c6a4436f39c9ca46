/**
 * A crossing's compiled timeline: the ordered stretches of time over which the schedule and
 * notices give one constant answer, each with its reasons. Computed once per baseline (and
 * source standings), then per traveller mode and notice set, and kept in a small LRU; every
 * question about an instant — state, next change, next open window, the stretch reports count
 * in — is a binary search in it. Reports are applied on top at query time (evaluate.ts).
 *
 * How it is built: each claim of each layer (hours per side, season, holiday closures per side)
 * becomes a list of change points — opening_hours' own iterator, which yields only real
 * changes, so "unknown" over 00:00–24:00 has no edge at midnight — and one sweep over all
 * change points applies the layer rule (layers.ts) between them. Stretches with the same answer
 * and reasons merge: only real changes remain.
 *
 * The first compile covers 14 days back to 400 days ahead of the instant asked; a question
 * further out extends it (by at least 120 days at a time). Compiling has a step budget per claim
 * and day: a schedule beyond it raises TimelineBudgetError instead of holding the server.
 */
import type { CrossingBaseline, TravelMode } from "@/lib/baseline/schema";
import type { SourceStandings } from "@/lib/baseline/standing";
import { noticeConcerns, noticesInForce } from "@/lib/status/notices";
import { applyNotice, resolveBaseline, resolveEligibility, type BaseValue, type Eligibility, type ResolvedBaseline, type ScheduleValue } from "@/lib/status/layers";
import { modesByNotice } from "@/lib/status/reason-message";
import { BaseTimeline, TIMELINE_AHEAD_MS, TIMELINE_BACK_MS, TimelineBudgetError } from "@/lib/status/timeline-compile";
import type { NoticeInput, SideState, StatusState } from "@/lib/status/types";
import { contentHash as hash } from "@/lib/content-hash";

export { STEPS_PER_CLAIM_DAY, TIMELINE_AHEAD_MS, TIMELINE_BACK_MS, TimelineBudgetError } from "@/lib/status/timeline-compile";

// ---------------------------------------------------------------------------------------------
// The timeline a traveller sees: the schedule's, with notices and eligibility applied.

export class Timeline {
  starts: number[] = [];
  values: ScheduleValue[] = [];
  from = 0;
  to = 0;
  /** End of the stretch of equal `stateKey` each segment is in (reports do not carry over it). */
  private runStart: number[] = [];
  private runEnd: number[] = [];
  private sideRunEnd: [number[], number[]] = [[], []];
  private plannedRunEnd: number[] = [];
  /** Index of the first segment at or after i whose planned state is open / unknown (-1: none). */
  private nextOpenIndex: Int32Array = new Int32Array(0);
  private nextUnknownIndex: Int32Array = new Int32Array(0);
  private builtFor = -1;

  constructor(
    private readonly base: BaseTimeline,
    readonly notices: NoticeInput[],
    readonly mode: TravelMode | undefined,
    readonly eligibility: Eligibility,
  ) {}

  get resolved(): ResolvedBaseline {
    return this.base.resolved;
  }

  /** Makes sure [from, to) is compiled. */
  ensure(from: number, to: number): this {
    if (this.builtFor === this.base.version && from >= this.from && to <= this.to) return this;
    this.base.ensure(from, to);
    if (this.builtFor !== this.base.version) this.build();
    return this;
  }

  private build() {
    const base = this.base;
    const notices = this.notices.filter((notice) => noticeConcerns(notice, this.mode));
    const edges = [...new Set(notices.flatMap((n) => [n.startsAt.getTime(), ...(n.endsAt ? [n.endsAt.getTime()] : [])]))]
      .filter((time) => time > base.from && time < base.to)
      .sort((a, b) => a - b);
    const memo = new Map<BaseValue, Map<string, ScheduleValue>>();
    const apply = (value: BaseValue, inForce: NoticeInput[]) => {
      let byNotices = memo.get(value);
      if (!byNotices) memo.set(value, (byNotices = new Map()));
      const key = inForce.map((notice) => notice.id).join(",");
      let result = byNotices.get(key);
      if (!result) byNotices.set(key, (result = applyNotice(value, inForce, this.mode, this.eligibility, base.resolved.carriedModes)));
      return result;
    };
    const starts: number[] = [];
    const values: ScheduleValue[] = [];
    const push = (start: number, value: ScheduleValue) => {
      if (values.length && values.at(-1)!.key === value.key) return;
      starts.push(start);
      values.push(value);
    };
    let e = 0;
    let inForce = noticesInForce(notices, base.from, this.mode);
    for (let i = 0; i < base.starts.length; i++) {
      const start = base.starts[i]!;
      const end = base.starts[i + 1] ?? base.to;
      while (e < edges.length && edges[e]! <= start) inForce = noticesInForce(notices, edges[e++]!, this.mode);
      push(start, apply(base.values[i]!, inForce));
      while (e < edges.length && edges[e]! < end) {
        const edge = edges[e++]!;
        inForce = noticesInForce(notices, edge, this.mode);
        push(edge, apply(base.values[i]!, inForce));
      }
    }
    this.starts = starts;
    this.values = values;
    this.from = base.from;
    this.to = base.to;
    this.builtFor = base.version;

    const n = starts.length;
    this.runStart = new Array<number>(n);
    this.runEnd = new Array<number>(n);
    this.sideRunEnd = [new Array<number>(n), new Array<number>(n)];
    this.plannedRunEnd = new Array<number>(n);
    this.nextOpenIndex = new Int32Array(n);
    this.nextUnknownIndex = new Int32Array(n);
    for (let i = 0; i < n; i++) this.runStart[i] = i > 0 && values[i - 1]!.stateKey === values[i]!.stateKey ? this.runStart[i - 1]! : starts[i]!;
    let nextOpen = -1;
    let nextUnknown = -1;
    for (let i = n - 1; i >= 0; i--) {
      const value = values[i]!;
      const next = values[i + 1];
      const end = starts[i + 1] ?? this.to;
      this.runEnd[i] = next && next.stateKey === value.stateKey ? this.runEnd[i + 1]! : end;
      this.plannedRunEnd[i] = next && next.planned === value.planned ? this.plannedRunEnd[i + 1]! : end;
      for (const side of [0, 1] as const) this.sideRunEnd[side][i] = next && next.sides[side].state === value.sides[side].state ? this.sideRunEnd[side][i + 1]! : end;
      if (value.planned === "open") nextOpen = i;
      if (value.planned === "unknown") nextUnknown = i;
      this.nextOpenIndex[i] = nextOpen;
      this.nextUnknownIndex[i] = nextUnknown;
    }
  }

  /** The segment holding the instant (which must be compiled). */
  indexAt(time: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= time) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** A change at `end` counts only within `limit`; at the compiled edge nothing is known. */
  private within(end: number, limit: number): number | null {
    return end >= this.to || end > limit ? null : end;
  }

  /** The stretch (same state of the crossing, of each side, same notice) around the instant. */
  stretch(index: number): { start: number; end: number } {
    return { start: this.runStart[index]!, end: this.runEnd[index]! };
  }

  nextChange(index: number, limit: number): number | null {
    return this.within(this.runEnd[index]!, limit);
  }

  sideNextChange(index: number, side: 0 | 1, limit: number): number | null {
    return this.within(this.sideRunEnd[side][index]!, limit);
  }

  /** When the planned state (no reports, eligibility applied) first differs after the segment. */
  nextPlannedChange(index: number, limit: number): { at: number; state: StatusState } | null {
    const at = this.within(this.plannedRunEnd[index]!, limit);
    return at === null ? null : { at, state: this.values[this.indexAt(at)]!.planned };
  }

  /** From `time` on (within `limit`), the first stretch planned open, else the first that may be. */
  nextWindow(time: number, limit: number): { from: number; until: number | null; certainty: "open" | "unknown" } | null {
    const index = this.indexAt(time);
    for (const [certainty, table] of [
      ["open", this.nextOpenIndex],
      ["unknown", this.nextUnknownIndex],
    ] as const) {
      const found = table[index]!;
      if (found < 0) continue;
      const from = Math.max(time, this.starts[found]!);
      if (from > limit || from >= this.to) continue;
      return { from, until: this.within(this.plannedRunEnd[found]!, limit), certainty };
    }
    return null;
  }

  sideState(index: number, side: 0 | 1): SideState {
    return this.values[index]!.sides[side].state;
  }

  /** When a side is open (or may be) within [from, to): the side's own line of the timeline —
   * its hours, holidays, the season and operation — as whole stretches (no edge at midnight
   * inside an unknown stretch, none at a change that keeps the side's state). */
  sideIntervals(side: 0 | 1, from: number, to: number): SideInterval[] {
    const intervals: SideInterval[] = [];
    for (let i = this.indexAt(from); i < this.starts.length && this.starts[i]! < to; i++) {
      const value = this.values[i]!;
      const state = value.sides[side].state;
      // Closed for everyone the notices do not let through: open only for those they do (as
      // each post's line says, "closed …, except by truck (by notice)": status-panel.tsx).
      const onlyModes = state === "closed" ? letThrough(value) : null;
      if (state === "closed" && !onlyModes) continue;
      const start = Math.max(from, this.starts[i]!);
      const end = Math.min(to, this.starts[i + 1] ?? this.to);
      const reason = value.reasons.find((r, k) => value.reasonSides[k] === side && r.message.key === "sideHoursUnknown");
      const comment = reason && reason.message.key === "sideHoursUnknown" ? reason.message.comment : null;
      const last = intervals.at(-1);
      if (last && last.to.getTime() === start && last.unknown === (state === "unknown") && last.comment === comment && sameModes(last.onlyModes, onlyModes))
        last.to = new Date(end);
      else intervals.push({ from: new Date(start), to: new Date(end), unknown: state === "unknown", comment, onlyModes });
    }
    return intervals;
  }
}

/** The modes notices let through where they restrict the crossing (the modes a notice opens
 * for), or null. */
function letThrough(value: ScheduleValue): TravelMode[] | null {
  if (value.state !== "restricted" || value.basis !== "notice") return null;
  const open = modesByNotice(value.reasons).open;
  return open.length ? open : null;
}

function sameModes(a: readonly TravelMode[] | null, b: readonly TravelMode[] | null): boolean {
  return a === b || (a !== null && b !== null && a.join() === b.join());
}

export interface SideInterval {
  from: Date;
  to: Date;
  unknown: boolean;
  comment: string | null;
  /** Closed but for these modes of travel, which notices let through (null: open, or unknown, to every mode the hours are for). */
  onlyModes: readonly TravelMode[] | null;
}

// ---------------------------------------------------------------------------------------------
// The cache: a bounded LRU of schedule timelines, each with a bounded LRU of overlays.

class Lru<V> {
  private map = new Map<string, V>();
  /** The most recently used key: asked again (the common case), nothing moves. */
  private newest: string | undefined;
  constructor(private readonly size: number) {}
  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined && key !== this.newest) {
      this.map.delete(key);
      this.map.set(key, value);
      this.newest = key;
    }
    return value;
  }
  set(key: string, value: V) {
    this.map.delete(key);
    this.map.set(key, value);
    this.newest = key;
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
  }
  clear() {
    this.map.clear();
    this.newest = undefined;
  }
}

const contentKeys = new WeakMap<object, string>();
function contentKey(value: object): string {
  let key = contentKeys.get(value);
  if (key === undefined) {
    key = hash(JSON.stringify(value));
    contentKeys.set(value, key);
  }
  return key;
}

interface BaseEntry {
  base: BaseTimeline | null;
  error: TimelineBudgetError | null;
  overlays: Lru<Timeline>;
}

/** Room for every crossing (about 110) twice over: a baseline's new revision and the old one
 * (still asked for by a render in flight) both stay, and a growing region does not thrash it. */
const bases = new Lru<BaseEntry>(256);

/** What is compiled of this baseline's schedule (tests): its span, how many times it was
 * extended, and whether it failed the step budget. */
export function compiledSchedule(baseline: CrossingBaseline, standings: SourceStandings) {
  const entry = baseEntry(baseline, standings);
  return { from: entry.base!.from, to: entry.base!.to, version: entry.base!.version, failed: entry.error !== null };
}

/** Drops every compiled timeline (tests). */
export function clearTimelines() {
  bases.clear();
}

function baseEntry(baseline: CrossingBaseline, standings: SourceStandings): BaseEntry {
  const baseKey = `${contentKey(baseline)}|${contentKey(standings)}`;
  let entry = bases.get(baseKey);
  if (!entry) {
    entry = { base: new BaseTimeline(resolveBaseline(baseline, standings)), error: null, overlays: new Lru(16) };
    bases.set(baseKey, entry);
  }
  return entry;
}

/** How much of a schedule prepareTimeline compiles in one turn of the event loop: a month is
 * 1–4 ms of the busiest seeded schedules (a year, 20–45 ms). */
export const PREPARE_SLICE_MS = 30 * 86400_000;

/**
 * Compiles a crossing's schedule over [from, to) ahead of a question, a slice per turn of the
 * event loop, so the first question about a far instant (a planner date or `?at=` months from
 * any asked before) does not hold the server for the whole compile: 60–80 ms, garbage
 * collection included, measured one request at a time. The engine's own synchronous lookup
 * (timelineFor) then finds it compiled and only lays the notices over it. A schedule beyond the
 * step budget is left for timelineFor to report.
 */
export async function prepareTimeline(baseline: CrossingBaseline, standings: SourceStandings, from: number, to: number): Promise<void> {
  const entry = baseEntry(baseline, standings);
  // As far as the engine's own extension would go (at least 120 days), not just to `to`: "now"
  // moves every second, and a sliver per question would rebuild every overlay each time.
  const [goalFrom, goalTo] = entry.base!.goal(from, to);
  try {
    while (!entry.error && !entry.base!.extendToward(goalFrom, goalTo, PREPARE_SLICE_MS)) await new Promise((resolve) => setImmediate(resolve));
  } catch (error) {
    if (!(error instanceof TimelineBudgetError)) throw error;
    entry.error = error;
  }
}

/** The compiled timeline for this baseline, source standings, notices and traveller mode,
 * covering at least [from, to). Throws TimelineBudgetError for a schedule beyond the budget. */
export function timelineFor(baseline: CrossingBaseline, standings: SourceStandings, notices: NoticeInput[], mode: TravelMode | undefined, from: number, to: number): Timeline {
  const entry = baseEntry(baseline, standings);
  if (entry.error) throw entry.error;
  const noticeKey = notices.length
    ? hash(
        notices
          .map((n) => `${n.id}|${n.startsAt.getTime()}|${n.endsAt?.getTime() ?? ""}|${n.modes?.join(",") ?? ""}|${n.effect}|${n.text}|${n.postedAt.getTime()}`)
          .sort()
          .join("\n"),
      )
    : "";
  const overlayKey = `${mode ?? ""}|${noticeKey}`;
  let timeline = entry.overlays.get(overlayKey);
  if (!timeline) {
    timeline = new Timeline(
      entry.base!,
      [...notices].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      mode,
      resolveEligibility(entry.base!.resolved, mode),
    );
    entry.overlays.set(overlayKey, timeline);
  }
  try {
    return timeline.ensure(from, to);
  } catch (error) {
    if (error instanceof TimelineBudgetError) entry.error = error;
    throw error;
  }
}

/** Compiles a baseline's timeline once, as a check before saving it: null, or the budget error. */
export function timelineBudgetProblem(baseline: CrossingBaseline, around: Date): TimelineBudgetError | null {
  try {
    const base = new BaseTimeline(resolveBaseline(baseline, {}));
    base.ensure(around.getTime() - TIMELINE_BACK_MS, around.getTime() + TIMELINE_AHEAD_MS);
    return null;
  } catch (error) {
    if (error instanceof TimelineBudgetError) return error;
    throw error;
  }
}
