/**
 * Compiling a crossing's schedule into stretches of constant answer (timeline.ts explains the
 * whole): each claim of each layer becomes a track of change points — opening_hours' own
 * iterator, which yields only real changes — and one sweep applies the layer rule (layers.ts)
 * between them. Budgeted per claim and day.
 */
import { holidayClosures, holidayOnDay, localDay } from "@/lib/holidays/closures";
import { parsedHours } from "@/lib/schedule/side-schedule";
import { fromWallClockDate, toWallClockDate, zonedWallTimeToInstant } from "@/lib/schedule/zoned-time";
import { decideSchedule, type BaseValue, type ClaimAt, type HolidayAt, type LayerAnswers, type ResolvedBaseline } from "@/lib/status/layers";

const DAY = 86400_000;
export const TIMELINE_BACK_MS = 14 * DAY;
export const TIMELINE_AHEAD_MS = 400 * DAY;
const EXTEND_MIN_MS = 120 * DAY;
/** How far from today a reader may ask (the planner's date, the status API's `at`). */
export const QUESTION_YEARS = 5;

/** The calendar years whose public holidays a question may read: the planner takes any date of
 * the years within QUESTION_YEARS of this one (the status API a narrower span), and a question's
 * timeline reaches TIMELINE_BACK_MS behind it and TIMELINE_AHEAD_MS plus an extension ahead, with
 * holiday windows a few days beyond; a date's holiday is looked up in its year and the year
 * before (a period that starts in December). The server computes them before readers ask (a
 * year of China's calendar is 20–60 ms of CPU). Nearest years first. */
export function askableYears(now: number): number[] {
  const year = new Date(now).getUTCFullYear();
  const margin = EXTEND_MIN_MS + 30 * DAY;
  const first = new Date(Date.UTC(year - QUESTION_YEARS, 0, 1) - TIMELINE_BACK_MS - margin).getUTCFullYear() - 1;
  const last = new Date(Date.UTC(year + QUESTION_YEARS + 1, 0, 1) + TIMELINE_AHEAD_MS + margin).getUTCFullYear();
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years.sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b);
}
/** opening_hours changes allowed per claim and day compiled: 16 ranges a day is 32 changes. */
export const STEPS_PER_CLAIM_DAY = 40;

/** A schedule too detailed to compile within the step budget: shown to the moderator who saved
 * it, and as "unknown" (never a stalled server) to readers. */
export class TimelineBudgetError extends Error {
  readonly code = "timeline_budget";
  constructor(
    readonly what: string,
    readonly steps: number,
  ) {
    super(`The schedule (${what}) has more than ${steps} changes in a day: simplify it.`);
    this.name = "TimelineBudgetError";
  }
}

// ---------------------------------------------------------------------------------------------
// Tracks: one layer claim's value over [from, to), as change points.

interface Track {
  initial: number;
  times: number[];
  values: number[];
}

/** Interns layer values as small integers, so a combination of them is a cheap string key. */
class Interner<V> {
  private ids = new Map<string, number>();
  readonly values: V[] = [];
  id(key: string, make: () => V): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(make());
      this.ids.set(key, id);
    }
    return id;
  }
}

function hoursTrack(hours: string, timeZone: string, from: number, to: number, claims: Interner<ClaimAt>, map: (at: ClaimAt) => ClaimAt = (at) => at): Track {
  const oh = parsedHours(hours);
  const iterator = oh.getIterator(toWallClockDate(new Date(from), timeZone));
  const read = () => {
    const at = map({ state: iterator.getUnknown() ? "unknown" : iterator.getState() ? "open" : "closed", comment: iterator.getComment() ?? null });
    return claims.id(`${at.state}|${at.comment ?? ""}`, () => at);
  };
  const track: Track = { initial: read(), times: [], values: [] };
  const wallTo = toWallClockDate(new Date(to), timeZone);
  // The budget is per day, so a value far beyond it fails on its first day, not after a year.
  let day = 0;
  let stepsToday = 0;
  while (iterator.advance(wallTo)) {
    const time = fromWallClockDate(iterator.getDate(), timeZone).getTime();
    const dayOfChange = Math.floor((time - from) / DAY);
    if (dayOfChange !== day) {
      day = dayOfChange;
      stepsToday = 0;
    }
    if (++stepsToday > STEPS_PER_CLAIM_DAY) throw new TimelineBudgetError(hours.length > 60 ? `${hours.slice(0, 57)}…` : hours, STEPS_PER_CLAIM_DAY);
    if (time >= to) break;
    const value = read();
    if (time <= from) track.initial = value;
    else if (value !== (track.values.at(-1) ?? track.initial)) {
      track.times.push(time);
      track.values.push(value);
    }
  }
  return track;
}

