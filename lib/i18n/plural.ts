import { intlLocales, type Locale } from "@/lib/i18n/locale";

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Locale, Intl.PluralRules>();
const numbers = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(locale: Locale, value: number): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(intlLocales[locale])));
  return format.format(value);
}

/** The form for `count` by the language's plural rules, with "#" replaced by the number. */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(intlLocales[locale])));
  return (forms[rule.select(count)] ?? forms.other).replace("#", formatNumber(locale, count));
}
