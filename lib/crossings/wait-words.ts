/**
 * A wait in words, as the list and the crossing page show it: a range and what it rests on
 * ("20–300 min, 2 reports: uncertain"), never one number (lib/status/wait-estimate.ts has
 * the rules; docs/status-engine.md, "Wait estimate").
 */
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { ShownWait } from "@/lib/status/wait-estimate";
import type { WaitEstimate } from "@/lib/status/types";

function rangeOf(wait: WaitEstimate): { min: number; max: number } | null {
  return wait.range ?? (wait.minutes === null ? null : { min: wait.minutes, max: wait.minutes });
}

export function waitInWords(shown: ShownWait, locale: Locale): string {
  const w = messagesFor(locale).crossing.wait;
  if (shown.kind === "none") return w.none;
  if (shown.kind === "closed") return w.closed;
  const range = rangeOf(shown.wait);
  if (!range) return shown.kind === "at-opening" ? w.closed : w.none;
  const minutes = w.range(range.min, range.max);
  let text: string;
  if (shown.kind === "at-opening") text = w.atOpening(minutes, shown.wait.sampleSize);
  else if (shown.wait.basis === "reports") text = (shown.wait.unconfirmed ? w.unconfirmedReports : w.reports)(minutes, shown.wait.sampleSize);
  else if (shown.wait.basis === "history") text = w.history(minutes, shown.wait.sampleSize);
  else text = w.baseline(minutes);
  return shown.uncertain ? w.uncertain(text) : text;
}
