/**
 * The simulator's world (docs/trust.md, "The simulator"): ground truth per minute for a few
 * crossings, the honest travellers' reports and the adversaries'. Pure and deterministic: every
 * number comes from a seeded stream (random.ts), every time from the configured start.
 */
import type { CrossingBaseline } from "@/lib/baseline/schema";
import type { SourceStandings } from "@/lib/baseline/standing";
import { evaluateStatus } from "@/lib/status/evaluate";
import { emptyRecord, standingOf, voteWeight, type ReporterRecord } from "@/lib/trust/standing";
import { chance, exponential, integer, poisson, stream, uniform, type Random } from "@/lib/trust/simulate/random";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

/** States as small numbers, per minute and per sample. */
export const OPEN = 0;
export const CLOSED = 1;
/** Unknown, restricted or conflicting: never the truth of a scored minute. */
export const OTHER = 2;
export type Code = typeof OPEN | typeof CLOSED | typeof OTHER;

export const model = {
  /** Unannounced closures during scheduled-open time, per crossing and week (Poisson mean). */
  closuresPerWeek: 2,
  closureMinutes: [60, 480],
  /** Unannounced reopenings (or extensions) during scheduled-closed time. */
  reopeningsPerWeek: 1,
  reopeningMinutes: [60, 180],
  /** Honest reports an hour while the truth is open or the schedule says open; otherwise. */
  busyRate: 2,
  quietRate: 0.2,
  /** Share of honest reports from accounts under 7 days old (one fresh account per report). */
  newShare: 0.4,
  /** Established accounts, shared by all crossings. */
  establishedAccounts: 200,
  /** Established accounts sharing their address with the one before (a family, a hotel). */
  sharedAddressShare: 0.1,
  /** New accounts on an established account's address. */
  newOnSharedAddressShare: 0.1,
  wrongButton: 0.05,
  late: 0.1,
  lateMinutes: [30, 120],
  wrongTime: 0.1,
  wrongTimeMinutes: [10, 30],
  /** Adversarial actions per crossing and week, at random instants while the truth is open. */
  attacksPerWeek: 4,
  burstAccounts: 20,
  /** Votes need an account this old (server/services/reports.ts, VOTE_MIN_ACCOUNT_AGE_HOURS). */
  voteMinAgeMs: DAY,
} as const;

export interface SimConfig {
  seed: number;
  start: Date;
  weeks: number;
  crossings: readonly string[];
}

export const DEFAULT_CONFIG: SimConfig = {
  seed: 18,
  // A Monday; the seeded schedules are certain on these crossings all week (no notices).
  start: new Date("2026-06-01T00:00:00Z"),
  weeks: 4,
  crossings: ["korday-ak-zhol", "oybek-fotehobod", "kaplanbek-navoi"],
};

export interface TruthEvent {
  kind: "closure" | "reopening";
  /** Epoch ms, on whole minutes; `end` exclusive. */
  start: number;
  end: number;
}

export interface CrossingWorld {
  slug: string;
  baseline: CrossingBaseline;
  start: number;
  minutes: number;
  /** The schedule's state per minute (the engine with no reports). */
  schedule: Uint8Array;
  /** What a traveller would find, per minute. */
  truth: Uint8Array;
  events: TruthEvent[];
}

/** A state as the simulator scores it. */
export const code = (state: string): Code => (state === "open" ? OPEN : state === "closed" ? CLOSED : OTHER);

/** The engine's state with no reports, per minute from `start`, stepping by its nextChange. */
export function scheduleOf(baseline: CrossingBaseline, standings: SourceStandings, start: number, minutes: number): Uint8Array {
  const schedule = new Uint8Array(minutes);
  for (let m = 0; m < minutes;) {
    const status = evaluateStatus({ baseline, notices: [], reports: [], instant: new Date(start + m * MINUTE), standings });
    const next = status.nextChange ? Math.ceil((status.nextChange.getTime() - start) / MINUTE) : minutes;
    const until = Math.min(minutes, Math.max(m + 1, next));
    schedule.fill(code(status.state), m, until);
    m = until;
  }
  return schedule;
}

