/**
 * The layer answers at one instant, read directly from each claim (opening_hours' own
 * getState/getUnknown/getComment, the holiday calendar for that local date): the reference the
 * compiled timeline is tested against (lib/status/timeline.test.ts), and the slow path nothing
 * else needs.
 */
import type { TravelMode } from "@/lib/baseline/schema";
import { noticesInForce } from "@/lib/status/notices";
import type { NoticeInput } from "@/lib/status/types";
import { decide, resolveEligibility, type ClaimAt, type HolidayAt, type LayerAnswers, type ResolvedBaseline, type ScheduleValue } from "@/lib/status/layers";
import { parsedHours } from "@/lib/schedule/side-schedule";
import { toWallClockDate } from "@/lib/schedule/zoned-time";
import { holidayClosureAt, holidayOnDay, localDay } from "@/lib/holidays/closures";

export function claimAt(hours: string, timeZone: string, instant: Date): ClaimAt {
  const oh = parsedHours(hours);
  const wall = toWallClockDate(instant, timeZone);
  return { state: oh.getUnknown(wall) ? "unknown" : oh.getState(wall) ? "open" : "closed", comment: oh.getComment(wall) ?? null };
}

export function answersAt(resolved: ResolvedBaseline, instant: Date): LayerAnswers {
  const { baseline } = resolved;
  const zone0 = baseline.sides[0].timeZone;
  const season = resolved.season?.map((claim): ClaimAt => {
    if (claim.value.range === null) return { state: "open", comment: null };
    return claimAt(claim.value.range, zone0, instant).state === "open" ? { state: "open", comment: null } : { state: claim.value.outside, comment: null };
  });
  const side = (index: 0 | 1) => {
    const { country, timeZone } = baseline.sides[index];
    const hours = resolved.hours[index].map((claim) => claimAt(claim.value, timeZone, instant));
    const holiday = holidayOnDay(country, localDay(instant, timeZone));
    const closures = resolved.holidayPolicies[index]?.map((claim): HolidayAt => {
      if (claim.value.effect === "open") return { effect: null, holiday: null };
      const closure = holidayClosureAt(country, timeZone, claim.value, instant.getTime());
      return closure ? { effect: claim.value.effect, holiday: closure.holiday } : { effect: null, holiday: null };
    });
    return { hours, holiday, closures: closures ?? null };
  };
  const a = side(0);
  const b = side(1);
  return {
    season: season ?? null,
    hours: [a.hours, b.hours],
    holiday: [a.holiday, b.holiday],
    closures: [a.closures, b.closures],
  };
}

/** The schedule and notices at an instant, evaluated directly. */
export function directScheduleValue(resolved: ResolvedBaseline, notices: NoticeInput[], instant: Date, mode: TravelMode | undefined): ScheduleValue {
  return decide(resolved, answersAt(resolved, instant), noticesInForce(notices, instant.getTime(), mode), mode, resolveEligibility(resolved, mode));
}
