/** Plain-language names and values for baseline facts (for conflicts, revisions and the API
 * docs), in the reader's language; the values written by people stay as written. */
import { holidayPolicyOf, type CrossingBaseline, type Eligibility, type FacilityKind, type HolidayPolicy, type TravelMode } from "@/lib/baseline/schema";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { localCountry, localName, seasonRangeText } from "@/lib/i18n/reasons";
import { dataText } from "@/lib/i18n/data-text";

export function factLabel(path: string, baseline: CrossingBaseline, locale: Locale = "en"): string {
  const words = messagesFor(locale).moderation.facts;
  const side = /^sides\.(\d)\.(\w+)$/.exec(path);
  if (side) {
    const s = baseline.sides[Number(side[1]) as 0 | 1];
    const fact = Object.hasOwn(words.side, side[2]!) ? words.side[side[2] as keyof typeof words.side] : side[2]!;
    return words.atSide(fact, localName(s.postName.value, locale), localCountry(s.country, locale));
  }
  return Object.hasOwn(words.topLevel, path) ? words.topLevel[path as keyof typeof words.topLevel] : path;
}

export function describeFactValue(path: string, value: unknown, baseline: CrossingBaseline, locale: Locale = "en"): string {
  const t = messagesFor(locale);
  const words = t.moderation.facts;
  const key = path.split(".").pop()!;
  const v = value as never;
  switch (key) {
    case "hours":
      return String(value);
    case "typicalWait":
      return words.wait((v as { minMinutes: number }).minMinutes, (v as { maxMinutes: number }).maxMinutes);
    case "traffic": {
      const traffic = v as { modes: TravelMode[]; who: Eligibility; otherModes?: "unknown" };
      return `${t.eligibility[traffic.who]}; ${traffic.modes.map((mode) => t.modes[mode].toLowerCase()).join(t.listSeparator)}${traffic.otherModes === "unknown" ? t.crossing.rules.otherModesUnknown : ""}`;
    }
    case "facilities":
      return (v as { kind: FacilityKind; available: boolean; side: 0 | 1 | null; detail?: string }[])
        .map(
          (f) =>
            `${t.facilities[f.kind]}: ${f.available ? words.yes : words.no}${f.side !== null ? ` (${localName(baseline.sides[f.side].postName.value, locale)})` : ""}${f.detail ? ` — ${dataText(f.detail, locale)}` : ""}`,
        )
        .join("; ");
    case "season": {
      const s = v as { range: string | null; description: string };
      return s.range ? `${seasonRangeText(s.range, locale)}: ${dataText(s.description, locale)}` : dataText(s.description, locale);
    }
    case "location": {
      const l = v as { lat: number; lon: number };
      return words.location(l.lat, l.lon);
    }
    case "postName": {
      const n = v as { en: string; ru?: string };
      return n.ru ? `${n.en} (${n.ru})` : n.en;
    }
    case "borderPermit":
    case "advanceNotice":
    case "entryFee": {
      const r = v as { required: boolean; detail: string };
      return `${r.required ? words.required : words.notRequired}: ${dataText(r.detail, locale)}`;
    }
    case "publicHolidays": {
      const policy = holidayPolicyOf(value as HolidayPolicy);
      const codes: Record<string, string> = words[key];
      const extra = [policy.daysBefore ? `-${policy.daysBefore}d` : "", policy.daysAfter ? `+${policy.daysAfter}d` : "", policy.reopensAt ?? ""].filter(Boolean).join(" ");
      return `${codes[policy.effect] ?? policy.effect}${extra ? ` (${extra})` : ""}`;
    }
    case "operation": {
      const codes: Record<string, string> = words[key];
      return typeof value === "string" && Object.hasOwn(codes, value) ? codes[value]! : typeof value === "string" ? value : JSON.stringify(value);
    }
    default:
      return typeof value === "string" ? value : JSON.stringify(value);
  }
}
