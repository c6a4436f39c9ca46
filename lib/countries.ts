/**
 * Country names for display; ISO 3166-1 alpha-2 codes are what the data stores. Any of the 249
 * codes has a name in English and Russian, from the Unicode CLDR data built into Node's full ICU
 * (`Intl.DisplayNames`), with a few of our own where the CLDR name is not the one used in the
 * region (docs/data.md, "Countries").
 */
import type { CountryCode } from "@/lib/baseline/schema";
import { isoCountryCodes } from "@/lib/iso-3166-1";

export type CountryNames = { en: string; ru: string };

/** Where CLDR's name is not what the region's own Russian-language sources use: Kyrgyzstan's
 * constitution and state media say «Кыргызстан» (CLDR: «Киргизия»), as this site always has. */
export const countryNameOverrides: Partial<Record<CountryCode, Partial<CountryNames>>> = {
  KG: { ru: "Кыргызстан" },
};

function cldrNames(): Record<CountryCode, CountryNames> {
  const en = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const ru = new Intl.DisplayNames(["ru"], { type: "region", fallback: "none" });
  const names = {} as Record<CountryCode, CountryNames>;
  for (const code of isoCountryCodes) {
    const name = { en: en.of(code), ru: ru.of(code), ...countryNameOverrides[code] };
    // A Node built without full ICU has no Russian names (or none at all): fail loudly at start,
    // never show a bare code as if it were a name.
    if (!name.en || !name.ru || name.ru === code || !/\p{Script=Cyrillic}/u.test(name.ru)) {
      throw new Error(`No English and Russian name for ${code}: this Node lacks full ICU (Intl.DisplayNames)`);
    }
    names[code] = { en: name.en, ru: name.ru };
  }
  return names;
}

export const countryNames: Record<CountryCode, CountryNames> = cldrNames();

export function countryName(code: CountryCode): string {
  return countryNames[code].en;
}

/** A country pair in a stable order ("KG-KZ" and "KZ-KG" are the same border). */
export function countryPairKey(a: CountryCode, b: CountryCode): string {
  return [a, b].sort().join("-");
}
