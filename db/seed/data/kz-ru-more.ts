/**
 * More Kazakhstan – Russia road crossings (branch h19a): the pairs that Kazakh and Russian
 * announcements name (the KNB and KazAvtoZhol's alternatives while a post is rebuilt, the State
 * Revenue Committee's electronic-queue list, Rosgranstroy and the FSB border directorates). Side 0
 * is the Kazakh side. Who may cross follows Kazakhstan's classification of its road posts
 * (caravan-kz-checkpoint-classes: multilateral = everyone, bilateral = citizens of Kazakhstan and
 * Russia only) and, where they say so, the Russian border directorates. No source gives
 * coordinates, so no side has a location. Time zones: West Kazakhstan Asia/Oral, Aktobe
 * Asia/Aqtobe, Kostanay Asia/Qostanay, North Kazakhstan, Pavlodar and East Kazakhstan Asia/Almaty;
 * Orenburg, Chelyabinsk, Kurgan and Tyumen regions Asia/Yekaterinburg, Volgograd
 * Europe/Volgograd, Omsk Asia/Omsk, Altai Asia/Barnaul.
 */
import type { CrossingBaselineInput, SourceRef } from "@/lib/baseline/schema";
import { HOURS_UNKNOWN, ref, side } from "./build";

/** No hours for this post in the sources found (searched December 2026). */
const notPublished = {
  value: HOURS_UNKNOWN,
  sources: [ref("crossings-editorial-2026", "2026-12", "No opening hours for this post in the sources found (searched in Russian, Kazakh and English, December 2026)")],
};
const roundTheClock = (source: SourceRef) => ({ value: "24/7", sources: [source] });

/** Kazakhstan's 2016 classification of its road posts (government decree, via Caravan.kz). */
const classed = (post: string, kind: "multilateral" | "bilateral", region: string) =>
  ref("caravan-kz-checkpoint-classes", "2016", `${post}: ${kind} road checkpoint in ${region}${kind === "bilateral" ? " (for citizens of Kazakhstan and Russia)" : ""}`);
const modesNote = ref("crossings-editorial-2026", "2026-12", "Road checkpoint; which modes are allowed is not stated by our sources; needs verification");

const equeue = (pair: string) =>
  ref("trans-kz-ru-equeue-2024", "2024-08-06", `Kazakhstan's State Revenue Committee names the pair ${pair} among the posts with the electronic truck queue`);
const syrymAlternatives = (pair: string) => ref("mgorod-syrym-closure-2025", "2025-07-22", `KazAvtoZhol offers ${pair} as an alternative while Syrym is rebuilt`);
const orenburgFsb = (note: string) => ref("orenburg-fsb-checkpoints-2023", "2023-07-06", note);
const kommersant = ref(
  "kommersant-orsk-mashtakovo-2025",
  "2025-01",
  "Rosgranstroy offers Svetly and Teploye, 'both only for citizens of Russia and Kazakhstan', and Ilek and Sagarchin as alternatives to Orsk and Mashtakovo",
);
const reopened2022 = (post: string) => ref("kun-kz-ru-reopen-2022", "2022-07-12", `${post} reopened on 12 July 2022 after the COVID-19 closure`);
const syrymWorks = ref("orenburg-news-syrym-2025", "2025-08-04");
const kikonline = (note: string) => ref("kikonline-petukhovo-2023", "2023-10-03", note);

// Branch h20a: the remaining posts of the 2016 decree. Urlyutobe and Sharbakty are paired with
// Olkhovka and Kulunda only by a lead (a third-party scraper's list of the checkpoint pairs of
// Kazakhstan's truck e-queue, cgr.qoldau.kz), which no stored page confirms: the pairings are
// editorial. Koyanbai and Baitanat: no source names the Russian post opposite.
const pavlodarRoadMap = (post: string, note: string) =>
  ref(
    "kazinform-pavlodar-posts-2025",
    "2025-09-12",
    `${post}: one of the five Pavlodar-region road checkpoints on the border with Russia in the 2025–2027 modernisation road map${note}`,
  );
