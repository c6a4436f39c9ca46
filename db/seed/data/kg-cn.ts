/** Kyrgyzstan – China crossings. Side 0 is always the Kyrgyz side. */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";

const ed = { source: "crossings-editorial-2026", asOf: "2026-11" } as const;
const guide = { source: "guide-kyrgyz-borders-2024", asOf: "2024" } as const;
const irkPass = { source: "dewiki-irkeshtam-pass", asOf: "2026" } as const;
const irkVillage = { source: "dewiki-irkeshtam-village", asOf: "2026" } as const;
const dragonBoat = { source: "qazinform-kg-cn-dragon-boat-2025", asOf: "2025-05-26" } as const;
const newYear = { source: "qazinform-kg-cn-new-year-2025", asOf: "2025-12" } as const;
const torugartWiki = { source: "wiki-torugart-pass", asOf: "2026" } as const;
const dangerous = { source: "dangerousroads-torugart", asOf: "2026" } as const;
const baibol = { source: "baibol-torugart", asOf: "2026" } as const;
const upgrade = { source: "xinhua-torugart-upgrade-2023", asOf: "2023-12-22" } as const;
const xjHolidays = { source: "xj-border-inspection-holidays-2025", asOf: "2025-09-26" } as const;
const weekdays2023 = { source: "kaktus-kg-cn-weekdays-2023", asOf: "2023-12" } as const;
const mignon = { source: "mignon-irkeshtam-2019", asOf: "2019-10" } as const;
const springFestival2026 = { source: "24kg-kg-cn-spring-festival-2026", asOf: "2026-02" } as const;
const nomads = { source: "nomadsland-kg-cn-reopening-2023", asOf: "2023-03-21" } as const;

const weekdaysNote = "Kyrgyz Border Service: both checkpoints work normally Monday to Friday; on Saturday and Sunday passage of people, vehicles and cargo is suspended";

const holidaysNote = "Check there are no public holidays on either side before crossing";

