/**
 * Uzbekistan – Tajikistan crossings added from docs/research/south-borders.md (issue 16).
 * Side 0 is the Uzbek side. No source gives coordinates, so no side has a location.
 * (Oybek – Fotehobod and Sariosiyo – Tursunzoda are in other.ts.)
 */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";
import { ref, side } from "./build";

const reopen2018 = ref(
  "asiaplus-tj-uz-bcps-2018",
  "2018-03-01",
  "Ten crossings reopened on 1 March 2018 (UZ decree of 21 Feb 2018): Jarteppa, Qushkent, Uchturgan, Khavastabad, Bekabad, Pap, Ravat, Gulbahor and the rail crossing Amuzang – Khoshadi",
);
const xabar2018 = ref("xabar-org-2018", "2018-03-01");
const uztag = ref("uztag-2019-12-30", "2019-12-30", "UZ First Deputy Foreign Minister: 'we opened 16 points, which fully work round the clock'");
const reopen2021 = ref(
  "ap-2021-03-01",
  "2021-03-01",
  "All crossings, closed since 23 March 2020 (COVID) except for trucks, expected to reopen by Navruz 2021; no later status for this crossing found",
);
const jartepa2021 = ref("trend-uz-tj-jartepa-2021", "2021-01-07");
const jartepa2018 = ref("nuz-2018-03-02", "2018-03-02", "International checkpoint 'Jartepa' opened in Samarkand region");
const sarazm2022 = ref("casian-2022-09-03", "2022-09-03", "TJ Ministry of Transport: Jartepa closed 5–16 Sep 2022 for the SCO summit in Samarkand");
const patar2018 = ref("ap-2018-02-13", "2018-02-13", "Andarkhon – Patar reopened 10 Feb 2018 after eight years; 650 people a day");
const patarUz = ref("xabar-uz-2018", "2018-02");
const andarkhon2023 = ref("offexploring-2023", "2023-06-09", "A tourist group crossed from Uzbekistan to Tajikistan here in June 2023, walking about 400 m of no-man's land");
const babatag = ref("ap-en-2019-03-04", "2019-03-04", "Babatag (UZ, Uzun) – Hisor (TJ) opened 2 March 2019, daytime only");
const normal2022 = ref(
  "kunuz-tj-uz-2022-03-08",
  "2022-03-08",
  "Tajikistan's anti-coronavirus headquarters: the crossings between Tajikistan and Uzbekistan resume normal operation from 15 March 2022",
);
const posts2025 = ref(
  "vestikavkaza-uz-posts-2025-12-26",
  "2025-12-26",
  "Presidential decree of 17 Dec 2025: border troops inspect vehicles at the customs posts Bobotog, Uchturgan, Pop (Pap), Rovot (Ravat), Rishton and Bekabad-avto until the end of 2026; the Customs Committee says the posts are not closing",
);
/** Hours of a post no source gives: the one statement about the crossings' hours, kept as a comment (a general claim, not this post's schedule). */
const roundTheClock2019 = {
  value: 'Mo-Su unknown "not published for this post; in December 2019 Uzbekistan\'s deputy foreign minister said the crossings opened with Tajikistan work round the clock"',
  sources: [{ ...uztag, note: "A general statement about the crossings opened since 2018, not this post's published hours" }],
};
const tjNotNamed = (crossing: string) => ({
  en: `Tajik post of the ${crossing} crossing (name not sourced)`,
  ru: `Таджикский пост перехода «${crossing}» (название не подтверждено)`,
});
const uzNotNamed = (crossing: string) => ({
  en: `Uzbek post of the ${crossing} crossing (name not sourced)`,
  ru: `Узбекский пост перехода «${crossing}» (название не подтверждено)`,
});

/** The crossings the reopening reports name once, with no later news. */
function listedOnly(slug: string, en: string, ru: string, where: string, modes: ("car" | "train")[] = ["car"], named2025 = false): CrossingBaselineInput {
  const named = { ...reopen2018, note: `The reopening report names the crossing '${en}' (${where}) without saying which side's post bears the name` };
  return {
    slug,
    name: { en, ru },
    sides: [side("UZ", "Asia/Tashkent", uzNotNamed(en), [named], roundTheClock2019), side("TJ", "Asia/Dushanbe", tjNotNamed(en), [named], roundTheClock2019)],
    // The 2021 "unknown" is superseded by the 2022 report that all the crossings resumed normal
    // operation (and, for the posts it names, by the December 2025 one).
    operation: {
      value: "operating",
      sources: [...(named2025 ? [posts2025] : []), normal2022, reopen2018, xabar2018, uztag],
      alternatives: [{ value: "unknown", sources: [reopen2021] }],
    },
    traffic: {
      value: { modes, who: "unknown" },
      sources: [{ ...reopen2018, note: "Who may cross is not stated; before 2018 only Dousti and Fotehobod served travellers generally" }],
    },
  };
}

