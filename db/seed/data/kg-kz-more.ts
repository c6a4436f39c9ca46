/**
 * Kyrgyzstan – Kazakhstan crossings added from docs/research/kz-kg-uz-tj.md (issue 16).
 * Side 0 is the Kyrgyz side. No source gives coordinates, so no side has a location.
 */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";
import { locatedAt, noHours, ref, side } from "./build";

const vb2019 = ref("vbkg-akzhol-closure-2019", "2019-12", "KG Border Service list of the Chui-region posts: Ak-Tilek, Tokmok, Ken-Bulun, Kaindy (rail), Chaldybar");
const ehonews = ref(
  "ehonews-kenbulun",
  "2019",
  "KZ Border Service: from 2 March (8:00) Aukhatty and Sortobe pass third-country nationals too; persons, vehicles and cargo; round the clock (year not shown, 2019 by context)",
);
/** The KG Border Service's own list of December 2019 still calls these two posts bilateral (for the two countries' citizens), after the 2018 protocol and the Kazakh notice of March 2019 that made them multilateral. */
const vbBilateral = (post: string) =>
  ref("vbkg-akzhol-closure-2019", "2019-12", `KG Border Service, December 2019: '${post}' is a bilateral checkpoint that passes persons and vehicles`);
const protocol2018 = ref("inform-kegen-2018", "2018-09-04", "Protocol of 17 Aug 2018 makes the posts multilateral");
const queues2023 = ref("akchabar-queues-2023-10-05", "2023-10-05");
const tomonku = ref(
  "24kg-tomonku-2026-02-25",
  "2026-02-25",
  "KG parliament approved in first reading a protocol (signed 22 Aug 2025) making Tomonku-Chui (formerly Kamyshanovka) and Kichi-Kapka international and round-the-clock; whether they pass travellers now is not stated",
);
const kaindy = ref(
  "kloop-kg-kz-checkpoints-2020",
  "2020-01-10",
  "'Kaindy Temir Zhol': multilateral post for KG, KZ and foreign citizens; train passengers and cargo; in Kaindy town",
);
const kzNotNamed = (opposite: string) => ({
  en: `Kazakh post opposite ${opposite} (name not sourced)`,
  ru: `Казахстанский пост напротив «${opposite}» (название не подтверждено)`,
});
const unnamed = { ...noHours, note: "No source we have names the Kazakh post" };

export const kgKzMore: CrossingBaselineInput[] = [
  {
    slug: "ken-bulun-aukhatty",
    name: { en: "Ken-Bulun – Aukhatty", ru: "Кен-Булун – Аухатты" },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Ken-Bulun", ru: "Кен-Булун" }, [vb2019, ref("knews-kenbulun-2020-06-11", "2020-06-11")], { value: "24/7", sources: [ehonews] }),
      side("KZ", "Asia/Almaty", { en: "Aukhatty", ru: "Аухатты" }, [protocol2018, ehonews], { value: "24/7", sources: [ehonews] }),
    ],
    operation: { value: "operating", sources: [{ ...queues2023, note: "More than 120 trucks queued on 5 Oct 2023 (KG Border Service)" }] },
    traffic: {
      value: { modes: ["pedestrian", "car", "truck"], who: "everyone" },
      sources: [ehonews, protocol2018],
      alternatives: [{ value: { modes: ["pedestrian", "car", "truck"], who: "bilateral" }, sources: [vbBilateral("Ken-Bulun-avtodorozhny")] }],
    },
  },
  {
    slug: "tokmok-sortobe",
    name: { en: "Tokmok – Sortobe", ru: "Токмок – Сортобе" },
    sides: [
      locatedAt(
        side("KG", "Asia/Bishkek", { en: "Tokmok", ru: "Токмок" }, [{ ...vb2019, note: "Tokmok-avtodorozhny, near the Yu. Dunlarov bridge near Tokmok" }], {
          value: "24/7",
          sources: [ehonews],
        }),
        42.8333,
        75.2833,
        [
          ref(
            "wiki-tokmok",
            "2026-12",
            "Tokmok city at 42°50′N 75°17′E (to the minute); just to the north is the Chu river and the border with Kazakhstan. The city's coordinates, not the post's (which is at a bridge near the city); ±3 km",
          ),
        ],
      ),
      side("KZ", "Asia/Almaty", { en: "Sortobe", ru: "Сортобе" }, [protocol2018, ehonews], { value: "24/7", sources: [ehonews] }),
    ],
    operation: { value: "operating", sources: [{ ...ehonews, note: "Round the clock from March 2019; no report after 2023 found either way" }] },
    traffic: {
      value: { modes: ["pedestrian", "car", "truck"], who: "everyone" },
      sources: [ehonews, protocol2018],
      alternatives: [{ value: { modes: ["pedestrian", "car", "truck"], who: "bilateral" }, sources: [vbBilateral("Tokmok-avtodorozhny")] }],
    },
  },
  {
    slug: "kaindy-rail",
    name: { en: "Kaindy (rail)", ru: "Кайынды (ж/д)" },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Kaindy (rail)", ru: "Кайынды (ж/д)" }, [kaindy, vb2019], {
        value: 'Mo-Su unknown "current hours not published; in 2014 the Kyrgyz post worked round the clock only for the summer tourist season"',
        sources: [
          ref(
            "newsasia-24h-2014",
            "2014-07",
            "KG Border Troops, July 2014: since 10 July six Chui-region posts, Kaindy among them, work round the clock until the end of the tourist season",
          ),
        ],
      }),
      side("KZ", "Asia/Almaty", kzNotNamed("Kaindy"), [unnamed]),
    ],
    operation: { value: "operating", sources: [kaindy, ref("inbusiness-trains-2021", "2021-06", "Bishkek – Russia trains through Kazakhstan resumed in June 2021")] },
    traffic: { value: { modes: ["train"], who: "everyone" }, sources: [kaindy] },
  },
  {
    slug: "tomonku-chui",
    name: { en: "Tomonku-Chui (Kamyshanovka)", ru: "Томонку-Чуй (Камышановка)" },
    sides: [side("KG", "Asia/Bishkek", { en: "Tomonku-Chui", ru: "Томонку-Чуй" }, [tomonku]), side("KZ", "Asia/Almaty", kzNotNamed("Tomonku-Chui"), [unnamed])],
    operation: { value: "unknown", sources: [tomonku] },
    traffic: {
      value: { modes: ["car"], who: "unknown" },
      sources: [{ ...tomonku, note: "To become international (open to third-country nationals) under the protocol, not yet in force; who may cross now is not stated" }],
    },
  },
  {
    slug: "kichi-kapka",
    name: { en: "Kichi-Kapka", ru: "Кичи-Капка" },
    sides: [side("KG", "Asia/Bishkek", { en: "Kichi-Kapka", ru: "Кичи-Капка" }, [tomonku]), side("KZ", "Asia/Almaty", kzNotNamed("Kichi-Kapka"), [unnamed])],
    operation: { value: "unknown", sources: [tomonku] },
    traffic: {
      value: { modes: ["car"], who: "unknown" },
      sources: [{ ...tomonku, note: "To become international (open to third-country nationals) under the protocol, not yet in force; who may cross now is not stated" }],
    },
    roadNotes: { value: "The Talas – Kichi-Kapka road (93 km) is being reconstructed, 2025–2028.", sources: [ref("aqparat-kichikapka-2026", "2026")] },
  },
];
