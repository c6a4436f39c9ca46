/**
 * Which notices are in force at an instant, for a traveller by one mode or by any: the compiled
 * timeline (timeline.ts) and the direct evaluation (direct.ts) ask the same question here, and
 * the layer rule (layers.ts applyNotice) combines the answer.
 */
import { travelModes, type TravelMode } from "@/lib/baseline/schema";
import type { NoticeInput } from "@/lib/status/types";

/** Whether a notice concerns a traveller by this mode (any notice, when no mode is asked). */
export function noticeConcerns(notice: NoticeInput, mode: TravelMode | undefined): boolean {
  return !mode || notice.modes === null || notice.modes.includes(mode);
}

/** The notice in force at an instant for a traveller by this mode (any notice, when no mode is
 * asked): the latest-starting of those that concern them. */
function activeNotice(notices: NoticeInput[], instant: number, mode: TravelMode | undefined): NoticeInput | null {
  let active: NoticeInput | null = null;
  for (const notice of notices) {
    if (notice.startsAt.getTime() > instant || (notice.endsAt && notice.endsAt.getTime() <= instant) || !noticeConcerns(notice, mode)) continue;
    if (!active || latestFirst(notice, active) < 0) active = notice;
  }
  return active;
}

/** The notices in force at an instant, latest first. For one mode, the one in force for it. With
 * no mode asked, the one in force for each mode: a later notice replaces an earlier one only for
 * the modes it names, so a truck-only closure posted during a full closure leaves cars closed. */
export function noticesInForce(notices: NoticeInput[], instant: number, mode: TravelMode | undefined): NoticeInput[] {
  if (mode) {
    const active = activeNotice(notices, instant, mode);
    return active ? [active] : [];
  }
  const inForce = new Set<NoticeInput>();
  for (const each of travelModes) {
    const active = activeNotice(notices, instant, each);
    if (active) inForce.add(active);
  }
  return [...inForce].sort(latestFirst);
}

type Ordered = Pick<NoticeInput, "id" | "startsAt" | "postedAt">;

/** Latest-starting first; equal starts, the one posted later first (the moderator's later word:
 * "closed from the 18th", then "trucks let through from the 18th"); then by id, the larger
 * first, so the order never depends on the order the rows arrive in. */
function latestFirst(a: Ordered, b: Ordered): number {
  return b.startsAt.getTime() - a.startsAt.getTime() || b.postedAt.getTime() - a.postedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The order of a crossing page's list of notices: those in force first, latest first (ties as
 * noticesInForce breaks them among the reasons: posted later first, then by id), then the planned
 * ones, soonest first. */
export function noticesInPageOrder<T extends Ordered>(notices: readonly T[], now: Date): T[] {
  const inForce = notices.filter((notice) => notice.startsAt <= now).sort(latestFirst);
  const planned = notices.filter((notice) => notice.startsAt > now).sort((a, b) => latestFirst(b, a));
  return [...inForce, ...planned];
}
