/**
 * Turkmenistan – Iran crossings added from docs/research/south-borders.md (issue 16).
 * Side 0 is the Turkmen side, side 1 the Iranian one (Asia/Tehran). The posts at Serakhs,
 * Sarakhs, Bajgiran and Artyk are placed at their towns' Wikipedia coordinates, the note saying
 * so with the uncertainty (a directory's generated ones for Sarakhs are not used).
 *
 * March 2026: after the strikes on Iran of 28 Feb 2026, Azattyk reported that Turkmenistan
 * closed its crossings but Serakhs, which worked for diplomats and arranged evacuations only,
 * while the Russian embassy listed all of them as open for evacuations. No later news was
 * found, so whether they pass travellers now is "unknown".
 */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";
import { locatedAt, ref, side } from "./build";

const azattyk2026 = ref(
  "azattyk-33692063",
  "2026-03-02",
  "Turkmenistan closed three official crossings with Iran; only Serakhs works, for diplomats and pre-agreed evacuations; Bajgiran and Artyk fully closed",
);
const m24 = ref(
  "m24-2026-03-03",
  "2026-03-03",
  "Russian embassy: evacuation possible via Sarakhs, Artyk – Lotfabad, Gaudan – Bajgiran, Akyayla – Incheburun and Altyn Asyr – Incheburun, only after data are sent to the embassy in Iran",
);
const ng = ref("centrasia-ng-2026-03-04", "2026-03-04");
const shargh = ref(
  "shargh-1094232",
  "2026-03",
  "Iran MFA representative: Sarakhs normally 06:00–15:00 and Lotfabad 06:30–15:30, both extended to 19:30 by agreement with Turkmenistan (March 2026)",
);
const transit2023 = ref("nca-2023-09-25", "2023-09-25", "Pre-pandemic transit scheme restored from 1 Nov 2023");
const laitimes = ref(
  "laitimes",
  "2023",
  "Chronicles of Turkmenistan (repost): travellers turned back at Serakhs on 15 October because the Turkmen post closes at 16:00 (their guide thought 18:00) and opens at 08:00",
);
const bajgiran2023 = ref("turkmenportal-59630", "2023-03-24", "Passenger terminal at Gaudan – Bajgiran resumed work on 24 Mar 2023; trucks up to 20 t to Ashgabat only");
const lpIran = ref("lp-iran", "2012", "Guidebook (about 2012): Iranian side 07:30–15:30, Turkmen side 09:00–17:00; Turkmen entry card US$12");
const irib2025 = ref("irib-2025-10-03", "2025-10-03", "Lotfabad normally 07:30–15:30; temporarily 06:00–18:00 for five days (October 2025, 1,300 trucks waiting)");
const artykTm = ref(
  "nca-2025-01-14",
  "2025-01-14",
  "TM State Customs Service: Artyk's working day extended by 1.5 hours on trial from 15 Jan 2025 (base hours not given); capacity 300 vehicles a day",
);
const incheh2021 = ref("turkmenportal-40496", "2021-10-15", "The Incheh Borun (Inche-Burun) checkpoint reopened for Iranian trucks on 14 Oct 2021 after 20 months");
const marchState = { value: "unknown" as const, sources: [azattyk2026, m24, ng] };

