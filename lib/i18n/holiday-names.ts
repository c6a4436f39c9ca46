/**
 * A public holiday's name in the reader's language. The status engine names holidays in English
 * (lib/holidays/public-holidays.ts); date-holidays also has Russian names for most of the
 * countries it covers (KZ, RU, UZ …), matched here by date and rule. For the sourced lists of KG,
 * TJ and TM (lib/holidays/sourced-lists.ts) and China's days, whose Russian date-holidays lacks,
 * the Russian names are below. Elsewhere (e.g. Iran) the English name stays.
 */
import Holidays from "date-holidays";
import type { CountryCode } from "@/lib/baseline/schema";
import type { Locale } from "@/lib/i18n/locale";

/** The Russian of the holiday names date-holidays has no Russian for, by country. */
const listedRussianNames: Partial<Record<CountryCode, Record<string, string>>> = {
  KG: {
    "New Year's Day": "Новый год",
    "Orthodox Christmas": "Православное Рождество",
    "Fatherland Defenders' Day": "День защитников Отечества",
    "International Women's Day": "Международный женский день",
    Nooruz: "Нооруз",
    "Labour Day": "Праздник труда",
    "Constitution Day": "День Конституции",
    "Victory Day": "День Победы",
    "Independence Day": "День независимости",
    "October Revolution anniversary": "Годовщина Октябрьской революции",
    "Orozo Ait (end of Ramadan)": "Орозо айт (окончание Рамадана)",
    "Kurman Ait (Feast of the Sacrifice)": "Курман айт (праздник жертвоприношения)",
  },
  TJ: {
    "New Year's Day": "Новый год",
    "Mothers' Day": "День матери",
    Navruz: "Навруз",
    "Labour Day": "Праздник труда",
    "Victory Day": "День Победы",
    "National Unity Day": "День национального единства",
    "Independence Day": "День независимости",
    "Constitution Day": "День Конституции",
    "Idi Ramazon (end of Ramadan)": "Иди Рамазон (окончание Рамадана)",
    "Idi Qurbon (Feast of the Sacrifice)": "Иди Курбон (праздник жертвоприношения)",
  },
  TM: {
    "New Year's Day": "Новый год",
    "International Women's Day": "Международный женский день",
    Nowruz: "Новруз",
    "State Flag and Constitution Day": "День Конституции и Государственного флага",
    "Independence Day": "День независимости",
    "Day of Remembrance": "День памяти",
    "Day of Neutrality": "День нейтралитета",
    "Oraza Bayram (end of Ramadan)": "Ораза байрам (окончание Рамадана)",
    "Kurban Bayram (Feast of the Sacrifice)": "Курбан байрам (праздник жертвоприношения)",
  },
  CN: {
    "New Year's Day": "Новый год",
    "Spring Festival": "Праздник весны",
    "Qingming Festival": "Праздник Цинмин",
    "Labour Day": "Праздник труда",
    "Dragon Boat Festival": "Праздник драконьих лодок",
    "Mid-Autumn Festival": "Праздник середины осени",
    "National Day": "День образования КНР",
  },
};

const russianNames = new Map<CountryCode, Map<string, string>>();

function russianNamesOf(country: CountryCode): Map<string, string> {
  let names = russianNames.get(country);
  if (names) return names;
  names = new Map(Object.entries(listedRussianNames[country] ?? {}));
  try {
    const holidays = new Holidays(country);
    const thisYear = new Date().getUTCFullYear();
    for (let year = thisYear - 3; year <= thisYear + 2; year += 1) {
      const ru = holidays.getHolidays(year, "ru");
      for (const holiday of holidays.getHolidays(year, "en")) {
        const match = ru.find((other) => other.date === holiday.date && other.rule === holiday.rule);
        if (match && match.name !== holiday.name && /[\u0400-\u04FF]/.test(match.name) && !names.has(holiday.name)) names.set(holiday.name, match.name);
      }
    }
  } catch {
    // A country date-holidays does not know: no Russian names.
  }
  russianNames.set(country, names);
  return names;
}

/** The holiday's Russian name where date-holidays has one, else undefined. */
export function russianHolidayName(country: CountryCode, name: string): string | undefined {
  return russianNamesOf(country).get(name);
}

export function holidayName(country: CountryCode, name: string, locale: Locale): string {
  return (locale === "ru" && russianHolidayName(country, name)) || name;
}
