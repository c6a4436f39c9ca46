/**
 * Further crossings: Kazakhstan – Uzbekistan (side 0 Kazakh), Uzbekistan – Tajikistan
 * (side 0 Uzbek) and Tajikistan – China (side 0 Tajik).
 */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";

const ed = { source: "crossings-editorial-2026", asOf: "2026-11" } as const;
const zhibek2018 = { source: "inform-zhibek-zholy-2018", asOf: "2018-03-28" } as const;
const zhibek2025 = { source: "newsorgkz-zhibek-zholy-2025", asOf: "2025-02" } as const;
const zhibekClosed = { source: "trans-zhibek-zholy-2025", asOf: "2025-02-05" } as const;
const gishtRenovation = { source: "qalampir-uz-kz-queue-2025", asOf: "2025-06-05" } as const;
const kzUzRebuild = { source: "trend-kz-uz-checkpoints-2025-12", asOf: "2025-12-12" } as const;
const zhibekReopening = { source: "inform-zhibek-zholy-reopening-2026", asOf: "2026" } as const;
const zhibekVillage = { source: "ruwiki-zhibek-zholy-village", asOf: "2026-12" } as const;
const tazhen = { source: "trend-tazhen-2025", asOf: "2025-09-03" } as const;
const dautAta = { source: "qazinform-daut-ata-2025", asOf: "2025-12-29" } as const;
const tazhen2023 = { source: "nurkz-tazhen-2023-04", asOf: "2023-04-30" } as const;
const dautAtaModes = { source: "lada-daut-ata-2025-12-29", asOf: "2025-12-29" } as const;
const beyneu2012 = { source: "silkthrottlers-beyneu-2012", asOf: "2012-05-08" } as const;
const tjUz2018 = { source: "asiaplus-tj-uz-bcps-2018", asOf: "2018-03-01" } as const;
const tjUz2021 = { source: "trend-uz-tj-jartepa-2021", asOf: "2021-01-07" } as const;
const roundTheClock2019 = {
  source: "uztag-2019-12-30",
  asOf: "2019-12-30",
  note: "Uzbekistan's first deputy foreign minister (December 2019): the 16 crossings opened with Tajikistan under the agreement work fully round the clock; the January 2021 count of 17 crossings includes this one",
} as const;
const kulmaWiki = { source: "wiki-kulma-pass", asOf: "2026" } as const;
const kulma2014 = { source: "asiaplus-kulma-winter-2014", asOf: "2014-12-02" } as const;
const xjHolidays = { source: "xj-border-inspection-holidays-2025", asOf: "2025-09-26" } as const;
const karasu2014 = { source: "chinanews-karasu-2014-04-04", asOf: "2014-04-04" } as const;

const hoursUnknown = 'Mo-Su unknown "hours not published in our sources"';
const noHours = { ...ed, note: "No opening hours in our sources" };

