/**
 * The moderators' daily digest, as data and as an email: which crossings' states need a look,
 * from the status engine's own answers (lib/status/types.ts `Status`). Pure: the caller
 * (server/alerts/digest.ts) computes the states and looks up the reports they name.
 *
 * A crossing needs a look when, now:
 *  - its reports conflict (the engine says "conflicting": the state shown is "unknown");
 *  - its state rests on one unconfirmed report: the reports decide it, and the state they give
 *    is carried by a single report that no reader has confirmed and no moderator verified;
 *  - reports say something the engine shows but does not count — from new or doubted accounts
 *    ("reportsUnconfirmed"), or not confirmed by a second traveller against the schedule ("reportsAwaiting"):
 *    docs/trust.md — a moderator can verify or hide them;
 *  - its reports have said open while the schedule says closed, or closed while it says open,
 *    without a break for CONTRADICTION_MIN_MS or more (checked every CONTRADICTION_STEP_MS
 *    going back from now: a break shorter than a step can go unseen).
 * "The schedule" is the published hours, holidays and season alone (`Status.scheduleState`):
 * a notice in force that agrees with the reports is mentioned, not taken as the schedule.
 */
import type { ReportTally } from "@/lib/status/reason-message";
import type { SideState, Status } from "@/lib/status/types";

export const CONTRADICTION_MIN_MS = 3 * 3600_000;
/** How far apart the instants are at which a contradiction is checked, going back from now. */
export const CONTRADICTION_STEP_MS = 15 * 60_000;
/** How far back a contradiction is followed: past this, the digest says "at least". */
export const CONTRADICTION_LOOKBACK_MS = 24 * 3600_000;

/** Reports' verdict against the schedule's, at one instant. */
export interface Contradiction {
  reports: "open" | "closed";
  schedule: "open" | "closed";
}

/** What the digest needs to know of a report the state rests on. */
export interface ReportFacts {
  id: string;
  observedAt: Date;
  confirmations: number;
  verified: boolean;
}

export interface DigestCrossing {
  slug: string;
  /** The crossing's English name (emails stay English). */
  name: string;
  /** The state now, then — only while the reports contradict the schedule — the states at
   * earlier instants, CONTRADICTION_STEP_MS apart, as `nextInstantToCheck` asked for them. */
  states: Status[];
  /** The reports `decidingReportIds(states[0])` named, as found (a missing one is unknown, not unconfirmed). */
  reports: ReadonlyMap<string, ReportFacts>;
}

export type Finding =
  | { kind: "conflicting"; tallies: [ReportTally, ReportTally] }
  | { kind: "unconfirmed"; report: ReportFacts; seen: ReportTally["seen"]; schedule: SideState }
  /** Reports the engine shows but does not count: from new or doubted accounts, or one voice against the schedule. */
  | { kind: "not-counted"; why: "new-accounts" | "one-voice"; tally: ReportTally; reportIds: string[]; shown: Status["state"] }
  | { kind: "contradicts-schedule"; contradiction: Contradiction; forMs: number; atLeast: boolean; notice: boolean };

/** The "reports" reason of a state the reports decide without conflict, else null. */
function reportsReason(status: Status) {
  if (status.basis !== "reports" || status.conflicting) return null;
  for (const reason of status.reasons) if (reason.message.key === "reports") return { tally: reason.message.tally, ids: reason.reportIds ?? [] };
  return null;
}

/** What the reports say against the schedule at this instant; null when they decide nothing,
 * conflict, or agree with it (or either says something other than open or closed). */
export function contradiction(status: Status): Contradiction | null {
  const reason = reportsReason(status);
  if (!reason) return null;
  const { seen } = reason.tally;
  if (seen === "open" && status.scheduleState === "closed") return { reports: "open", schedule: "closed" };
  if (seen === "closed" && status.scheduleState === "open") return { reports: "closed", schedule: "open" };
  return null;
}

const sameContradiction = (a: Contradiction | null, b: Contradiction | null) => a !== null && b !== null && a.reports === b.reports;

/**
 * The next earlier instant whose state the digest needs for this crossing, or null when it has
 * enough: `states` are newest first, the first at `now`, each CONTRADICTION_STEP_MS before the
 * one before it. Nothing more is asked once the contradiction of now is broken, or followed back
 * CONTRADICTION_LOOKBACK_MS; nothing at all when there is none now.
 */
export function nextInstantToCheck(states: readonly Status[], now: Date): Date | null {
  const first = states[0];
  if (!first) return now;
  const current = contradiction(first);
  if (!current) return null;
  const last = states[states.length - 1]!;
  if (states.length > 1 && !sameContradiction(current, contradiction(last))) return null;
  const back = states.length * CONTRADICTION_STEP_MS;
  return back > CONTRADICTION_LOOKBACK_MS ? null : new Date(now.getTime() - back);
}

/** The reports whose confirmations and verification the digest must know: the one report a
 * state rests on, when it rests on one. */
export function decidingReportIds(status: Status): string[] {
  const reason = reportsReason(status);
  return reason && reason.tally.count === 1 && reason.ids[0] ? [reason.ids[0]] : [];
}

