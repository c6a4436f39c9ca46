/**
 * How much a traveller's report counts at an instant.
 *
 * Half-life 2 hours: a border's state moves in hours (lunch breaks, shift changes, a queue
 * building up), so a report two hours old counts half, six hours old an eighth, and beyond
 * 12 hours (or 30 minutes ahead, for a question about the past) not at all. The window is
 * the reason last year's report says nothing about today.
 */
import type { ReportInput } from "@/lib/status/types";

export const REPORT_HALF_LIFE_HOURS = 2;
export const REPORT_WINDOW_BEFORE_MS = 12 * 3600_000;
export const REPORT_WINDOW_AFTER_MS = 30 * 60_000;

/** A moderator-verified report counts three times: it beats one ordinary report of the same
 * age outright, but two ordinary reports against it still make a conflict. */
export const VERIFIED_FACTOR = 3;

/** How a report's voice counts (docs/trust.md): a verified report always decides; else an echo
 * (one more account from an address that already spoke) is shown and never counted, and an
 * unconfirmed one (a new or doubted account) counts only when corroborated or when nothing
 * else speaks — its state (report-tally.ts) and its wait (wait-estimate.ts recentWaits) alike. */
export function voiceOf(report: Pick<ReportInput, "verified" | "echo" | "unconfirmed">): "decides" | "unconfirmed" | "echo" {
  if (report.verified) return "decides";
  return report.echo === true ? "echo" : report.unconfirmed === true ? "unconfirmed" : "decides";
}

export function withinWindow(report: Pick<ReportInput, "observedAt">, instant: Date): boolean {
  const age = instant.getTime() - report.observedAt.getTime();
  return age <= REPORT_WINDOW_BEFORE_MS && age >= -REPORT_WINDOW_AFTER_MS;
}

/** Age decay alone: 1 at the instant, ½ after one half-life, symmetric around the instant. */
const DECAY_PER_MS = Math.LN2 / (REPORT_HALF_LIFE_HOURS * 3600_000);
/**
 * e^(−k·t) from a table of whole minutes times a short series for the rest of the minute:
 * Math.exp was a fifth of the engine's time with a thousand reports per evaluation. Within a
 * minute k·r < 0.006, so five terms are within about 1.3e-15 of Math.exp (a few units in the last place); every whole minute
 * is Math.exp's own value.
 */
const STEP_MS = 60_000;
const DECAY_TABLE = Float64Array.from({ length: Math.ceil(REPORT_WINDOW_BEFORE_MS / STEP_MS) + 2 }, (_, i) => Math.exp(-DECAY_PER_MS * i * STEP_MS));
export function decay(ageMs: number): number {
  const t = Math.abs(ageMs);
  const minute = Math.floor(t / STEP_MS);
  if (!(minute < DECAY_TABLE.length)) return Math.exp(-DECAY_PER_MS * t);
  const x = DECAY_PER_MS * (t - minute * STEP_MS);
  return DECAY_TABLE[minute]! * (1 - x * (1 - x * (0.5 - x * (1 / 6 - x * (1 / 24 - x / 120)))));
}

/** Trust 0 → ×0.5, 0.5 → ×1, 1 → ×1.5. */
function trustFactor(trust: number): number {
  return 0.5 + Math.min(1, Math.max(0, trust));
}

/** Each "still accurate" adds a quarter, each dispute takes off a half; never below ×0.1
 * nor above ×2, so a pile-on cannot make one report outweigh several. */
function feedbackFactor(confirmations: number, disputes: number): number {
  return Math.min(2, Math.max(0.1, 1 + 0.25 * confirmations - 0.5 * disputes));
}

/** The weight of a visible report `ageMs` old, inside the window (the engine's inner loop: a
 * thousand times per evaluation, so the common cases — not verified, no feedback — skip their
 * factors). */
export function weightAtAge(report: ReportInput, ageMs: number): number {
  let weight = decay(ageMs) * trustFactor(report.reporterTrust);
  if (report.verified) weight *= VERIFIED_FACTOR;
  if (report.confirmations !== 0 || report.disputes !== 0) weight *= feedbackFactor(report.confirmations, report.disputes);
  return weight;
}

export function reportWeight(report: ReportInput, instant: Date): number {
  if (report.hidden || !withinWindow(report, instant)) return 0;
  return weightAtAge(report, instant.getTime() - report.observedAt.getTime());
}
