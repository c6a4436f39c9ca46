/** Kazakhstan – China crossings. Side 0 is always the Kazakh side. */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";

const ed = { source: "crossings-editorial-2026", asOf: "2026-11" } as const;
const kz = { source: "kz-checkpoints-2021", asOf: "2021" } as const;
const mayHolidays = { source: "kt-kz-cn-may-holidays-2021", asOf: "2021-04-29" } as const;
const nurZholy247 = { source: "trend-nur-zholy-24-7-2025", asOf: "2025" } as const;
const bakhtyCn = { source: "china-org-bakhty-2005", asOf: "2005-01" } as const;
// Undated page, consulted in 2026; it reports the opening ceremony of December 2024.
const bakhtyFoot = { source: "airpres-bakhty-pedestrian", asOf: "2024-12" } as const;
const bakhtyTerminal = { source: "golos-naroda-bakhty-2024", asOf: "2024-12" } as const;
const bakhtyDelay = { source: "zakon-bakhty-modernisation-2025", asOf: "2025-11-03" } as const;
const bakhtyUpgrade = { source: "trend-kz-uz-checkpoints-2025-12", asOf: "2025-12-12" } as const;
const dulata = { source: "kazpravda-dulata-2025", asOf: "2026-01" } as const;
const capacity = { source: "qazinform-kz-cn-capacity-2025", asOf: "2025-10-24" } as const;
const classes = { source: "caravan-kz-checkpoint-classes", asOf: "2016" } as const;
/** The Xinjiang Border Inspection's list of road ports (official, September 2025): it names each
 * Chinese port and says which days its passenger and freight channels close and reopen. */
const xjPort = (port: string) => ({
  source: "xj-border-inspection-holidays-2025",
  asOf: "2025-09-26",
  note: `The Xinjiang Border Inspection lists the road port ${port} (passenger and freight channels)`,
});
const xjOperating = (port: string, reopened: string) => ({
  source: "xj-border-inspection-holidays-2025",
  asOf: "2025-09-26",
  note: `Road port ${port}: passenger and freight channels closed for the October 2025 holidays and open normally on ${reopened}`,
});
/** The Russian customs notice relayed by Lada.kz (December 2025) lists the five Kazakh road checkpoints with China by name. */
const kzRoadPost = (post: string) => ({ source: "lada-kz-cn-independence-day-2025", asOf: "2025-12", note: `Named among the five Kazakh road checkpoints with China: ${post}` });
const operating2026 = {
  source: "cninform-kz-cn-hours-2026",
  asOf: "2026-02-13",
  note: "February 2026: the Kazakh side of this road checkpoint works 12 hours a day, 07:00–19:00 (Ministry of Finance)",
} as const;

const daytime = 'Mo-Su unknown "operates during the daytime; exact hours not published"';
/** Nur Zholy – Khorgos: round the clock, but as a dated regime the two sides extended to 30 June
 * 2026 (State Revenue Committee, May 2025); what applies after that is not published, so the
 * standing hours are unknown rather than "24/7" (the dated regime is not a baseline fact). */
const khorgosRegime = 'Mo-Su unknown "round the clock under a temporary regime the two sides extended to 30 June 2026; the hours after that are not published"';
const khorgosExtended = {
  source: "nur-kz-khorgos-24-7-to-2026-06",
  asOf: "2025-05-26",
  note: "State Revenue Committee: after a joint inspection on 23 May 2025 Kazakhstan and China extended the round-the-clock regime of Nur Zholy (KZ) – Khorgos (CN) to 30 June 2026 (the page shows '26 May'; the year is that of Trend's report of the same agreement). A dated regime, not standing hours",
} as const;
const khorgosTrend = {
  ...nurZholy247,
  note: "Kazakh and Chinese delegations agreed to extend 24/7 operation of Nur Zholy – Khorgos until mid-2026 (in a freight context)",
} as const;
const daytimeNote = "Operating mode: during the daytime";
const hours2026 = { source: "cninform-kz-cn-hours-2026", asOf: "2026-02-13" } as const;
const hours2026kt = { source: "kt-kz-cn-hours-2026", asOf: "2026-02-15" } as const;
/** Kazakh side of the road checkpoints with China other than Nur Zholy (February 2026). Which
 * days is not stated, so within the 12 hours it stays "unknown"; outside them it is closed. */