function constantTrack(value: number): Track {
  return { initial: value, times: [], values: [] };
}

/** Piecewise values from (possibly overlapping) windows; `valueAt` is asked at each edge. */
function windowTrack(edges: number[], from: number, to: number, valueAt: (time: number) => number): Track {
  const track: Track = { initial: valueAt(from), times: [], values: [] };
  for (const time of [...new Set(edges)].sort((a, b) => a - b)) {
    if (time <= from || time >= to) continue;
    const value = valueAt(time);
    if (value !== (track.values.at(-1) ?? track.initial)) {
      track.times.push(time);
      track.values.push(value);
    }
  }
  return track;
}

// ---------------------------------------------------------------------------------------------
// The schedule's timeline (no notices, no traveller): per baseline and standings.

export interface Segments<V> {
  starts: number[];
  values: V[];
}

export class BaseTimeline {
  from = 0;
  to = 0;
  starts: number[] = [];
  values: BaseValue[] = [];
  /** Bumped on every extension: overlays built on an older version are rebuilt. */
  version = 0;
  private claims = new Interner<ClaimAt>();
  private holidays = new Interner<string | null>();
  private closures = new Interner<HolidayAt>();
  private memo = new Map<string, BaseValue>();

  constructor(readonly resolved: ResolvedBaseline) {}

  ensure(from: number, to: number) {
    if (this.starts.length === 0) {
      this.set(this.compile(from, to));
      this.from = from;
      this.to = to;
      return;
    }
    if (from < this.from) {
      const start = Math.min(from, this.from - EXTEND_MIN_MS);
      this.set(join(this.compile(start, this.from), this));
      this.from = start;
    }
    if (to > this.to) {
      const end = Math.max(to, this.to + EXTEND_MIN_MS);
      this.set(join(this, this.compile(this.to, end)));
      this.to = end;
    }
  }

  /** What `ensure(from, to)` compiles to: [from, to) widened by at least EXTEND_MIN_MS on a side
   * it extends (so a question a little further on does not extend it again). */
  goal(from: number, to: number): [number, number] {
    if (this.starts.length === 0) return [from, to];
    return [from < this.from ? Math.min(from, this.from - EXTEND_MIN_MS) : from, to > this.to ? Math.max(to, this.to + EXTEND_MIN_MS) : to];
  }

  /**
   * One step of `ensure(from, to)`: compiles at most `maxSpanMs` of what is missing (behind
   * first, then ahead); true once [from, to) is compiled. For compiling a far stretch a slice
   * per turn of the event loop (timeline.ts prepareTimeline).
   */
  extendToward(from: number, to: number, maxSpanMs: number): boolean {
    if (this.starts.length === 0) {
      const end = Math.min(to, from + maxSpanMs);
      this.set(this.compile(from, end));
      this.from = from;
      this.to = end;
    } else if (from < this.from) {
      const start = Math.max(from, this.from - maxSpanMs);
      this.set(join(this.compile(start, this.from), this));
      this.from = start;
    } else if (to > this.to) {
      const end = Math.min(to, this.to + maxSpanMs);
      this.set(join(this, this.compile(this.to, end)));
      this.to = end;
    }
    return from >= this.from && to <= this.to;
  }

  private set(segments: Segments<BaseValue>) {
    this.starts = segments.starts;
    this.values = segments.values;
    this.version++;
  }

