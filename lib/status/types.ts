/**
 * The status engine's inputs and output (docs/architecture.md, "How the current state is decided";
 * the JSON shape, docs/api.md).
 * Plain data only: the engine never does I/O.
 */
import type { CrossingBaseline, SourceRef, TravelMode } from "@/lib/baseline/schema";
import type { SourceStandings } from "@/lib/baseline/standing";
import type { ReasonMessage } from "@/lib/status/reason-message";

export type StatusState = "open" | "closed" | "restricted" | "unknown";
export type StatusBasis = "reports" | "notice" | "schedule" | "none";
export type SideState = "open" | "closed" | "unknown";
/** Which way: from side 0 to side 1 ("a-b") or back ("b-a"). */
export type Direction = "a-b" | "b-a";
export const directions: Direction[] = ["a-b", "b-a"];

/** Where a direction leaves from and goes to, given the two sides' values in side order. */
export function directionEnds<T>(direction: Direction, [a, b]: readonly [T, T]): { from: T; to: T } {
  return direction === "a-b" ? { from: a, to: b } : { from: b, to: a };
}

export interface ReportInput {
  id: string;
  observedAt: Date;
  direction: Direction;
  mode: TravelMode;
  seen: "open" | "closed" | "restricted";
  waitMinutes: number | null;
  /** A moderator verified it. */
  verified: boolean;
  /** Hidden by moderation or withdrawn by its author: weighs nothing. */
  hidden: boolean;
  /** The reporter's standing, 0 (new or doubted) to 1 (trusted); 0.5 is an ordinary account. */
  reporterTrust: number;
  /** From a new or doubted reporter (lib/trust/standing.ts): shown, and deciding only when
   * corroborated or when nothing else speaks. Absent: false. */
  unconfirmed?: boolean;
  /** One more account from an address that already speaks at this crossing (lib/trust/voices.ts):
   * shown as unconfirmed, never counted. Absent: false. */
  echo?: boolean;
  /** Who spoke: the author's id and the address's keyed hash, to tell two voices from one
   * (report-tally.ts). Absent or null: not known (seeded data) — a voice of its own. Never shown. */
  author?: string | null;
  address?: string | null;
  /** Readers who said "still accurate" / "not accurate". */
  confirmations: number;
  disputes: number;
}

export interface NoticeInput {
  id: string;
  startsAt: Date;
  /** null: until further notice. */
  endsAt: Date | null;
  /** Which traffic it concerns; null means all traffic. */
  modes: TravelMode[] | null;
  effect: "closed" | "open" | "restricted";
  text: string;
  sourceTitle: string;
  sourceUrl: string | null;
  /** When a moderator posted it: of two notices that start at the same instant, the one posted
   * later decides ("closed from the 18th", then "trucks let through from the 18th"). */
  postedAt: Date;
}

export interface StatusInput {
  baseline: CrossingBaseline;
  notices: NoticeInput[];
  reports: ReportInput[];
  instant: Date;
  /** Ask for one mode of travel; without it, the answer is for a foreign traveller by any mode. */
  mode?: TravelMode;
  /** The standing of each source the baseline cites (lib/baseline/standing.ts): later claims of
   * equal or higher standing supersede earlier ones. Without it, no claim is superseded. */
  standings?: SourceStandings;
  /** Past waits by hour of the week, direction and mode (the wait_history table: all of a
   * crossing's rows, or those near the instant); without it, no "typical" wait. */
  waitHistory?: readonly WaitHistoryRow[];
}

/** How many of the last year's reports of one direction and mode waited how long (a bucket,
 * by its lower bound) in one hour of the week, in the departure side's zone. */
export interface WaitHistoryRow {
  direction: Direction;
  mode: string;
  hourOfWeek: number;
  waitMinutes: number;
  reports: number;
}

export interface Reason {
  /** What to say, as a key and parameters; lib/i18n/reasons.ts puts it into words. */
  message: ReasonMessage;
  sources?: SourceRef[];
  reportIds?: string[];
  noticeId?: string;
}

export interface WaitEstimate {
  direction: Direction;
  /** Median (or typical) minutes; null when only a range or nothing is known. */
  minutes: number | null;
  range: { min: number; max: number } | null;
  basis: "reports" | "history" | "baseline" | "none";
  /** How many reports the figure rests on. */
  sampleSize: number;
  /** Resting only on unconfirmed reports (new or doubted accounts): always uncertain. Absent: false. */
  unconfirmed?: boolean;
}

export interface SideStatus {
  state: SideState;
  nextChange: Date | null;
  holiday: string | null;
}

export interface Status {
  state: StatusState;
  basis: StatusBasis;
  at: Date;
  mode: TravelMode | null;
  /** Recent reports disagree; `state` is then "unknown" and both sides of the story are in reasons. */
  conflicting: boolean;
  scheduleState: SideState;
  sides: [SideStatus, SideStatus];
  /** When the schedule or a notice next changes the answer (reports aside). */
  nextChange: Date | null;
  waits: [WaitEstimate, WaitEstimate];
  freshness: { newestReportAt: Date | null; ageMinutes: number | null };
  /** The heaviest reports that counted (at most REPORTS_NAMED, lib/status/report-tally.ts), heaviest
   * first, with their weight; the reports reasons' tallies say how many counted in all. */
  counted: { id: string; seen: ReportInput["seen"]; weight: number }[];
  reasons: Reason[];
}
