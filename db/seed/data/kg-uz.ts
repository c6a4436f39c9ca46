/** Kyrgyzstan – Uzbekistan crossings. Side 0 is always the Kyrgyz side. */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";

const ed = { source: "crossings-editorial-2026", asOf: "2026-11" } as const;
const guide = { source: "guide-kyrgyz-borders-2024", asOf: "2024" } as const;
const dustlik = { source: "azathabar-dustlik-2022", asOf: "2022-08" } as const;
const queues = { source: "24kg-dostuk-queues-2024", asOf: "2024-08-28" } as const;
const reopening2011 = { source: "kse-dostuk-reopening-2011", asOf: "2011-10-26" } as const;
const hoursUnknown = 'Mo-Su unknown "hours not published in our sources"';
const joseti = {
  source: "joseti-madaniyat-2022",
  asOf: "2022",
  note: "'The common way to cross the border between Uzbekistan and Southern Kyrgyzstan is the Dostyk border crossing, open 24/7 for both pedestrian and vehicular traffic.' A traveller's guide written in 2022 by someone who crossed at Madaniyat, not at Dostuk, so a guide's statement, not a first-hand one. Consistent with a first-hand report of March 2018 (oepress.ru: the checkpoint 'works round the clock') and with the Border Service's daily capacity 'taking into account the continuous border control' (August 2024), neither of which sets the value",
} as const;

