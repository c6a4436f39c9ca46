import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countryCode, countryCodes } from "@/lib/baseline/schema";
import { countryName, countryNames, countryPairKey } from "@/lib/countries";
import { isoCountryCodes } from "@/lib/iso-3166-1";

describe("country codes", () => {
  it("are the 249 ISO 3166-1 alpha-2 codes, sorted, each once", () => {
    expect(countryCodes).toBe(isoCountryCodes);
    expect(isoCountryCodes).toHaveLength(249);
    expect(new Set(isoCountryCodes).size).toBe(249);
    expect([...isoCountryCodes].sort()).toEqual([...isoCountryCodes]);
    for (const code of isoCountryCodes) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  // The list was generated from Debian's iso-codes; where the package is installed, it still agrees.
  it.runIf(existsSync("/usr/share/iso-codes/json/iso_3166-1.json"))("match the iso-codes package where it is installed", () => {
    const data = JSON.parse(readFileSync("/usr/share/iso-codes/json/iso_3166-1.json", "utf8")) as { "3166-1": { alpha_2: string }[] };
    expect(data["3166-1"].map((entry) => entry.alpha_2).sort()).toEqual([...isoCountryCodes]);
  });

  it("accept every code of the region and any other ISO code", () => {
    for (const code of ["KG", "KZ", "UZ", "TJ", "TM", "AF", "IR", "CN", "RU", "MN", "AZ", "PK", "US"]) expect(countryCode.parse(code)).toBe(code);
  });

  it("reject anything else with a clear message", () => {
    for (const bad of ["XK", "ZZ", "AA", "EU", "UN", "UK", "kg", "Kg", "KGZ", "K", "", " KG", 417, null]) {
      const result = countryCode.safeParse(bad);
      expect(result.success, String(bad)).toBe(false);
      expect(result.error!.issues[0]!.message).toBe("not an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. KG, TM)");
    }
  });
});

describe("country names", () => {
  it("exist in English and Russian (Cyrillic) for every code", () => {
    expect(Object.keys(countryNames)).toHaveLength(249);
    for (const code of isoCountryCodes) {
      const { en, ru } = countryNames[code];
      expect(en, code).toMatch(/^\p{Script=Latin}/u);
      expect(en).not.toBe(code);
      expect(ru, code).toMatch(/^\p{Script=Cyrillic}/u);
    }
  });

  it("are the usual ones for the region", () => {
    expect(countryNames).toMatchObject({
      KG: { en: "Kyrgyzstan", ru: "Кыргызстан" },
      KZ: { en: "Kazakhstan", ru: "Казахстан" },
      UZ: { en: "Uzbekistan", ru: "Узбекистан" },
      TJ: { en: "Tajikistan", ru: "Таджикистан" },
      TM: { en: "Turkmenistan", ru: "Туркменистан" },
      AF: { en: "Afghanistan", ru: "Афганистан" },
      IR: { en: "Iran", ru: "Иран" },
      CN: { en: "China", ru: "Китай" },
      RU: { en: "Russia", ru: "Россия" },
      MN: { en: "Mongolia", ru: "Монголия" },
      AZ: { en: "Azerbaijan", ru: "Азербайджан" },
    });
    expect(countryName("TM")).toBe("Turkmenistan");
    expect(countryPairKey("TM", "AF")).toBe("AF-TM");
  });
});
