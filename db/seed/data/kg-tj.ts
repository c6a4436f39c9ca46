/** Kyrgyzstan – Tajikistan crossings. Side 0 is always the Kyrgyz side. */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";

const ed = { source: "crossings-editorial-2026", asOf: "2026-11" } as const;
const guide = { source: "guide-kyrgyz-borders-2024", asOf: "2024" } as const;
const overlander = { source: "overlander-kyzyl-art-2024", asOf: "2024-05-30" } as const;
const wiki = { source: "wiki-kyzylart-2024", asOf: "2024-06" } as const;
const orda = { source: "orda-kg-tj-reopening-2025", asOf: "2025-03" } as const;
const reopened = { source: "24kg-karamyk-bordobo-2025", asOf: "2025-07-08" } as const;
const blur = { source: "blurtravels-kyzyl-art-2025", asOf: "2025-12-19" } as const;

export const kgTj: CrossingBaselineInput[] = [
  {
    slug: "kyzyl-art",
    name: { en: "Bor-Dobo – Kyzyl-Art", ru: "Бор-Дёбё – Кызыл-Арт" },
    searchNames: {
      names: ["Bordobo", "Бордобо", "Бор-Добо", "Bordobo-avtodorozhny", "Pamir Highway", "Памирский тракт"],
      towns: [
        ["Sary-Tash", "Сары-Таш", "Osh", "Ош"],
        ["Karakul", "Каракуль", "Murghab", "Мургаб"],
      ],
    },
    sides: [
      {
        country: "KG",
        postName: {
          value: { en: "Bor-Dobo", ru: "Бор-Дёбё" },
          sources: [
            { ...wiki, note: "The border checkpoint on the Kyrgyz side of the Kyzyl-Art pass is Bor-Döbö" },
            { ...reopened, note: "The Kyrgyz checkpoint Bordobo resumed work on 8 July 2025" },
          ],
        },
        timeZone: "Asia/Bishkek",
        location: {
          value: { lat: 39.52, lon: 73.35 },
          sources: [
            {
              ...overlander,
              note: "From the Tajik post at the pass it is almost 20 km of road down to the Kyrgyz exit post",
            },
            {
              ...ed,
              note: "Placed about 20 km of road north of the pass towards Sary-Tash; ±5 km, needs verification",
            },
          ],
        },
        hours: {
          value: 'Mo-Su unknown "hours not published; the crossing must be announced in advance"',
          sources: [{ ...ed, note: "No opening hours in our sources" }],
        },
        notes:
          "The Kyrgyz post stamps you in only if your name is already on its entry list: travellers who arrived before their announced date had to wait outside the gate overnight.",
      },
      {
        country: "TJ",
        postName: { value: { en: "Kyzyl-Art", ru: "Кызыл-Арт" }, sources: [guide, overlander] },
        timeZone: "Asia/Dushanbe",
        location: {
          value: { lat: 39.3843, lon: 73.3225 },
          sources: [
            { ...wiki, note: "Kyzyl-Art pass, 39°23′03.6″N 73°19′21″E, 4,280 m" },
            { ...overlander, note: "The descent starts right after leaving the Tajik border post, i.e. the post is at the pass" },
          ],
        },
        hours: {
          value: 'Mo-Su unknown "hours not published"',
          sources: [{ ...ed, note: "No opening hours in our sources" }],
        },
        notes:
          "Tajik citizens are not allowed to cross their own border here (overlanders' report, May 2024). Leaving Tajikistan took minutes; the GBAO permit and personal permit are handed back at this post.",
      },
    ],
    operation: {
      value: "operating",
      sources: [
        {
          ...reopened,
          note: "Karamyk and Bordobo resumed work on 8 July 2025, at a ceremony the two presidents joined by video link",
        },
        { ...guide, note: "Said in 2024 to have reopened in July 2023 for foreign travellers; no 2023 source confirms that" },
        { ...overlander, note: "Crossed from Tajikistan to Kyrgyzstan on 30 May 2024" },
        { ...blur, note: "Crossed from Sary-Tash to Murghab (report published 19 December 2025)" },
      ],
      alternatives: [
        {
          value: "closed",
          sources: [
            {
              ...orda,
              note: "Lists Bor-Dobo among the five Kyrgyz–Tajik checkpoints it says were closed since 2021, with only Kyzyl-Bel and Kairagach announced to reopen on 13 March 2025; it does not mention the July 2023 reopening for foreign travellers",
            },
          ],
        },
      ],
    },
    traffic: {
      value: { modes: ["car", "truck", "motorcycle", "bicycle"], who: "everyone" },
      sources: [
        {
          ...overlander,
          note: "Crossed in their own camper truck; almost no traffic, hard for backpackers without transport. Tajik citizens are not allowed to cross their own border here",
        },
        { ...ed, note: "Motorcycles and bicycles are common on the Pamir Highway but not mentioned by the seed pages; needs verification" },
      ],
    },
    borderPermit: {
      value: {
        required: true,
        detail:
          'A Kyrgyz permit is needed to use this crossing (a "border exit permit", which a traveller reporting in December 2025 got through an Osh agency for US$20; earlier from the Tourism Department). Going from Kyrgyzstan into Tajikistan you also need a GBAO permit (the same agency charged US$30).',
      },
      sources: [
        guide,
        { ...overlander, note: "The special (GBAO) permit issued on entering Tajikistan was handed back on leaving" },
        {
          ...blur,
          note: "A Kyrgyzstan border exit permit was required (via an Osh agency, US$20) plus the GBAO permit (US$30); the Kyrgyz gate opened after passports and the permit were checked",
        },
      ],
    },
    advanceNotice: {
      value: {
        required: true,
        detail:
          "Announce the crossing at least 5 days ahead by email or WhatsApp: expected date, direction, passport copy, vehicle documents and plate number, and a photo of the vehicle. Arriving before the announced date means waiting at the gate.",
      },
      sources: [overlander],
    },
    entryFee: {
      value: {
        required: true,
        detail: "US$15 per person for an entry permit when entering Kyrgyzstan (can be paid in advance online); no vehicle fee, no car tax or insurance at the border.",
      },
      sources: [overlander],
    },
    facilities: {
      value: [
        { kind: "sim", side: 0, available: true, detail: "Not at the post; in Sary-Tash, the next village" },
        { kind: "exchange", side: 0, available: true, detail: "Not at the post; in Sary-Tash" },
        { kind: "fuel", side: 0, available: true, detail: "Diesel in Sary-Tash, not at the post" },
        { kind: "transport", side: null, available: false, detail: "Almost no traffic between the posts" },
      ],
      sources: [overlander],
    },
    roadNotes: {
      value:
        "Kyzyl-Art pass at about 4,280 m on the Pamir Highway. At the end of May 2024 there was snow, and below the Tajik post a 3 km descent of wet clay damaged by running water; about 20 km between the two posts.",
      sources: [overlander, wiki],
    },
  },
];