/**
 * Unannounced events: per week, Poisson(closuresPerWeek) closures starting at a random minute
 * of scheduled-open time, 1–8 h, cut short where the schedule closes anyway; Poisson
 * (reopeningsPerWeek) reopenings in scheduled-closed time, 1–3 h, cut where the schedule opens.
 * Events keep an hour apart; a start that does not fit is drawn again (at most 200 times).
 */
export function eventsOf(schedule: Uint8Array, start: number, random: Random): TruthEvent[] {
  const minutes = schedule.length;
  const events: { kind: TruthEvent["kind"]; from: number; to: number }[] = [];
  const weekMinutes = WEEK / MINUTE;
  const place = (kind: TruthEvent["kind"], week: number, needs: Code, [shortest, longest]: readonly number[]) => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const from = week * weekMinutes + Math.floor(random() * weekMinutes);
      const length = integer(random, shortest!, longest!);
      if (from >= minutes || schedule[from] !== needs) continue;
      let to = from;
      while (to < minutes && to < from + length && schedule[to] === needs) to++;
      if (events.some((e) => from < e.to + 60 && e.from < to + 60)) continue;
      events.push({ kind, from, to });
      return;
    }
  };
  for (let week = 0; week * weekMinutes < minutes; week++) {
    const closures = poisson(random, model.closuresPerWeek);
    const reopenings = poisson(random, model.reopeningsPerWeek);
    for (let i = 0; i < closures; i++) place("closure", week, OPEN, model.closureMinutes);
    for (let i = 0; i < reopenings; i++) place("reopening", week, CLOSED, model.reopeningMinutes);
  }
  return events.sort((a, b) => a.from - b.from).map((e) => ({ kind: e.kind, start: start + e.from * MINUTE, end: start + e.to * MINUTE }));
}

export function truthOf(schedule: Uint8Array, start: number, events: readonly TruthEvent[]): Uint8Array {
  const truth = schedule.slice();
  for (const event of events) truth.fill(event.kind === "closure" ? CLOSED : OPEN, (event.start - start) / MINUTE, (event.end - start) / MINUTE);
  return truth;
}

export function worldOf(config: SimConfig, slug: string, baseline: CrossingBaseline, standings: SourceStandings): CrossingWorld {
  const start = config.start.getTime();
  const minutes = config.weeks * (WEEK / MINUTE);
  const schedule = scheduleOf(baseline, standings, start, minutes);
  const events = eventsOf(schedule, start, stream(config.seed, slug, "events"));
  return { slug, baseline, start, minutes, schedule, truth: truthOf(schedule, start, events), events };
}

// ——— Reports ———

export interface Vote {
  at: number;
  weight: number;
  kind: "confirm" | "dispute";
}

export interface SimReport {
  id: string;
  author: string;
  address: string;
  /** The author's standing when reporting (records do not change during a run). */
  score: number;
  /** The author alone cannot decide (new or doubted), before one-voice-per-address. */
  unconfirmed: boolean;
  /** What the report says it saw, when it says it saw it, and when it reached the server. */
  seen: "open" | "closed";
  observedAt: number;
  /** When the traveller was really there (an honest report's observedAt may be off by a wrong
   * time; an adversary's is the instant it claims). Only the simulator knows it. */
  happenedAt: number;
  submittedAt: number;
  direction: "a-b" | "b-a";
  honest: boolean;
  votes: Vote[];
}

interface Account {
  id: string;
  address: string;
  record: ReporterRecord;
}

/** Established honest accounts (7–700 days old at the start, 0–20 corroborated reports), shared by all crossings. */
export function honestPool(seed: number): Account[] {
  const random = stream(seed, "pool");
  const accounts: Account[] = [];
  for (let i = 0; i < model.establishedAccounts; i++) {
    const corroborated = integer(random, 0, 20);
    const record: ReporterRecord = {
      ...emptyRecord(uniform(random, 7, 700) * DAY),
      reports: corroborated + integer(random, 0, 5),
      corroborated,
      disputed: chance(random, 0.1) ? 1 : 0,
    };
    const shares = i > 0 && chance(random, model.sharedAddressShare);
    accounts.push({ id: `h${String(i).padStart(3, "0")}`, address: shares ? accounts[i - 1]!.address : `ip-h${i}`, record });
  }
  return accounts;
}

