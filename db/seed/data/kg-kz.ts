/** Kyrgyzstan – Kazakhstan crossings. Side 0 is always the Kyrgyz side. */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";

const ed = { source: "crossings-editorial-2026", asOf: "2026-11" } as const;
const guide = { source: "guide-kyrgyz-borders-2024", asOf: "2024" } as const;
const blog = { source: "blog-kegen-2019", asOf: "2019-08" } as const;
const directory = { source: "directory-karkyra-kegen-2025", asOf: "2025" } as const;
const azattyk = { source: "azattyk-karkyra-2025", asOf: "2025-08-26" } as const;
const eltr = { source: "eltr-karkyra-24h-2025", asOf: "2025-08-25" } as const;
const kegen2026 = { source: "24kg-kegen-24h-2026", asOf: "2026-01-21" } as const;
const aktilek2025 = { source: "dalainfo-aktilek-2025", asOf: "2025-11" } as const;
const vbkg = { source: "vbkg-akzhol-closure-2019", asOf: "2019-12" } as const;
const kg24 = { source: "24kg-kordai-closure-2019", asOf: "2019-12-21" } as const;
const kloop = { source: "kloop-kg-kz-checkpoints-2020", asOf: "2020-01-10" } as const;
const talasBlog = { source: "lj-varandej-talas-2013", asOf: "2013-12" } as const;
const hoursUnknown = 'Mo-Su unknown "hours not published in our sources"';
const season2014 = { source: "newsasia-24h-2014", asOf: "2014-07" } as const;
/** The Kyrgyz posts that went round the clock for the 2014 tourist season only (news-asia.ru, July 2014). */
const kgSeason2014Hours = {
  value: 'Mo-Su unknown "current hours not published; in 2014 the Kyrgyz post worked round the clock only for the summer tourist season"',
  sources: [
    {
      ...season2014,
      note: "KG Border Troops, July 2014: since 10 July six Chui-region posts (Ak-Zhol, Chaldybar, Ak-Tilek, Ken-Bulun, Kaindy and Manas airport) work round the clock; the lifting of time limits holds until the end of the tourist season",
    },
  ],
};
const kordayWiki = { source: "ruwiki-korday", asOf: "2026-12" } as const;
const kordayPoint =
  "Korday village at 43°02′13″N 74°42′41″E, on the right bank of the Chu, along which the Kazakh–Kyrgyz border runs; the border checkpoint is at the entrance to the village, at the A-2 road bridge over the Chu.";

