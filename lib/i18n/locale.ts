/**
 * The interface languages and how a request picks one: the reader's saved choice (a cookie
 * set by the language switcher) first, then the browser's Accept-Language, then English.
 */
import Negotiator from "negotiator";

export const locales = ["en", "ru"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The cookie the language switcher sets; a year, like the reader's zone. */
export const LOCALE_COOKIE = "lang";
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 3600;

/** The tags handed to Intl for dates, times and numbers. */
export const intlLocales: Record<Locale, string> = { en: "en-GB", ru: "ru-RU" };

/** Each language's name in itself, for the switcher. */
export const localeNames: Record<Locale, string> = { en: "English", ru: "Русский" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const match = new Negotiator({ headers: { "accept-language": acceptLanguage.slice(0, 500) } }).language([...locales]);
  return isLocale(match) ? match : defaultLocale;
}

export function resolveLocale(saved: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(saved) ? saved : negotiateLocale(acceptLanguage);
}