/** What needs a look at one crossing now (nothing: an empty list). */
export function findings(crossing: DigestCrossing): Finding[] {
  const [now] = crossing.states;
  if (!now) return [];
  const found: Finding[] = [];
  if (now.conflicting) {
    for (const reason of now.reasons) if (reason.message.key === "reportsConflict") found.push({ kind: "conflicting", tallies: reason.message.tallies });
  }
  const reason = reportsReason(now);
  const [only] = decidingReportIds(now);
  const report = only ? crossing.reports.get(only) : undefined;
  if (reason && report && report.confirmations === 0 && !report.verified) found.push({ kind: "unconfirmed", report, seen: reason.tally.seen, schedule: now.scheduleState });
  for (const entry of now.reasons) {
    if (entry.message.key === "reportsUnconfirmed")
      found.push({ kind: "not-counted", why: "new-accounts", tally: entry.message.tally, reportIds: entry.reportIds ?? [], shown: now.state });
    if (entry.message.key === "reportsAwaiting")
      found.push({ kind: "not-counted", why: "one-voice", tally: entry.message.tally, reportIds: entry.reportIds ?? [], shown: now.state });
  }
  const current = contradiction(now);
  if (current) {
    // How many states in a row, from now back, say the same against the schedule.
    let run = 1;
    while (run < crossing.states.length && sameContradiction(current, contradiction(crossing.states[run]!))) run++;
    const forMs = (run - 1) * CONTRADICTION_STEP_MS;
    const atLeast = run === crossing.states.length && forMs >= CONTRADICTION_LOOKBACK_MS;
    const notice = now.reasons.some((entry) => entry.message.key === "notice");
    if (forMs >= CONTRADICTION_MIN_MS) found.push({ kind: "contradicts-schedule", contradiction: current, forMs, atLeast, notice });
  }
  return found;
}

/** The UTC day ("2026-12-06") whose digest is due at `now`: from `hourUtc` o'clock on; null before. */
export function digestDay(now: Date, hourUtc: number): string | null {
  return now.getUTCHours() >= hourUtc ? now.toISOString().slice(0, 10) : null;
}

// ---------------------------------------------------------------------------------------------
// The email (English, as every email of the site).

export interface Digest {
  subject: string;
  text: string;
  /** How many crossings it lists. */
  crossings: number;
}

const reportsWord = (n: number) => (n === 1 ? "1 report" : `${n} reports`);

/** "40 min", "3 h", "4 h 15 min". */
export function durationText(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** "2026-12-06 06:00 UTC". */
const utcText = (instant: Date) => `${instant.toISOString().slice(0, 16).replace("T", " ")} UTC`;

function findingText(finding: Finding, now: Date): string {
  switch (finding.kind) {
    case "conflicting": {
      const [a, b] = finding.tallies;
      return `Reports conflict: ${reportsWord(a.count)} say${a.count === 1 ? "s" : ""} ${a.seen}, ${reportsWord(b.count)} say${b.count === 1 ? "s" : ""} ${b.seen} (the newest ${durationText(Math.min(a.newestAgoMs, b.newestAgoMs))} ago); the page shows "unknown".`;
    }
    case "unconfirmed": {
      const ago = durationText(now.getTime() - finding.report.observedAt.getTime());
      const schedule = finding.schedule === finding.seen ? "as the schedule says" : `the schedule says ${finding.schedule}`;
      return `Shown as ${finding.seen} on 1 report, observed ${ago} ago, that no reader has confirmed and no moderator verified (${schedule}).`;
    }
    case "not-counted": {
      const { count, seen, newestAgoMs } = finding.tally;
      const who =
        finding.why === "new-accounts"
          ? `${reportsWord(count)} from new or doubted accounts`
          : `${reportsWord(count)} against the published hours or a notice, not confirmed by a second traveller,`;
      return `${who} say${count === 1 ? "s" : ""} ${seen} (the newest ${durationText(newestAgoMs)} ago), not counted while the page shows ${finding.shown}: verify ${count === 1 ? "it" : "them"} if true, hide ${count === 1 ? "it" : "them"} if not.`;
    }
    case "contradicts-schedule": {
      const { reports, schedule } = finding.contradiction;
      const span = finding.atLeast ? `at least ${durationText(finding.forMs)}` : durationText(finding.forMs);
      return `Reports have said ${reports} while the schedule says ${schedule}, for ${span}${finding.notice ? " (a notice is in force)" : ""}.`;
    }
  }
}

/** The email to every moderator, or null when no crossing needs a look (then nothing is sent). */
export function buildDigest(crossings: readonly DigestCrossing[], now: Date, origin: string): Digest | null {
  const listed = crossings
    .map((crossing) => ({ crossing, found: findings(crossing) }))
    .filter((entry) => entry.found.length > 0)
    .sort((a, b) => (a.crossing.name < b.crossing.name ? -1 : a.crossing.name > b.crossing.name ? 1 : 0));
  if (!listed.length) return null;
  const count = listed.length === 1 ? "1 crossing" : `${listed.length} crossings`;
  const blocks = listed.map(({ crossing, found }) => {
    // The one report, where it is the point; else the timeline.
    const [only] = found;
    const oneReport =
      found.length === 1
        ? only?.kind === "unconfirmed"
          ? only.report.id
          : only?.kind === "not-counted" && only.reportIds.length === 1
            ? only.reportIds[0]
            : undefined
        : undefined;
    const anchor = oneReport ? `report-${oneReport}` : "timeline";
    return [crossing.name, ...found.map((finding) => `  - ${findingText(finding, now)}`), `  ${origin}/crossings/${crossing.slug}#${anchor}`].join("\n");
  });
  return {
    subject: `Crossings: ${count} to look at (${now.toISOString().slice(0, 10)})`,
    text: [
      `${count[0]!.toUpperCase()}${count.slice(1)} ${listed.length === 1 ? "needs" : "need"} a look, by their states at ${utcText(now)}:`,
      ...blocks,
      `On each crossing's page, every report has "Moderate" (hide, restore, verify, with a reason). The queue: ${origin}/moderation`,
      "You get this email once a day, when some crossing needs a look, because you are a moderator of Crossings.",
    ].join("\n\n"),
    crossings: listed.length,
  };
}