function reportBy(account: Account, at: number, fields: Pick<SimReport, "id" | "seen" | "observedAt" | "happenedAt" | "submittedAt" | "direction" | "honest">): SimReport {
  // The record is as of the start; an account's age grows with the run.
  const standing = standingOf({ ...account.record, accountAgeMs: account.record.accountAgeMs + at });
  return { ...fields, author: account.id, address: account.address, score: standing.score, unconfirmed: standing.unconfirmed, votes: [] };
}

/**
 * Honest travellers at one crossing: a Poisson process of busyRate an hour while the truth is
 * open or the schedule says open (people come expecting it open), quietRate otherwise (by
 * thinning). Each reports what they found, with noise: a wrong button, a late submission, a
 * wrong observation time (never after the submission).
 */
export function honestReports(world: CrossingWorld, pool: readonly Account[], seed: number): SimReport[] {
  const random = stream(seed, world.slug, "honest");
  const reports: SimReport[] = [];
  const end = world.start + world.minutes * MINUTE;
  for (let t = world.start; ;) {
    t += exponential(random, model.busyRate / HOUR);
    if (t >= end) break;
    const minute = Math.floor((t - world.start) / MINUTE);
    const truth = world.truth[minute]!;
    const rate = truth === OPEN || world.schedule[minute] === OPEN ? model.busyRate : model.quietRate;
    if (!chance(random, rate / model.busyRate)) continue;
    // Every accepted arrival draws the same numbers, whatever it turns out to report.
    const isNew = chance(random, model.newShare);
    const established = pool[Math.floor(random() * pool.length)]!;
    const newAge = uniform(random, 0, 7) * DAY;
    const onShared = chance(random, model.newOnSharedAddressShare);
    const wrongButton = chance(random, model.wrongButton);
    const late = chance(random, model.late);
    const lateBy = uniform(random, model.lateMinutes[0], model.lateMinutes[1]) * MINUTE;
    const promptBy = uniform(random, 0, 5) * MINUTE;
    const wrongTime = chance(random, model.wrongTime);
    const offBy = (chance(random, 0.5) ? 1 : -1) * uniform(random, model.wrongTimeMinutes[0], model.wrongTimeMinutes[1]) * MINUTE;
    const direction = chance(random, 0.5) ? "a-b" : "b-a";
    if (truth === OTHER) continue;
    const n = reports.length;
    const id = `${world.slug}:h${n}`;
    const account: Account = isNew
      ? { id: `${world.slug}:new${n}`, address: onShared ? established.address : `ip-${world.slug}-new${n}`, record: emptyRecord(newAge - (t - world.start)) }
      : established;
    const observed = Math.floor(t);
    const submittedAt = observed + Math.round(late ? lateBy : promptBy);
    const seen = (truth === OPEN) !== wrongButton ? "open" : "closed";
    const observedAt = wrongTime ? Math.min(submittedAt, observed + Math.round(offBy)) : observed;
    reports.push(reportBy(account, t - world.start, { id, seen, observedAt, happenedAt: observed, submittedAt, direction, honest: true }));
  }
  return reports;
}

// ——— Adversaries ———

export type Scenario = "honest" | "fresh1" | "fresh2" | "fresh3" | "burst" | "turncoat";
export const scenarios: readonly Scenario[] = ["honest", "fresh1", "fresh2", "fresh3", "burst", "turncoat"];
export const scenarioLabel: Record<Scenario, string> = {
  honest: "honest only",
  fresh1: "(a) 1 fresh account",
  fresh2: "(a) 2 fresh accounts",
  fresh3: "(a) 3 fresh accounts",
  burst: "(b) 20 accounts, 1 address",
  turncoat: "(c) 300-day account turns",
};