export const other: CrossingBaselineInput[] = [
  {
    slug: "zhibek-zholy-gisht-kuprik",
    name: { en: "Zhibek Zholy – Gisht Kuprik", ru: "Жибек Жолы – Гишт-Куприк" },
    searchNames: {
      names: ["Gishtkuprik", "Gishtko'prik", "Ғишткўприк", "Chernyayevka", "Черняевка", "Жібек жолы"],
      towns: [
        ["Saryagash", "Сарыагаш", "Shymkent", "Шымкент"],
        ["Tashkent", "Ташкент"],
      ],
    },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Zhibek Zholy", ru: "Жибек Жолы" },
          sources: [{ ...zhibek2018, note: "International checkpoint in the village of Zhibek Zholy, Saryagash district" }, zhibek2025],
        },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 41.4772, lon: 69.3667 },
          sources: [
            {
              ...zhibekVillage,
              note: "Zhibek Zholy (until 1990 Chernyaevka) village at 41°28′38″N 69°22′00″E, about 16 km east of Saryagash; the Kazakh post is in the village (Kazinform, 2018). The village's coordinates, not the post's; ±3 km",
            },
          ],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
      {
        country: "UZ",
        postName: {
          value: { en: "Gisht Kuprik", ru: "Гишт-Куприк" },
          sources: [{ ...zhibek2025, note: "Gisht-Kuprik is the Uzbek post opposite Zhibek Zholy" }],
        },
        timeZone: "Asia/Tashkent",
        location: {
          value: { lat: 41.4772, lon: 69.3667 },
          sources: [
            {
              ...zhibekVillage,
              note: "Zhibek Zholy (until 1990 Chernyaevka) village in Kazakhstan at 41°28′38″N 69°22′00″E; Uzbek Customs calls its post across the line 'Gishtkoprik (Chernyaevka)' (vzglyad.uz, 2025). The Kazakh village's coordinates, not the post's; ±3 km",
            },
            { source: "vzglyad-gisht-2025-02-02", asOf: "2025-02-02", note: "Uzbek Customs Committee: the customs post 'Gishtkoprik (Chernyaevka)'" },
          ],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
    ],
    operation: {
      value: "unknown",
      sources: [
        {
          ...zhibekReopening,
          note: "Kazakh State Revenue Committee: traffic through the rebuilt Zhibek Zholy to resume on 31 July 2026, with Gisht-Kuprik opening the same day. A plan: no source we have confirms that it reopened (the closure until then is a notice)",
        },
      ],
      alternatives: [
        {
          value: "closed",
          sources: [
            { ...zhibek2025, note: "Closed from 5 February 2025 for four months (to June 2025) for works on the Uzbek post Gisht-Kuprik" },
            { ...zhibekClosed, note: "Kazakh State Revenue Committee: closed from 5 February 2025 for four months, to 5 June 2025, for modernisation works" },
            { ...gishtRenovation, note: "Uzbek Customs, June 2025: Gishtkoprik remains closed for renovation; work at Zhibek Zholy has only recently begun" },
            { ...kzUzRebuild, note: "December 2025, the Kazakh government: reconstruction of the Zhibek Zholy checkpoint under way, scheduled for completion by July 2026" },
          ],
        },
        {
          value: "operating",
          sources: [{ ...zhibek2018, note: "Up to 25,000 people and up to 100 vehicles a day (2018)" }],
        },
      ],
    },
    traffic: {
      value: { modes: ["pedestrian", "car"], who: "everyone" },
      sources: [
        { ...zhibek2018, note: "People and vehicles" },
        { ...zhibek2025, note: "During the closure pedestrians were sent to other checkpoints, so it normally serves pedestrians" },
        { ...ed, note: "Use by third-country nationals from general knowledge; needs verification" },
      ],
    },
    roadNotes: {
      value: "Main crossing between Tashkent and Shymkent, often crowded.",
      sources: [{ ...zhibek2018, note: "Up to 25,000 people a day" }],
    },
  },
  {
    slug: "tazhen-daut-ata",
    name: { en: "Tazhen – Daut-Ata", ru: "Тажен – Даут-Ата" },
    searchNames: {
      names: ["Даут-ата", "Karakalpakstan", "Tazhen-Karakalpakiya"],
      towns: [
        ["Beineu", "Бейнеу", "Aktau", "Актау"],
        ["Nukus", "Нукус"],
      ],
    },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Tazhen", ru: "Тажен" },
          sources: [{ ...dautAta, note: "Tazhen, Beineu district of Mangystau region, opposite the Uzbek post Daut-Ata" }, tazhen],
        },
        timeZone: "Asia/Aqtau",
        location: {
          value: { lat: 45.0, lon: 56.0 },
          sources: [{ ...ed, note: "Approximate: on the Beineu – Nukus road at the Ustyurt border; ±20 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
      {
        country: "UZ",
        postName: { value: { en: "Daut-Ata", ru: "Даут-Ата" }, sources: [dautAta, tazhen] },
        timeZone: "Asia/Tashkent",
        location: {
          value: { lat: 45.0, lon: 56.0 },
          sources: [{ ...ed, note: "Same approximate point as the Kazakh post; ±20 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
    ],
    operation: {
      value: "operating",
      sources: [{ ...tazhen, note: "Heavy trucks still pass while the post is rebuilt" }],
    },
    // The normal regime: people, cars, buses and trucks. The restriction on people, cars and buses
    // since 1 February 2025 (Kazakhstan to 31 December 2025, then Uzbekistan until further notice)
    // is dated, so it is two notices (db/seed/notices.ts), not this fact.
    traffic: {
      value: { modes: ["pedestrian", "car", "bus", "truck"], who: "everyone" },
      sources: [
        { ...tazhen2023, note: "KZ Border Service, April 2023: Tazhen working normally; about 150 citizens of Uzbekistan going to Russia for work crossed on 29 April" },
        { ...dautAtaModes, note: "The December 2025 restriction names pedestrians, passenger cars and buses, the traffic the post otherwise passes" },
        {
          ...tazhen,
          note: "Closed to individuals, passenger cars, buses and trucks under 3.5 t from 1 February 2025, extended to 31 December 2025; heavy trucks still allowed (a notice)",
        },
        { ...beyneu2012, note: "Motorcyclists from abroad (they had come by ship to Aktau) crossed from Beyneu into Uzbekistan here on 8 May 2012" },
      ],
    },
    roadNotes: {
      value: "Road link between Nukus and Beineu / Aktau. While the post is closed to passengers, extra Nukus – Beineu trains run via the Karakalpakstan railway checkpoint.",
      sources: [tazhen],
    },
  },
  {
    slug: "oybek-fotehobod",
    name: { en: "Oybek – Fotehobod", ru: "Ойбек – Фотехобод" },
    searchNames: {
      names: ["Ойбек", "Фотехобод", "Match–Oybek", "Buston–Bekabad"],
      towns: [
        ["Bekabad", "Бекабад"],
        ["Buston", "Бустон", "Mastchoh"],
      ],
    },
    sides: [
      {
        country: "UZ",
        postName: {
          value: { en: "Oybek", ru: "Ойбек" },
          sources: [{ ...tjUz2021, note: "Pair named 'Match-Oybek', one of three Uzbek–Tajik crossings still operating in January 2021" }],
        },
        timeZone: "Asia/Tashkent",
        location: {
          value: { lat: 40.31, lon: 69.1 },
          sources: [{ ...ed, note: "Approximate: on the Tashkent – Khujand road near Bekabad; ±10 km, needs verification" }],
        },
        hours: {
          value: "24/7",
          sources: [
            { ...tjUz2018, note: "Before March 2018 the Mastchoh crossing was one of only two international Tajik–Uzbek crossings, working 24 hours a day" },
            roundTheClock2019,
          ],
        },
      },
      {
        country: "TJ",
        postName: {
          value: { en: "Fotehobod", ru: "Фотехобод" },
          sources: [{ ...tjUz2018, note: "Fotehobod, Mastchoh district (Sughd province)" }],
        },
        timeZone: "Asia/Dushanbe",
        location: {
          value: { lat: 40.31, lon: 69.1 },
          sources: [{ ...ed, note: "Same approximate point as the Uzbek post; ±10 km, needs verification" }],
        },
        hours: { value: "24/7", sources: [tjUz2018, roundTheClock2019] },
      },
    ],
    operation: { value: "operating", sources: [tjUz2021, tjUz2018] },
    traffic: {
      value: { modes: ["pedestrian", "car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [
        { ...tjUz2018, note: "International crossing" },
        { ...ed, note: "Which modes are allowed is not stated; needs verification" },
      ],
    },
  },
  {
    slug: "sariosiyo-tursunzoda",
    name: { en: "Sariosiyo – Tursunzoda", ru: "Сариасия – Турсунзаде" },
    searchNames: {
      names: ["Dousti", "Дусти", "Сариосиё", "Саросиё", "Saryasiya", "Tursunzade"],
      towns: [
        ["Sariosiyo", "Denau", "Денау"],
        ["Tursunzoda", "Турсунзаде", "Dushanbe", "Душанбе"],
      ],
    },
    sides: [
      {
        country: "UZ",
        postName: {
          value: { en: "Sariosiyo", ru: "Сариасия" },
          sources: [{ ...tjUz2021, note: "Pair named 'Tursunzade-Saryasiya', one of three Uzbek–Tajik crossings still operating in January 2021" }],
        },
        timeZone: "Asia/Tashkent",
        location: {
          value: { lat: 38.47, lon: 68.1 },
          sources: [{ ...ed, note: "Approximate: between Sariosiyo and Tursunzoda on the Denau – Dushanbe road; ±10 km, needs verification" }],
        },
        hours: {
          value: "24/7",
          sources: [
            { ...tjUz2018, note: "Before March 2018 the Tursunzoda crossing was one of only two international Tajik–Uzbek crossings, working 24 hours a day" },
            roundTheClock2019,
          ],
        },
      },
      {
        country: "TJ",
        postName: {
          value: { en: "Tursunzoda (Dousti)", ru: "Турсунзаде (Дусти)" },
          sources: [{ ...tjUz2018, note: "The Tajik crossing in Tursunzoda district is called Dousti" }],
        },
        timeZone: "Asia/Dushanbe",
        location: {
          value: { lat: 38.47, lon: 68.1 },
          sources: [{ ...ed, note: "Same approximate point as the Uzbek post; ±10 km, needs verification" }],
        },
        hours: { value: "24/7", sources: [tjUz2018, roundTheClock2019] },
      },
    ],
    operation: { value: "operating", sources: [tjUz2021, tjUz2018] },
    traffic: {
      value: { modes: ["pedestrian", "car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [
        { ...tjUz2018, note: "International crossing" },
        { ...ed, note: "Which modes are allowed is not stated; needs verification" },
      ],
    },
  },
  {
    slug: "kulma-karasu",
    name: { en: "Kulma – Karasu", ru: "Кульма – Карасу" },
    searchNames: {
      names: ["Qolma", "Kolma", "Кулма", "Qarasou", "卡拉苏", "Kalasu"],
      towns: [
        ["Murghab", "Мургаб"],
        ["Tashkurgan", "Ташкурган", "Kashgar", "Кашгар"],
      ],
    },
    sides: [
      {
        country: "TJ",
        postName: { value: { en: "Kulma", ru: "Кульма" }, sources: [kulmaWiki, kulma2014] },
        timeZone: "Asia/Dushanbe",
        location: {
          value: { lat: 38.1494, lon: 74.8014 },
          sources: [{ ...kulmaWiki, note: "Kulma pass, 38°08′58″N 74°48′05″E, about 4,360 m" }],
        },
        hours: {
          value: 'Mo-Fr unknown "hours not published; in winter only on days announced in advance"',
          sources: [{ ...kulma2014, note: "Since May 2008 open every day except weekends; winter schedule of a few announced days a month" }],
        },
        publicHolidays: {
          // The port's rule as Kashgar Customs stated it in 2014; on the Chinese side the 2025
          // border inspection notice supersedes it (the days are notices), on this side nothing later says otherwise.
          value: "closed",
          sources: [{ ...karasu2014, note: "Kashgar Customs (2014): the port is closed during the public holidays set by the two countries" }],
        },
      },
      {
        country: "CN",
        postName: {
          value: { en: "Karasu", ru: "Карасу" },
          sources: [
            { ...kulmaWiki, note: "Karasu port of entry on the Karakoram Highway, 13.9 km from the pass" },
            { ...karasu2014, note: "Karasu port, China's only land port open to Tajikistan, in Tashkurgan Tajik Autonomous County, 224 km from Kashgar, at 4,368.6 m" },
          ],
        },
        timeZone: "Asia/Shanghai",
        location: {
          value: { lat: 38.2, lon: 74.93 },
          sources: [{ ...ed, note: "Approximate: about 14 km from the pass on the Chinese side, as the article says; ±10 km, needs verification" }],
        },
        hours: {
          value: 'Mo-Fr unknown "hours not published; in winter only on days announced in advance"',
          sources: [{ ...kulma2014, note: "The Chinese side sets the winter schedule" }],
        },
        publicHolidays: {
          // The source names the days (1–6 October 2025), not a rule for every Chinese public
          // holiday: the policy is unknown and the days are notices (db/seed/notices.ts).
          value: "unknown",
          sources: [{ ...xjHolidays, note: "Karasu closed on 1–6 October 2025 (National Day and Mid-Autumn holidays), open from 7 October (notices)" }],
          alternatives: [{ value: "closed", sources: [{ ...karasu2014, note: "Kashgar Customs (2014): the port is closed during the public holidays set by the two countries" }] }],
        },
        notes: "Hours on this side would be in Beijing time (UTC+8), three hours ahead of Tajikistan.",
      },
    ],
    operation: { value: "operating", sources: [kulma2014] },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone" },
      sources: [
        { ...kulma2014, note: "Given international status by the 2011 Tajik–Chinese agreement" },
        { ...ed, note: "Third-country travellers have reported being refused; mostly freight. Needs verification" },
      ],
    },
    season: {
      value: {
        range: "May-Nov",
        outside: "unknown",
        description:
          "Regular weekday operation from May to November. Year-round operation was agreed in 2011, but in winter the Chinese side sets a floating schedule of a few days a month.",
      },
      sources: [kulma2014],
      alternatives: [
        {
          value: {
            range: "May-Nov",
            outside: "closed",
            description: "Open only from the 16th to the 30th of each month, May to November (older arrangement)",
          },
          sources: [kulmaWiki],
        },
        {
          value: {
            range: "Apr 20-Nov 30",
            outside: "unknown",
            description: "Open from 20 April; closed 1 December to 20 April except for clearance by appointment twice a month, 3–4 days each time (Kashgar Customs, 2014)",
          },
          sources: [karasu2014],
        },
      ],
    },
    borderPermit: {
      value: { required: true, detail: "The Tajik side is in Gorno-Badakhshan (Murghob district): a GBAO permit is needed" },
      sources: [
        {
          source: "eurasia-travel-gbao-permit",
          asOf: "2026-12",
          note: "Travel in the Pamir (GBAO) needs a GBAO permit, checked at checkpoints; it should list Murghab among the districts",
        },
        { ...kulmaWiki, note: "The pass links Murghob district of Gorno-Badakhshan with Xinjiang" },
        { ...ed, note: "That the permit is needed for the crossing itself is inferred from the two; needs verification" },
      ],
    },
    roadNotes: {
      value:
        "Pamir Highway to Karakoram Highway: on the Tajik side 80 km by road to Murghab; on the Chinese side 13.9 km to Karasu, then Tashkurgan (60–70 km) and Kashgar (220 km).",
      sources: [kulmaWiki],
    },
  },
];
