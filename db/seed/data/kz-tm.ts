/**
 * Kazakhstan – Turkmenistan crossings added from docs/research/south-borders.md (issue 16).
 * Side 0 is the Kazakh side (Mangystau: Asia/Aqtau, as Tazhen). No source gives coordinates.
 */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";
import { ref, side } from "./build";

const yerzemin = ref("yerzemin-2023", "2023-07-19", "KZ post 'Temir-Baba', Karakiya district, Mangystau; new post under construction");
const reopened2025 = ref("trend-kz-uz-checkpoints-2025-12", "2025-12-12", "KZ government: the upgraded Temir-Baba checkpoint launched (December 2025)");
const businessTm = ref("businesscomtm-2025-12-12", "2025-12-12");
const sole = ref("trend-4078177", "2025", "'Temir Baba, the sole road crossing with Turkmenistan'");
const overland = ref("eurasiaoverland-2014", "2014-06-23", "A foreign traveller crossed on a five-day Turkmen transit visa on 23 Jun 2014");
const turkmenNews = ref("turkmen-news", "2019", "Temir-Baba closed to Turkmen citizens since May 2018 (they must leave via Ashgabat)");
const serhetyaka2013 = ref(
  "inform-bolashak-serhetyaka-2013",
  "2013-05-11",
  "The presidents opened the through railway service 'Bolashak station (Republic of Kazakhstan) – Serhetyaka station (Turkmenistan)' on 11 May 2013",
);
const bolashak = ref("azathabar-25401877", "2014-05", "The crossings for the five-day visa-free regime of border residents: road post Temir-baba and rail customs post Bolashak");

export const kzTm: CrossingBaselineInput[] = [
  {
    slug: "temir-baba-garabogaz",
    name: { en: "Temir-Baba – Garabogaz", ru: "Темир-Баба – Гарабогаз" },
    sides: [
      side("KZ", "Asia/Aqtau", { en: "Temir-Baba", ru: "Темир-Баба" }, [yerzemin]),
      side("TM", "Asia/Ashgabat", { en: "Garabogaz", ru: "Гарабогаз" }, [
        ref("tmcars-2208308413", "2021", "Contactless trailer exchange at Garabogaz – Temirbaba from 1 Jan 2021"),
      ]),
    ],
    operation: { value: "operating", sources: [reopened2025, businessTm, sole] },
    // Who may cross has no single value the schema can hold: since May 2018 Turkmen citizens may
    // not use it (turkmen.news, the latest source on who crosses), while foreigners crossed on
    // transit visas in 2014 and Mangystau residents had a five-day visa-free regime. "everyone" is
    // superseded by that news report; no later source says who crosses now, so "unknown".
    traffic: {
      value: { modes: ["car", "truck"], who: "unknown" },
      sources: [
        {
          ...turkmenNews,
          note: "Since May 2018 the Temir-Baba crossing has stayed closed to Turkmen citizens, even with a Kazakh visa: 'exit only through Ashgabat'. Whether foreigners and Kazakh citizens still cross is not stated, and no later source on who may cross was found",
        },
        sole,
      ],
      alternatives: [
        {
          value: { modes: ["car", "truck"], who: "everyone" },
          sources: [overland, { ...bolashak, note: "Mangystau residents could spend five days in Balkan province without a visa, crossing at Temir-baba (2014)" }],
        },
      ],
    },
    roadNotes: {
      value: "The only road crossing between Kazakhstan and Turkmenistan; from Zhanaozen and Aktau. Closed to Turkmen citizens since May 2018 (turkmen.news, 2019).",
      sources: [sole, yerzemin, turkmenNews],
    },
  },
  {
    slug: "bolashak-rail",
    name: { en: "Bolashak – Serhetyaka (rail)", ru: "Болашак – Серхетяка (ж/д)" },
    searchNames: { names: ["Bolashak", "Болашак", "Serkhetyaka", "Серхетяка"], towns: [["Zhanaozen", "Жанаозен"], []] },
    sides: [
      side("KZ", "Asia/Aqtau", { en: "Bolashak (rail)", ru: "Болашак (ж/д)" }, [bolashak, serhetyaka2013]),
      side("TM", "Asia/Ashgabat", { en: "Serhetyaka (rail)", ru: "Серхетяка (ж/д)" }, [
        serhetyaka2013,
        ref("turkmenpetroleum-kti-rail-2018", "2018-01-09", "The test container train ran China – Altynkol – Bolashak – Serhetyaka – Akyayla – Incheburun – Tehran"),
      ]),
    ],
    operation: {
      value: "unknown",
      sources: [
        ref(
          "trend-bolashak-2025-01-30",
          "2025-01-30",
          "The Kazakh and Turkmen railways decided in January 2025 to reopen the joint international crossing point at Bolashak station; whether and when it reopened is not reported",
        ),
        { ...bolashak, note: "Named as a customs post; its traffic and status are not described" },
      ],
    },
    traffic: { value: { modes: ["train"], who: "unknown" }, sources: [{ ...bolashak, note: "A customs (freight) post; passenger service not stated" }] },
  },
];
