/**
 * The view of a crossing that the list, the API and the crossing page share, computed from
 * its baseline at an instant. Pure: the caller supplies the record and the time.
 */
import type { CountryCode, CrossingBaseline, Eligibility, TravelMode } from "@/lib/baseline/schema";
import { crossingLocation } from "@/lib/baseline/facts";
import { evaluateStatus } from "@/lib/status/evaluate";
import { rowNamesNotices, rowWhy, statusHeadline } from "@/lib/status/headline";
import type { NoticeInput, ReportInput, Status, StatusBasis } from "@/lib/status/types";
import { countryNames } from "@/lib/countries";
import type { Locale } from "@/lib/i18n/locale";
import { reasonText } from "@/lib/i18n/reasons";

export type CrossingState = "open" | "closed" | "restricted" | "unknown";

export interface CrossingSummary {
  slug: string;
  name: string;
  nameRu: string | null;
  countries: [CountryCode, CountryCode];
  posts: [string, string];
  postsRu: [string | null, string | null];
  /** Other names and spellings, and the nearest towns each side (baseline.searchNames): searched,
   * not shown. */
  searchNames: string[];
  /** null: no source gives the crossing's location yet (never guessed). */
  location: { lat: number; lon: number } | null;
  state: CrossingState;
  basis: StatusBasis;
  /** "Closed — 2 travellers, 40 min ago" */
  headline: string;
  /** The first plain-language reason (the API's `reason`). */
  reason: string;
  /** The list row's line of why, shown when the answer is "restricted" or "unknown" or a notice decides it (rowWhy, lib/status/headline.ts). */
  rowReason: string;
  /** The row's line names notices in force (two lines on a phone, not one). */
  rowNotices: boolean;
  nextChange: Date | null;
  who: Eligibility;
  modes: TravelMode[];
  /** Modes not in `modes`: not allowed, or not known (the sources name only those). */
  otherModes: "not-allowed" | "unknown";
}

export function summarizeCrossing(
  baseline: CrossingBaseline,
  instant: Date,
  inputs: { notices: NoticeInput[]; reports: ReportInput[] } = { notices: [], reports: [] },
  status: Status = evaluateStatus({ baseline, instant, ...inputs }),
  locale: Locale = "en",
): CrossingSummary {
  const [a, b] = baseline.sides;
  return {
    slug: baseline.slug,
    name: baseline.name.en,
    nameRu: baseline.name.ru ?? null,
    countries: [a.country, b.country],
    posts: [a.postName.value.en, b.postName.value.en],
    postsRu: [a.postName.value.ru ?? null, b.postName.value.ru ?? null],
    searchNames: [
      ...(baseline.searchNames?.names ?? []),
      ...(baseline.searchNames?.towns ?? [[], []]).flat(),
      // Alternative post names some sources use (e.g. Pokitu / Baketu).
      ...baseline.sides.flatMap((side) => side.postName.alternatives.flatMap((alternative) => [alternative.value.en, alternative.value.ru ?? ""])),
    ].filter(Boolean),
    location: crossingLocation(baseline),
    state: status.state,
    basis: status.basis,
    headline: statusHeadline(status, { locale }),
    reason: status.reasons[0] ? reasonText(status.reasons[0].message, locale) : "",
    rowReason: rowWhy(status, locale),
    rowNotices: rowNamesNotices(status),
    nextChange: status.nextChange,
    who: baseline.traffic.value.who,
    modes: baseline.traffic.value.modes,
    otherModes: baseline.traffic.value.otherModes ?? "not-allowed",
  };
}

/** Letters of Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic that Russian spellings write without
 * their mark (Қордай, Кордай; Ғишткўприк, Гишткуприк). */
const CYRILLIC_PLAIN: Record<string, string> = { қ: "к", ғ: "г", ң: "н", ө: "о", ү: "у", ұ: "у", һ: "х", і: "и", ә: "а", ў: "у", ҳ: "х", ҷ: "ч", ӣ: "и", ӯ: "у" };

/** Case, accents and marks folded away, for matching: "Do'stlik" ~ "Dostlik", "Қордай" ~
 * "кордай", "Kórday" ~ "korday", "Ёе" ~ "ее". */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[қғңөүұһіәўҳҷӣӯ]/g, (letter) => CYRILLIC_PLAIN[letter] ?? letter)
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/['’ʻʼ`‘]/g, "");
}

/** The words of a search (split at spaces, commas and dashes), folded. */
export function searchWords(q: string): string[] {
  return foldForSearch(q)
    .split(/[\s,–—-]+/)
    .filter(Boolean);
}

/** Whether every word of the search occurs in one of the texts, folded; a word may also span a
 * hyphen or a space ("akzhol" finds "Ak-Zhol"). */
export function matchesSearch(words: string[], texts: string[]): boolean {
  if (!words.length) return true;
  const haystack = foldForSearch(texts.join(" | "));
  const joined = haystack.replace(/[\s–—-]+/g, "");
  return words.every((word) => haystack.includes(word) || joined.includes(word));
}

export interface CrossingFilter {
  q?: string;
  /** "KG-KZ": crossings on that border, in either order. */
  pair?: string;
  /** Crossings whose sources name this mode among those they take. */
  mode?: TravelMode;
  /** Crossings open now (for a foreign traveller by any mode). */
  openNow?: boolean;
}

/** Search by crossing or post name (English or Russian), another name or spelling of either, a
 * nearby town, or country name or code; case-, accent- and mark-insensitive. Then the filters:
 * border, mode of travel, open now. */
export function filterCrossings<T extends CrossingSummary>(summaries: T[], filter: CrossingFilter): T[] {
  const words = searchWords(filter.q ?? "");
  const pair = filter.pair?.toUpperCase().split("-").sort().join("-");
  return summaries.filter((summary) => {
    if (pair && [...summary.countries].sort().join("-") !== pair) return false;
    if (filter.mode && !summary.modes.includes(filter.mode)) return false;
    if (filter.openNow && summary.state !== "open") return false;
    return matchesSearch(words, [
      summary.name,
      summary.nameRu ?? "",
      ...summary.posts,
      ...summary.postsRu.map((post) => post ?? ""),
      ...(summary.searchNames ?? []),
      ...summary.countries,
      ...summary.countries.flatMap((code) => [countryNames[code].en, countryNames[code].ru]),
    ]);
  });
}