const omskFsb2018 = (note: string) => ref("omsk-news-olkhovka-2018", "2018-12-30", note);
const omskGov2020 = ref(
  "gorod55-omsk-trucks-2020",
  "2020-03-21",
  "The Omsk regional government names Olkhovka, Cherlak district, and Isilkul as the international road checkpoints through which trucks could enter Kazakhstan (March 2020)",
);
const tassOlkhovka = (note: string) => ref("tass-olkhovka-2025", "2025-11-27", note);
const altaiKulunda = (note: string) => ref("altairk-altai-checkpoints", "2026-12", note);
const closed2020 = (post: string) =>
  ref("365info-kz-closures-2020", "2020-04", `${post}, East Kazakhstan region, one of the checkpoints on the border with Russia closed by the government decree of 30 March 2020`);
const eastKzOpposite = (post: string) =>
  ref(
    "crossings-editorial-2026",
    "2026-12",
    `No source we have names the Russian post opposite ${post}; its zone is taken from the region: the Russian regions opposite East Kazakhstan, Altai Krai and the Altai Republic, both keep Asia/Barnaul time. Needs verification`,
  );
const leadPair = (pair: string, basis: string) =>
  ref(
    "crossings-editorial-2026",
    "2026-12",
    `That the two posts face each other (${pair}) rests on a lead no stored page confirms: a third-party scraper's list of the checkpoint pairs of Kazakhstan's truck e-queue (cgr.qoldau.kz). ${basis} Needs verification`,
  );

