/**
 * Kyrgyzstan – Uzbekistan crossings added from docs/research/kz-kg-uz-tj.md (issue 16).
 * Side 0 is the Kyrgyz side. A side has a location only where a source gives coordinates.
 * (Madaniyat, which travellers call the "Izboskan crossing", is `izboskan` in kg-uz.ts.)
 */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";
import { locatedAt, noHours, ref, side } from "./build";

const kensai = ref(
  "24kg-kensai-2024-09-12",
  "2024-09-12",
  "KG Border Service: Ken-Sai reopened 12 Sep 2024 (closed since 2009); multilateral, round the clock; citizens, vehicles, cargo, goods, animals; over 11,000 people and 300 vehicles a day",
);
const kensaiEcon = ref("economistkg-kensai-2024-09-12", "2024-09-12");
const uchkurgan = ref(
  "qalampir-uchkurgan-2024-09-12",
  "2024-09-12",
  "UZ Customs: Uchkurgan opened; about 10,000 people, 500 trucks and 300 cars a day; 'shortest route for tourists to Kyrgyzstan and China'",
);
const karasu = ref(
  "uzdaily-karasu-2024-09",
  "2024-09-12",
  "UZ Customs: Karasu border customs post (Kurgantepa district, Andijan region) resumed work on 12 Sep 2024 after 14 years; over 12,000 people a day; covered pedestrian facilities",
);
const karasuKg = ref("casian-karasuu-2024-09-12", "2024-09-12", "KG Cabinet: 'Kara-Suu – avtodorozhny' resumed work");
const kyzylKiya = ref("repost-kyzylkiya-2021", "2021-11-24", "KG customs names the pair Kyzyl-Kiya-avtodorozhny – 'Uzbekistan-avtodorozhny'");
const kyzylKiya2025 = ref("24kg-kyzylkiya-2025", "2025-08", "Reportage: crowds at about 23:00, a narrow pedestrian passage and two passport booths");
const otukchu = ref(
  "bulak-otukchu-2025-08-13",
  "2025-08-13",
  "KG Border Service: Otukchu closed to persons and vehicles because the bridge supports between the posts were washed out; traffic sent to the temporary crossing Apkan (Apkan village, Batken district), 07:00–23:00, for Kyrgyz and Uzbek citizens only",
);
const kaitpas = ref("sputnikkg-kaitpas-2021-03-26", "2021-03-26", "KG presidency: Kaitpas and Otukchu open from 1 April 2021 for citizens, cars and minibuses of up to 20 seats");
const threePosts = ref(
  "novostikg-3kpp-2023-05",
  "2023-05",
  "KG Border Service via Kabar: Madaniyat and Baimak are the two pedestrian crossings of Jalal-Abad region; Bek-Abad, Kara-Bagysh and Kara-Suu 'will be opened soon'",
);
const gazeta2023 = ref(
  "gazetauz-checkpoints-2023-05-29",
  "2023-05-29",
  "UZ was dismantling the wall at Bek-Abad – Khanabad (closed by UZ in 2010); Bek-Abad, Kara-Bagysh and Kara-Suu to open soon",
);
const opened2023 = ref(
  "kunuz-mingtepa-xonobod-2023-09-01",
  "2023-09-01",
  "Andijan regional administration: the Mingtepa (Mingtepa/Kara-Bagysh) and Khanabad (Khanabad/Bek-Abad) border customs posts, closed since 2009, opened on 1 September 2023",
);
// Shakhimardan and Sokh, Uzbek enclaves in Kyrgyzstan's Batken region (issue 16, h21b).
const shakh2024 = ref(
  "kunuz-shakhimardan-24h-2024-07-30",
  "2024-07-30",
  "Customs Committee: from 26 July 2024 the 'Fergana' border customs post and the 'Ak-Kiya' customs post at the entrance to Shahimardan work round the clock. At the President's meeting in Fergana on 12 July 2024: 'since the \"Vodil\" and \"Ak-Kiya\" checkpoints do not have international status, foreign tourists are forced to travel to Shahimardan and Yordon through Osh'",
);
const shakhSputnik = ref(
  "sputnikuz-shakhimardan-24h-2024-07-29",
  "2024-07-29",
  "Customs Committee: the 'Farg'ona' border customs post and the 'Oq-qiya' customs point at the entrance to Shakhimardan work round the clock ('tunu kun') from 26 July 2024",
);
const fergana2025 = ref(
  "spotuz-fergana-customs-24h-2025-06-17",
  "2025-06-17",
  "Customs Committee spokesman: from 18 June 2025 the 'Fergana' border customs post, the 'Ok-kiya' customs point in the Shakhimardan exclave and the 'Chashma' point in the Sokh exclave go over to round-the-clock work",
);
const uza2025 = ref(
  "uza-fergana-checkpoints-24h-2025-06",
  "2025-06",
  "UzA: the checkpoints 'Vodil-Kadamjay' and 'Oqqiya-Akkiya' (Shakhimardan) in Fergana district and 'Chashma-Chechme' in Sokh district go over to round-the-clock (day and night) work from 18 June 2025. An Uzbek source naming each checkpoint pair; no Kyrgyz statement on the Kyrgyz posts' hours found",
);
const paradigma = ref(
  "paradigma-shohimardon-2025",
  "2025",
  "Fergana region's deputy governor (UzA, 2025): reaching Shakhimardan means crossing the Uzbek-Kyrgyz border and then the Kyrgyz-Uzbek one; the crossing points on the two countries' borders now work day and night, 24 hours; about 15,000 passengers a day cross on the Shakhimardan route; over 500,000 local and Kyrgyz citizens went to Shakhimardan in 2024",
);
const sokh2021 = ref(
  "azattyq-sokh-rishtan-2021-04-01",
  "2021-04-01",
  "Kaitpas and Otukchu, on the Sokh - Rishtan road, opened on 1 April 2021: passenger buses and pedestrians may cross in the daytime; trucks not yet allowed",
);
/** The two posts of the Shakhimardan road: the same sources say the same of both. */
const shakhOperation = {
  value: "operating" as const,
  sources: [{ ...fergana2025, note: "Working round the clock from 18 June 2025 (Uzbek Customs Committee)" }, uza2025, paradigma],
};
const shakhTraffic = {
  value: { modes: ["pedestrian" as const, "car" as const], who: "bilateral" as const, otherModes: "unknown" as const },
  sources: [
    {
      ...shakh2024,
      note: '\'Since the "Vodil" and "Ak-Kiya" checkpoints do not have international status, foreign tourists are forced to travel to Shahimardan and Yordon through Osh\' (July 2024). Which modes are allowed is not stated',
    },
    { ...paradigma, note: "Local and Kyrgyz citizens cross on the Shakhimardan route (2025); modes not stated" },
  ],
};
const daytime2021 = { value: 'Mo-Su unknown "daytime only (April 2021); hours not given"', sources: [sokh2021] };
const uzNotNamed = (opposite: string) => ({ en: `Uzbek post opposite ${opposite} (name not sourced)`, ru: `Узбекский пост напротив «${opposite}» (название не подтверждено)` });
const unnamed = { ...noHours, note: "No source we have names the Uzbek post" };

