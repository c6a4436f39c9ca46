/**
 * Every catalog, by language. Each area of the interface keeps its own file (English and
 * Russian side by side); this joins them. See docs/i18n.md.
 */
import type { Locale } from "@/lib/i18n/locale";
import * as core from "./core";
import * as crossing from "./crossing";
import * as reasons from "./reasons";
import * as reportForm from "./report-form";
import * as pages from "./pages";
import * as moderation from "./moderation";
import * as pinsNear from "./pins-near";

const en = { ...core.en, crossing: crossing.en, reasons: reasons.en, reportForm: reportForm.en, pages: pages.en, moderation: moderation.en, pinsNear: pinsNear.en };
const ru = { ...core.ru, crossing: crossing.ru, reasons: reasons.ru, reportForm: reportForm.ru, pages: pages.ru, moderation: moderation.ru, pinsNear: pinsNear.ru };

export type Messages = typeof en;
const catalogs: Record<Locale, Messages> = { en, ru };

export function messagesFor(locale: Locale): Messages {
  return catalogs[locale];
}
