/** The engine's reasons in words, in a reader's language. */
import type { CountryCode, TravelMode } from "@/lib/baseline/schema";
import { countryNames } from "@/lib/countries";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { formatters, utcOffsetLabel } from "@/lib/format/time";
import { noticeReplaced, type LocalName, type ReasonMessage, type ReportTally } from "@/lib/status/reason-message";
import { dataText } from "@/lib/i18n/data-text";
import { ownEntry } from "@/lib/i18n/catalog";
import { holidayName } from "@/lib/i18n/holiday-names";

/** The name in the reader's language where the data has it, else as published. */
export function localName(name: LocalName, locale: Locale): string {
  return (locale === "ru" && name.ru) || name.en;
}

/** A post's name, with its country where the crossing's two posts share a name ("Torugart
 * (Kyrgyzstan)"; inside a name's own brackets: "Irkeshtam (Sumhana, China)"). */
export function postName(post: LocalName, postCountry: CountryCode | undefined, locale: Locale): string {
  const name = localName(post, locale);
  if (!postCountry) return name;
  const country = localCountry(postCountry, locale);
  return name.endsWith(")") ? `${name.slice(0, -1)}, ${country})` : `${name} (${country})`;
}

/** "by truck, by car": how a list of modes is said after "open only" or "closed". */
export function travellingByList(modes: readonly TravelMode[], locale: Locale): string {
  const t = messagesFor(locale);
  return modes.map((mode) => t.travellingBy[mode]).join(t.listSeparator);
}

