/**
 * The city a time zone is named after, in the reader's language: "Bishkek (UTC+6)" on an
 * English page, "Бишкек (UTC+6)" on a Russian one. English uses the tz database's own spelling
 * (Asia/Bishkek → Bishkek); Russian uses the names below, as CLDR's Russian exemplar cities spell
 * them, for every zone a crossing of the region sits in and every zone a reader can pick (a test
 * checks both). A zone not listed keeps the tz database's spelling. Imported by the browser's
 * "your time" script too (app/_components/reader-time.tsx): keep it this small and pure.
 */
import type { Locale } from "@/lib/i18n/locale";

const russianCities: Record<string, string> = {
  "Asia/Almaty": "Алматы",
  "Asia/Aqtau": "Актау",
  "Asia/Aqtobe": "Актобе",
  "Asia/Ashgabat": "Ашхабад",
  "Asia/Atyrau": "Атырау",
  "Asia/Baku": "Баку",
  "Asia/Barnaul": "Барнаул",
  "Asia/Bishkek": "Бишкек",
  "Asia/Dushanbe": "Душанбе",
  "Asia/Kabul": "Кабул",
  "Asia/Krasnoyarsk": "Красноярск",
  "Asia/Novosibirsk": "Новосибирск",
  "Asia/Omsk": "Омск",
  "Asia/Oral": "Уральск",
  "Asia/Qostanay": "Костанай",
  "Asia/Qyzylorda": "Кызылорда",
  "Asia/Samarkand": "Самарканд",
  "Asia/Shanghai": "Шанхай",
  "Asia/Tashkent": "Ташкент",
  "Asia/Tehran": "Тегеран",
  "Asia/Urumqi": "Урумчи",
  "Asia/Yekaterinburg": "Екатеринбург",
  "Europe/Astrakhan": "Астрахань",
  "Europe/Moscow": "Москва",
  "Europe/Samara": "Самара",
  "Europe/Saratov": "Саратов",
  "Europe/Volgograd": "Волгоград",
  // The rest of the zones a reader can pick (readerZones, lib/format/time.ts).
  "Europe/London": "Лондон",
  "Europe/Berlin": "Берлин",
  "Europe/Istanbul": "Стамбул",
  "Asia/Dubai": "Дубай",
  "Asia/Kolkata": "Калькутта",
  "Asia/Seoul": "Сеул",
  "America/New_York": "Нью-Йорк",
  "America/Los_Angeles": "Лос-Анджелес",
  "Australia/Sydney": "Сидней",
};

/** "Bishkek", "Бишкек"; "UTC" as it is. */
export function zoneCity(timeZone: string, locale: Locale): string {
  if (locale === "ru" && Object.hasOwn(russianCities, timeZone)) return russianCities[timeZone]!;
  return timeZone.split("/").pop()!.replace(/_/g, " ");
}
