/** Plain-language names and values for baseline facts (for conflicts and the API docs). */
import type { CrossingBaseline } from "@/lib/baseline/schema";
import { countryName } from "@/lib/countries";
import { eligibilityLabels, facilityLabels, modeLabels } from "@/lib/format/labels";

const topLevel: Record<string, string> = {
  operation: "Whether it operates",
  traffic: "Who and what may cross",
  season: "Season",
  borderPermit: "Border permit",
  advanceNotice: "Advance notice",
  entryFee: "Entry fee",
  facilities: "Facilities",
  typicalWait: "Typical wait",
  roadNotes: "Road",
};

const sideFacts: Record<string, string> = {
  postName: "Post name",
  location: "Location",
  hours: "Hours",
  publicHolidays: "Public holidays",
};

export function factLabel(path: string, baseline: CrossingBaseline): string {
  const side = /^sides\.(\d)\.(\w+)$/.exec(path);
  if (side) {
    const s = baseline.sides[Number(side[1]) as 0 | 1];
    return `${sideFacts[side[2]!] ?? side[2]} at ${s.postName.value.en} (${countryName(s.country)})`;
  }
  return topLevel[path] ?? path;
}

export function describeFactValue(path: string, value: unknown, baseline: CrossingBaseline): string {
  const key = path.split(".").pop()!;
  const v = value as never;
  switch (key) {
    case "hours":
      return String(value);
    case "typicalWait":
      return `${(v as { minMinutes: number }).minMinutes}–${(v as { maxMinutes: number }).maxMinutes} min`;
    case "traffic": {
      const t = v as { modes: (keyof typeof modeLabels)[]; who: keyof typeof eligibilityLabels };
      return `${eligibilityLabels[t.who]}; ${t.modes.map((mode) => modeLabels[mode].toLowerCase()).join(", ")}`;
    }
    case "facilities":
      return (v as { kind: keyof typeof facilityLabels; available: boolean; side: 0 | 1 | null; detail?: string }[])
        .map(
          (f) =>
            `${facilityLabels[f.kind]}: ${f.available ? "yes" : "no"}${f.side !== null ? ` (${baseline.sides[f.side].postName.value.en})` : ""}${f.detail ? ` — ${f.detail}` : ""}`,
        )
        .join("; ");
    case "season": {
      const s = v as { range: string | null; description: string };
      return s.range ? `${s.range}: ${s.description}` : s.description;
    }
    case "location": {
      const l = v as { lat: number; lon: number };
      return `${l.lat.toFixed(3)}°N, ${l.lon.toFixed(3)}°E`;
    }
    case "postName": {
      const n = v as { en: string; ru?: string };
      return n.ru ? `${n.en} (${n.ru})` : n.en;
    }
    case "borderPermit":
    case "advanceNotice":
    case "entryFee": {
      const r = v as { required: boolean; detail: string };
      return `${r.required ? "Required" : "Not required"}: ${r.detail}`;
    }
    default:
      return typeof value === "string" ? value : JSON.stringify(value);
  }
}