export function localCountry(code: CountryCode, locale: Locale): string {
  return countryNames[code][locale];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A season's range (opening_hours date-range syntax, lib/baseline/schema.ts) in the reader's
 * words: "May-Oct" → "May–October" / "май–октябрь"; "May 20-Sep 30" → "20 May – 30 September" /
 * "20 мая – 30 сентября". Anything else (several ranges, weeks, years) is shown as written.
 */
export function seasonRangeText(range: string, locale: Locale): string {
  const match = /^([A-Z][a-z]{2})(?: (\d{1,2}))?-([A-Z][a-z]{2})(?: (\d{1,2}))?$/.exec(range.trim());
  if (!match) return range;
  const ends = [
    [match[1]!, match[2]],
    [match[3]!, match[4]],
  ].map(([month, day]) => ({ month: MONTHS.indexOf(month!), day: day ? Number(day) : null }));
  // A day the month has (29 February counts: a season recurs every year).
  const daysIn = (month: number) => new Date(Date.UTC(2024, month + 1, 0)).getUTCDate();
  if (ends.some((end) => end.month < 0 || (end.day !== null && (end.day < 1 || end.day > daysIn(end.month))))) return range;
  const f = formatters(locale);
  const [from, to] = ends.map(({ month, day }) => f.dayOfYear(month, day));
  return ends.every((end) => end.day === null) ? `${from}–${to}` : `${from} – ${to}`;
}

/** A disputed fact's value as the engine states it ("operating"; "pedestrian, car; everyone"; a
 * season's range or description), in the reader's language. */
function claimValueText(fact: "operation" | "season" | "traffic" | "publicHolidays", value: string, locale: Locale): string {
  const t = messagesFor(locale);
  switch (fact) {
    case "operation":
    case "publicHolidays":
      return ownEntry(t.moderation.facts[fact] as Record<string, string>, value) ?? value;
    case "season":
      // A range, or (a claim without one) its description.
      return seasonRangeText(dataText(value, locale), locale);
    case "traffic": {
      const [modes = "", who = "", others = ""] = value.split("; ");
      const modeWords = modes
        .split(", ")
        .filter(Boolean)
        .map((mode) => ownEntry(t.modes, mode)?.toLowerCase() ?? mode);
      const list = modeWords.join(t.listSeparator) + (others === "otherModes unknown" ? t.crossing.rules.otherModesUnknown : "");
      return [ownEntry(t.eligibility, who) ?? who, list].filter(Boolean).join("; ");
    }
  }
}

/** A reason as a headline gives it after the state: the same words, except that a dispute names
 * what is disputed without every claim and its sources (the reasons below the headline give them). */
export function reasonHeadlineText(message: ReasonMessage, locale: Locale): string {
  const r = messagesFor(locale).reasons;
  if (message.key === "factDisagrees") return r.factDisagreesShort(r.facts[message.fact], message.post ? postName(message.post, message.postCountry, locale) : null);
  if (message.key === "sourcesDisagree") return r.sourcesDisagreeShort(postName(message.post, message.postCountry, locale));
  return reasonText(message, locale);
}

/** A reason as the list's row gives it, on one line of a phone: who may cross in short, a dispute
 * as the headline names it, else the reason as written. */
export function reasonRowText(message: ReasonMessage, locale: Locale): string {
  const r = messagesFor(locale).reasons;
  if (message.key === "whoUnknown") return r.whoUnknownShort;
  if (message.key === "goodsOnly") return r.goodsOnlyShort;
  if (message.key === "bilateral") return r.bilateralShort(localCountry(message.countries[0], locale), localCountry(message.countries[1], locale));
  const text = reasonHeadlineText(message, locale);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A reason in the reader's language. A dispute names which sources say what through
 * `sourceLabel` (the crossing page: each source's citation number, "[2]"); without it the claims
 * are listed without attribution — never by the sources' internal keys — and the sources are
 * given beside the text (the API's `sources`, the page's citations).
 */
export function reasonText(message: ReasonMessage, locale: Locale, sourceLabel?: (key: string) => string | undefined): string {
  const t = messagesFor(locale);
  const r = t.reasons;
  const f = formatters(locale);
  const country = (code: CountryCode) => localCountry(code, locale);
  const tally = (entry: ReportTally) => r.tally(entry.count, t.seen[entry.seen], f.ago(entry.newestAgoMs));
  const cited = (keys: string[]) => (sourceLabel ? keys.flatMap((key) => sourceLabel(key) ?? []).join(", ") : "");
  const modeList = (modes: readonly (keyof typeof t.modes)[]) => modes.map((mode) => t.modes[mode].toLowerCase()).join(t.listSeparator);
  switch (message.key) {
    case "holidayCloses":
    case "holidayMaybe":
    case "holidayUnsaid": {
      const where = `${localName(message.post, locale)} (${country(message.country)})`;
      return r[message.key](country(message.country), holidayName(message.country, message.holiday, locale), where);
    }
    case "holidaysUnknown":
      return r.holidaysUnknown(country(message.country), `${localName(message.post, locale)} (${country(message.country)})`);
    case "notice":
      return r.notice(
        dataText(message.text, locale),
        message.onlyModes ? message.onlyModes.map((mode) => t.modesInline[mode]).join(t.listSeparator) : null,
        message.untilFurtherNotice,
        message.exceptModes?.length && !noticeReplaced(message) ? message.exceptModes.map((mode) => t.modesInline[mode]).join(t.listSeparator) : null,
        noticeReplaced(message),
      );
    case "reports":
      return r.reports(tally(message.tally));
    case "reportsConflict":
      return r.reportsConflict(tally(message.tallies[0]), tally(message.tallies[1]));
    case "reportsUnconfirmed":
      return r.reportsUnconfirmed(tally(message.tally));
    case "reportsAwaiting":
      return r.reportsAwaiting(tally(message.tally));
    case "modeNotAllowed":
      return r.modeNotAllowed(t.modesInline[message.mode], modeList(message.allowed));
    case "modeUnknown":
      return r.modeUnknown(t.modesInline[message.mode], modeList(message.named));
    case "goodsOnly":
    case "outOfOperation":
    case "operationUnknown":
    case "bothOpen":
      return r[message.key];
    case "bilateral":
      return r.bilateral(country(message.countries[0]), country(message.countries[1]));
    case "whoUnknown":
      return r.whoUnknown(country(message.countries[0]), country(message.countries[1]));
    case "outOfSeason":
      return r.outOfSeason(dataText(message.description, locale));
    case "sourcesDisagree":
      return r.sourcesDisagree(
        postName(message.post, message.postCountry, locale),
        message.claims.map((claim) => r.claimState(t.sideStates[claim.state], cited(claim.sources))).join("; "),
      );
    case "factDisagrees": {
      // Two season claims of the same months may differ in the rest of the year: then say it.
      const outsideDiffers = new Set(message.claims.map((claim) => claim.outside)).size > 1;
      const value = (claim: (typeof message.claims)[number]) => {
        const text = claimValueText(message.fact, claim.value, locale);
        return outsideDiffers && claim.outside ? r.seasonOutside[claim.outside](text) : text;
      };
      return r.factDisagrees(
        r.facts[message.fact],
        message.post ? postName(message.post, message.postCountry, locale) : null,
        message.claims.map((claim) => r.claimValue(value(claim), cited(claim.sources))).join("; "),
      );
    }
    case "scheduleTooComplex":
      return r.scheduleTooComplex;
    case "sideClosed":
    case "sideHoursUnknown": {
      const until = message.nextChange ? r.nextChangeLocal(f.dayTime(message.nextChange, message.timeZone, message.at), utcOffsetLabel(message.nextChange, message.timeZone)) : "";
      return r[message.key](postName(message.post, message.postCountry, locale), until, message.comment ? ` (${dataText(message.comment, locale)})` : "");
    }
  }
}
