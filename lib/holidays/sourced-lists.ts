/**
 * Public holidays for the region's countries `date-holidays` does not cover (KG, TJ, TM), as rules in
 * date-holidays' own syntax so its engine computes the moving Islamic feasts. Each list
 * carries its source; sources.ts registers them for display.
 */
import type { SourceRef } from "@/lib/baseline/schema";

export interface HolidayRule {
  rule: string;
  name: string;
}

export interface SourcedHolidayList {
  sources: SourceRef[];
  rules: HolidayRule[];
}

export const kyrgyzHolidays: SourcedHolidayList = {
  sources: [
    {
      source: "kg-embassy-holidays",
      asOf: "2026-11",
      note: "Non-working holidays of the Kyrgyz Republic; the page adds that Torugart and Irkeshtam are closed at weekends and on holidays. Orozo Ait and Kurman Ait follow the lunar calendar; the government fixes the exact day each year, which can differ from the computed date by a day.",
    },
  ],
  rules: [
    { rule: "01-01", name: "New Year's Day" },
    { rule: "01-07", name: "Orthodox Christmas" },
    { rule: "02-23", name: "Fatherland Defenders' Day" },
    { rule: "03-08", name: "International Women's Day" },
    { rule: "03-21", name: "Nooruz" },
    { rule: "05-01", name: "Labour Day" },
    { rule: "05-05", name: "Constitution Day" },
    { rule: "05-09", name: "Victory Day" },
    { rule: "08-31", name: "Independence Day" },
    { rule: "11-07", name: "October Revolution anniversary" },
    { rule: "1 Shawwal", name: "Orozo Ait (end of Ramadan)" },
    { rule: "10 Dhu al-Hijjah", name: "Kurman Ait (Feast of the Sacrifice)" },
  ],
};

export const tajikHolidays: SourcedHolidayList = {
  sources: [
    {
      source: "wikipedia-tj-holidays",
      asOf: "2026-11",
      note: "Days off only: the page's commemorative days (Armed Forces Day, Leader of the Nation Day, Flag Day) are not treated as closures. Navruz is listed there as 20–22 March; the Russian-language list gives 21–24 March; both ranges are kept (20–24 March).",
    },
  ],
  rules: [
    { rule: "01-01", name: "New Year's Day" },
    { rule: "03-08", name: "Mothers' Day" },
    { rule: "03-20", name: "Navruz" },
    { rule: "03-21", name: "Navruz" },
    { rule: "03-22", name: "Navruz" },
    { rule: "03-23", name: "Navruz" },
    { rule: "03-24", name: "Navruz" },
    { rule: "05-01", name: "Labour Day" },
    { rule: "05-09", name: "Victory Day" },
    { rule: "06-27", name: "National Unity Day" },
    { rule: "09-09", name: "Independence Day" },
    { rule: "11-06", name: "Constitution Day" },
    { rule: "1 Shawwal", name: "Idi Ramazon (end of Ramadan)" },
    { rule: "10 Dhu al-Hijjah", name: "Idi Qurbon (Feast of the Sacrifice)" },
  ],
};

export const turkmenHolidays: SourcedHolidayList = {
  sources: [
    {
      source: "wikipedia-tm-holidays",
      asOf: "2026-12",
      note: "The page's main public holidays only (it lists professional and other holidays apart). Independence Day is 27 September and State Flag and Constitution Day 18 May, as the page says; older lists give 27-28 October and 19 February. Travel pages also name 12 January (Memorial Day) and 9 May as days off: not in the page's main list and not included. The page puts Uraza Bayram on 1 Shawwal and Kurban Bayram on 10 Dhu al-Hijja, their Gregorian dates fixed each year by presidential decree, so the computed date can differ.",
    },
  ],
  rules: [
    { rule: "01-01", name: "New Year's Day" },
    { rule: "03-08", name: "International Women's Day" },
    { rule: "03-21", name: "Nowruz" },
    { rule: "03-22", name: "Nowruz" },
    { rule: "05-18", name: "State Flag and Constitution Day" },
    { rule: "09-27", name: "Independence Day" },
    { rule: "10-06", name: "Day of Remembrance" },
    { rule: "12-12", name: "Day of Neutrality" },
    { rule: "1 Shawwal", name: "Oraza Bayram (end of Ramadan)" },
    { rule: "10 Dhu al-Hijjah", name: "Kurban Bayram (Feast of the Sacrifice)" },
  ],
};

/** Days date-holidays 3.37.0 leaves out, added to its own rules for the country (the list's
 * sources are cited beside date-holidays'). */
export const dateHolidaysAdditions: Partial<Record<"CN", SourcedHolidayList>> = {
  CN: {
    sources: [
      {
        source: "xinhua-cn-holidays-2024",
        asOf: "2024-11-12",
        note: "The State Council's revised holiday measures, in force from 1 January 2025: the Spring Festival holiday goes from three days to four, the eve of the Lunar New Year added; the May Day holiday from one day to two, 2 May added. The three days before were the first three of the first month (not said in this report: the measures of 2013); date-holidays has the eve and the first two days only, and 1 May only, so the third day and 2 May are added here, from 2025 only. The weeks off, with their make-up working days, are set each year and are not in either list.",
      },
    ],
    rules: [
      { rule: "chinese 01-0-03 since 2025", name: "Spring Festival" },
      { rule: "05-02 since 2025", name: "Labour Day" },
    ],
  },
};