/** attacksPerWeek instants a week, each at a random minute while the truth is open. */
export function attackTimes(world: CrossingWorld, random: Random): number[] {
  const times: number[] = [];
  const weekMinutes = WEEK / MINUTE;
  for (let week = 0; week * weekMinutes < world.minutes; week++) {
    for (let i = 0; i < model.attacksPerWeek; i++) {
      for (let attempt = 0; attempt < 200; attempt++) {
        const minute = week * weekMinutes + Math.floor(random() * weekMinutes);
        if (minute < world.minutes && world.truth[minute] === OPEN) {
          times.push(world.start + minute * MINUTE);
          break;
        }
      }
    }
  }
  return times.sort((a, b) => a - b);
}

/** The newest honest "open" report visible at an instant (observed within 12 h), if any. */
function latestHonestOpen(honest: readonly SimReport[], at: number): SimReport | null {
  let best: SimReport | null = null;
  for (const report of honest) {
    if (!report.honest || report.seen !== "open" || report.submittedAt > at || report.observedAt < at - 12 * HOUR) continue;
    if (!best || report.observedAt > best.observedAt) best = report;
  }
  return best;
}

/**
 * The adversary's reports for a scenario, and its votes, added to copies of the honest
 * reports it disputes (the honest list itself is not changed).
 *  fresh k: k accounts 0–7 days old, each on its own address, each posting "closed" within
 *    5 minutes of the attack; those a day old or more (old enough to vote) dispute the newest
 *    honest "open" report, each vote weighing voteWeight of their standing.
 *  burst: 20 accounts on one address, half 0–7 days old, half 30 days old with an empty
 *    record, all posting "closed" within a minute.
 *  turncoat: one account 300 days old with 20 corroborated reports, posting "closed".
 */
export function adversaryReports(world: CrossingWorld, honest: readonly SimReport[], scenario: Scenario, seed: number): SimReport[] {
  if (scenario === "honest") return [...honest];
  const random = stream(seed, world.slug, scenario);
  const all = honest.map((report) => ({ ...report, votes: [...report.votes] }));
  const byId = new Map(all.map((report) => [report.id, report]));
  const times = attackTimes(world, random);
  times.forEach((time, a) => {
    const post = (account: Account, j: number, withinMinutes: number) => {
      const observedAt = time + Math.round(uniform(random, 0, withinMinutes) * MINUTE);
      const report = reportBy(account, time - world.start, {
        id: `${world.slug}:${scenario}${a}-${j}`,
        seen: "closed",
        observedAt,
        happenedAt: observedAt,
        submittedAt: observedAt + Math.round(uniform(random, 0, 1) * MINUTE),
        direction: chance(random, 0.5) ? "a-b" : "b-a",
        honest: false,
      });
      all.push(report);
      return report;
    };
    if (scenario === "turncoat") {
      const record: ReporterRecord = { ...emptyRecord(300 * DAY - (time - world.start)), reports: 40, corroborated: 20 };
      post({ id: `${world.slug}:turncoat`, address: `ip-${world.slug}-turncoat`, record }, 0, 5);
    } else if (scenario === "burst") {
      for (let j = 0; j < model.burstAccounts; j++) {
        const age = j % 2 === 0 ? uniform(random, 0, 7) * DAY : 30 * DAY;
        post({ id: `${world.slug}:burst${a}-${j}`, address: `ip-${world.slug}-burst`, record: emptyRecord(age - (time - world.start)) }, j, 1);
      }
    } else {
      const k = Number(scenario.slice(-1));
      for (let j = 0; j < k; j++) {
        const age = uniform(random, 0, 7) * DAY;
        const account: Account = { id: `${world.slug}:${scenario}${a}-${j}`, address: `ip-${world.slug}-${scenario}${a}-${j}`, record: emptyRecord(age - (time - world.start)) };
        const report = post(account, j, 5);
        const voteAt = report.submittedAt + Math.round(uniform(random, 0, 3) * MINUTE);
        if (age < model.voteMinAgeMs) continue;
        const target = latestHonestOpen(all, voteAt);
        if (target) byId.get(target.id)!.votes.push({ at: voteAt, weight: voteWeight(standingOf({ ...account.record, accountAgeMs: age })), kind: "dispute" });
      }
    }
  });
  return all;
}
