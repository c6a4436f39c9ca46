/** Country names for display; ISO 3166-1 alpha-2 codes are what the data stores. */
import type { CountryCode } from "@/lib/baseline/schema";

export const countryNames: Record<CountryCode, { en: string; ru: string }> = {
  KG: { en: "Kyrgyzstan", ru: "Кыргызстан" },
  KZ: { en: "Kazakhstan", ru: "Казахстан" },
  UZ: { en: "Uzbekistan", ru: "Узбекистан" },
  TJ: { en: "Tajikistan", ru: "Таджикистан" },
  CN: { en: "China", ru: "Китай" },
  RU: { en: "Russia", ru: "Россия" },
};

export function countryName(code: CountryCode): string {
  return countryNames[code].en;
}

/** A country pair in a stable order ("KG-KZ" and "KZ-KG" are the same border). */
export function countryPairKey(a: CountryCode, b: CountryCode): string {
  return [a, b].sort().join("-");
}