export const kgKz: CrossingBaselineInput[] = [
  {
    slug: "karkyra-kegen",
    name: { en: "Karkyra – Kegen", ru: "Каркыра – Кеген" },
    searchNames: { names: ["Karkara", "Каркара", "Karkyra-avtodorozhny", "Kegen-avtodorozhny"], towns: [["Karakol", "Каракол"], []] },
    sides: [
      {
        country: "KG",
        postName: { value: { en: "Karkyra", ru: "Каркыра" }, sources: [directory, { ...eltr, note: "The KG Border Service calls the post Karkyra-avtodorozhny" }] },
        timeZone: "Asia/Bishkek",
        location: {
          value: { lat: 42.7, lon: 79.5 },
          sources: [{ ...directory, note: "Approximate location of the crossing: 42.70°N, 79.50°E" }],
        },
        hours: {
          value: 'Mo-Fr 09:00-18:00; Sa,Su unknown "travellers disagree whether it opens at weekends"',
          sources: [{ ...blog, note: "Open 9 AM – 6 PM Monday to Friday; some say it opens at weekends, others say not" }],
          alternatives: [
            {
              value: "08:00-18:00",
              sources: [{ ...directory, note: "Open 8:00 AM – 6:00 PM (summer)" }],
            },
            {
              value: "24/7",
              sources: [
                { ...azattyk, note: "The Kyrgyz president's press secretary: Karkyra-unaajol has worked day and night since 25 August 2025" },
                {
                  ...eltr,
                  note: "KG Border Service: the Karkyra-avtodorozhny checkpoint switched to round-the-clock operation from 25 August (2025), marked by a ceremony at the post with a Kazakh Border Service delegation",
                },
              ],
            },
          ],
        },
      },
      {
        country: "KZ",
        postName: { value: { en: "Kegen", ru: "Кеген" }, sources: [directory, blog] },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 42.7, lon: 79.5 },
          sources: [{ ...directory, note: "The directory gives one location for the crossing" }],
        },
        hours: {
          value:
            'Mo-Su unknown "daylight hours only until at least January 2026; a protocol for round-the-clock operation was being ratified then, and whether the Kazakh post now works at night or in winter is not published"',
          sources: [
            {
              ...kegen2026,
              note: "21 January 2026: the Mazhilis ratified the protocol switching Kegen – Karkyra to round-the-clock operation and sent it to the Senate; the Kazakh transport minister described the change as from daylight-hours operation to 24/7",
            },
          ],
          alternatives: [
            {
              value: 'Mo-Fr 09:00-18:00; Sa,Su unknown "travellers disagree whether it opens at weekends"',
              sources: [
                {
                  ...blog,
                  note: "Hours given for the crossing as a whole, in 2019 when both sides were on UTC+6; Kazakhstan moved to UTC+5 in March 2024",
                },
              ],
            },
            { value: "08:00-18:00", sources: [{ ...directory, note: "Open 8:00 AM – 6:00 PM (summer)" }] },
          ],
        },
      },
    ],
    operation: { value: "operating", sources: [directory, guide] },
    traffic: {
      value: { modes: ["pedestrian", "car", "motorcycle", "bicycle"], who: "everyone" },
      sources: [{ ...directory, note: "Pedestrians and vehicles; a route for travellers and local shepherds" }, guide],
    },
    season: {
      value: {
        range: null,
        outside: "unknown",
        description: "The Kyrgyz post has worked day and night since 25 August 2025 (the president's press secretary); whether either post closes in winter is not in our sources",
      },
      sources: [{ ...azattyk, note: "Works day and night since 25 August 2025; the Karakol–Almaty bus through Kegen is to run all year" }],
      alternatives: [
        {
          value: {
            range: "May-Oct",
            outside: "closed",
            description: "Seasonal post, open in the summer months (typically May to October); dates vary with weather and snowmelt",
          },
          sources: [{ ...directory, note: "Open only during the summer months (typically May to October)" }],
        },
      ],
    },
    borderPermit: {
      value: {
        required: true,
        detail: "Karkyra lies in the Issyk-Kul border zone: a Kyrgyz border permit is needed to travel there",
      },
      sources: [{ ...guide, note: "Issyk-Kul region restricted zone includes Karkyra" }],
    },
    facilities: {
      value: [
        { kind: "exchange", side: 0, available: true, detail: "Near Karkyra (KGS, KZT)" },
        { kind: "fuel", side: null, available: false, detail: "No fuel, shops or services in the Karkyra valley" },
        { kind: "lodging", side: 0, available: false, detail: "No hotels on the Kyrgyz side near the border" },
        { kind: "transport", side: null, available: false, detail: "Little public transport; marshrutka to Karkara village (7 km) may run from Karakol" },
      ],
      sources: [directory, blog],
      alternatives: [
        {
          value: [
            { kind: "exchange", side: null, available: false, detail: "No exchange office and no supplies" },
            { kind: "transport", side: null, available: false, detail: "Little public transport" },
          ],
          sources: [guide],
        },
      ],
    },
    typicalWait: {
      value: { minMinutes: 30, maxMinutes: 60 },
      sources: [{ ...directory, note: "30–60 min for pedestrians and vehicles; peak mornings 7–10 AM and weekends" }],
      alternatives: [{ value: { minMinutes: 30, maxMinutes: 45 }, sources: [{ ...blog, note: "30–45 minutes in total in August 2019" }] }],
    },
    roadNotes: {
      value:
        "Kyrgyz side: paved from Karakol until the last 20–30 km, then rough gravel needing good clearance (no sedans). Kazakh side: paved to Kegen. About 10 km of neutral zone between the posts.",
      sources: [directory],
    },
  },
  {
    slug: "korday-ak-zhol",
    name: { en: "Ak-Zhol – Korday", ru: "Ак-Жол – Кордай" },
    searchNames: {
      names: ["Kordai", "Қордай", "Akzhol", "Акжол", "Ak-Jol", "Ak-Jol-avtodorozhny", "Kordai-avtodorozhny"],
      towns: [
        ["Bishkek", "Бишкек"],
        ["Almaty", "Алматы"],
      ],
    },
    sides: [
      {
        country: "KG",
        postName: {
          value: { en: "Ak-Zhol", ru: "Ак-Жол" },
          sources: [guide, { ...vbkg, note: "The Kyrgyz post is called Akzhol-avtodorozhny; the Kazakh post opposite it is Kordai-avtodorozhny" }],
        },
        timeZone: "Asia/Bishkek",
        location: {
          value: { lat: 43.0369, lon: 74.7114 },
          sources: [{ ...kordayWiki, note: `${kordayPoint} The Kyrgyz post Ak-Zhol faces it across the river. The Kazakh village's coordinates, not the post's; ±4 km` }],
        },
        hours: {
          value: "24/7",
          sources: [{ ...guide, note: "Open 24 hours a day, 7 days a week since the reconstruction" }],
        },
      },
      {
        country: "KZ",
        postName: { value: { en: "Korday", ru: "Кордай" }, sources: [guide, vbkg] },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 43.0369, lon: 74.7114 },
          sources: [{ ...kordayWiki, note: `${kordayPoint} The village's coordinates, not the post's; ±4 km` }],
        },
        hours: {
          value: "24/7",
          sources: [{ ...guide, note: "The guide gives 24/7 for the crossing as a whole" }],
        },
      },
    ],
    operation: {
      value: "operating",
      sources: [{ ...guide, note: "Reopened after about two years of reconstruction; again the main Bishkek – Almaty crossing" }],
    },
    traffic: {
      value: { modes: ["pedestrian", "car", "bus", "truck"], who: "everyone" },
      sources: [
        { ...guide, note: "Open to international travellers; many buses and taxis for those without their own transport" },
        { ...vbkg, note: "The post handles people, vehicles and cargo" },
      ],
    },
    facilities: {
      value: [
        { kind: "exchange", side: 0, available: true, detail: "Exchange office on the Kyrgyz side" },
        { kind: "exchange", side: 1, available: true, detail: "Exchange office on the Kazakh side" },
        { kind: "food", side: null, available: true, detail: "Food and drink at the crossing" },
        { kind: "transport", side: null, available: true, detail: "Plenty of buses and taxis" },
      ],
      sources: [guide],
    },
    roadNotes: {
      value: "Main road between Bishkek and Almaty.",
      sources: [guide],
    },
  },
  {
    slug: "ak-tilek",
    name: { en: "Ak-Tilek – Karasu", ru: "Ак-Тилек – Карасу" },
    searchNames: { names: ["Kara-Suu", "Karasuu", "Кара-Суу", "Ak-Tilek-avtodorozhny", "Karasu-avtodorozhny"], towns: [["Khunchi", "Хунчи"], []] },
    sides: [
      {
        country: "KG",
        postName: {
          value: { en: "Ak-Tilek", ru: "Ак-Тилек" },
          sources: [guide, { ...vbkg, note: "Ak-Tilek-avtodorozhny, near the village of Khunchi, Issyk-Ata district, Chui region" }],
        },
        timeZone: "Asia/Bishkek",
        location: {
          value: { lat: 42.96, lon: 75.02 },
          sources: [
            {
              ...ed,
              note: "Approximate: placed on the Chu river in Issyk-Ata district, near Khunchi village as the Border Service describes; ±10 km, needs verification",
            },
          ],
        },
        hours: kgSeason2014Hours,
      },
      {
        country: "KZ",
        postName: {
          value: { en: "Karasu (Kara-Suu)", ru: "Карасу" },
          sources: [{ ...kg24, note: "A Kazakh MP called the pair 'Ak-Tilek — Kara-Suu'" }],
        },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 42.96, lon: 75.02 },
          sources: [{ ...ed, note: "Same approximate point as the Kyrgyz post; ±10 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [ed] },
      },
    ],
    operation: {
      value: "operating",
      sources: [
        guide,
        {
          ...aktilek2025,
          note: "Kazakh Border Service, November 2025: trucks queued at Ak-Tilek – Karasu (about 500 reported earlier); Karasu takes up to 300 vehicles a day into Kazakhstan",
        },
      ],
    },
    traffic: {
      value: { modes: ["truck"], who: "goods" },
      sources: [
        { ...guide, note: "Since the Korday reconstruction was finished, only goods trucks may use it; no travellers on foot or by car" },
        { ...vbkg, note: "Multilateral post that passes only vehicles carrying cargo" },
        { ...kg24, note: "Designed to pass vehicles with cargo only" },
        { ...aktilek2025, note: "November 2025: the traffic reported is trucks" },
      ],
    },
  },
  {
    slug: "sypatay-batyr",
    name: { en: "Chaldybar – Sypatay Batyr", ru: "Чалдыбар – Сыпатай батыр" },
    searchNames: { names: ["Chaldovar", "Чалдовар", "Chaldybar-avtodorozhny"], towns: [["Kara-Balta", "Кара-Балта"], []] },
    sides: [
      {
        country: "KG",
        postName: {
          value: { en: "Chaldybar (Chaldovar)", ru: "Чалдыбар" },
          sources: [
            { ...ed, note: "That Chaldybar is the Kyrgyz post opposite Sypatay Batyr is general knowledge; needs verification" },
            { ...kloop, note: "Chaldybar checkpoint, near Chaldybar village in Panfilov district of Chui region, on the western section of the Kyrgyz-Kazakh border" },
          ],
        },
        timeZone: "Asia/Bishkek",
        location: {
          value: { lat: 42.8167, lon: 73.5333 },
          sources: [
            {
              source: "ruwiki-chaldovar",
              asOf: "2026-12",
              note: "Chaldovar (Chaldybar) village at 42°49′N 73°32′E (to the minute), on the Ashmara river; the village's territory adjoins the Kyrgyz–Kazakh border, and the post is near the village (Kloop). The village's coordinates, not the post's; ±3 km",
            },
          ],
        },
        hours: kgSeason2014Hours,
      },
      {
        country: "KZ",
        postName: { value: { en: "Sypatay Batyr", ru: "Сыпатай батыр" }, sources: [guide] },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 42.8, lon: 73.6 },
          sources: [{ ...ed, note: "Approximate: across the border from Chaldybar village; ±10 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [ed] },
      },
    ],
    operation: { value: "operating", sources: [guide] },
    traffic: {
      value: { modes: ["car", "truck"], who: "everyone" },
      sources: [
        { ...guide, note: "Open to international travellers, no particular difficulties" },
        { ...kloop, note: "Kyrgyz, Kazakh and foreign citizens; open to cars and trucks" },
      ],
    },
    facilities: {
      value: [
        { kind: "exchange", side: null, available: true, detail: "Money can be changed at the border" },
        { kind: "food", side: null, available: true, detail: "Somewhere to eat at the border" },
      ],
      sources: [guide],
    },
    roadNotes: { value: "On the road between Bishkek and Taraz.", sources: [guide] },
  },
  {
    slug: "aisha-bibi",
    name: { en: "Chon-Kapka – Aisha Bibi", ru: "Чон-Капка – Айша-Биби" },
    searchNames: {
      names: ["Aisha-Bibi", "Chon-Kapka-avtodorozhny"],
      towns: [
        ["Talas", "Талас"],
        ["Taraz", "Тараз"],
      ],
    },
    sides: [
      {
        country: "KG",
        postName: {
          value: { en: "Chon-Kapka", ru: "Чон-Капка" },
          sources: [{ ...talasBlog, note: "The Taraz – Talas crossing is named 'Aisha-Bibi – Chon-Kapka'" }],
        },
        timeZone: "Asia/Bishkek",
        location: {
          value: { lat: 42.77, lon: 71.45 },
          sources: [{ ...ed, note: "Approximate: south-east of Taraz on the road up the Talas valley; ±10 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [ed] },
      },
      {
        country: "KZ",
        postName: { value: { en: "Aisha Bibi", ru: "Айша-Биби" }, sources: [guide, talasBlog] },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 42.77, lon: 71.45 },
          sources: [{ ...ed, note: "Same approximate point as the Kyrgyz post; ±10 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [ed] },
      },
    ],
    operation: { value: "operating", sources: [guide] },
    traffic: {
      value: { modes: ["car", "truck"], who: "everyone" },
      sources: [
        { ...guide, note: "Open to international travellers, no particular difficulties" },
        {
          source: "kant-chon-kapka-2022-12-16",
          asOf: "2022-12-16",
          note: "KG Border Service, December 2022: about 25 cars and 20 trucks queued at Chon-Kapka-avtodorozhny to leave for Kazakhstan; whether pedestrians and buses cross is not stated",
        },
      ],
    },
    facilities: {
      value: [
        { kind: "exchange", side: null, available: true, detail: "Money can be changed at the border" },
        { kind: "food", side: null, available: true, detail: "Somewhere to eat at the border" },
      ],
      sources: [guide],
    },
    roadNotes: { value: "On the road between Taraz and Talas.", sources: [guide] },
  },
];
