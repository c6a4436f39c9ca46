/**
 * The city a time zone is named after, in the reader's language: "Bishkek (UTC+6)" on an
 * English page, "Бишкек (UTC+6)" on a Russian one. English uses the tz database's own spelling
 * (Asia/Bishkek → Bishkek); Russian uses the names below, as CLDR's Russian exemplar cities spell
 * them, for every zone a crossing of the region sits in (a test checks the seed's). A zone not
 * listed keeps the tz database's spelling.
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
};

/** "Bishkek", "Бишкек"; "UTC" as it is. */
export function zoneCity(timeZone: string, locale: Locale): string {
  if (locale === "ru" && Object.hasOwn(russianCities, timeZone)) return russianCities[timeZone]!;
  return timeZone.split("/").pop()!.replace(/_/g, " ");
}
