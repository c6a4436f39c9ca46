/** What the report form offers for one crossing: directions named by both sides, its zone,
 * and "now" in that zone for the datetime-local field. */
import { travelModes, type CrossingBaseline } from "@/lib/baseline/schema";
import { countryName } from "@/lib/countries";
import { modeLabels } from "@/lib/format/labels";
import { zoneLabel } from "@/lib/format/time";
import { wallClockIn } from "@/lib/schedule/zoned-time";
import { MAX_AGE_DAYS, reportTags, tagLabels } from "@/lib/reports/report-input";

export function localDateTimeValue(instant: Date, timeZone: string): string {
  const w = wallClockIn(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

export function directionLabels(baseline: CrossingBaseline): { "a-b": string; "b-a": string } {
  const [a, b] = baseline.sides;
  return {
    "a-b": `${countryName(a.country)} → ${countryName(b.country)} (${a.postName.value.en} → ${b.postName.value.en})`,
    "b-a": `${countryName(b.country)} → ${countryName(a.country)} (${b.postName.value.en} → ${a.postName.value.en})`,
  };
}

export function reportFormOptions(baseline: CrossingBaseline, now: Date) {
  const zone = baseline.sides[0].timeZone;
  return {
    directions: directionLabels(baseline),
    zoneLabel: `${countryName(baseline.sides[0].country)} time, ${zoneLabel(zone, now)}`,
    nowLocal: localDateTimeValue(now, zone),
    minLocal: localDateTimeValue(new Date(now.getTime() - MAX_AGE_DAYS * 86400_000), zone),
    modes: travelModes.map((mode) => ({ value: mode, label: modeLabels[mode] })),
    tags: reportTags.map((tag) => ({ value: tag, label: tagLabels[tag] })),
  };
}
