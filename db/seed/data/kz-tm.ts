/**
 * Kazakhstan – Turkmenistan crossings added from docs/research/south-borders.md (issue 16).
 * Side 0 is the Kazakh side (Mangystau: Asia/Aqtau, as Tazhen). No source gives coordinates.
 */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";
import { noHours, ref, side } from "./build";

const yerzemin = ref("yerzemin-2023", "2023-07-19", "KZ post 'Temir-Baba', Karakiya district, Mangystau; new post under construction");
const reopened2025 = ref("trend-kz-uz-checkpoints-2025-12", "2025-12-12", "KZ government: the upgraded Temir-Baba checkpoint launched (December 2025)");
const businessTm = ref("businesscomtm-2025-12-12", "2025-12-12");
const sole = ref("trend-4078177", "2025", "'Temir Baba, the sole road crossing with Turkmenistan'");
const overland = ref("eurasiaoverland-2014", "2014-06-23", "A foreign traveller crossed on a five-day Turkmen transit visa on 23 Jun 2014");
const turkmenNews = ref("turkmen-news", "2019", "Temir-Baba closed to Turkmen citizens since May 2018 (they must leave via Ashgabat)");
const bolashak = ref("azathabar-25401877", "2014-05", "The crossings for the five-day visa-free regime of border residents: road post Temir-baba and rail customs post Bolashak");

export const kzTm: CrossingBaselineInput[] = [
  {
    slug: "temir-baba-garabogaz",
    name: { en: "Temir-Baba – Garabogaz", ru: "Темир-Баба – Гарабогаз" },
    sides: [
      side("KZ", "Asia/Aqtau", { en: "Temir-Baba", ru: "Темир-Баба" }, [yerzemin]),
      side("TM", "Asia/Ashgabat", { en: "Garabogaz", ru: "Гарабогаз" }, [ref("tmcars-2208308413", "2021", "Contactless trailer exchange at Garabogaz – Temirbaba from 1 Jan 2021")]),
    ],
    operation: { value: "operating", sources: [reopened2025, businessTm, sole] },
    traffic: {
      value: { modes: ["car", "truck"], who: "everyone" },
      sources: [overland, { ...turkmenNews, note: "Closed to Turkmen citizens since May 2018; foreigners crossed on transit visas (2014); no newer source on who may cross" }, sole],
    },
    roadNotes: { value: "The only road crossing between Kazakhstan and Turkmenistan; from Zhanaozen and Aktau.", sources: [sole, yerzemin] },
  },
  {
    slug: "bolashak-rail",
    name: { en: "Bolashak (rail)", ru: "Болашак (ж/д)" },
    sides: [
      side("KZ", "Asia/Aqtau", { en: "Bolashak (rail)", ru: "Болашак (ж/д)" }, [bolashak]),
      side("TM", "Asia/Ashgabat", { en: "Turkmen rail post opposite Bolashak (name not sourced)", ru: "Туркменский ж/д пост напротив «Болашак» (название не подтверждено)" }, [{ ...noHours, note: "No source we have names the Turkmen rail post" }]),
    ],
    operation: { value: "unknown", sources: [{ ...bolashak, note: "Named as a customs post; its traffic and status are not described" }] },
    traffic: { value: { modes: ["train"], who: "unknown" }, sources: [{ ...bolashak, note: "A customs (freight) post; passenger service not stated" }] },
  },
];