export const uzTj: CrossingBaselineInput[] = [
  {
    slug: "jartepa-sarazm",
    name: { en: "Jartepa – Sarazm", ru: "Джартепа – Саразм" },
    sides: [
      side("UZ", "Asia/Tashkent", { en: "Jartepa", ru: "Джартепа" }, [jartepa2018, sarazm2022], { value: "24/7", sources: [uztag] }),
      side("TJ", "Asia/Dushanbe", { en: "Sarazm", ru: "Саразм" }, [sarazm2022], roundTheClock2019),
    ],
    operation: { value: "operating", sources: [jartepa2021, sarazm2022, ref("sputnik-tj-2021-02-17", "2021-02-17", "Open to students from 17 Feb 2021")] },
    traffic: {
      value: { modes: ["pedestrian", "car", "truck"], who: "unknown" },
      sources: [{ ...jartepa2018, note: "International status; whether third-country nationals may cross is not stated in our sources" }],
    },
    roadNotes: { value: "Between Samarkand (about 36 km) and Panjakent.", sources: [jartepa2018, jartepa2021] },
  },
  {
    slug: "andarkhon-patar",
    name: { en: "Andarkhon – Patar", ru: "Андархан – Патар" },
    sides: [
      side("UZ", "Asia/Tashkent", { en: "Andarkhon", ru: "Андархан" }, [patarUz, patar2018], { value: "24/7", sources: [uztag] }),
      side(
        "TJ",
        "Asia/Dushanbe",
        { en: "Patar", ru: "Патар" },
        [patar2018, ref("ap-ru-2011-06-14", "2011-06-14", "TJ international checkpoint 'Patar' opened 14 Jun 2011, on the route to Kokand and Osh")],
        roundTheClock2019,
      ),
    ],
    operation: { value: "operating", sources: [andarkhon2023, patar2018] },
    traffic: { value: { modes: ["pedestrian", "car"], who: "everyone" }, sources: [andarkhon2023, patar2018] },
  },
  {
    slug: "babatag-hisor",
    name: { en: "Babatag – Hisor", ru: "Бабатаг – Гиссар" },
    sides: [
      side("UZ", "Asia/Tashkent", { en: "Babatag", ru: "Бабатаг" }, [babatag, ref("pvuz-2019", "2019-03-04")], {
        value: 'Mo-Su unknown "daytime only (2019); hours not given"',
        sources: [babatag],
      }),
      side("TJ", "Asia/Dushanbe", { en: "Hisor", ru: "Гиссар" }, [babatag], { value: 'Mo-Su unknown "daytime only (2019); hours not given"', sources: [babatag] }),
    ],
    operation: { value: "operating", sources: [posts2025, normal2022, babatag], alternatives: [{ value: "unknown", sources: [reopen2021] }] },
    traffic: { value: { modes: ["car"], who: "unknown" }, sources: [{ ...babatag, note: "Who may cross is not stated" }] },
  },
  listedOnly("qushkent", "Qushkent", "Кушкент", "Ghonchi/Devashtich – Jizzakh"),
  listedOnly("uchturgan", "Uchturgan", "Учтурган", "Zafarobod – Jizzakh", ["car"], true),
  listedOnly("khavastabad", "Khavastabad", "Хавастабад", "Spitamen – Syrdarya"),
  listedOnly("bekabad-uz-tj", "Bekabad", "Бекабад", "Spitamen – Tashkent region", ["car"], true),
  listedOnly("pap", "Pap", "Пап", "Asht – Namangan", ["car"], true),
  listedOnly("ravat", "Ravat", "Рават", "Konibodom – Fergana", ["car"], true),
  listedOnly("gulbahor", "Gulbahor", "Гулбахор", "Shahritus – Surkhandarya"),
  listedOnly("qushtegirmon", "Qushtegirmon", "Куштегирмон", "Spitamen"),
  {
    ...listedOnly("amuzang-khoshadi-rail", "Amuzang – Khoshadi (rail)", "Амузанг – Хошади (ж/д)", "Galaba – Amuzang line, Termez – Bokhtar", ["train"]),
    sides: [
      side("UZ", "Asia/Tashkent", { en: "Amuzang (rail)", ru: "Амузанг (ж/д)" }, [reopen2018]),
      side("TJ", "Asia/Dushanbe", { en: "Khoshadi (rail)", ru: "Хошади (ж/д)" }, [reopen2018]),
    ],
    // The 2022 report speaks of the crossings for people; nothing says whether trains run here.
    operation: { value: "unknown", sources: [reopen2021], alternatives: [{ value: "operating", sources: [reopen2018, xabar2018, uztag] }] },
  },
];
