/**
 * The data's own words (notes, facility details, season descriptions, requirement details, road
 * notes, the comments inside opening_hours values, seeded notices, source notes) in the reader's
 * language.
 *
 * The baseline keeps its free text in English, as its sources were summarised; the Russian of
 * each seeded text is in db/seed/data/russian.ts, keyed by the exact English text. Keyed by the
 * text, not by where it sits, so a moderator who rewrites a text never leaves a stale Russian
 * beside it: the new words show as written until they are translated. A text with no Russian
 * shows as written (the test "every data-driven text of every seeded crossing has its Russian"
 * keeps the seed's texts covered).
 */
import { russianText } from "@/db/seed/data/russian";
import type { Locale } from "@/lib/i18n/locale";

const ru = new Map<string, string>(Object.entries(russianText));

/** The Russian of a data text, or undefined where there is none. */
export function russianOf(text: string): string | undefined {
  return ru.get(text.trim());
}

/** A data text in the reader's language where a translation exists, else as written. */
export function dataText(text: string, locale: Locale): string;
export function dataText(text: string | null | undefined, locale: Locale): string | null | undefined;
export function dataText(text: string | null | undefined, locale: Locale): string | null | undefined {
  if (text == null || locale === "en") return text;
  return russianOf(text) ?? text;
}

/** The language a data text is shown in, for the `lang` attribute around it. */
export function dataTextLang(text: string | null | undefined, locale: Locale): Locale {
  return locale === "ru" && text != null && russianOf(text) === undefined ? "en" : locale;
}

/** The comments inside an OpenStreetMap opening_hours value (`Mo-Su unknown "not published"`):
 * the words the status shows beside "hours unknown". */
export function openingHoursComments(value: string): string[] {
  return [...value.matchAll(/"([^"]*)"/g)].map((match) => match[1]!).filter(Boolean);
}
