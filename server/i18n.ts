/**
 * The reader's language for this request, in server components, actions and route handlers.
 */
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/locale";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { formatters, type Formatters } from "@/lib/format/time";

export const getLocale = cache(async (): Promise<Locale> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
});

export interface I18n {
  locale: Locale;
  t: Messages;
  f: Formatters;
}

export async function getI18n(): Promise<I18n> {
  const locale = await getLocale();
  return { locale, t: messagesFor(locale), f: formatters(locale) };
}
