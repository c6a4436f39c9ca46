/**
 * The view of a crossing that the list, the API and the crossing page share, computed from
 * its baseline at an instant. Pure: the caller supplies the record and the time.
 */
import type { CountryCode, CrossingBaseline, Eligibility, TravelMode } from "@/lib/baseline/schema";
import { crossingLocation } from "@/lib/baseline/facts";
import { evaluateStatus } from "@/lib/status/evaluate";
import { statusHeadline } from "@/lib/status/headline";
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
  /** null: no source gives the crossing's location yet (never guessed). */
  location: { lat: number; lon: number } | null;
  state: CrossingState;
  basis: StatusBasis;
  /** "Closed — 2 travellers, 40 min ago" */
  headline: string;
  reason: string;
  nextChange: Date | null;
  who: Eligibility;
  modes: TravelMode[];
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
    location: crossingLocation(baseline),
    state: status.state,
    basis: status.basis,
    headline: statusHeadline(status, { locale }),
    reason: status.reasons[0] ? reasonText(status.reasons[0].message, locale) : "",
    nextChange: status.nextChange,
    who: baseline.traffic.value.who,
    modes: baseline.traffic.value.modes,
  };
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

export interface CrossingFilter {
  q?: string;
  /** "KG-KZ": crossings on that border, in either order. */
  pair?: string;
}

/** Search by crossing or post name (English or Russian) or country name or code. */
export function filterCrossings(summaries: CrossingSummary[], filter: CrossingFilter): CrossingSummary[] {
  const words = fold(filter.q ?? "").split(/[\s,–-]+/).filter(Boolean);
  const pair = filter.pair?.toUpperCase().split("-").sort().join("-");
  return summaries.filter((summary) => {
    if (pair && [...summary.countries].sort().join("-") !== pair) return false;
    if (!words.length) return true;
    const haystack = fold(
      [
        summary.name,
        summary.nameRu ?? "",
        ...summary.posts,
        ...summary.postsRu.map((post) => post ?? ""),
        ...summary.countries,
        ...summary.countries.flatMap((code) => [countryNames[code].en, countryNames[code].ru]),
      ].join(" "),
    );
    return words.every((word) => haystack.includes(word));
  });
}