export const kgUzMore: CrossingBaselineInput[] = [
  {
    slug: "ken-sai-uchkurgan",
    name: { en: "Ken-Sai – Uchkurgan", ru: "Кен-Сай – Учкурган" },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Ken-Sai", ru: "Кен-Сай" }, [kensai], { value: "24/7", sources: [kensai, kensaiEcon] }),
      side("UZ", "Asia/Tashkent", { en: "Uchkurgan", ru: "Учкурган" }, [uchkurgan, ref("gazetauz-uchkurgan-2024-02-14", "2024-02-14")], {
        value: "24/7",
        sources: [{ ...kensai, note: "Round the clock (KG Border Service statement on the pair)" }],
      }),
    ],
    operation: { value: "operating", sources: [kensai, uchkurgan, ref("uza-uchkurgan-2024-10-06", "2024-10-06")] },
    traffic: { value: { modes: ["pedestrian", "car", "truck"], who: "everyone" }, sources: [{ ...kensai, note: "Multilateral (international)" }, uchkurgan] },
  },
  {
    slug: "kara-suu-karasu",
    name: { en: "Kara-Suu – Karasu", ru: "Кара-Суу – Карасу" },
    sides: [
      locatedAt(side("KG", "Asia/Bishkek", { en: "Kara-Suu", ru: "Кара-Суу" }, [karasuKg]), 40.7, 72.8833, [
        ref(
          "wiki-kara-suu",
          "2026-12",
          "Kara-Suu town at 40°42′N 72°53′E (to the minute), on the border with Uzbekistan, separated from the Uzbek Qorasuv by the Shahrixonsoy canal. The town's coordinates, not the post's; ±3 km",
        ),
      ]),
      locatedAt(side("UZ", "Asia/Tashkent", { en: "Karasu", ru: "Карасу" }, [karasu]), 40.72222, 72.88722, [
        ref(
          "wiki-qorasuv",
          "2026-12",
          "Qorasuv (Karasu) town at 40°43′20″N 72°53′14″E, along the border with Kyrgyzstan, essentially one town with Kara-Suu. The town's coordinates, not the post's; ±3 km",
        ),
      ]),
    ],
    operation: { value: "operating", sources: [karasu, karasuKg] },
    traffic: {
      value: { modes: ["pedestrian"], who: "unknown" },
      sources: [
        {
          ...karasu,
          note: "Pedestrian facilities; the source speaks of Kyrgyz and Uzbek citizens (who may cross with ID cards since 2023). Whether third-country nationals may use it is not stated: needs verification",
        },
      ],
    },
    roadNotes: { value: "Shortens Osh – Jalal-Abad via Uzbekistan from 120 km to 19 km.", sources: [karasu] },
  },
  {
    slug: "kyzyl-kiya",
    name: { en: "Kyzyl-Kiya", ru: "Кызыл-Кия" },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Kyzyl-Kiya", ru: "Кызыл-Кия" }, [kyzylKiya], {
        value: 'Mo-Su unknown "hours not published; a reportage (2025) found people queueing to cross at about 23:00"',
        sources: [
          {
            ...kyzylKiya2025,
            note: "'Even late in the evening, around 23:00, about 30 people wanting to cross the border gathered at the official checkpoint'; a crowd in front of the passport control booth, truck drivers trying to jump the queue. It shows the post at work late in the evening, not its hours",
          },
        ],
      }),
      side("UZ", "Asia/Tashkent", { en: "Uzbekistan", ru: "Узбекистан" }, [kyzylKiya], {
        value:
          'Mo-Su unknown "a relay of a Kun.uz report says 06:00-20:00 (year not shown); not confirmed, and a 2025 reportage found people queueing to cross at about 23:00 Kyrgyz time (22:00 in Uzbekistan)"',
        sources: [
          ref(
            "yenicag-kyzylkiya",
            "2026-12",
            "Turkish relay of Kun.uz: UZ side changed from 07:00–18:00 to 06:00–20:00 ('30 August', year not shown); too weak and undated to set hours",
          ),
          {
            ...kyzylKiya2025,
            note: "People queueing at the Kyrgyz passport control at about 23:00 (Kyrgyz time) to cross; whether the Uzbek post was processing them then is not in the part of the reportage we read",
          },
        ],
      }),
    ],
    operation: { value: "operating", sources: [kyzylKiya2025] },
    traffic: {
      value: { modes: ["pedestrian", "car"], who: "unknown" },
      sources: [{ ...kyzylKiya2025, note: "Crowded pedestrian passage (2025); the source speaks of local travellers; use by third-country nationals not stated" }, kyzylKiya],
    },
  },
  {
    slug: "otukchu-tul",
    name: { en: "Otukchu – Tul", ru: "Отукчу – Тул" },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Otukchu", ru: "Отукчу" }, [otukchu, sokh2021], daytime2021),
      side("UZ", "Asia/Tashkent", { en: "Tul", ru: "Тул" }, [otukchu], daytime2021),
    ],
    operation: { value: "closed", sources: [{ ...otukchu, note: "Closed from about 13 Aug 2025 (bridge washed out); no reopening found" }] },
    traffic: {
      value: { modes: ["pedestrian", "car", "bus"], who: "unknown" },
      sources: [{ ...kaitpas, note: "Opened 1 April 2021 for citizens, cars and minibuses of up to 20 seats; whose citizens is not stated" }, sokh2021],
    },
  },
  {
    slug: "apkan",
    name: { en: "Apkan (temporary)", ru: "Апкан (временный)" },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Apkan", ru: "Апкан" }, [otukchu], { value: "07:00-23:00", sources: [otukchu] }),
      side("UZ", "Asia/Tashkent", uzNotNamed("Apkan"), [unnamed], {
        value:
          'Mo-Su unknown "the Kyrgyz Border Service gives 07:00-23:00 for the crossing, presumably in Kyrgyz time (an hour ahead of Uzbek time); the Uzbek side\'s own hours are not published"',
        sources: [otukchu],
      }),
    ],
    operation: { value: "operating", sources: [{ ...otukchu, note: "Temporary crossing opened in August 2025 while Otukchu is closed; whether it still works is not stated" }] },
    traffic: { value: { modes: ["pedestrian", "car"], who: "bilateral" }, sources: [otukchu] },
  },
  {
    slug: "kaitpas",
    name: { en: "Kaitpas", ru: "Кайтпас" },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Kaitpas", ru: "Кайтпас" }, [kaitpas, sokh2021], daytime2021),
      side("UZ", "Asia/Tashkent", uzNotNamed("Kaitpas"), [unnamed], daytime2021),
    ],
    operation: { value: "unknown", sources: [{ ...kaitpas, note: "Opened 1 April 2021; no later status found" }, sokh2021] },
    traffic: {
      value: { modes: ["pedestrian", "car", "bus"], who: "unknown" },
      sources: [{ ...kaitpas, note: "Opened 1 April 2021 for citizens, cars and minibuses of up to 20 seats; whose citizens is not stated" }, sokh2021],
    },
  },
  {
    slug: "baimak",
    name: { en: "Baimak", ru: "Баймак" },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Baimak", ru: "Баймак" }, [threePosts]),
      side("UZ", "Asia/Tashkent", uzNotNamed("Baimak"), [
        { ...noHours, note: "A UZ post 'Kosonsoy' reopened in September 2017 with guests from Ala-Buka district (qalampir-kosonsoy-2017), but no source pairs it with Baimak" },
      ]),
    ],
    operation: { value: "operating", sources: [threePosts] },
    traffic: { value: { modes: ["pedestrian"], who: "unknown" }, sources: [{ ...threePosts, note: "Pedestrian crossing; use by third-country nationals not stated" }] },
  },
  {
    slug: "bek-abad-khanabad",
    name: { en: "Bek-Abad – Khanabad", ru: "Бек-Абад – Ханабад" },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Bek-Abad", ru: "Бек-Абад" }, [gazeta2023, opened2023]),
      locatedAt(
        side("UZ", "Asia/Tashkent", { en: "Khanabad", ru: "Ханабад" }, [
          gazeta2023,
          { ...opened2023, note: "The Khanabad border customs post is in the town of Khanabad, in the far east of Uzbekistan" },
        ]),
        40.8,
        73.0,
        [
          ref(
            "dewiki-xonobod",
            "2019-10-05",
            "Xonobod (Khanabad) town at 40°48′N 73°0′E (to the minute), on the right bank of the Kara Darya in the far east of Uzbekistan; Kun.uz (2023) puts the Khanabad post in the town. The town's coordinates, not the post's; ±3 km",
          ),
        ],
      ),
    ],
    // The May 2023 announcement ("unknown") is superseded by the report of the opening.
    operation: {
      value: "operating",
      sources: [{ ...opened2023, note: "Opened on 1 September 2023 (Andijan regional administration); no later report on this crossing found" }],
      alternatives: [{ value: "unknown", sources: [{ ...gazeta2023, note: "Announced to reopen (May 2023)" }, ref("kunuz-3kpp-2023-05-30", "2023-05-30")] }],
    },
    traffic: { value: { modes: ["car"], who: "unknown" }, sources: [{ ...gazeta2023, note: "A road post; who may cross is not stated" }, opened2023] },
  },
  {
    slug: "kara-bagysh",
    name: { en: "Kara-Bagysh – Mingtepa", ru: "Кара-Багыш – Мингтепа" },
    searchNames: { names: ["Mingtepa", "Мингтепа", "Qora-Bog'ish"], towns: [[], []] },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Kara-Bagysh", ru: "Кара-Багыш" }, [threePosts, opened2023]),
      side(
        "UZ",
        "Asia/Tashkent",
        { en: "Mingtepa", ru: "Мингтепа" },
        [{ ...opened2023, note: "The Uzbek post is 'Mingtepa', in Marhamat district, linking it with Aravan district of Kyrgyzstan (Mingtepa/Kara-Bagysh)" }],
        {
          value: 'Mo-Su unknown "daytime only (September 2023); hours not given"',
          sources: [{ ...opened2023, note: "Mingtepa is an international border customs post working in the daytime, for 4,000–5,000 people and up to 200 vehicles a day" }],
        },
      ),
    ],
    operation: {
      value: "operating",
      sources: [{ ...opened2023, note: "Opened on 1 September 2023 (Andijan regional administration); no later report on this crossing found" }],
      alternatives: [{ value: "unknown", sources: [{ ...threePosts, note: "Announced to reopen (May 2023)" }, gazeta2023] }],
    },
    traffic: {
      value: { modes: ["car"], who: "unknown", otherModes: "unknown" },
      sources: [
        {
          ...opened2023,
          note: "The Uzbek post has international status; 4,000–5,000 people and up to 200 vehicles a day. Which modes, and whether third-country nationals may cross, is not stated",
        },
        { ...threePosts, note: "A road post" },
      ],
    },
  },
  {
    slug: "kadamjay-vodil",
    name: { en: "Kadamjay – Vodil", ru: "Кадамджай – Водил" },
    searchNames: {
      names: ["Fergana customs post", "Farg'ona", "Фергана", "Vuadil", "Вуадиль", "Shakhimardan", "Шахимардан", "Shohimardon"],
      towns: [
        ["Kadamjay", "Кадамжай"],
        ["Vodil", "Водил", "Fergana", "Фергана"],
      ],
    },
    sides: [
      side(
        "KG",
        "Asia/Bishkek",
        { en: "Kadamjay", ru: "Кадамджай" },
        [
          { ...uza2025, note: "UzA names the checkpoint pair 'Vodil-Kadamjay'" },
          ref("knews-sokh-kadamjay-2016-03-18", "2016-03-18", "The Kyrgyz Border Service's checkpoint 'Kadamjay-avtodorozhny' on the border with Uzbekistan"),
        ],
        { value: "24/7", sources: [uza2025, paradigma] },
      ),
      side(
        "UZ",
        "Asia/Tashkent",
        { en: "Vodil (customs post 'Fergana')", ru: "Водил (таможенный пост «Фергана»)" },
        [
          uza2025,
          {
            ...shakh2024,
            note: "The 'Fergana' border customs post and the 'Vodil' checkpoint are named together on the Shakhimardan route; that they are the same post is our reading",
          },
        ],
        {
          value: "24/7",
          sources: [fergana2025, uza2025, shakh2024, shakhSputnik],
        },
      ),
    ],
    operation: shakhOperation,
    traffic: shakhTraffic,
    roadNotes: {
      value: "The first of the two crossings on the road from Fergana to the Uzbek enclave of Shakhimardan: into Kyrgyzstan here, back into Uzbekistan at Ak-Kiya – Oq-qiya.",
      sources: [paradigma, uza2025],
    },
  },
  {
    slug: "ak-kiya-shakhimardan",
    name: { en: "Ak-Kiya – Oq-qiya (Shakhimardan)", ru: "Ак-Кия – Ок-кия (Шахимардан)" },
    searchNames: {
      names: ["Shakhimardan", "Шахимардан", "Shohimardon", "Shahimardan", "Ok-kiya", "Оққия", "Yordon"],
      towns: [[], ["Shakhimardan", "Шахимардан", "Yordon", "Ёрдон"]],
    },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Ak-Kiya", ru: "Ак-Кия" }, [{ ...uza2025, note: "UzA names the checkpoint pair 'Oqqiya-Akkiya' (Shakhimardan)" }], {
        value: "24/7",
        sources: [uza2025, paradigma],
      }),
      side("UZ", "Asia/Tashkent", { en: "Oq-qiya", ru: "Ок-кия" }, [shakhSputnik, fergana2025, shakh2024], {
        value: "24/7",
        sources: [fergana2025, uza2025, shakh2024, shakhSputnik],
      }),
    ],
    operation: shakhOperation,
    traffic: shakhTraffic,
    roadNotes: {
      value: "At the entrance to the Uzbek enclave of Shakhimardan (with Yordon), reached from Fergana through Kyrgyzstan after Kadamjay – Vodil.",
      sources: [shakh2024, paradigma],
    },
  },
  {
    slug: "chechme-chashma",
    name: { en: "Chechme – Chashma (Sokh)", ru: "Чечме – Чашма (Сох)" },
    searchNames: { names: ["Sokh", "Сох", "So'x", "Chashma", "Чечме"], towns: [[], ["Sokh", "Сох"]] },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Chechme", ru: "Чечме" }, [{ ...uza2025, note: "UzA names the checkpoint pair 'Chashma-Chechme' in Sokh district" }], {
        value: "24/7",
        sources: [uza2025],
      }),
      side("UZ", "Asia/Tashkent", { en: "Chashma", ru: "Чашма" }, [fergana2025, uza2025], { value: "24/7", sources: [fergana2025, uza2025] }),
    ],
    operation: { value: "operating", sources: [{ ...fergana2025, note: "Working round the clock from 18 June 2025 (Uzbek Customs Committee)" }, uza2025] },
    traffic: {
      value: { modes: ["pedestrian", "car"], who: "unknown", otherModes: "unknown" },
      sources: [{ ...uza2025, note: "A checkpoint of the Sokh enclave; which modes are allowed and who may cross are not stated" }],
    },
  },
];