export const kgUz: CrossingBaselineInput[] = [
  {
    slug: "dostuk",
    name: { en: "Dostuk – Dustlik", ru: "Достук – Дустлик" },
    searchNames: {
      names: ["Do'stlik", "Дўстлик", "Dostuk-avtodorozhny", "Dustlik-avtodorozhny"],
      towns: [
        ["Osh", "Ош", "Kara-Suu", "Кара-Суу"],
        ["Andijan", "Андижан"],
      ],
    },
    sides: [
      {
        country: "KG",
        postName: {
          value: { en: "Dostuk", ru: "Достук" },
          sources: [guide, { ...dustlik, note: "Dustlik (Dostuk) checkpoint between Andijan and Osh, in Kara-Suu district of Osh region" }],
        },
        timeZone: "Asia/Bishkek",
        location: {
          value: { lat: 40.5333, lon: 72.8 },
          sources: [
            { source: "itwiki-osh", asOf: "2026-12", note: "Osh city at 40°32′N 72°48′E (to the minute)" },
            {
              source: "oepress-dostuk-2018",
              asOf: "2018-03",
              note: "'The border with Uzbekistan is five kilometres north-west of the centre of Osh': the Dostuk checkpoint, crossed in March 2018. The city centre's coordinates, not the post's; the map outlines put the line about 9 km from this point, so ±10 km",
            },
          ],
        },
        hours: {
          value: "24/7",
          sources: [
            {
              ...joseti,
              note: `${joseti.note}. First-hand, June 2023: a tour group 'reach[ed] the first border at Dustlick before 8 am but it was still busy' and was taken through the Kyrgyz checkpoint (offexploring.com, Kate's chronicles, 9 June 2023); that fits round-the-clock work but does not show it`,
            },
          ],
          alternatives: [
            {
              value: "08:00-18:00",
              sources: [
                {
                  ...reopening2011,
                  note: "At the October 2011 reopening: open to pedestrians and vehicles 8:00–18:00, summer hours 7:00–20:00 (old; may have changed)",
                },
              ],
            },
          ],
        },
        notes:
          "Very busy: in August 2024 the Border Service counted 18,000–26,000 people a day against a capacity of about 16,400, with the worst queues on Osh region wholesale market days (Tuesday and Saturday).",
      },
      {
        country: "UZ",
        postName: { value: { en: "Dustlik", ru: "Дустлик" }, sources: [dustlik] },
        timeZone: "Asia/Tashkent",
        location: {
          value: { lat: 40.5333, lon: 72.8 },
          sources: [
            { source: "itwiki-osh", asOf: "2026-12", note: "Osh city at 40°32′N 72°48′E (to the minute)" },
            {
              source: "oepress-dostuk-2018",
              asOf: "2018-03",
              note: "The border crossing is five kilometres north-west of the centre of Osh; the Uzbek post is just across it. Osh city centre's coordinates, not the post's; the map outlines put the line about 9 km from this point, so ±10 km",
            },
          ],
        },
        hours: { value: "24/7", sources: [joseti] },
      },
    ],
    operation: {
      value: "operating",
      sources: [
        { ...guide, note: "Quick and easy crossing, open to international travellers" },
        { ...queues, note: "Operating as usual in August 2024, with heavy queues" },
      ],
    },
    traffic: {
      value: { modes: ["pedestrian", "car", "bus"], who: "everyone" },
      sources: [
        { ...guide, note: "One of the two KG–UZ crossings open to international travellers" },
        { ...queues, note: "Passengers and passenger cars; separate corridors for people with and without cargo" },
        { ...reopening2011, note: "Open to pedestrians and vehicles" },
      ],
    },
    roadNotes: {
      value: "On the main road between Osh and Andijan.",
      sources: [guide, dustlik],
    },
  },
  {
    slug: "izboskan",
    name: { en: "Madaniyat – Izboskan", ru: "Маданият – Избаскан" },
    searchNames: { names: ["Madaniyat", "Маданият", "Izboskan crossing"], towns: [[], ["Izboskan", "Избаскан", "Andijan", "Андижан"]] },
    sides: [
      {
        country: "KG",
        postName: {
          value: { en: "Madaniyat", ru: "Маданият" },
          sources: [
            {
              source: "barometr-madaniyat-2017-10-02",
              asOf: "2017-10-02",
              note: "KPP 'Madaniyat' in Nooken district of Jalal-Abad region, on the Kyrgyz–Uzbek border, reopening in October 2017 (open since 2004, closed by Uzbekistan in 2016)",
            },
            {
              source: "novostikg-3kpp-2023-05",
              asOf: "2023-05",
              note: "KG Border Service via Kabar: 'Madaniyat' in Nooken district is one of the two pedestrian crossings of Jalal-Abad region",
            },
            { ...joseti, note: "'The Madaniyat border crossing, open for pedestrians. It is also sometimes referred to as \"Izboskan crossing\"'" },
          ],
        },
        timeZone: "Asia/Bishkek",
        location: {
          value: { lat: 40.93, lon: 72.3 },
          sources: [
            {
              ...ed,
              note: "Very approximate: placed on the border of Izboskan district (Andijan region, Uzbekistan); ±20 km, needs verification",
            },
          ],
        },
        hours: { value: hoursUnknown, sources: [ed] },
      },
      {
        country: "UZ",
        postName: {
          value: { en: "Izboskan", ru: "Избаскан" },
          sources: [{ ...guide, note: "The guide names 'Izboskan and Dostyk' as the two KG–UZ crossings open to international travellers" }],
        },
        timeZone: "Asia/Tashkent",
        location: {
          value: { lat: 40.93, lon: 72.3 },
          sources: [{ ...ed, note: "Same very approximate point as the Kyrgyz side; ±20 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [ed] },
      },
    ],
    operation: {
      value: "operating",
      sources: [guide, { source: "novostikg-3kpp-2023-05", asOf: "2023-05", note: "One of the two working pedestrian crossings of Jalal-Abad region (May 2023)" }],
    },
    traffic: {
      value: { modes: ["pedestrian", "bicycle"], who: "everyone" },
      sources: [
        { source: "novostikg-3kpp-2023-05", asOf: "2023-05", note: "KG Border Service: a pedestrian crossing (May 2023)" },
        { ...joseti, note: "A guide (2022) by a foreign traveller who crossed here: open for pedestrians" },
        {
          ...guide,
          note: "The guide describes one of its two KG–UZ crossings as open to foreigners but only to pedestrians and cyclists, not cars or motorcycles. The heading of that paragraph was lost from our copy of the page; since the other paragraph is the Osh – Andijan road (Dostuk), this one is taken to be Izboskan. Needs verification.",
        },
      ],
    },
    facilities: {
      value: [{ kind: "transport", side: null, available: true, detail: "Shared taxis on both sides of the border" }],
      sources: [{ ...guide, note: "Same paragraph with the lost heading (see traffic)" }],
    },
  },
];