const kzTwelveHours = (post: string) => ({
  value: 'Mo-Su 07:00-19:00 unknown "12 hours a day, 07:00-19:00, since early 2026; which days is not stated"',
  sources: [
    {
      ...hours2026,
      note: `Ministry of Finance meeting: the Kazakh side of the road checkpoints with China, ${post} among them, moved in stages from 08:00–12:00 and 13:00–17:00 to 12 hours, 07:00–19:00; the Chinese side still ends work at 16:00 (time zone not stated)`,
    },
    { ...hours2026kt, note: "The Finance Ministry proposed synchronising operating hours with the Chinese side" },
  ],
  alternatives: [{ value: daytime, sources: [{ ...kz, note: daytimeNote }] }],
});
/** China's side of the road checkpoints other than Khorgos (February 2026): Kazakhstan's Ministry of
 * Finance says the Chinese side still ends work at 16:00 without naming the time zone. Read as
 * Kazakh time (UTC+5) that is 19:00 Beijing time, read as Beijing time it is earlier: either way
 * the side is shut from 19:00 Beijing time, and before that the hours stay unknown. */
const cnEndsAt16 =
  'Mo-Su 00:00-19:00 unknown "opening time not published; the Chinese side ends work at 16:00 (Kazakh Ministry of Finance, February 2026, time zone not stated), so it is shut from 19:00 Beijing time at the latest"';
const cnHours = (port: string, earlier: { value: string; sources: { source: string; asOf: string; note?: string }[] }) => ({
  value: cnEndsAt16,
  sources: [
    {
      ...hours2026,
      note: `Ministry of Finance meeting: the Kazakh road checkpoints with China now close at 19:00, but the Chinese side, ${port} among the road ports, still ends work at 16:00 ('中方仍于16:00结束工作'); the time zone is not stated`,
    },
  ],
  alternatives: [earlier],
});
type Holidays = NonNullable<CrossingBaselineInput["sides"][number]["publicHolidays"]>;
const xjHolidays = { source: "xj-border-inspection-holidays-2025", asOf: "2025-09-26" } as const;
const springFestival2026 = { source: "qazaq24-kz-cn-spring-festival-2026", asOf: "2026-01-28" } as const;
const independenceDay2025 = { source: "lada-kz-cn-independence-day-2025", asOf: "2025-12" } as const;
const mayHolidays2024 = { source: "nur-kz-cn-may-holidays-2024", asOf: "2024-04" } as const;
/** Kazakh side: the sources name the days the road checkpoints with China closed for Kazakh
 * holidays (1, 7 and 9 May; 16-17 December), not a rule for every Kazakh public holiday, so the
 * policy is "unknown" and the named days of the last three years are notices (db/seed/notices.ts). */
const kzHolidays: Holidays = {
  value: "unknown",
  sources: [
    {
      ...mayHolidays,
      note: "Under the KZ–CN checkpoint agreement the Nur Zholy (Khorgos), Dostyk and Bakhty road checkpoints did not work on 1, 7 and 9 May 2021 because of Kazakh public holidays",
    },
    {
      ...mayHolidays2024,
      note: "Road checkpoints on the Kazakh–Chinese border suspended on 1, 7 and 9 May 2024, except the Khorgos International Centre and the rail checkpoints (a notice)",
    },
    {
      ...independenceDay2025,
      note: "All five road checkpoints with China (Bakhty, Maykapchagay, Dostyk, Nur Zholy, Kalzhat) to close on 16–17 December 2025 for Independence Day (16 December), per a Russian customs notice (notices)",
    },
  ],
};
/** China's side: the sources name the days each road port closed (Xinjiang Border Inspection,
 * October 2025; Spring Festival 2026), not a rule for every Chinese public holiday, so the policy
 * is "unknown" and the named days are notices (db/seed/notices.ts). */