export const kzRuMore: CrossingBaselineInput[] = [
  {
    slug: "syrym-mashtakovo",
    name: { en: "Syrym – Mashtakovo", ru: "Сырым – Маштаково" },
    sides: [
      side(
        "KZ",
        "Asia/Oral",
        { en: "Syrym", ru: "Сырым" },
        [
          ref("lada-kz-reconstruction-2025", "2025-11-01", "KNB: Syrym, West Kazakhstan region, on the M-32 Samara – Shymkent road; the Russian post opposite is Mashtakovo"),
          classed("Syrym", "multilateral", "West Kazakhstan region"),
        ],
        notPublished,
      ),
      side(
        "RU",
        "Asia/Yekaterinburg",
        { en: "Mashtakovo", ru: "Маштаково" },
        [ref("rosgranstroy-mashtakovo", "2026-12", "Mashtakovo, Orenburg region; in Kazakhstan, the Syrym checkpoint"), { ...syrymWorks, note: "MAPP Mashtakovo, opposite Syrym" }],
        notPublished,
      ),
    ],
    operation: {
      value: "operating",
      sources: [
        {
          ...syrymWorks,
          note: "Syrym under reconstruction from 4 August 2025 until about 31 December 2026: no cars or pedestrians, buses until 31 August 2025, trucks through the electronic queue, up to 500 a day",
        },
        ref("lada-kz-reconstruction-2025", "2025-11-01", "November 2025: reconstruction at Syrym may lengthen waits; other posts work normally (KNB)"),
      ],
    },
    traffic: {
      value: { modes: ["pedestrian", "car", "bus", "truck"], who: "everyone" },
      sources: [
        classed("Syrym", "multilateral", "West Kazakhstan region"),
        { ...syrymWorks, note: "Cars, pedestrians and buses crossed here before the reconstruction; trucks still do, through the electronic queue" },
      ],
    },
    roadNotes: {
      value:
        "On the M-32 Samara – Shymkent road. During the reconstruction of Syrym (from August 2025, planned until the end of 2026) cars, pedestrians and, from September 2025, buses are sent to Taskala – Ozinki, Aksai – Ilek or Shagan – Teploye.",
      sources: [ref("lada-kz-reconstruction-2025", "2025-11-01"), syrymWorks, ref("mgorod-syrym-closure-2025", "2025-07-22")],
    },
  },
  {
    slug: "aksai-ilek",
    name: { en: "Aksai – Ilek", ru: "Аксай – Илек" },
    sides: [
      side(
        "KZ",
        "Asia/Oral",
        { en: "Aksai", ru: "Аксай" },
        [syrymAlternatives("'Aksai' (KZ) / 'Ilek' (RU), international,"), equeue("Aksai – MAPP Ilek"), classed("Aksai", "multilateral", "West Kazakhstan region")],
        notPublished,
      ),
      side("RU", "Asia/Yekaterinburg", { en: "Ilek", ru: "Илек" }, [equeue("Aksai – MAPP Ilek"), orenburgFsb("MAPP Ilek, Orenburg region")], notPublished),
    ],
    operation: {
      value: "operating",
      sources: [
        syrymAlternatives("Aksai – Ilek, international, for cars and buses"),
        orenburgFsb("The FSB Border Directorate for Orenburg region recommends the less busy MAPP Ilek (July 2023)"),
        ref("mgorod-wko-equeue-2025", "2025-07", "Trucks cross Aksai through the electronic queue (2025)"),
      ],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [
        classed("Aksai", "multilateral", "West Kazakhstan region"),
        ref("mgorod-syrym-closure-2025", "2025-07-22", "KazAvtoZhol: international; offered for the cars and public transport turned away at Syrym"),
        modesNote,
      ],
    },
    roadNotes: {
      value: "At km 144 of the KZ07-04 Podstepnoe – Fyodorovka – Russian border road (KazAvtoZhol).",
      sources: [ref("mgorod-syrym-closure-2025", "2025-07-22")],
    },
  },
  {
    slug: "shagan-teploye",
    name: { en: "Shagan – Teploye", ru: "Шаган – Тёплое" },
    sides: [
      side(
        "KZ",
        "Asia/Oral",
        { en: "Shagan", ru: "Шаган" },
        [syrymAlternatives("'Shagan' (KZ) / 'Teploye' (RU), bilateral,"), classed("Shagan", "bilateral", "West Kazakhstan region")],
        notPublished,
      ),
      side(
        "RU",
        "Asia/Yekaterinburg",
        { en: "Teploye", ru: "Тёплое" },
        [ref("sputnik-teploye-repair-2025", "2025-04-30", "Teploye road checkpoint, Orenburg region"), orenburgFsb("Bilateral road checkpoint Teploye, Orenburg region")],
        notPublished,
      ),
    ],
    operation: {
      value: "operating",
      sources: [
        syrymAlternatives("Shagan – Teploye, bilateral, for citizens of Kazakhstan and Russia"),
        ref("sputnik-teploye-repair-2025", "2025-04-30", "Resurfaced from 15 May to about November 2025 while working as usual (Rosgranstroy)"),
        reopened2022("Shagan"),
      ],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "bilateral", otherModes: "unknown" },
      sources: [
        classed("Shagan", "bilateral", "West Kazakhstan region"),
        ref("mgorod-syrym-closure-2025", "2025-07-22", "KazAvtoZhol: bilateral, for citizens of Kazakhstan and Russia"),
        orenburgFsb("Teploye is 'intended for crossing the state border only by citizens of Russia and Kazakhstan'"),
        kommersant,
        modesNote,
      ],
    },
    roadNotes: {
      value: "At km 33 of the KZ07-01 Uralsk – Russian border road (KazAvtoZhol).",
      sources: [ref("mgorod-syrym-closure-2025", "2025-07-22")],
    },
  },
  {
    slug: "zhanybek-vishnevka",
    name: { en: "Zhanybek – Vishnevka", ru: "Жаныбек – Вишнёвка" },
    sides: [
      side(
        "KZ",
        "Asia/Oral",
        { en: "Zhanybek", ru: "Жаныбек" },
        [ref("spektr-vishnevka-2022", "2022-10", "Names the checkpoint 'Veshnevka' – 'Zhanibek' in Volgograd region"), classed("Zhanybek", "bilateral", "West Kazakhstan region")],
        notPublished,
      ),
      side(
        "RU",
        "Europe/Volgograd",
        { en: "Vishnevka", ru: "Вишнёвка" },
        [
          ref("kavkazuzel-vishnevka", "2026-12", "The road post 'Vishnevka – Avtodorozhny' in Pallasovka district of Volgograd region, on the border with Kazakhstan (undated)"),
          ref("spektr-vishnevka-2022", "2022-10", "Spelled 'Veshnevka', Volgograd region, opposite Zhanibek"),
        ],
        notPublished,
      ),
    ],
    operation: {
      value: "operating",
      sources: [
        ref("mgorod-wko-equeue-2025", "2025-07", "Trucks cross Zhanybek through the electronic queue (West Kazakhstan revenue department, 2025)"),
        ref("spektr-vishnevka-2022", "2022-10", "Russians queued here to cross into Kazakhstan in autumn 2022"),
      ],
    },
    traffic: {
      value: { modes: ["car", "truck"], who: "bilateral" },
      sources: [
        classed("Zhanybek", "bilateral", "West Kazakhstan region"),
        ref("spektr-vishnevka-2022", "2022-10", "Cars queued here in autumn 2022"),
        ref("mgorod-wko-equeue-2025", "2025-07", "Trucks use the electronic queue"),
      ],
    },
  },
  {
    slug: "zhaisan-sagarchin",
    name: { en: "Zhaisan – Sagarchin", ru: "Жайсан – Сагарчин" },
    sides: [
      side(
        "KZ",
        "Asia/Aqtobe",
        { en: "Zhaisan", ru: "Жайсан" },
        [ref("rzd-partner-sagarchin-2023", "2023-04", "Rosgranstroy: the Sagarchin – Zhaisan crossing"), classed("Zhaisan", "multilateral", "Aktobe region")],
        notPublished,
      ),
      side(
        "RU",
        "Asia/Yekaterinburg",
        { en: "Sagarchin", ru: "Сагарчин" },
        [ref("rzd-partner-sagarchin-2023", "2023-04", "MAPP Sagarchin, to be rebuilt to pass up to 4,000 vehicles a day"), orenburgFsb("MAPP Sagarchin, Orenburg region")],
        notPublished,
      ),
    ],
    operation: {
      value: "operating",
      sources: [
        ref(
          "inbusiness-zhaisan-2025",
          "2025-05",
          "Queues in May 2025 from road works before Zhaisan (13 May to about 7 June 2025); Zhaisan has four lanes, Sagarchin two (State Revenue Committee)",
        ),
        orenburgFsb("MAPP Sagarchin is busy, also at weekends and holidays (July 2023)"),
      ],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [classed("Zhaisan", "multilateral", "Aktobe region"), ref("rzd-partner-sagarchin-2023", "2023-04", "A multilateral road checkpoint (MAPP)"), modesNote],
    },
  },
  {
    slug: "karashatau-svetly",
    name: { en: "Karashatau – Svetly", ru: "Карашатау – Светлый" },
    sides: [
      side("KZ", "Asia/Aqtobe", { en: "Karashatau", ru: "Карашатау" }, [equeue("Karashatau – Svetly"), classed("Karashatau", "bilateral", "Aktobe region")], notPublished),
      side(
        "RU",
        "Asia/Yekaterinburg",
        { en: "Svetly", ru: "Светлый" },
        [equeue("Karashatau – Svetly"), orenburgFsb("Bilateral road checkpoint Svetly, Orenburg region")],
        notPublished,
      ),
    ],
    operation: {
      value: "operating",
      sources: [kommersant, reopened2022("Karashatau"), equeue("Karashatau – Svetly (queue from January 2024)")],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "bilateral", otherModes: "unknown" },
      sources: [
        classed("Karashatau", "bilateral", "Aktobe region"),
        orenburgFsb("Svetly is 'intended for crossing the state border only by citizens of Russia and Kazakhstan'"),
        kommersant,
        modesNote,
      ],
    },
  },
  {
    slug: "kairak-bugristoye",
    name: { en: "Kairak – Bugristoye", ru: "Кайрак – Бугристое" },
    sides: [
      side(
        "KZ",
        "Asia/Qostanay",
        { en: "Kairak", ru: "Кайрак" },
        [
          ref("qostanaytv-bugristoye-2022", "2022-09", "Kairak, Kostanay region, adjacent to Bugristoye in Chelyabinsk region"),
          classed("Kairak", "multilateral", "Kostanay region"),
        ],
        {
          value: 'Mo-Su unknown "hours not published; freight vehicles were cleared through the night of 21–22 December 2025 (Kostanay revenue department)"',
          sources: [
            ref(
              "ng-kz-kairak-night-2025",
              "2025-12-23",
              "Kostanay regional State Revenue Department, December 2025: Kairak clears about 310–320 vehicles (АТС) in and 300–310 out a day; between 20:00 on 21 and 08:00 on 22 December 2025 it cleared 116 in and 131 out, 'lower intensity at night'. One night of freight clearance, not published hours: not enough to call the post 24/7",
            ),
          ],
        },
      ),
      side(
        "RU",
        "Asia/Yekaterinburg",
        { en: "Bugristoye", ru: "Бугристое" },
        [
          ref("qostanaytv-bugristoye-2022", "2022-09", "Bugristoye, Chelyabinsk region"),
          ref("interfax-mariinsky-flood-2025", "2025-03-17", "Rosgranstroy names Bugristoye among the alternatives to Mariinsky"),
        ],
        roundTheClock(ref("interfax-mariinsky-flood-2025", "2025-03-17", "Nikolaevka, Komsomolsky and Bugristoye work around the clock (March 2025)")),
      ),
    ],
    operation: {
      value: "operating",
      sources: [
        ref(
          "interfax-mariinsky-flood-2025",
          "2025-03-17",
          "Rosgranstroy offers Bugristoye, working round the clock, as an alternative while Mariinsky is shut by the flood (March 2025)",
        ),
        ref("qostanaytv-bugristoye-2022", "2022-09", "Many-kilometre queues of trucks and cars at Bugristoye – Kairak (September 2022)"),
      ],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [classed("Kairak", "multilateral", "Kostanay region"), modesNote],
    },
  },
  {
    slug: "ubagan-zverinogolovskoye",
    name: { en: "Ubagan – Zverinogolovskoye", ru: "Убаган – Звериноголовское" },
    sides: [
      side(
        "KZ",
        "Asia/Qostanay",
        { en: "Ubagan", ru: "Убаган" },
        [
          ref("asia24-kostanay-checkpoints", "2026-12", "The KNB names the bilateral pair 'Ubagan' (KZ) – 'Zverinogolovskoye' (RU) among the alternatives to Bugristoye"),
          equeue("Ubagan – DAPP Zverinogolovskoye"),
          classed("Ubagan", "bilateral", "Kostanay region"),
        ],
        notPublished,
      ),
      side(
        "RU",
        "Asia/Yekaterinburg",
        { en: "Zverinogolovskoye", ru: "Звериноголовское" },
        [kikonline("DAPP Zverinogolovskoye, Kurgan region"), equeue("Ubagan – DAPP Zverinogolovskoye")],
        roundTheClock(kikonline("Rosgranstroy: Kazanskoye, Voskresenskoye and Zverinogolovskoye all work round the clock")),
      ),
    ],
    operation: {
      value: "operating",
      sources: [
        kikonline("Rosgranstroy offers DAPP Zverinogolovskoye, working round the clock, as an alternative while Petukhovo is repaired (October 2023)"),
        ref("asia24-kostanay-checkpoints", "2026-12", "The KNB offers Ubagan – Zverinogolovskoye as an alternative to Bugristoye"),
      ],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "bilateral", otherModes: "unknown" },
      sources: [
        classed("Ubagan", "bilateral", "Kostanay region"),
        ref("asia24-kostanay-checkpoints", "2026-12", "Listed under bilateral checkpoints"),
        equeue("Ubagan – DAPP (bilateral road checkpoint) Zverinogolovskoye"),
        modesNote,
      ],
    },
  },
  {
    slug: "zhana-zhol-petukhovo",
    name: { en: "Zhana Zhol – Petukhovo", ru: "Жана Жол – Петухово" },
    sides: [
      side(
        "KZ",
        "Asia/Almaty",
        { en: "Zhana Zhol", ru: "Жана Жол" },
        [
          ref("alta-kazavtozhol-2025", "2025-06", "KazAvtoZhol: Zhana Zhol, on the border with Kurgan region, being modernised"),
          classed("Zhana Zhol", "multilateral", "North Kazakhstan region"),
          ref(
            "crossings-editorial-2026",
            "2026-12",
            "That Petukhovo is the Russian post opposite is inferred: Zhana Zhol is on the border with Kurgan region (KazAvtoZhol) and Petukhovo is that region's MAPP; Kurgan region's other road posts, Voskresenskoye and Zverinogolovskoye, face Akbalshyk and Ubagan in Kostanay region (KNB). Needs verification",
          ),
        ],
        notPublished,
      ),
      side(
        "RU",
        "Asia/Yekaterinburg",
        { en: "Petukhovo", ru: "Петухово" },
        [kikonline("Road checkpoint Petukhovo, Kurgan region, on the border with Kazakhstan"), ref("rzd-partner-sagarchin-2023", "2023-04", "MAPP Petukhovo, to be modernised")],
        notPublished,
      ),
    ],
    operation: {
      value: "operating",
      sources: [
        ref("alta-kazavtozhol-2025", "2025-06", "KazAvtoZhol began modernising Zhana Zhol in June 2025"),
        kikonline("Rosgranstroy repaired the road surface at Petukhovo in summer and October 2023, warning of possible delays"),
      ],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [
        classed("Zhana Zhol", "multilateral", "North Kazakhstan region"),
        ref("rzd-partner-sagarchin-2023", "2023-04", "Petukhovo is a MAPP (multilateral road checkpoint)"),
        modesNote,
      ],
    },
  },
  {
    slug: "kyzyl-zhar-kazanskoye",
    name: { en: "Kyzyl Zhar – Kazanskoye", ru: "Кызыл Жар – Казанское" },
    sides: [
      side(
        "KZ",
        "Asia/Almaty",
        { en: "Kyzyl Zhar", ru: "Кызыл Жар" },
        [
          ref("newstyumen-kazanskoye-2025", "2025-07-14", "The multilateral road checkpoint 'Kazanskoye – Kyzyl Zhar'"),
          classed("Kyzyl Zhar", "multilateral", "North Kazakhstan region"),
        ],
        notPublished,
      ),
      side(
        "RU",
        "Asia/Yekaterinburg",
        { en: "Kazanskoye", ru: "Казанское" },
        [ref("newstyumen-kazanskoye-2025", "2025-07-14", "MAPP Kazanskoye, Tyumen region"), kikonline("MAPP Kazanskoye in Tyumen region")],
        roundTheClock(kikonline("Rosgranstroy: Kazanskoye, Voskresenskoye and Zverinogolovskoye all work round the clock")),
      ),
    ],
    operation: {
      value: "operating",
      sources: [
        ref("newstyumen-kazanskoye-2025", "2025-07-14", "Tyumen region: contract signed in July 2025 for the overhaul of the checkpoint, works planned until 2027"),
        kikonline("Rosgranstroy offers MAPP Kazanskoye as an alternative while Petukhovo is repaired (October 2023)"),
        reopened2022("Kyzyl Zhar"),
      ],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [classed("Kyzyl Zhar", "multilateral", "North Kazakhstan region"), ref("newstyumen-kazanskoye-2025", "2025-07-14", "A multilateral road checkpoint"), modesNote],
    },
  },
  {
    slug: "bidaik-odesskoye",
    name: { en: "Bidaik – Odesskoye", ru: "Бидаик – Одесское" },
    sides: [
      side("KZ", "Asia/Almaty", { en: "Bidaik", ru: "Бидаик" }, [equeue("Bidaik – MAPP Odesskoye"), classed("Bidaik", "bilateral", "North Kazakhstan region")], notPublished),
      side(
        "RU",
        "Asia/Omsk",
        { en: "Odesskoye", ru: "Одесское" },
        [
          equeue("Bidaik – MAPP Odesskoye"),
          ref("12kanal-omsk-checkpoints", "2026-12", "The FSB Border Directorate for Omsk region names a checkpoint in Odesskoye district among its alternatives"),
        ],
        notPublished,
      ),
    ],
    operation: {
      value: "operating",
      sources: [ref("trans-kz-ru-equeue-2024", "2024-08-06", "The first post on the Russian border with the electronic truck queue, from November 2023 (State Revenue Committee)")],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "bilateral", otherModes: "unknown" },
      sources: [
        classed("Bidaik", "bilateral", "North Kazakhstan region"),
        ref(
          "trans-kz-ru-equeue-2024",
          "2024-08-06",
          "Calls the Russian post a MAPP (multilateral), as it does Svetly, which the Russian border directorate says is for citizens of Russia and Kazakhstan only; not taken as a claim about who may cross",
        ),
        modesNote,
      ],
    },
  },
  {
    slug: "ube-mikhailovka",
    name: { en: "Ube – Mikhailovka", ru: "Убе – Михайловка" },
    sides: [
      side("KZ", "Asia/Almaty", { en: "Ube", ru: "Убе" }, [equeue("Ube – MAPP Mikhailovka"), classed("Ube", "multilateral", "East Kazakhstan region")], notPublished),
      side(
        "RU",
        "Asia/Barnaul",
        { en: "Mikhailovka", ru: "Михайловка" },
        [equeue("Ube – MAPP Mikhailovka; the region is not named: the Russian regions opposite East Kazakhstan, Altai Krai and the Altai Republic, both keep Asia/Barnaul time")],
        notPublished,
      ),
    ],
    operation: {
      value: "operating",
      sources: [ref("trans-kz-ru-equeue-2024", "2024-08-06", "Ube was connected to the electronic truck queue in January–February 2024 (State Revenue Committee)")],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [
        classed("Ube", "multilateral", "East Kazakhstan region"),
        ref("trans-kz-ru-equeue-2024", "2024-08-06", "Mikhailovka is called a MAPP (multilateral road checkpoint)"),
        modesNote,
      ],
    },
  },
  {
    slug: "urlyutobe-olkhovka",
    name: { en: "Urlyutobe – Olkhovka", ru: "Урлютобе – Ольховка" },
    searchNames: {
      names: ["Urlitobe", "Урлитобе", "Үрлітөбе", "MAPP Olkhovka", "МАПП Ольховка", "A-320"],
      towns: [
        ["Pavlodar", "Павлодар"],
        ["Cherlak", "Черлак", "Omsk", "Омск"],
      ],
    },
    sides: [
      side(
        "KZ",
        "Asia/Almaty",
        { en: "Urlyutobe", ru: "Урлютобе" },
        [
          classed("Urlyutobe", "multilateral", "Pavlodar region"),
          pavlodarRoadMap("Urlitobe (Үрлітөбе)", "; its modernisation, for 19 billion tenge, is planned for 2026"),
          ref("alta-kazavtozhol-2025", "2025-06", "KazAvtoZhol is preparing the modernisation of 'Urlitobe', one of five more road checkpoints on the border with Russia"),
          leadPair("Urlyutobe – Olkhovka", "Olkhovka is an Omsk-region post; Omsk region's posts Isilkul and Odesskoye face Karakoga and Bidaik in North Kazakhstan."),
        ],
        notPublished,
      ),
      side(
        "RU",
        "Asia/Omsk",
        { en: "Olkhovka", ru: "Ольховка" },
        [omskFsb2018("The FSB Border Directorate for Omsk region: the multilateral road checkpoint (MAPP) Olkhovka, Cherlak district"), omskGov2020],
        notPublished,
      ),
    ],
    operation: {
      value: "operating",
      sources: [
        tassOlkhovka(
          "Olkhovka is one of the main entry points into Omsk region, also for trucks transiting Kazakhstan from Central Asia; over 4.5 billion roubles from the federal budget over three years for its reconstruction (November 2025)",
        ),
        omskFsb2018("The main load of the New Year holidays falls on MAPP Olkhovka and MAPP Isilkul (December 2018)"),
        pavlodarRoadMap("Urlitobe", ""),
      ],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [classed("Urlyutobe", "multilateral", "Pavlodar region"), omskFsb2018("Olkhovka is a multilateral road checkpoint (MAPP)"), omskGov2020, modesNote],
    },
    roadNotes: {
      value:
        "The Russian post is at km 192 of the federal road A-320 (Sibupravtodor, 2020). Russia plans to rebuild it for over 4.5 billion roubles over three years (November 2025); Kazakhstan plans to modernise Urlyutobe in 2026.",
      sources: [ref("kommersant-sibupravtodor-2020", "2020"), ref("tass-olkhovka-2025", "2025-11-27"), ref("kazinform-pavlodar-posts-2025", "2025-09-12")],
    },
  },
  {
    slug: "sharbakty-kulunda",
    name: { en: "Sharbakty – Kulunda", ru: "Шарбакты – Кулунда" },
    searchNames: {
      names: ["Shcherbakty", "Щербакты", "Шарбақты"],
      towns: [
        ["Sharbakty", "Шарбакты", "Pavlodar", "Павлодар"],
        ["Kulunda", "Кулунда", "Barnaul", "Барнаул"],
      ],
    },
    sides: [
      side(
        "KZ",
        "Asia/Almaty",
        { en: "Sharbakty", ru: "Шарбакты" },
        [
          classed("Sharbakty", "multilateral", "Pavlodar region"),
          pavlodarRoadMap("Sharbakty (Шарбақты)", "; to be modernised after Kosak and Urlitobe"),
          ref("obozrenie-pavlodar-border-2025", "2025-07-08", "A Pavlodar newspaper asks the Border Service who crosses at Kosak and Sharbakty"),
          leadPair("Sharbakty – Kulunda", "Sharbakty is a Pavlodar-region post and Kulunda an Altai Krai post."),
        ],
        notPublished,
      ),
      side(
        "RU",
        "Asia/Barnaul",
        { en: "Kulunda", ru: "Кулунда" },
        [
          altaiKulunda(
            "The Altai Krai government: the main routes of people and vehicles across the region's border with Kazakhstan run through the Kulunda checkpoint and others",
          ),
        ],
        notPublished,
      ),
    ],
    operation: {
      value: "operating",
      sources: [
        altaiKulunda("Altai Krai (undated): the main routes of people and vehicles across the border run through the Kulunda checkpoint and others"),
        ref("obozrenie-pavlodar-border-2025", "2025-07-08", "Sharbakty is named among the Pavlodar-region checkpoints people and vehicles cross every day (July 2025)"),
        pavlodarRoadMap("Sharbakty", ""),
      ],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [
        classed("Sharbakty", "multilateral", "Pavlodar region"),
        altaiKulunda("Of Altai Krai's seven road checkpoints five are multilateral and two bilateral; which ones is not said"),
        modesNote,
      ],
    },
  },
  {
    slug: "koyanbai",
    name: { en: "Koyanbai", ru: "Коянбай" },
    searchNames: { names: ["Koyanbay", "Қоянбай"], towns: [[], []] },
    sides: [
      side("KZ", "Asia/Almaty", { en: "Koyanbai", ru: "Коянбай" }, [closed2020("Koyanbai"), reopened2022("Koyanbai")], notPublished),
      side(
        "RU",
        "Asia/Barnaul",
        { en: "Russian post opposite Koyanbai (name not sourced)", ru: "Российский пост напротив «Коянбая» (название не подтверждено)" },
        [
          eastKzOpposite("Koyanbai"),
          ref(
            "crossings-editorial-2026",
            "2026-12",
            "A third-party scraper's list of the pairs of Kazakhstan's truck e-queue gives 'Koyanbai – Malinovoye Ozero'; no stored page confirms it",
          ),
        ],
        notPublished,
      ),
    ],
    operation: { value: "operating", sources: [reopened2022("Koyanbai"), closed2020("Koyanbai")] },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "unknown", otherModes: "unknown" },
      sources: [
        ref(
          "crossings-editorial-2026",
          "2026-12",
          "No stored page says who may cross at Koyanbai (our copy of the 2016 classification breaks off before the bilateral posts of Pavlodar and East Kazakhstan regions)",
        ),
        modesNote,
      ],
    },
  },
  {
    slug: "baitanat",
    name: { en: "Baitanat", ru: "Байтанат" },
    searchNames: { names: ["Baytanat", "Байтанат"], towns: [[], []] },
    sides: [
      side("KZ", "Asia/Almaty", { en: "Baitanat", ru: "Байтанат" }, [closed2020("Baitanat"), reopened2022("Baitanat")], notPublished),
      side(
        "RU",
        "Asia/Barnaul",
        { en: "Russian post opposite Baitanat (name not sourced)", ru: "Российский пост напротив «Байтаната» (название не подтверждено)" },
        [eastKzOpposite("Baitanat")],
        notPublished,
      ),
    ],
    operation: { value: "operating", sources: [reopened2022("Baitanat"), closed2020("Baitanat")] },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "unknown", otherModes: "unknown" },
      sources: [
        ref(
          "crossings-editorial-2026",
          "2026-12",
          "No stored page says who may cross at Baitanat (our copy of the 2016 classification breaks off before the bilateral posts of Pavlodar and East Kazakhstan regions)",
        ),
        modesNote,
      ],
    },
  },
];
