/**
 * Rail crossings not yet in the seed (branch h19b), each from a source that shows the crossing and
 * what runs over it. Sides follow docs/data.md (KZ, UZ, TJ, TM first; Iran is side 1). No source
 * gives coordinates for these posts, so none has a location; no source gives hours either.
 *
 * Where a source names only one side's station or junction, the other side is "… rail post
 * opposite X (name not sourced)", citing the editorial source, as bolashak-rail does. Who may cross
 * is "unknown" throughout: the sources speak of freight, or of a passenger train without saying who
 * may ride it, and docs/data.md asks for "goods" only where a source says freight only.
 *
 * Not added (see the branch's report): the Kyrgyz–Uzbek rail posts Kyzyl-Kiya, Karasuu,
 * Jalal-Abad and Shamaldy-Sai (named by the Kyrgyz Border Service when Uzbekistan closed them in
 * January 2013; nothing later found); the Uzbek–Tajik rail crossings of the northern Tajik line
 * (Kokand – Konibodom, Khujand – Bekabad: a Wikipedia list only, no post names, no status).
 */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";
import { noHours, ref, side } from "./build";

const syrdarya2019 = ref(
  "inform-syrdarya-rail-2019",
  "2019-07-30",
  "The Syr-Darya interstate division point between Uzbekistan and Kazakhstan opened (UzA, July 2019), for 3 more pairs of goods trains a day; until then cargo went through Keles and Karakalpakstan",
);
const syrdarya2026 = ref(
  "qazinform-rail-2026-02-24",
  "2026-02-24",
  "A joint Kazakh–Uzbek delegation visited the Saryagash and Syrdarya border junctions (February 2026); Syrdarya is to reach 10 train pairs a day once the Darbaza – Maktaaral line is done",
);

const dushanbeTashkent2022 = ref(
  "asiaplus-dushanbe-tashkent-train-2022",
  "2022-06-15",
  "Uzbekistan Railways: passenger train 301/302 Dushanbe – Tashkent – Dushanbe weekly from 20 June 2022 (Mondays from Dushanbe, Tuesdays from Tashkent), 916 km, 21 hours",
);
const mintrans2022 = ref(
  "mintrans-uz-dushanbe-tashkent-2022",
  "2022-06-21",
  "The first Dushanbe – Tashkent train in 30 years reached Tashkent on 21 June 2022, stopping in Uzbekistan at Quduqli, Sariosiyo, Denov, Qumqo'rg'on, Darband, Dehqonobod, Qarshi, Samarkand, Jizzakh and Guliston",
);
const atavatan2022 = ref("atavatan-dushanbe-tashkent-train-2022", "2022-06", "The train takes passengers at Regar, Denau, Karshi, Samarkand, Jizzakh and Gulistan; weekly");

const akyayla2018 = ref(
  "turkmenpetroleum-kti-rail-2018",
  "2018-01-09",
  "Test container train China – Altynkol – Bolashak – Serhetyaka – Akyayla – Incheburun – Tehran: Akyayla, in the south of Balkan province, is the last Turkmen station before Iran; the railway carries cargo, passengers only 'in the future'",
);
const incheh2018 = ref(
  "mehr-incheh-borun-rail-2018",
  "2018-08-14",
  "Chinese freight trains enter Iran at Incheh Burun (the eighth in August 2018); the Gorgan – Incheh Borun railway opened in December 2014",
);
const incheh2022 = ref(
  "iranproject-incheh-borun-rail-2022",
  "2022-11-21",
  "IRNA: record 40–65 wagons a day loaded and unloaded at the Incheh Borun crossing; it mainly handles cargo to and from Turkmenistan and Kazakhstan",
);
const azattyk2026 = ref(
  "azattyk-33692063",
  "2026-03-02",
  "After the strikes on Iran of 28 Feb 2026 Turkmenistan closed its official crossings with Iran except Serakhs (Azattyk); whether rail freight at Incheh Borun continued is not reported",
);

const farap2023 = ref(
  "daryo-tm-uz-rail-2023-07-27",
  "2023-07-27",
  "The Turkmen and Uzbek railways discussed more throughput and container traffic on the Turkmenbashi – Farap/Khojadavlet route (July 2023)",
);
const surkhanabad2019 = ref(
  "uzdaily-surkhanabad-2019",
  "2019-05-28",
  "Surkhanabad station opened on the Uzbek–Turkmen border in May 2019, with customs and other controls for the section crossing the border; export-import cargo operations moved there from Boldir station in Turkmenistan",
);