const cnHolidays = (port: string, days: string): Holidays => ({
  value: "unknown",
  sources: [
    { ...xjHolidays, note: `${port} closed on ${days} during the 2025 National Day and Mid-Autumn holidays (notices)` },
    { ...springFestival2026, note: "Road checkpoints on the Kazakh–Chinese border closed for the Spring Festival on 16–18 February 2026, rail unaffected (a notice)" },
  ],
});

export const kzCn: CrossingBaselineInput[] = [
  {
    slug: "khorgos",
    name: { en: "Khorgos (Nur Zholy) – Khorgos", ru: "Хоргос (Нур Жолы) – Хоргос" },
    searchNames: {
      names: ["Nur Zholy", "Nurly Zhol", "Нурлы Жол", "Нұр жолы", "Horgos", "霍尔果斯"],
      towns: [
        ["Zharkent", "Жаркент", "Almaty", "Алматы"],
        ["Khorgos", "Хоргос", "Yining", "Инин", "Urumqi", "Урумчи"],
      ],
    },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Khorgos (Nur Zholy)", ru: "Хоргос (Нур Жолы)" },
          sources: [
            { ...kz, note: "Khorgos, Panfilov district of Almaty region, village of Khorgos" },
            { ...mayHolidays, note: "The Kazakh road checkpoint is called Nur Zholy" },
          ],
        },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 44.2222, lon: 80.38 },
          sources: [
            {
              source: "ruwiki-khorgos-village",
              asOf: "2026-12",
              note: "Khorgos village at 44°13′20″N 80°22′48″E, on the right bank of the Khorgos river; since 1882 the Kazakh–Chinese border checkpoint has been in the village. The village's coordinates, not the post's; ±3 km",
            },
          ],
        },
        hours: {
          value: khorgosRegime,
          sources: [
            khorgosExtended,
            khorgosTrend,
            {
              ...hours2026,
              note: "February 2026, Ministry of Finance meeting: of the Kazakh road checkpoints with China, which work 07:00–19:00, the large Nur Zholy checkpoint is trialling round-the-clock clearance",
            },
          ],
          alternatives: [{ value: daytime, sources: [{ ...kz, note: daytimeNote }] }],
        },
        publicHolidays: kzHolidays,
      },
      {
        country: "CN",
        postName: { value: { en: "Khorgos (Horgos)", ru: "Хоргос" }, sources: [kz, xjPort("霍尔果斯 (Khorgos)")] },
        timeZone: "Asia/Shanghai",
        location: {
          value: { lat: 44.22, lon: 80.42 },
          sources: [{ ...ed, note: "Approximate: east bank of the Khorgos river, by Horgos city; ±5 km, needs verification" }],
        },
        hours: {
          value: khorgosRegime,
          sources: [khorgosExtended, khorgosTrend],
          alternatives: [{ value: daytime, sources: [{ ...kz, note: daytimeNote }] }],
        },
        publicHolidays: cnHolidays("Khorgos", "1–3 and 6 October, open on 4–5 October"),
      },
    ],
    operation: { value: "operating", sources: [kz, xjOperating("Khorgos", "4–5 and 7–8 October")] },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [
        { ...kz, note: "Multilateral (international), cargo-passenger" },
        { ...ed, note: "Which passenger modes (on foot, car, bus) are allowed is not stated; needs verification" },
      ],
    },
  },
  {
    slug: "dostyk-alashankou",
    name: { en: "Dostyk – Alashankou", ru: "Достык – Алашанькоу" },
    searchNames: { names: ["Druzhba", "Дружба", "Alataw Pass", "Alakol", "Алаколь", "阿拉山口"], towns: [[], []] },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Dostyk (Druzhba)", ru: "Достык (Дружба)" },
          sources: [{ ...kz, note: "Dostyk (Friendship), Alakol district of Almaty region, Dostyk station" }, kzRoadPost("Dostyk (Zhetysu region)")],
        },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 45.2522, lon: 82.4839 },
          sources: [
            {
              source: "ruwiki-dostyk-village",
              asOf: "2026-12",
              note: "Dostyk (formerly Druzhba) village at 45°15′08″N 82°29′02″E, in the Dzungarian Gate, the border railway station on the Kazakh–Chinese border. The village's coordinates, not the road post's; ±5 km",
            },
          ],
        },
        hours: kzTwelveHours("Dostyk (Alakol)"),
        publicHolidays: kzHolidays,
      },
      {
        country: "CN",
        postName: { value: { en: "Alashankou", ru: "Алашанькоу" }, sources: [kz, xjPort("阿拉山口 (Alashankou)")] },
        timeZone: "Asia/Shanghai",
        location: {
          value: { lat: 45.18, lon: 82.55 },
          sources: [{ ...ed, note: "Approximate: by Alashankou; ±5 km, needs verification" }],
        },
        hours: cnHours("Alashankou", { value: daytime, sources: [{ ...kz, note: daytimeNote }] }),
        publicHolidays: cnHolidays("Alashankou", "1–3 and 6 October, open on 4–5 October"),
      },
    ],
    operation: { value: "operating", sources: [kz, xjOperating("Alashankou", "4–5 and 7–8 October"), operating2026] },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [
        { ...kz, note: "International, cargo-passenger" },
        { ...ed, note: "Which passenger modes are allowed is not stated; needs verification. The railway crossing at Dostyk is separate" },
      ],
    },
  },
  {
    slug: "bakhty-pokitu",
    name: { en: "Bakhty – Pokitu", ru: "Бахты – Покиту" },
    searchNames: {
      names: ["Baketu", "Bhaktu", "巴克图"],
      towns: [
        ["Makanchi", "Маканчи"],
        ["Tacheng", "Chuguchak", "Чугучак", "塔城"],
      ],
    },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Bakhty", ru: "Бахты" },
          sources: [{ ...kz, note: "Bakhty, Urjar district of East Kazakhstan region (now Abai region), village of Bakhty" }, kzRoadPost("Bakhty (Abai region)")],
        },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 46.683, lon: 82.8 },
          sources: [
            {
              ...bakhtyCn,
              note: "The Chinese post at 46°41′N 82°48′E (to the minute); the Kazakh post is about 800 m from it. The Chinese post's coordinates, not the Kazakh one's; ±2 km",
            },
          ],
        },
        hours: kzTwelveHours("Bakhty"),
        publicHolidays: kzHolidays,
      },
      {
        country: "CN",
        postName: {
          value: { en: "Pokitu (Bakhty, Tacheng)", ru: "Покиту" },
          sources: [kz, { ...bakhtyCn, note: "The Chinese port is also called Bakhty (Baketu), 17 km from Tacheng (Chuguchak)" }],
        },
        timeZone: "Asia/Shanghai",
        location: {
          value: { lat: 46.683, lon: 82.8 },
          sources: [{ ...bakhtyCn, note: "Chinese post at 46°41′N 82°48′E" }],
        },
        hours: cnHours("Baketu (Bakhty)", { value: daytime, sources: [{ ...kz, note: daytimeNote }] }),
        publicHolidays: cnHolidays("Baketu (Bakhty)", "1–3 and 6 October, open on 4–5 October"),
      },
    ],
    operation: { value: "operating", sources: [kz, xjOperating("Baketu (Bakhty)", "4–5 and 7–8 October"), operating2026] },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone" },
      sources: [
        { ...kz, note: "Multilateral (international), cargo-passenger" },
        {
          ...bakhtyTerminal,
          note: "Abai region akimat, December 2024: a crossing on foot was opened at a ceremony, but until the modernisation of the terminals is finished travellers cross only in vehicles holding a permit for international passenger transport; passengers may carry up to 25 kg of goods once a month",
        },
        {
          ...bakhtyFoot,
          note: "Reports the same ceremony and the same condition: until the terminals are modernised, crossing needs a vehicle with a permit for international passenger transport",
        },
        {
          ...bakhtyDelay,
          note: "November 2025, the Prime Minister: the modernisation begun in March 2023 was delayed (high groundwater; the project being re-approved). Whether pedestrians have been admitted since is not in our sources",
        },
        { ...bakhtyUpgrade, note: "December 2025, the Kazakh government: improvements at Bakhty set to conclude by the end of 2025" },
        { ...bakhtyCn, note: "Opened to third-country travellers in 1992" },
      ],
    },
  },
  {
    slug: "maykapchagay-zimunai",
    name: { en: "Maykapchagay – Zimunai", ru: "Майкапчагай – Зимунай" },
    searchNames: { names: ["Maykapshagay", "Майкапшагай", "Maikapshagay", "Jeminay", "Jimunai", "吉木乃"], towns: [["Zaisan", "Зайсан"], []] },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Maykapchagay", ru: "Майкапчагай" },
          sources: [{ ...kz, note: "Maykapchagay, Zaisan district of East Kazakhstan region, village of Maykapshagay" }, kzRoadPost("Maykapchagay (East Kazakhstan region)")],
        },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 47.46, lon: 85.56 },
          sources: [{ ...ed, note: "Approximate: east of Zaisan by Maykapshagay village; ±10 km, needs verification" }],
        },
        hours: kzTwelveHours("Maykapchagay"),
        publicHolidays: kzHolidays,
      },
      {
        country: "CN",
        postName: { value: { en: "Zimunai (Jeminay)", ru: "Зимунай" }, sources: [kz, xjPort("吉木乃 (Jeminay)")] },
        timeZone: "Asia/Shanghai",
        location: {
          value: { lat: 47.45, lon: 85.6 },
          sources: [{ ...ed, note: "Approximate: just east of the border line; ±10 km, needs verification" }],
        },
        hours: cnHours("Jeminay", { value: daytime, sources: [{ ...kz, note: daytimeNote }] }),
        publicHolidays: cnHolidays("Jeminay", "1–3 and 5–6 October, open on 4 October"),
      },
    ],
    operation: { value: "operating", sources: [kz, xjOperating("Jeminay", "4 and 7–8 October"), operating2026] },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [
        { ...kz, note: "Multilateral (international), cargo-passenger" },
        { ...ed, note: "Which passenger modes are allowed is not stated; needs verification" },
      ],
    },
  },
  {
    slug: "kalzhat-dulata",
    name: { en: "Kalzhat – Dulata", ru: "Калжат – Дулата" },
    searchNames: { names: ["Kolzhat", "Кольжат", "都拉塔"], towns: [[], ["Qapqal"]] },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Kalzhat", ru: "Калжат" },
          sources: [
            { ...capacity, note: "The Kalzhat – Dulata crossing point" },
            { ...classes, note: "Listed (spelled 'Калжан') among the multilateral road checkpoints with China in Almaty region" },
          ],
        },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 43.6, lon: 80.6 },
          sources: [{ ...ed, note: "Approximate: near Kalzhat village, Uygur district of Almaty region; ±15 km, needs verification" }],
        },
        hours: {
          ...kzTwelveHours("Kalzhat"),
          alternatives: [
            {
              value: 'Mo-Su unknown "hours not published; both sides agreed in October 2025 to optimise them"',
              sources: [{ ...capacity, note: "Kazakh and Chinese customs agreed to optimise the operating hours of Kalzhat – Dulata" }],
            },
          ],
        },
        publicHolidays: kzHolidays,
      },
      {
        country: "CN",
        postName: { value: { en: "Dulata", ru: "Дулата" }, sources: [dulata, capacity] },
        timeZone: "Asia/Shanghai",
        location: {
          value: { lat: 43.6, lon: 80.65 },
          sources: [
            { ...dulata, note: "The Dulata checkpoint is 247 km from Almaty" },
            { ...ed, note: "Approximate; ±15 km, needs verification" },
          ],
        },
        hours: cnHours("Dulata", { value: 'Mo-Su unknown "hours not published"', sources: [{ ...capacity, note: "Operating hours under review in October 2025" }] }),
        publicHolidays: cnHolidays("Dulata", "1–3 and 5–6 October, open on 4 October"),
      },
    ],
    operation: {
      value: "operating",
      sources: [{ ...dulata, note: "156,900 crossings by people and 97,700 vehicles through Dulata in 2025, both record highs" }],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [
        { ...classes, note: "Multilateral road checkpoint" },
        { ...dulata, note: "Used for tourism, business trips and family visits since mutual visa-free travel between China and Kazakhstan" },
        { ...ed, note: "Which passenger modes are allowed is not stated; needs verification" },
      ],
    },
  },
];