  private compile(from: number, to: number): Segments<BaseValue> {
    const { resolved } = this;
    const { baseline } = resolved;
    const zone0 = baseline.sides[0].timeZone;
    const outside =
      (value: "closed" | "unknown") =>
      (at: ClaimAt): ClaimAt =>
        at.state === "open" ? { state: "open", comment: null } : { state: value, comment: null };
    const open = this.claims.id("open|", () => ({ state: "open", comment: null }));
    const season = resolved.season?.map((claim) =>
      claim.value.range === null ? constantTrack(open) : hoursTrack(claim.value.range, zone0, from, to, this.claims, outside(claim.value.outside)),
    );
    const sideTracks = (index: 0 | 1) => {
      const { country, timeZone } = baseline.sides[index];
      const hours = resolved.hours[index].map((claim) => hoursTrack(claim.value, timeZone, from, to, this.claims));
      const firstDay = localDay(from, timeZone) - 1;
      const lastDay = localDay(to, timeZone) + 1;
      const midnights: number[] = [];
      for (let day = firstDay; day <= lastDay; day++) {
        if (holidayOnDay(country, day) !== holidayOnDay(country, day - 1)) {
          const date = new Date(day * DAY);
          midnights.push(
            zonedWallTimeToInstant({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: 0, minute: 0, second: 0 }, timeZone).getTime(),
          );
        }
      }
      const holiday = windowTrack(midnights, from, to, (time) => {
        const name = holidayOnDay(country, localDay(time, timeZone));
        return this.holidays.id(name ?? "", () => name);
      });
      const none = this.closures.id("|", () => ({ effect: null, holiday: null }));
      const closures = resolved.holidayPolicies[index]?.map((claim) => {
        const effect = claim.value.effect;
        if (effect === "open") return constantTrack(none);
        const windows = holidayClosures(country, timeZone, claim.value, firstDay - 10, lastDay + 10);
        return windowTrack(
          windows.flatMap((w) => [w.start, w.end]),
          from,
          to,
          (time) => {
            const inside = windows.find((w) => w.start <= time && time < w.end);
            return inside ? this.closures.id(`${effect}|${inside.holiday}`, () => ({ effect, holiday: inside.holiday })) : none;
          },
        );
      });
      return { hours, holiday, closures: closures ?? null };
    };
    const sides = [sideTracks(0), sideTracks(1)] as const;

    const tracks: Track[] = [
      ...(season ?? []),
      ...sides[0].hours,
      ...sides[1].hours,
      sides[0].holiday,
      sides[1].holiday,
      ...(sides[0].closures ?? []),
      ...(sides[1].closures ?? []),
    ];
    const seasonCount = season?.length ?? 0;
    const hoursCounts = [sides[0].hours.length, sides[1].hours.length];
    const closureCounts = [sides[0].closures?.length ?? -1, sides[1].closures?.length ?? -1];

    const times = new Float64Array(tracks.reduce((sum, track) => sum + track.times.length, 0));
    let filled = 0;
    for (const track of tracks) for (const time of track.times) times[filled++] = time;
    times.sort();

    const current = tracks.map((track) => track.initial);
    const pointers = tracks.map(() => 0);
    const valueNow = (): BaseValue => {
      const signature = current.join(",");
      let value = this.memo.get(signature);
      if (!value) {
        let k = 0;
        const take = (count: number) => current.slice(k, (k += count)).map((id) => this.claims.values[id]!);
        const seasonAnswers = season ? take(seasonCount) : null;
        const hours0 = take(hoursCounts[0]!);
        const hours1 = take(hoursCounts[1]!);
        const holiday0 = this.holidays.values[current[k++]!]!;
        const holiday1 = this.holidays.values[current[k++]!]!;
        const closuresOf = (count: number) => (count < 0 ? null : current.slice(k, (k += count)).map((id) => this.closures.values[id]!));
        const closures0 = closuresOf(closureCounts[0]!);
        const closures1 = closuresOf(closureCounts[1]!);
        const answers: LayerAnswers = { season: seasonAnswers, hours: [hours0, hours1], holiday: [holiday0, holiday1], closures: [closures0, closures1] };
        value = decideSchedule(this.resolved, answers);
        this.memo.set(signature, value);
      }
      return value;
    };

    const out: Segments<BaseValue> = { starts: [from], values: [valueNow()] };
    for (let i = 0; i < times.length; i++) {
      const time = times[i]!;
      if (i > 0 && times[i - 1] === time) continue;
      tracks.forEach((track, t) => {
        while (pointers[t]! < track.times.length && track.times[pointers[t]!]! <= time) current[t] = track.values[pointers[t]!++]!;
      });
      const value = valueNow();
      if (value.key !== out.values.at(-1)!.key) {
        out.starts.push(time);
        out.values.push(value);
      }
    }
    return out;
  }
}

export function join<V extends { key: string }>(earlier: Segments<V>, later: Segments<V>): Segments<V> {
  const merge = earlier.values.at(-1)!.key === later.values[0]!.key;
  return {
    starts: [...earlier.starts, ...(merge ? later.starts.slice(1) : later.starts)],
    values: [...earlier.values, ...(merge ? later.values.slice(1) : later.values)],
  };
}
