/**
 * Crossings with China added from docs/research/china-borders.md (issue 16): Bedel (KG–CN)
 * and the two Kazakh–Chinese rail crossings. Side 0 is the Kyrgyz or Kazakh side; the Chinese
 * side uses Asia/Shanghai, as the rest of the seed. The Chinese rail posts are placed at their
 * cities' Wikipedia coordinates, with the uncertainty in the note; nothing else gives coordinates.
 */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";
import { locatedAt, ref, side } from "./build";

const bedel = ref(
  "24kg-303987",
  "2024-09-04",
  "KG Border Service: Bedel-Avtodorozhny opened 3–4 Sep 2024 under a simplified procedure with temporary infrastructure (first customs clearance 3 Sep); full road, customs and border infrastructure by 2027",
);
const bedelCn = ref(
  "kaz-people-2024-09-05",
  "2024-09-05",
  "The temporary opening ended 30 Sep 2024; seasonal (altitude); expected to open all year after the infrastructure is completed and accepted in 2027. CN gate at 2,754 m",
);
const bedelXinhua = ref("peoplecn-2024-01-31", "2024-01-31", "XUAR government: Bedel port (Uqturpan county) to open in 2024");
const rail24h = ref(
  "lada-147016",
  "2025-12",
  "Both rail checkpoints (Dostyk and Altynkol) work round the clock and are not closed on the holidays that close the road checkpoints",
);
const noPassengers = ref(
  "tengritravel-551372",
  "2023",
  "Almaty – Urumqi passenger trains suspended since March 2020; the Ministry of Transport's answer (undated, 2023–24) does not say they resumed",
);
const railSides = (kz: { en: string; ru: string }, cn: { en: string; ru: string }) =>
  [side("KZ", "Asia/Almaty", kz, [rail24h], { value: "24/7", sources: [rail24h] }), side("CN", "Asia/Shanghai", cn, [rail24h], { value: "24/7", sources: [rail24h] })] as const;

export const cnMore: CrossingBaselineInput[] = [
  {
    slug: "dostyk-alashankou-rail",
    name: { en: "Dostyk – Alashankou (rail)", ru: "Достык – Алашанькоу (ж/д)" },
    sides: ((kz, cn) =>
      [
        kz,
        locatedAt(cn, 45.17333, 82.55472, [
          ref(
            "wiki-alashankou",
            "2026-12",
            "Alashankou city at 45°10′24″N 82°33′17″E, the port of entry by rail and road at the Dzungarian Gate. The city's coordinates, not the station's; ±10 km",
          ),
          ref(
            "ruwiki-alashankou-station",
            "2026-12",
            "Alashankou station, the last of the line in China, is in the county-level city of Alashankou (1,204 km²) at the Dzungarian Gate; that it stands in the town itself is not stated, hence ±10 km",
          ),
        ]),
      ] as const)(...railSides({ en: "Dostyk (rail)", ru: "Достык (ж/д)" }, { en: "Alashankou (rail)", ru: "Алашанькоу (ж/д)" })),
    operation: { value: "operating", sources: [rail24h] },
    traffic: { value: { modes: ["train"], who: "goods" }, sources: [rail24h, noPassengers] },
  },
  {
    slug: "altynkol-khorgos-rail",
    name: { en: "Altynkol – Khorgos (rail)", ru: "Алтынколь – Хоргос (ж/д)" },
    sides: ((kz, cn) =>
      [
        kz,
        locatedAt(cn, 44.12556, 80.41444, [
          ref(
            "wiki-khorgas-city",
            "2026-12",
            "Khorgas city at 44°07′32″N 80°24′52″E; passenger trains run from Urumqi and Yining to Khorgas. The coordinates of the county-level city (1,900 km²), not the station's; ±10 km",
          ),
        ]),
      ] as const)(...railSides({ en: "Altynkol (rail)", ru: "Алтынколь (ж/д)" }, { en: "Khorgos (rail)", ru: "Хоргос (ж/д)" })),
    operation: { value: "operating", sources: [rail24h] },
    traffic: {
      value: { modes: ["train"], who: "goods" },
      sources: [rail24h, noPassengers],
      alternatives: [
        {
          value: { modes: ["train"], who: "everyone" },
          sources: [ref("inform-2017-06-22", "2017-06-22", "Astana – Almaty – Urumqi passenger train launched via Altynkol – Khorgos (2017)")],
        },
      ],
    },
  },
  {
    slug: "bedel",
    name: { en: "Bedel", ru: "Бедел" },
    sides: [side("KG", "Asia/Bishkek", { en: "Bedel", ru: "Бедел" }, [bedel]), side("CN", "Asia/Shanghai", { en: "Biedieli", ru: "Бедели" }, [bedelCn, bedelXinhua])],
    operation: { value: "unknown", sources: [{ ...bedelCn, note: "Opened temporarily 3–30 Sep 2024; no status for 2025–2026 found" }] },
    traffic: {
      value: { modes: ["truck"], who: "unknown" },
      sources: [{ ...bedel, note: "The sources speak of customs clearance of cargo; no rules for passengers or foreigners found" }],
    },
    season: {
      value: { range: null, outside: "unknown", description: "Seasonal (high pass, gate at 2,754 m): opened only 3–30 Sep 2024 so far; all-year operation expected after 2027." },
      sources: [bedelCn],
    },
    roadNotes: {
      value: "Over the Bedel pass between Issyk-Kul region (about 80 km from Karakol) and Uqturpan county, Aksu; a temporary 58 km road was built to the checkpoint.",
      sources: [bedel, bedelXinhua],
    },
  },
];
