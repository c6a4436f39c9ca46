/**
 * Crossings with Afghanistan added from docs/research/south-borders.md (issue 16): Uzbekistan,
 * Tajikistan and Turkmenistan – Afghanistan. Side 0 is the Central Asian side, side 1 the
 * Afghan one (Asia/Kabul). Only Wikipedia copies give coordinates, and those of towns, not
 * posts: a side is placed at its town only where the post is at the town (Hairatan, both
 * Ishkashims, Imamnazar, Aqina, Serhetabat), the note saying so with the uncertainty; Panji Poyon's article is
 * about the checkpoint itself. Shir Khan Bandar's coordinates fall north
 * of the Panj, in Tajikistan (the checks in geography.test.ts), so it has none.
 */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";
import { locatedAt, noHours, ref, side } from "./build";

const termez2025 = ref(
  "ap-en-2025-12-03",
  "2025-12-03",
  "Uzbekistan reopened the border with Afghanistan to travellers from 23 Nov 2025 (UZ Chamber of Commerce to AFP, announced 2 Dec 2025); the visa regime is unchanged; 'citizens of both countries' are named, third-country nationals are not mentioned",
);
const termezFergana = ref("fergana-143523", "2025-12", "The Uzbek post is the 'Ayritom' customs post; Hairatan is about 75 km from Mazar-i-Sharif");
const termezReport = ref("report-az-2025-12-02", "2025-12-02");
const termezClosed = ref("tashkenttimes-2021", "2021-06", "Closed to people in June 2021 (COVID)");
const afNotNamed = (opposite: string) => ({ en: `Afghan side opposite ${opposite} (name not sourced)`, ru: `Афганская сторона напротив «${opposite}» (название не подтверждено)` });
const panji2021 = ref(
  "ap-en-2021-07-14",
  "2021-07-14",
  "TJ transport minister: Fotehobod – Oybek is Tajikistan's busiest crossing, Panji Poyon second; trucks kept crossing after the Taliban took the Afghan side (June 2021)",
);
const panjiNames = ref("knowledgr-pp", "2026-12", "Panji Poyon (Soviet 'Nizhniy Pyandzh'), end of the E123; Wikipedia copy, undated");
const shirKhan = ref("wikiland-skb", "2026-12", "Shir Khan Bandar, Kunduz province, Imam Sahib district; Wikipedia copy, undated");
const realtalk = ref("realtalk-2024", "2024-09", "Crossed in September 2024 on a British passport; Afghan visa on arrival, paid at an Afghan bank");
const peanuts = ref("backpackingpeanuts-2023", "2023-10", "Crossed by foreign travellers in early October 2023");
const lilnicki = ref("lilnicki-2024", "2024-12", "Page updated December 2024: the Ishkashim crossing is closed, use Shir Khan Bandar; the Afghan consulate in Khorog is closed");
const caravanserai = ref("caravanserai-2016", "2016-11-03");
const ruzvai = ref(
  "bss-afp-2024-05-22",
  "2024-05-22",
  "AFP: the Saturday border market at Ruzvai (Darvaz) reopened; open since 2004, shut after 2021; Afghans cross a bridge to it; a market for local traders, not described as a crossing for travellers",
);
const shohin = ref(
  "ap-en-2019-02-18",
  "2019-02-18",
  "Shamsiddin Shohin (ex-Shuroobod) bridge: closed August 2018, reopened mid-February 2019 for humanitarian purposes; no later status found",
);
const kokul = ref("ap-en-2018-08-15", "2018-08-15", "Kokul (Farkhor – Ai Khanum) temporarily closed after the Taliban took Ai Khanum on 13 Aug 2018; no later status found");
const saiga = ref(
  "saiga",
  "2024",
  "Tour operator (about 2024–25): foreigners cross only on pre-arranged guided tours; daylight hours, typically 08:00–17:00, mid-winter may close 15:00, Turkmen lunch 13:00–14:00, closed Fridays and Turkmen public holidays (time zone not stated)",
);
const serhetabatRail = ref("nca-2024-09-11", "2024-09-11", "New rail bridge at Serhetabat – Torghundi opened 11 Sep 2024");
const tmAf2021 = ref(
  "centralasia-2021-08-27",
  "2021-08-27",
  "TM MFA: the checkpoints with Afghanistan work; about 160 trucks and 70 rail cars a day across both crossings (August 2021)",
);
const imamnazar = ref("wiki-ymamnazar", "2021", "Ymamnazar, officially the 'Saparmurat' crossing, Lebap (Kerki district); Wikipedia, 2021 revision");
const aqina = ref("wiki-aqina", "2026-12", "Aqina, Faryab province; rail Kerki – Imamnazar – Aqina (2016), extended to Andkhoy (2021); Wikipedia copy, undated");
const tjAfGuide = ref(
  "eurasia-travel-tj-borders",
  "2026-12",
  "Undated travel guide (Tajikistan, to/from Afghanistan): these borders 'loosely operate 09.00-16.00' and are officially closed on Sundays and public holidays; time zone not stated",
);
const tjAfGuideHours = {
  value:
    'Mo-Su unknown "not published; an undated travel guide says the Tajik-Afghan crossings loosely work 09:00-16:00 (time zone not stated) and close on Sundays and public holidays"',
  sources: [tjAfGuide],
};
const ruzvaiHours = {
  value: 'Mo-Su unknown "a market bridge: AFP (May 2024) describes a Saturday market; crossing hours not given"',
  sources: [{ ...ruzvai, note: "The market is held on Saturdays; no hours for the bridge are given" }],
};
const saigaHours = 'Mo-Su unknown "a tour operator says daylight, typically 08:00-17:00, closed Fridays and Turkmen holidays (time zone not stated)"';