export const tmIr: CrossingBaselineInput[] = [
  {
    slug: "serakhs-sarakhs",
    name: { en: "Serakhs – Sarakhs", ru: "Серахс – Серахс" },
    sides: [
      locatedAt(
        side("TM", "Asia/Ashgabat", { en: "Serakhs (Saragt)", ru: "Серахс" }, [shargh, ref("fintribune-2020", "2020")], { value: "08:00-16:00", sources: [laitimes] }),
        36.5333,
        61.2167,
        [
          ref(
            "wiki-serakhs-tm",
            "2026-12",
            "Serakhs (Sarahs) town at 36°32′N 61°13′E (to the minute); the Iranian Sarakhs is across the border. The town's coordinates, not the post's; ±5 km",
          ),
        ],
      ),
      locatedAt(
        side("IR", "Asia/Tehran", { en: "Sarakhs", ru: "Серахс" }, [shargh], {
          value: "06:00-15:00",
          sources: [{ ...shargh, note: "Normal hours 06:00–15:00; extended to 19:30 in March 2026" }],
        }),
        36.545,
        61.15778,
        [
          ref(
            "wiki-sarakhs-ir",
            "2026-12",
            "Sarakhs city at 36°32′42″N 61°09′28″E; much of the old city is just across the border in Turkmenistan. The city's coordinates, not the post's; ±5 km",
          ),
        ],
      ),
    ],
    operation: { ...marchState, alternatives: [{ value: "operating", sources: [transit2023] }] },
    traffic: {
      value: { modes: ["car", "truck", "train"], who: "everyone" },
      sources: [
        transit2023,
        ref("irtkcc", "2022", "Sarakhs rail already works 24 hours"),
        ref("hh2sg-2019", "2019-06", "A foreign traveller on a Turkmen transit visa crossed Sarakhs (2019)"),
      ],
    },
    roadNotes: {
      value: "185 km north-east of Mashhad. In March 2026 it worked only for diplomats and arranged evacuations (Azattyk); no later news.",
      sources: [shargh, azattyk2026],
    },
  },
  {
    slug: "gaudan-bajgiran",
    name: { en: "Gaudan – Bajgiran", ru: "Гаудан – Баджгиран" },
    sides: [
      side("TM", "Asia/Ashgabat", { en: "Gaudan (Howdan)", ru: "Гаудан" }, [lpIran], { value: 'Mo-Su unknown "a guidebook of about 2012 gives 09:00-17:00"', sources: [lpIran] }),
      locatedAt(
        side("IR", "Asia/Tehran", { en: "Bajgiran", ru: "Баджгиран" }, [lpIran, bajgiran2023], {
          value: 'Mo-Su unknown "a guidebook of about 2012 gives 07:30-15:30"',
          sources: [lpIran],
        }),
        37.62139,
        58.41833,
        [
          ref(
            "wiki-bajgiran-2024",
            "2024-01",
            "Bajgiran at 37°37′17″N 58°25′06″E (from OpenStreetMap), 'on the Iran–Turkmenistan border … the site of an official crossing point'. The town's coordinates, not the post's; ±3 km",
          ),
        ],
      ),
    ],
    operation: {
      ...marchState,
      alternatives: [
        {
          value: "operating",
          sources: [bajgiran2023, ref("webangah-2026-01-05", "2026-01-05", "500–600 travellers a day since 2022; Turkmenistan lets 7–8 trucks a day through")],
        },
      ],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone" },
      sources: [
        bajgiran2023,
        ref("webangah-2026-01-05", "2026-01-05"),
        { ...lpIran, note: "How foreign travellers cross here (about 2012), on a Turkmen tourist or transit visa" },
      ],
    },
    roadNotes: {
      value: "About 35 km from Ashgabat; the Turkmen upper post is 25 km from its lower gate, with shuttle minivans between them (guidebook, about 2012).",
      sources: [ref("irib-5609649", "2026-12", "Undated"), lpIran],
    },
  },
  {
    slug: "artyk-lotfabad",
    name: { en: "Artyk – Lotfabad", ru: "Артык – Лютфабад" },
    sides: [
      locatedAt(
        side("TM", "Asia/Ashgabat", { en: "Artyk", ru: "Артык" }, [ref("customs-tm-829", "2024-01-16", "Border agencies' meeting at Artyk, 16 Jan 2024")], {
          value: 'Mo-Su unknown "extended by 1.5 hours from 15 Jan 2025; base hours not published"',
          sources: [artykTm],
        }),
        37.5548,
        59.32569,
        [
          ref(
            "wiki-artyk",
            "2026-12",
            "Artyk village at 37°33′17.28″N 59°19′32.5″E; the article's photograph is of the customs post on the Turkmen–Iranian border at Artyk. The village's coordinates, not the post's; ±3 km",
          ),
        ],
      ),
      side("IR", "Asia/Tehran", { en: "Lotfabad", ru: "Лютфабад" }, [irib2025], {
        value: "06:30-15:30",
        sources: [shargh],
        alternatives: [
          {
            value: "07:30-15:30",
            sources: [
              irib2025,
              ref(
                "yjc-lotfabad-2025-10-02",
                "2025-10-02",
                "Darregaz governor (IRNA): the border gate works eight hours a day now; Iran is asking Turkmenistan for twelve (October 2025)",
              ),
            ],
          },
        ],
      }),
    ],
    operation: { ...marchState, alternatives: [{ value: "operating", sources: [irib2025, artykTm] }] },
    traffic: {
      value: { modes: ["truck", "train"], who: "unknown" },
      sources: [
        irib2025,
        ref("worldnewsam-2024", "2024", "The railway runs through the checkpoint"),
        { ...artykTm, note: "Trucks; whether travellers may cross outside the March 2026 evacuations is not stated" },
      ],
    },
  },
  {
    slug: "akyayla-incheh-borun",
    name: { en: "Altyn Asyr – Incheh Borun", ru: "Алтын Асыр – Инчебурун" },
    searchNames: { names: ["Incheburun", "Inche Burun", "Инче-Бурун"], towns: [[], []] },
    sides: [
      side("TM", "Asia/Ashgabat", { en: "Altyn Asyr", ru: "Алтын Асыр" }, [
        ref(
          "mfa-tm-altyn-asyr-2020",
          "2020-05-30",
          "Turkmen MFA: disinfection facilities built at the Turkmen–Iranian border checkpoints 'Sarakhs-Sarakhs', 'Artyk-Lutfabat' and 'Altyn Asyr – Incheburun'",
        ),
        ref(
          "awtoulag-foreign-drivers-2022",
          "2022",
          "Türkmenawtoulaglary: drivers of foreign trucks arriving through the checkpoints 'Altyn Asyr', 'Artyk', 'Sarakhs' and 'Farap' may deliver goods to the nearest railway stations: a road checkpoint",
        ),
        { ...m24, note: "The embassy lists Akyayla – Incheburun and Altyn Asyr – Incheburun as two crossings; Akyayla is the rail station (akyayla-incheh-borun-rail)" },
        incheh2021,
      ]),
      side("IR", "Asia/Tehran", { en: "Incheh Borun", ru: "Инчебурун" }, [incheh2021, ref("tehrantimes-2021-10-17", "2021-10-17")]),
    ],
    operation: { value: "unknown", sources: [m24], alternatives: [{ value: "operating", sources: [incheh2021] }] },
    traffic: { value: { modes: ["truck"], who: "unknown" }, sources: [{ ...incheh2021, note: "Reopened for Iranian trucks; whether travellers may cross is not stated" }] },
  },
];
