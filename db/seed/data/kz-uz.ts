/**
 * Kazakhstan – Uzbekistan crossings added from docs/research/kz-kg-uz-tj.md (issue 16).
 * Side 0 is the Kazakh side. No source gives coordinates, so no side has a location.
 * Zhibek Zholy – Gisht Kuprik and Tazhen – Daut-Ata are in other.ts.
 */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";
import { noHours, ref, side } from "./build";

const protocol = ref(
  "inform-kzuz-protocol-2017",
  "2017",
  "KZ–UZ checkpoint protocol (Senate ratification): Kazygurt, Kaplanbek and Atameken switched from bilateral to multilateral and round-the-clock; new Tselinny and Syrdarya posts on the M-39; rail post moved from Beineu to Oasis station",
);
const fergana = ref("fergana-138264-2025-06", "2025-06");
const queue2025 = ref("qalampir-uz-kz-queue-2025", "2025-06-05");
const modern = ref("trend-kz-uz-checkpoints-2025-12", "2025-12-12", "KZ government: Kaplanbek and Atameken works completed, Kazygurt modernised and opened (December 2025)");
const spot = ref("spotuz-customs-kz-2025-12-13", "2025-12-13");
const eurasianstar = ref("eurasianstar-kazygurt-2025-12", "2025-12");
const zhibekClosure = ref(
  "newsorgkz-zhibek-zholy-2025",
  "2025-02",
  "While Zhibek Zholy is closed (from 5 Feb 2025) pedestrians are sent to Kaplanbek, B. Konysbaev, Syrdarya and Tselinny, and trucks to Atameken, Kazygurt and Tazhen",
);
const m39 = ref(
  "kunuz-tselinny-2022-07-12",
  "2022-07-12",
  "'Ok Oltin – Tselinny' and 'Malik – Syrdarya', opened 2017 on the 25 km M-39 section through Kazakhstan; reopened 12 Jul 2022 after the COVID ban",
);
const m39Customs = ref(
  "uzdaily-congestion-2025-06",
  "2025-06",
  "UZ Customs: Tselinny and Syrdarya are not international crossings; it advises Uzbek and Kazakh citizens to cross in daytime, 08:00–18:00; about 1,500 people and 250 vehicles a day",
);
const m39Hours = 'Mo-Su unknown "UZ Customs advises crossing 08:00-18:00 (June 2025); the posts\' hours are not published"';
const rail2019 = ref("inform-syrdarya-rail-2019", "2019-07-30", "Interstate rail points Keles and Karakalpakstan; Syr-Darya division point opened July 2019 (freight)");
const rail2026 = ref("qazinform-rail-2026-02-24", "2026-02-24", "Saryagash – Keles is the main KZ–UZ freight junction (36 to 40 train pairs a day planned); Oasis up to 10");
const diyor = ref(
  "diyor24-gishtkuprik-queues",
  "2026-12",
  "UZ Customs Committee: the Yallama (UZ) – B. Konysbaev (KZ) border customs post works round the clock ('tunu kun'); through Malik – Syrdarya and Okoltin – Tselinny one may cross only in daylight, by car or on foot (undated; apparently 2024)",
);
const trains2022 = ref("trend-trains-2022", "2022-05", "Passenger trains resumed: Nukus – Beineu (647/648) from 15 May 2022, Almaty – Tashkent from 16 May 2022");