export const af: CrossingBaselineInput[] = [
  {
    slug: "termez-hairatan",
    name: { en: "Termez (Ayritom) – Hairatan", ru: "Термез (Айритом) – Хайратон" },
    sides: [
      side("UZ", "Asia/Tashkent", { en: "Ayritom (Termez)", ru: "Айритом (Термез)" }, [
        termezFergana,
        ref("tashkenttimes-2021", "2021-06", "The checkpoint 'Termez-avtoyul' (2021)"),
      ]),
      locatedAt(side("AF", "Asia/Kabul", { en: "Hairatan", ru: "Хайратон" }, [termezFergana, termez2025]), 37.2167, 67.4167, [
        ref(
          "dewiki-hairatan",
          "2026-12",
          "Hairatan town at 37°13′N 67°25′E (to the minute), on the Amu Darya at the Friendship Bridge. The town's coordinates, not the post's; ±3 km",
        ),
        ref("eswiki-hairatan", "2026-12", "The dry port and border checkpoint are in the eastern part of the town"),
      ]),
    ],
    operation: { value: "operating", sources: [termez2025, termezReport, termezFergana], alternatives: [{ value: "closed", sources: [termezClosed] }] },
    traffic: {
      value: { modes: ["car", "truck", "train"], who: "unknown" },
      sources: [termez2025, { ...termezReport, note: "Road and rail over the Friendship Bridge; third-country nationals not mentioned after the November 2025 reopening" }],
    },
  },
  {
    slug: "panji-poyon-sher-khan-bandar",
    name: { en: "Panji Poyon – Sher Khan Bandar", ru: "Нижний Пяндж – Шерхан-Бандар" },
    sides: [
      locatedAt(side("TJ", "Asia/Dushanbe", { en: "Panji Poyon", ru: "Нижний Пяндж (Панджи Поён)" }, [panjiNames, panji2021], tjAfGuideHours), 37.19528, 68.57861, [
        ref(
          "wiki-panji-poyon",
          "2026-12",
          "Panji Poyon, 'a border checkpoint on the Tajik side of the Afghanistan–Tajikistan border', at 37°11′43″N 68°34′43″E, the place of the bridge across the Panj",
        ),
      ]),
      side("AF", "Asia/Kabul", { en: "Sher Khan Bandar", ru: "Шерхан-Бандар" }, [shirKhan], tjAfGuideHours),
    ],
    operation: { value: "operating", sources: [realtalk, peanuts, ref("nothingdeclared-2024", "2024-05")] },
    traffic: { value: { modes: ["car", "truck"], who: "everyone" }, sources: [realtalk, peanuts, lilnicki, panji2021] },
    roadNotes: {
      value: "Kunduz is about 60 km south; Dushanbe about 3 hours by taxi.",
      sources: [shirKhan, ref("mappingaway", "2022", "Private taxi Dushanbe – border US$80, about 3 hours (about 2022–23)")],
    },
  },
  {
    slug: "ishkashim",
    name: { en: "Ishkashim", ru: "Ишкашим" },
    sides: [
      locatedAt(side("TJ", "Asia/Dushanbe", { en: "Ishkashim", ru: "Ишкашим" }, [lilnicki], tjAfGuideHours), 36.72722, 71.61167, [
        ref(
          "wiki-ishkoshim-2023",
          "2023-05-21",
          "Ishkoshim village at 36°43′38″N 71°36′42″E, on the Panj opposite the Afghan town, linked to it by the bridge of 2006. The village's coordinates, not the post's; ±3 km",
        ),
      ]),
      locatedAt(side("AF", "Asia/Kabul", { en: "Eshkashem (Sultan Ishkashim)", ru: "Эшкашем (Султан-Ишкашим)" }, [lilnicki], tjAfGuideHours), 36.70917, 71.57389, [
        ref(
          "wiki-ishkashim-af",
          "2026-12",
          "Ishkashim town at 36°42′33″N 71°34′26″E, opposite the Tajik Ishkoshim across the Panj, linked by the bridge. The town's coordinates, not the post's; ±5 km",
        ),
      ]),
    ],
    operation: { value: "closed", sources: [lilnicki] },
    traffic: { value: { modes: ["pedestrian", "car"], who: "everyone" }, sources: [{ ...lilnicki, note: "A travellers' crossing (GBAO permit needed) when open" }] },
    borderPermit: { value: { required: true, detail: "Tajikistan's GBAO permit." }, sources: [lilnicki] },
  },
  {
    slug: "khorog-tem",
    name: { en: "Khorog (Tem)", ru: "Хорог (Тем)" },
    sides: [
      side(
        "TJ",
        "Asia/Dushanbe",
        { en: "Khorog (Tem bridge)", ru: "Хорог (мост Тем)" },
        [ref("kimsview", "2020", "Tem bridge and border market at Khorog (visit before 2021; the border closed at 16:00)")],
        {
          value:
            'Mo-Su unknown "not published; a visitor before 2021 found the border closing at 16:00, and an undated travel guide says the Tajik-Afghan crossings loosely work 09:00-16:00 and close on Sundays and public holidays"',
          sources: [ref("kimsview", "2020", "Visit before 2021: the border closed at 16:00"), tjAfGuide],
        },
      ),
      side("AF", "Asia/Kabul", afNotNamed("Khorog"), [{ ...noHours, note: "No source we have names the Afghan side" }], tjAfGuideHours),
    ],
    operation: { value: "unknown", sources: [{ ...caravanserai, note: "The Khorog border market closed in 2016; no current status found" }] },
    traffic: { value: { modes: ["pedestrian"], who: "unknown" }, sources: [{ ...caravanserai, note: "A border market bridge; who may cross now is not stated" }] },
  },
  {
    slug: "ruzvai-darvaz",
    name: { en: "Ruzvai (Darvaz) market bridge", ru: "Рузвай (Дарваз), мост к рынку" },
    sides: [
      side("TJ", "Asia/Dushanbe", { en: "Ruzvai", ru: "Рузвай" }, [ruzvai, ref("theopenasia-2016", "2016-10-21")], ruzvaiHours),
      side("AF", "Asia/Kabul", afNotNamed("Ruzvai"), [{ ...noHours, note: "No source we have names the Afghan side" }], ruzvaiHours),
    ],
    operation: { value: "operating", sources: [ruzvai] },
    traffic: { value: { modes: ["pedestrian"], who: "unknown" }, sources: [{ ...ruzvai, note: "Afghans cross the bridge to the market; who else may is not stated" }] },
  },
  {
    slug: "shamsiddin-shohin-bridge",
    name: { en: "Shamsiddin Shohin bridge", ru: "Мост Шамсиддин Шохин" },
    sides: [
      side("TJ", "Asia/Dushanbe", { en: "Shamsiddin Shohin", ru: "Шамсиддин Шохин" }, [shohin]),
      side("AF", "Asia/Kabul", afNotNamed("Shamsiddin Shohin"), [{ ...noHours, note: "No source we have names the Afghan side" }]),
    ],
    operation: { value: "unknown", sources: [shohin] },
    traffic: { value: { modes: ["car"], who: "unknown" }, sources: [{ ...shohin, note: "Reopened for humanitarian purposes; who may cross is not stated" }] },
  },
  {
    slug: "kokul-ai-khanum",
    name: { en: "Kokul – Ai Khanum", ru: "Кокуль – Ай-Ханум" },
    sides: [side("TJ", "Asia/Dushanbe", { en: "Kokul", ru: "Кокуль" }, [kokul]), side("AF", "Asia/Kabul", { en: "Ai Khanum", ru: "Ай-Ханум" }, [kokul])],
    operation: { value: "unknown", sources: [kokul] },
    traffic: { value: { modes: ["car"], who: "unknown" }, sources: [{ ...kokul, note: "Who may cross is not stated" }] },
  },
  {
    slug: "serhetabat-torghundi",
    name: { en: "Serhetabat – Torghundi", ru: "Серхетабат – Торгунди" },
    sides: [
      locatedAt(
        side("TM", "Asia/Ashgabat", { en: "Serhetabat", ru: "Серхетабат" }, [ref("mfa-tm-2769", "2021-08-31", "Checkpoint 'Serhetabat – Turgundi'"), serhetabatRail], {
          value: saigaHours,
          sources: [saiga],
        }),
        35.27583,
        62.34167,
        [
          ref(
            "ruwiki-serhetabat",
            "2026-12",
            "Serhetabat (Kushka) town at 35°16′33″N 62°20′30″E, on the Kushka river 4 km from the border with Afghanistan. The town's coordinates, not the post's; ±5 km",
          ),
        ],
      ),
      side("AF", "Asia/Kabul", { en: "Torghundi", ru: "Торгунди" }, [
        ref("mobta-2023", "2023-02-08", "Toor Ghondai port (Afghan ministry under the Taliban); mentions movement of passengers"),
        serhetabatRail,
      ]),
    ],
    operation: { value: "operating", sources: [tmAf2021, ref("mobta-2023", "2023-02-08"), serhetabatRail] },
    traffic: {
      value: { modes: ["car", "truck", "train"], who: "everyone" },
      sources: [
        { ...saiga, note: "Foreigners only on pre-arranged guided tours (tour operator)" },
        tmAf2021,
        ref("tdh-2018-02-23", "2018-02-23", "Train service on the Serhetabat – Torghundi railway"),
      ],
    },
    roadNotes: { value: "Mary is about 307 km (6–7 hours) away, Herat about 125 km (2–3 hours). Foreigners cross only on a pre-arranged guided tour.", sources: [saiga] },
  },
  {
    slug: "imamnazar-aqina",
    name: { en: "Imamnazar – Aqina", ru: "Имамназар – Акина" },
    sides: [
      locatedAt(side("TM", "Asia/Ashgabat", { en: "Imamnazar", ru: "Имамназар" }, [imamnazar]), 37.24889, 65.26306, [
        ref(
          "wiki-ymamnazar",
          "2021",
          "Ymamnazar at 37°14′56″N 65°15′47″E, a settlement immediately adjacent to the border, opposite Aqina; the international crossing point opened in Ymamnazar in 2007. The settlement's coordinates, not the post's; ±2 km",
        ),
      ]),
      locatedAt(side("AF", "Asia/Kabul", { en: "Aqina", ru: "Акина" }, [aqina]), 37.23111, 65.26722, [
        ref(
          "ruwiki-aqina",
          "2026-12",
          "Akina (Aqina) at 37°13′52″N 65°16′02″E, a border village opposite the Turkmen Imamnazar, where the Imamnazar – Akina checkpoint opened in 2007. The village's coordinates, not the post's; ±2 km",
        ),
      ]),
    ],
    operation: { value: "operating", sources: [tmAf2021, ref("trend-2021-08-31", "2021-08-31"), ref("nca-2022-11-04", "2022-11-04", "Trucks allowed from 7 Nov 2022")] },
    traffic: {
      value: { modes: ["truck", "train"], who: "unknown" },
      sources: [tmAf2021, aqina, { ...ref("nca-2022-11-04", "2022-11-04"), note: "Freight; whether passengers or foreigners may cross is not stated" }],
    },
  },
];