export const railMore: CrossingBaselineInput[] = [
  {
    slug: "syrdarya-rail",
    name: { en: "Syrdarya (rail)", ru: "Сырдарья (ж/д)" },
    searchNames: { names: ["Syr-Darya interstate division point", "Сырдарья стыковой пункт"], towns: [[], ["Syrdarya", "Сырдарья"]] },
    sides: [
      side("KZ", "Asia/Almaty", { en: "Kazakh rail post opposite Syrdarya (name not sourced)", ru: "Казахстанский ж/д пост напротив «Сырдарьи» (название не подтверждено)" }, [
        { ...noHours, note: "No source we have names the Kazakh side of the Syrdarya junction" },
      ]),
      side("UZ", "Asia/Tashkent", { en: "Syrdarya (rail)", ru: "Сырдарья (ж/д)" }, [syrdarya2019, syrdarya2026]),
    ],
    operation: { value: "operating", sources: [syrdarya2026, syrdarya2019] },
    traffic: {
      value: { modes: ["train"], who: "unknown" },
      sources: [{ ...syrdarya2019, note: "Opened for goods trains; passenger service not stated" }, syrdarya2026],
    },
  },
  {
    slug: "sariosiyo-tursunzoda-rail",
    name: { en: "Sariosiyo – Tursunzoda (rail)", ru: "Сариасия – Турсунзаде (ж/д)" },
    searchNames: {
      names: ["Dushanbe – Tashkent train", "Поезд Душанбе – Ташкент", "Quduqli", "Кудукли", "Regar", "Регар"],
      towns: [
        ["Sariosiyo", "Denau", "Денау"],
        ["Tursunzoda", "Турсунзаде", "Dushanbe", "Душанбе"],
      ],
    },
    sides: [
      side(
        "UZ",
        "Asia/Tashkent",
        { en: "Uzbek rail post on the Dushanbe – Tashkent line (name not sourced)", ru: "Узбекский ж/д пост на линии Душанбе – Ташкент (название не подтверждено)" },
        [
          { ...noHours, note: "No source we have names the Uzbek rail border post; the first Uzbek stops of the Dushanbe – Tashkent train are Quduqli and Sariosiyo" },
          mintrans2022,
        ],
      ),
      side(
        "TJ",
        "Asia/Dushanbe",
        { en: "Tajik rail post on the Dushanbe – Tashkent line (name not sourced)", ru: "Таджикский ж/д пост на линии Душанбе – Ташкент (название не подтверждено)" },
        [{ ...noHours, note: "No source we have names the Tajik rail border post; the train stops at Regar" }, atavatan2022],
      ),
    ],
    operation: { value: "operating", sources: [dushanbeTashkent2022, mintrans2022] },
    traffic: {
      value: { modes: ["train"], who: "unknown" },
      sources: [{ ...mintrans2022, note: "A weekly passenger train since June 2022; the sources do not say who may ride it across the border" }, dushanbeTashkent2022],
    },
    roadNotes: {
      value: "The weekly Dushanbe – Tashkent train (from June 2022) stops at Regar in Tajikistan and at Quduqli and Sariosiyo, the first Uzbek stations; no later timetable found.",
      sources: [mintrans2022, atavatan2022, dushanbeTashkent2022],
    },
  },
  {
    slug: "akyayla-incheh-borun-rail",
    name: { en: "Akyayla – Incheh Borun (rail)", ru: "Акяйла – Инчебурун (ж/д)" },
    searchNames: {
      names: ["Kazakhstan – Turkmenistan – Iran railway", "Железная дорога Казахстан – Туркменистан – Иран", "Inche Boroun", "Incheburun", "Инче-Бурун"],
      towns: [[], ["Gorgan", "Горган"]],
    },
    sides: [
      side("TM", "Asia/Ashgabat", { en: "Akyayla (rail)", ru: "Акяйла (ж/д)" }, [akyayla2018]),
      side("IR", "Asia/Tehran", { en: "Incheh Borun (rail)", ru: "Инчебурун (ж/д)" }, [incheh2018, incheh2022]),
    ],
    operation: { value: "unknown", sources: [azattyk2026], alternatives: [{ value: "operating", sources: [incheh2022, incheh2018] }] },
    traffic: {
      value: { modes: ["train"], who: "unknown" },
      sources: [
        { ...incheh2022, note: "Mainly cargo; passengers not mentioned" },
        { ...akyayla2018, note: "Cargo; passenger transport named only as a future prospect (2018)" },
      ],
    },
  },
  {
    slug: "khojadavlet-farap-rail",
    name: { en: "Khojadavlet – Farap (rail)", ru: "Ходжадавлет – Фарап (ж/д)" },
    searchNames: {
      names: ["Turkmenbashi – Farap route"],
      towns: [
        ["Bukhara", "Бухара"],
        ["Turkmenabat", "Туркменабад"],
      ],
    },
    sides: [
      side("UZ", "Asia/Tashkent", { en: "Khojadavlet (rail)", ru: "Ходжадавлет (ж/д)" }, [farap2023]),
      side("TM", "Asia/Ashgabat", { en: "Farap (rail)", ru: "Фарап (ж/д)" }, [farap2023]),
    ],
    operation: { value: "operating", sources: [farap2023] },
    traffic: {
      value: { modes: ["train"], who: "unknown" },
      sources: [{ ...farap2023, note: "Freight (containers); passenger service not stated" }],
    },
  },
  {
    slug: "surkhanabad-rail",
    name: { en: "Surkhanabad (rail)", ru: "Сурханабад (ж/д)" },
    searchNames: { names: ["Boldir", "Болдыр"], towns: [["Surkhandarya", "Сурхандарья"], []] },
    sides: [
      side("UZ", "Asia/Tashkent", { en: "Surkhanabad (rail)", ru: "Сурханабад (ж/д)" }, [surkhanabad2019]),
      side(
        "TM",
        "Asia/Ashgabat",
        { en: "Turkmen rail post opposite Surkhanabad (name not sourced)", ru: "Туркменский ж/д пост напротив «Сурханабада» (название не подтверждено)" },
        [{ ...noHours, note: "No source we have names the Turkmen rail post; before May 2019 the cargo operations were done at Boldir station in Turkmenistan" }],
      ),
    ],
    operation: { value: "operating", sources: [surkhanabad2019] },
    traffic: {
      value: { modes: ["train"], who: "unknown" },
      sources: [{ ...surkhanabad2019, note: "Transit and export-import cargo; passenger service not stated" }],
    },
  },
];
