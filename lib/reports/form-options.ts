/** What the report form offers for one crossing: directions named by both sides, its zone,
 * and "now" in that zone for the datetime-local field — in the reader's language. */
import { travelModes, type CrossingBaseline } from "@/lib/baseline/schema";
import { zoneLabel } from "@/lib/format/time";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { localCountry, localName } from "@/lib/i18n/reasons";
import { wallClockIn } from "@/lib/schedule/zoned-time";
import { MAX_AGE_DAYS, reportTags } from "@/lib/reports/report-input";

export function localDateTimeValue(instant: Date, timeZone: string): string {
  const w = wallClockIn(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** "Kyrgyzstan → Kazakhstan (Karkyra → Kegen)" and the reverse. */
export function directionLabels(baseline: CrossingBaseline, locale: Locale = "en"): { "a-b": string; "b-a": string } {
  const [a, b] = baseline.sides.map((side) => ({ country: localCountry(side.country, locale), post: localName(side.postName.value, locale) }));
  return {
    "a-b": `${a!.country} → ${b!.country} (${a!.post} → ${b!.post})`,
    "b-a": `${b!.country} → ${a!.country} (${b!.post} → ${a!.post})`,
  };
}

export function reportFormOptions(baseline: CrossingBaseline, now: Date, locale: Locale = "en") {
  const zone = baseline.sides[0].timeZone;
  const t = messagesFor(locale);
  return {
    directions: directionLabels(baseline, locale),
    zoneLabel: t.reportForm.zoneLabel(localCountry(baseline.sides[0].country, locale), zoneLabel(zone, now, locale)),
    nowLocal: localDateTimeValue(now, zone),
    minLocal: localDateTimeValue(new Date(now.getTime() - MAX_AGE_DAYS * 86400_000), zone),
    modes: travelModes.map((mode) => ({ value: mode, label: t.modes[mode] })),
    tags: reportTags.map((tag) => ({ value: tag, label: t.reportTags[tag] })),
    text: t.reportForm.form,
  };
}
