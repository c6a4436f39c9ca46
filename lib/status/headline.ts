/**
 * One line a reader can take in at a glance, with the state, why, and how fresh:
 * "Open by schedule — no reports in 3 days", "Closed — 2 travellers, 40 min ago".
 */
import type { Status } from "@/lib/status/types";
import { stateLabels } from "@/lib/format/labels";

export function formatAgo(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}

function freshness(status: Status): string {
  const newest = status.freshness.newestReportAt;
  if (!newest) return "no reports yet";
  const minutes = Math.max(0, Math.round((status.at.getTime() - newest.getTime()) / 60000));
  if (minutes < 60) return `last report ${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `no reports in ${hours} h` : `no reports in ${Math.round(hours / 24)} days`;
}

/** With `planned`, for a time ahead: no "no reports in …" (reports say nothing about it). */
export function statusHeadline(status: Status, { planned = false }: { planned?: boolean } = {}): string {
  const label = stateLabels[status.state].label;
  if (status.basis === "reports") {
    const deciding = status.conflicting ? status.counted : status.counted.filter((entry) => entry.seen === status.counted[0]?.seen);
    const count = deciding.length;
    const when = status.freshness.newestReportAt ? formatAgo(status.at.getTime() - status.freshness.newestReportAt.getTime()) : "";
    const who = `${count} traveller${count === 1 ? "" : "s"}, ${when}`;
    if (status.conflicting) return `Reports conflict — ${who}`;
    return status.state === "restricted" && status.counted[0]?.seen !== "restricted" ? `${label} — ${status.reasons[0]?.text ?? ""}` : `${label} — ${who}`;
  }
  if (status.basis === "notice") return planned ? `${label} — by notice` : `${label} — by notice; ${freshness(status)}`;
  if (status.state === "restricted") return `${label} — ${status.reasons[0]?.text ?? ""}`;
  if (status.basis === "none") return `${label} — ${status.reasons[0]?.text ?? "nothing is known"}`;
  const bySchedule = status.state === "unknown" ? "Hours unknown" : `${label} by schedule`;
  return planned ? bySchedule : `${bySchedule} — ${freshness(status)}`;
}
