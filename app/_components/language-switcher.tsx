import { setLanguageAction } from "@/app/language/actions";
import { localeNames, locales, type Locale } from "@/lib/i18n/locale";

/** English / Русский: a plain form, so it works without JavaScript; the choice is kept in a cookie. */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  return (
    <form action={setLanguageAction} className="language" aria-label={label}>
      {locales.map((locale) => (
        <button key={locale} type="submit" name="lang" value={locale} lang={locale} className="link-button" aria-pressed={locale === current} data-testid={`language-${locale}`}>
          {localeNames[locale]}
        </button>
      ))}
    </form>
  );
}