export const kgCn: CrossingBaselineInput[] = [
  {
    slug: "irkeshtam",
    name: { en: "Irkeshtam", ru: "Иркештам" },
    searchNames: {
      names: ["Erkeshtam", "Эркечтам", "Irkeshtam-Avtodorozhny", "Иркештам-автодорожный", "伊尔克什坦", "Yierkeshitan", "Simuhana"],
      towns: [
        ["Osh", "Ош", "Sary-Tash", "Сары-Таш"],
        ["Ulugqat", "Wuqia", "乌恰", "Kashgar", "Кашгар"],
      ],
    },
    sides: [
      {
        country: "KG",
        postName: {
          value: { en: "Irkeshtam", ru: "Иркештам" },
          sources: [guide, { ...newYear, note: "Official name Irkeshtam-Avtodorozhny" }],
        },
        timeZone: "Asia/Bishkek",
        location: {
          value: { lat: 39.68, lon: 73.93 },
          sources: [
            { ...irkVillage, note: "Irkeshtam village at 39°40′41″N 73°53′55″E" },
            { ...irkPass, note: "The border crossing is about 3 km east of Irkeshtam village" },
            { ...ed, note: "Post placed about 3 km east of the village; ±3 km, needs verification" },
          ],
        },
        hours: {
          value: 'Mo-Fr 00:00-11:00,14:00-24:00 unknown "opening and closing times not published; closed for lunch 11:00-14:00"',
          sources: [
            { ...guide, note: "Kyrgyz office closed 11:00–14:00 for lunch; arrive early in the morning" },
            { ...weekdays2023, note: weekdaysNote },
          ],
        },
        publicHolidays: {
          value: "closed",
          sources: [
            { ...guide, note: holidaysNote },
            { ...newYear, note: "Both Kyrgyz–Chinese checkpoints closed on 1 January 2026; Irkeshtam reopened at 22:00 that day" },
          ],
        },
        notes:
          "The Kyrgyz post closes for lunch 11:00–14:00; the guide (2024) gives the Chinese post's lunch as 13:00–16:00 Kyrgyz time, so the crossing may be shut 11:00–16:00: arrive early in the morning.",
      },
      {
        country: "CN",
        postName: {
          value: { en: "Irkeshtam (Sumhana)", ru: "Иркештам" },
          sources: [
            { ...irkVillage, note: "The Chinese border settlement is Sumhana, in Ulugqat county (Kizilsu prefecture)" },
            { ...xjHolidays, note: "The Xinjiang Border Inspection lists the China–Kyrgyzstan road port 伊尔克什坦 (Irkeshtam)" },
          ],
        },
        timeZone: "Asia/Shanghai",
        location: {
          value: { lat: 39.7, lon: 73.97 },
          sources: [{ ...ed, note: "Approximate: Chinese post just east of the border line; ±5 km, needs verification" }],
        },
        hours: {
          value: 'Mo-Fr 00:00-15:00,18:00-24:00 unknown "opening and closing times not published; closed for lunch 15:00-18:00 Beijing time (13:00-16:00 Kyrgyz time)"',
          sources: [
            {
              ...guide,
              note: "Chinese office closed 13:00–16:00 Kyrgyz time for lunch. Written here in Beijing time (UTC+8, two hours ahead of Kyrgyz time), i.e. 15:00–18:00",
            },
            { ...weekdays2023, note: weekdaysNote },
          ],
          alternatives: [
            {
              value:
                'Mo-Su 00:00-14:00,16:00-20:00 unknown "lunch break 13:30-16:30 in summer, 14:00-16:00 in winter, said to close at 20:00 in summer and 19:30 in winter, Beijing time; opening time and days not given"',
              sources: [
                {
                  ...mignon,
                  note: "At both the Chinese Immigration Inspection (Irkeshtam) and Ulugqat (Beijing time): lunch 13:30–16:30 in summer, 14:00–16:00 in winter; both 'are said to close' at 20:00 in summer, 19:30 in winter. Only the parts true in both seasons are kept here",
                },
              ],
            },
            {
              value: 'Mo-Su unknown "7 days a week, 14 hours a day (the Chinese border inspection station, April 2025); which hours is not published"',
              sources: [
                {
                  source: "imsilkroad-irkeshtam-7x14-2025",
                  asOf: "2025-04-10",
                  note: "Xinjiang Daily, April 2025: the Irkeshtam exit-entry border inspection station works a '7 days × 14 hours' duty schedule to meet the port's clearance needs; it does not say which 14 hours, nor whether there is a lunch break",
                },
                {
                  source: "legaldaily-irkeshtam-7x14-2024",
                  asOf: "2024-04-19",
                  note: "Legal Daily, April 2024: since 1 January (2024) the station has cleared traffic 7 days a week, 14 hours a day; officers mention a small peak after 22:00 (Beijing time); which 14 hours is not stated",
                },
              ],
            },
          ],
        },
        publicHolidays: {
          value: "closed",
          sources: [
            { ...guide, note: holidaysNote },
            { ...dragonBoat, note: "Closed on 31 May 2025 for the Dragon Boat Festival, at the Chinese side's initiative" },
            { ...xjHolidays, note: "Irkeshtam closed on 1–3 and 6 October 2025 (National Day and Mid-Autumn holidays); on 4–5 October freight only (a notice)" },
          ],
        },
        // The 24-hour trial of June 2025 (people-irkeshtam-24h-2025) is for freight vehicles only: a
        // note, not an hours claim or an "open" notice (either would open the crossing to travellers,
        // and a notice would also override the Kyrgyz side's weekday hours).
        notes:
          "Hours on this side are in Beijing time (UTC+8), two hours ahead of the Kyrgyz post. Since 1 June 2025 the Chinese border inspection station has trialled round-the-clock clearance of freight vehicles (Xinhua, 2 June 2025); the trial is for freight, and the hours for travellers above are unchanged by it.",
      },
    ],
    operation: {
      value: "operating",
      sources: [{ ...guide, note: "The busiest and easiest Kyrgyz–Chinese crossing" }],
    },
    traffic: {
      value: { modes: ["car", "motorcycle", "bus", "truck"], who: "everyone" },
      sources: [
        { ...guide, note: "Open to international travellers; the guide is written for overlanders with their own vehicles" },
        { ...dragonBoat, note: "Passage of people, vehicles and cargo" },
        { ...ed, note: "Bus and truck traffic from general knowledge; needs verification" },
      ],
    },
    season: {
      value: {
        range: null,
        outside: "unknown",
        description:
          "No seasonal closure in our sources: the Border Service's notices of January and February 2026 announce only holiday closures, with the day it reopens. It is a high crossing: check the weather before going",
      },
      sources: [
        { ...guide, note: "Open all year in principle; the guide warns that the high Kyrgyz–Chinese crossings are often closed in winter by heavy snowfall" },
        { ...newYear, note: "Closed on 1 January 2026 only, reopening at 22:00 that day" },
        { ...springFestival2026, note: "Closed for the Spring Festival from 16 February 22:00 to 20 February 2026 08:00 only" },
      ],
    },
    roadNotes: {
      value:
        "High-altitude crossing: check the weather before going. Fuel, food and spare parts are scarce in the region. The road comes from Sary-Tash over the Irkeshtam pass (about 3,000 m), some 10 km west of the village.",
      sources: [guide, irkPass],
    },
  },
  {
    slug: "torugart",
    name: { en: "Torugart", ru: "Торугарт" },
    searchNames: {
      names: ["Torugart-Avtodorozhny", "Торугарт-автодорожный", "吐尔尕特", "Tuergate"],
      towns: [
        ["Naryn", "Нарын", "Bishkek", "Бишкек"],
        ["Kashgar", "Кашгар"],
      ],
    },
    sides: [
      {
        country: "KG",
        postName: {
          value: { en: "Torugart", ru: "Торугарт" },
          sources: [guide, { ...newYear, note: "Official name Torugart-Avtodorozhny" }],
        },
        timeZone: "Asia/Bishkek",
        location: {
          value: { lat: 40.63, lon: 75.37 },
          sources: [
            {
              ...ed,
              note: "Approximate: Kyrgyz post a few kilometres north-west of the pass, towards Chatyr-Kul lake; ±5 km, needs verification",
            },
          ],
        },
        hours: {
          value: "Mo-Fr 09:00-13:00,14:00-18:00",
          sources: [
            {
              ...dangerous,
              note: "Kyrgyzstan to China 9:00–13:00, China to Kyrgyzstan 14:00–18:00; closed at weekends and on holidays. Time zone not stated; taken as Kyrgyz time",
            },
            { ...weekdays2023, note: weekdaysNote },
          ],
        },
        publicHolidays: {
          value: "closed",
          sources: [
            { ...guide, note: holidaysNote },
            { ...dangerous, note: "Closed on holidays" },
            { ...newYear, note: "Closed on 1 January 2026, reopened 2 January at 08:00" },
          ],
        },
        notes:
          "Direction matters: the published hours are 9:00–13:00 for leaving Kyrgyzstan and 14:00–18:00 for entering it. In December 2023, after an upgrade of the checkpoint, the Kyrgyz president proposed 24/7 operation from spring 2024; we have no confirmation that this happened.",
      },
      {
        country: "CN",
        postName: {
          value: { en: "Torugart", ru: "Торугарт" },
          sources: [
            {
              ...torugartWiki,
              note: "Chinese border gate at the pass; the Chinese Torugart port of entry, where customs is cleared, lies far down the road in Ulugqat county",
            },
            { ...xjHolidays, note: "The Xinjiang Border Inspection lists the China–Kyrgyzstan road port 吐尔尕特 (Torugart)" },
          ],
        },
        timeZone: "Asia/Shanghai",
        location: {
          value: { lat: 40.5925, lon: 75.4272 },
          sources: [{ ...torugartWiki, note: "Torugart pass, 40°35′33″N 75°25′38″E, 3,752 m" }],
        },
        hours: {
          value: 'Mo-Fr unknown "hours on the Chinese side not published"',
          sources: [
            { ...dangerous, note: "Closed at weekends and on holidays" },
            { ...baibol, note: "Closed at weekends and on holidays" },
            { ...weekdays2023, note: weekdaysNote },
          ],
        },
        publicHolidays: {
          value: "closed",
          sources: [
            { ...guide, note: holidaysNote },
            { ...dragonBoat, note: "Closed on 31 May 2025 for the Dragon Boat Festival, at the Chinese side's initiative" },
            { ...xjHolidays, note: "Torugart closed on 1–3 and 6 October 2025 (National Day and Mid-Autumn holidays); on 4–5 October freight only (a notice)" },
          ],
        },
        notes: "Hours on this side would be in Beijing time (UTC+8), two hours ahead of the Kyrgyz post.",
      },
    ],
    operation: {
      value: "operating",
      sources: [guide, { ...upgrade, note: "Reopened after an upgrade in December 2023; the Kyrgyz president proposed 24/7 operation from spring 2024" }],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "bilateral" },
      sources: [
        {
          ...baibol,
          note: "Technically open only to Kyrgyz and Chinese citizens; other nationals need a special permit and must be met on the Chinese side by an agency",
        },
        { ...nomads, note: "Since March 2023 open to tourists again only if the crossing is organised by a certified tour operator" },
      ],
      alternatives: [
        {
          value: { modes: ["car", "bus", "truck"], who: "everyone" },
          sources: [
            { ...guide, note: "One of the two Kyrgyz–Chinese crossings described for travellers" },
            { ...dangerous, note: "Most of the traffic is trucks" },
          ],
        },
      ],
    },
    season: {
      value: {
        range: null,
        outside: "unknown",
        description:
          "No seasonal closure in our sources: the Border Service's notices of January and February 2026 announce only holiday closures, with the day it reopens. The pass is icy and dangerous in winter",
      },
      sources: [
        { ...newYear, note: "Closed on 1 January 2026, reopened on 2 January at 08:00" },
        { ...springFestival2026, note: "Closed for the Spring Festival from 16 February 22:00 to 20 February 2026 08:00 only" },
      ],
      alternatives: [
        {
          value: {
            range: "May 20-Sep 30",
            outside: "unknown",
            description: "The pass is generally snow-free from late May to late September; outside this period it is often closed or the road is too dangerous",
          },
          sources: [guide, { ...dangerous, note: "Normally snow-free late May to September; in theory kept open all year but icy and dangerous in winter" }],
        },
      ],
    },
    borderPermit: {
      value: {
        required: true,
        detail: "The Torugart checkpoint is in the Naryn border zone: a Kyrgyz border permit is needed to travel there",
      },
      sources: [{ ...guide, note: "Naryn region restricted zone includes the Torugart checkpoint" }],
    },
    advanceNotice: {
      value: {
        required: true,
        detail:
          "Foreigners need arrangements made beforehand: a permit and an agency with transport meeting them on the Chinese side. Travellers without the right documents have been turned back.",
      },
      sources: [baibol, dangerous],
    },
    roadNotes: {
      value:
        "About 400 km from Bishkek via Naryn; the road is narrow and in winter often impassable because of snow and avalanches. Fuel, food and spare parts are scarce in the region.",
      sources: [torugartWiki, guide],
    },
  },
];