export const kzUz: CrossingBaselineInput[] = [
  {
    slug: "kaplanbek-navoi",
    name: { en: "Kaplanbek – Navoi", ru: "Капланбек – Навои" },
    searchNames: { names: ["Zangiata", "Зангиата", "Zangiota", "Navoiy"], towns: [[], []] },
    sides: [
      side(
        "KZ",
        "Asia/Almaty",
        { en: "Kaplanbek", ru: "Капланбек" },
        [ref("qalampir-uz-kz-queue-2025", "2025-06-05", "'the Navoiy border post, which is adjacent to the Kaplanbek checkpoint'")],
        {
          value: "24/7",
          sources: [protocol],
          alternatives: [
            {
              value: "08:00-20:00",
              sources: [{ ...fergana, note: "'primarily intended for pedestrian use and operates only from 8 a.m. to 8 p.m.' (June 2025; time zone not given)" }],
            },
          ],
        },
      ),
      side(
        "UZ",
        "Asia/Tashkent",
        { en: "Navoi", ru: "Навои" },
        [queue2025, ref("turonlogistic-navoi-closure-2022", "2022-11", "The road border customs post 'Navoi' ('Zangiata'), facing 'Kaplanbek' on the Kazakh side")],
        {
          value: "24/7",
          sources: [protocol],
          alternatives: [{ value: "08:00-20:00", sources: [{ ...fergana, note: "'operates only from 8 a.m. to 8 p.m.' (June 2025; time zone not given)" }] }],
        },
      ),
    ],
    operation: {
      value: "operating",
      sources: [{ ...queue2025, note: "June 2025, before Kurban Hayit: 40,000 people and 2,000 vehicles a day at Navoi (UZ Customs)" }, modern],
    },
    traffic: {
      value: { modes: ["pedestrian", "car"], who: "everyone" },
      sources: [{ ...protocol, note: "Multilateral (open to third-country nationals) under the protocol" }, { ...fergana, note: "Primarily for pedestrians" }, zhibekClosure],
    },
    roadNotes: {
      value: "The main alternative to Zhibek Zholy while that crossing is shut (from February 2025); trucks are restricted at Navoi.",
      sources: [ref("vzglyad-gisht-2025-02-02", "2025-02-02", "UZ Customs: traffic redirected to the Navoi post (Tashkent district) from 5 Feb 2025; trucks restricted at Navoi")],
    },
  },
  {
    slug: "kazygurt-s-najimov",
    name: { en: "Kazygurt – S. Najimov", ru: "Казыгурт – С. Нажимов" },
    sides: [
      side("KZ", "Asia/Almaty", { en: "Kazygurt", ru: "Казыгурт" }, [ref("ogoh-kazygurt-2022", "2022-10")], { value: "24/7", sources: [protocol] }),
      side(
        "UZ",
        "Asia/Tashkent",
        { en: "S. Najimov", ru: "С. Нажимов" },
        [ref("ogoh-kazygurt-2022", "2022-10", "KZ State Revenue Committee names the pair Kazygurt – S. Najimov; Fergana calls it 'Kazyghurt–Mayskiy'"), fergana],
        { value: "24/7", sources: [protocol] },
      ),
    ],
    operation: { value: "operating", sources: [modern, spot, eurasianstar] },
    traffic: {
      value: { modes: ["truck"], who: "goods" },
      sources: [
        { ...fergana, note: "'serves freight only' (June 2025)" },
        {
          ...spot,
          note: "After the modernisation (December 2025) the post has separate flows for pedestrians, cars and trucks; whether pedestrians and foreigners may now use it is not confirmed",
        },
      ],
    },
  },
  {
    slug: "b-konysbaev-yallama",
    name: { en: "B. Konysbaev – Yallama", ru: "Б. Конысбаева – Яллама" },
    sides: [
      side("KZ", "Asia/Almaty", { en: "B. Konysbaev", ru: "Б. Конысбаева" }, [ref("24kz-konysbaev-2023", "2023", "Checkpoint B. Konysbaeva, Turkestan region"), diyor], {
        value: "24/7",
        sources: [diyor],
      }),
      side(
        "UZ",
        "Asia/Tashkent",
        { en: "Yallama", ru: "Яллама" },
        [
          { ...diyor, note: "The UZ Customs Committee names the pair 'Yallama' (Uzbekistan) – 'B. Konysbaev' (Kazakhstan)" },
          ref("bch-kz-uz", "2026-12", "A directory also pairs B. Konysbayeva with Yalama"),
        ],
        { value: "24/7", sources: [diyor] },
      ),
    ],
    operation: {
      value: "operating",
      sources: [zhibekClosure, ref("trans-zhibek-zholy-2025", "2025-02-05", "Named by the KZ State Revenue Committee as a route for trucks while Zhibek Zholy is closed")],
    },
    traffic: {
      value: { modes: ["pedestrian", "truck"], who: "everyone" },
      sources: [
        zhibekClosure,
        ref("24kz-konysbaev-2023", "2023", "Modernised 2022; Tajik citizens in transit through Kazakhstan may cross only here, so it is open to third-country nationals"),
      ],
    },
  },
  {
    slug: "atameken",
    name: { en: "Atameken", ru: "Атамекен" },
    sides: [
      side("KZ", "Asia/Almaty", { en: "Atameken", ru: "Атамекен" }, [zhibekClosure], { value: "24/7", sources: [protocol] }),
      side(
        "UZ",
        "Asia/Tashkent",
        { en: "Uzbek post opposite Atameken (name not sourced)", ru: "Узбекский пост напротив Атамекена (название не подтверждено)" },
        [{ ...noHours, note: "No source we have names the Uzbek post" }],
        { value: "24/7", sources: [protocol] },
      ),
    ],
    operation: { value: "operating", sources: [modern, zhibekClosure] },
    traffic: {
      value: { modes: ["truck"], who: "everyone" },
      sources: [
        { ...protocol, note: "Multilateral under the protocol" },
        { ...zhibekClosure, note: "A truck route during the Zhibek Zholy closure; whether people cross here is not stated" },
      ],
    },
  },
  {
    slug: "tselinny-ok-oltin",
    name: { en: "Tselinny – Ok Oltin", ru: "Целинный – Ок Олтин" },
    sides: [
      side("KZ", "Asia/Almaty", { en: "Tselinny", ru: "Целинный" }, [m39], { value: m39Hours, sources: [m39Customs, diyor] }),
      side("UZ", "Asia/Tashkent", { en: "Ok Oltin", ru: "Ок Олтин" }, [m39], { value: m39Hours, sources: [m39Customs, diyor] }),
    ],
    operation: { value: "operating", sources: [m39Customs, queue2025] },
    traffic: {
      value: { modes: ["pedestrian", "car"], who: "bilateral" },
      sources: [m39Customs, { ...zhibekClosure, note: "A pedestrian route during the Zhibek Zholy closure" }],
    },
    roadNotes: { value: "On the M-39, where the Uzbek road crosses a 25 km stretch of Kazakhstan (with Syrdarya – Malik at the other end).", sources: [m39] },
  },
  {
    slug: "syrdarya-malik",
    name: { en: "Syrdarya – Malik", ru: "Сырдарья – Малик" },
    sides: [
      side("KZ", "Asia/Almaty", { en: "Syrdarya", ru: "Сырдарья" }, [m39], { value: m39Hours, sources: [m39Customs, diyor] }),
      side("UZ", "Asia/Tashkent", { en: "Malik", ru: "Малик" }, [m39], { value: m39Hours, sources: [m39Customs, diyor] }),
    ],
    operation: { value: "operating", sources: [m39Customs, queue2025] },
    traffic: {
      value: { modes: ["pedestrian", "car"], who: "bilateral" },
      sources: [m39Customs, { ...zhibekClosure, note: "A pedestrian route during the Zhibek Zholy closure" }],
    },
    roadNotes: { value: "On the M-39, where the Uzbek road crosses a 25 km stretch of Kazakhstan (with Tselinny – Ok Oltin at the other end).", sources: [m39] },
  },
  {
    slug: "saryagash-keles-rail",
    name: { en: "Saryagash – Keles (rail)", ru: "Сарыагаш – Келес (ж/д)" },
    sides: [
      side("KZ", "Asia/Almaty", { en: "Saryagash (rail)", ru: "Сарыагаш (ж/д)" }, [rail2026]),
      side("UZ", "Asia/Tashkent", { en: "Keles (rail)", ru: "Келес (ж/д)" }, [rail2019, rail2026]),
    ],
    operation: { value: "operating", sources: [rail2026, trains2022] },
    traffic: {
      value: { modes: ["train"], who: "unknown" },
      sources: [
        rail2026,
        { ...trains2022, note: "Almaty – Tashkent passenger trains resumed 16 May 2022; the source does not say who may ride them, and current timetables are not researched" },
      ],
    },
  },
  {
    slug: "oasis-karakalpakstan-rail",
    name: { en: "Oasis – Karakalpakstan (rail)", ru: "Оазис – Каракалпакстан (ж/д)" },
    sides: [
      side("KZ", "Asia/Aqtau", { en: "Oasis (rail)", ru: "Оазис (ж/д)" }, [
        { ...protocol, note: "The rail checkpoint moved from Beineu station to Oasis station, 2 km from the border" },
      ]),
      side("UZ", "Asia/Tashkent", { en: "Karakalpakstan (rail)", ru: "Каракалпакстан (ж/д)" }, [rail2019]),
    ],
    operation: { value: "operating", sources: [rail2026, trains2022] },
    traffic: {
      value: { modes: ["train"], who: "unknown" },
      sources: [
        rail2026,
        { ...trains2022, note: "Nukus – Beineu passenger train (647/648) from 15 May 2022; the source does not say who may ride it, and current timetables are not researched" },
      ],
    },
  },
];
