/**
 * Kazakhstan – Russia crossings: every checkpoint the Kazakhstan checkpoints page (seed 004)
 * lists on the Russian side. Side 0 is always the Kazakh side, side 1 the Russian side.
 * The seed names only the Russian checkpoints; the Kazakh post opposite is sourced where a
 * public page pairs them, and marked editorial ("needs verification") where it does not.
 */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";

const ed = { source: "crossings-editorial-2026", asOf: "2026-11" } as const;
const kz = { source: "kz-checkpoints-2021", asOf: "2021" } as const;
const classes = { source: "caravan-kz-checkpoint-classes", asOf: "2016" } as const;
const mariinskyFlood = { source: "interfax-mariinsky-flood-2025", asOf: "2025-03-17" } as const;
const reconstruction = { source: "lada-kz-reconstruction-2025", asOf: "2025-11-01" } as const;
const kosak = { source: "rambler-kz-ru-reconstruction-2025", asOf: "2025-11-01" } as const;
const orskSuspension = { source: "kaztag-orsk-suspension-2025", asOf: "2025-01-17" } as const;
const syrym = { source: "orenburg-news-syrym-2025", asOf: "2025-08-04" } as const;
const karauzek2021 = { source: "smi24-karauzek-2021", asOf: "2021-06" } as const;
const karauzek2024 = { source: "aif-astrakhan-karauzek-2024", asOf: "2024-07-31" } as const;
const altai = { source: "altai-news-checkpoints-2025", asOf: "2025-02-24" } as const;
const pavlovkaNsk = { source: "gorsite-pavlovka-2023", asOf: "2023-10-25" } as const;
const pavlovkaNskMapp = { source: "avtorambler-pavlovka-2023", asOf: "2023-10" } as const;
/** Kazakhstan's State Revenue Committee's list of posts with the electronic truck queue, each with the Russian post opposite. */
const equeue = (pair: string) => ({ source: "trans-kz-ru-equeue-2024", asOf: "2024-08-06", note: `The State Revenue Committee names the pair ${pair}` });
const kikonline = { source: "kikonline-petukhovo-2023", asOf: "2023-10-03" } as const;
const isilkul = { source: "kvnews-isilkul-2023", asOf: "2023-03-02" } as const;
/** The KNB's list of Kostanay-region checkpoints offered instead of Bugristoye, each with the Russian post opposite. */
const kostanay = (pair: string) => ({ source: "asia24-kostanay-checkpoints", asOf: "2026-12", note: `The KNB names the pair ${pair} among the alternatives to Bugristoye` });

const hoursUnknown = 'Mo-Su unknown "hours not published in our sources"';
const noHours = { ...ed, note: "No opening hours in our sources" };
const listed = (where: string) => ({ ...kz, note: `Listed among the checkpoints on the Kazakhstan–Russia border: ${where}` });
const modesNote = {
  ...ed,
  note: "Road checkpoint; which modes are allowed is not stated by our sources; needs verification",
};

export const kzRu: CrossingBaselineInput[] = [
  {
    slug: "veseloyarsk",
    name: { en: "Auyl – Veseloyarsk", ru: "Ауыл – Веселоярск" },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Auyl", ru: "Ауыл" },
          sources: [
            { ...ed, note: "That Auyl is the Kazakh post opposite Veseloyarsk is general knowledge; needs verification" },
            { ...classes, note: "Auyl: multilateral road checkpoint in East Kazakhstan region" },
          ],
        },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 51.05, lon: 81.3 },
          sources: [{ ...ed, note: "Approximate: on the border south of Rubtsovsk; ±20 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
      {
        country: "RU",
        postName: { value: { en: "Veseloyarsk", ru: "Веселоярск" }, sources: [listed("Veseloyarsk (Altai Krai)")] },
        timeZone: "Asia/Barnaul",
        location: {
          value: { lat: 51.05, lon: 81.3 },
          sources: [{ ...ed, note: "Same approximate point as the Kazakh post; ±20 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
    ],
    operation: { value: "operating", sources: [listed("Veseloyarsk (Altai Krai)")] },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [{ ...classes, note: "Auyl is classified multilateral" }, modesNote],
    },
  },
  {
    slug: "pavlovka",
    name: { en: "Naiza – Pavlovka (Slavgorod)", ru: "Найза – Павловка (Славгород)" },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Naiza", ru: "Найза" },
          sources: [
            equeue("'Naiza' – DAPP 'Pavlovka (Slavgorod)'"),
            {
              source: "kazinform-pavlodar-posts-2025",
              asOf: "2025-09-12",
              note: "Naiza is one of the five Pavlodar-region road checkpoints on the border with Russia to be modernised in 2025–2027",
            },
          ],
        },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 52.95, lon: 78.4 },
          sources: [{ ...ed, note: "Approximate: on the border west of Slavgorod; ±20 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
      {
        country: "RU",
        postName: {
          value: { en: "Pavlovka (Slavgorod)", ru: "Павловка (Славгород)" },
          sources: [
            listed("Pavlovka (Altai Krai)"),
            {
              ...altai,
              note: "Pavlovka international road checkpoint, Slavgorod district, on the Krutikha – Slavgorod – Kazakhstan border road; reconstruction due to finish in autumn 2025",
            },
            equeue("'Naiza' – DAPP 'Pavlovka (Slavgorod)'"),
          ],
        },
        timeZone: "Asia/Barnaul",
        location: {
          value: { lat: 52.95, lon: 78.4 },
          sources: [{ ...ed, note: "Approximate: Slavgorod district, as the Altai Krai transport ministry describes; ±20 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
        notes:
          "Not the multilateral Pavlovka checkpoint in Karasuk district of Novosibirsk region, opposite Kosak (see Kosak – Pavlovka (Karasuk)). Kazakhstan's State Revenue Committee calls this post a bilateral checkpoint (DAPP); the Altai Krai transport ministry calls it international.",
      },
    ],
    operation: {
      value: "operating",
      sources: [
        listed("Pavlovka (Altai Krai)"),
        altai,
        { source: "sibir22-altai-approaches-2025", asOf: "2025-11-22", note: "The rebuilt 1.2 km approach to Pavlovka in Slavgorod was finished in 2025" },
      ],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [
        { ...altai, note: "International road checkpoint" },
        { source: "sibir22-altai-approaches-2025", asOf: "2025-11-22", note: "One of two international checkpoints (Gornyak, Pavlovka)" },
        modesNote,
      ],
      alternatives: [
        {
          value: { modes: ["car", "bus", "truck"], who: "bilateral" },
          sources: [equeue("'Naiza' – DAPP (bilateral road checkpoint) 'Pavlovka (Slavgorod)'")],
        },
      ],
    },
  },
  {
    slug: "gornyak",
    name: { en: "Zhezkent – Gornyak", ru: "Жезкент – Горняк" },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Zhezkent", ru: "Жезкент" },
          sources: [
            equeue("'Zhezkent' – MAPP 'Gornyak' (Ube is opposite Mikhailovka, not Gornyak as we had it)"),
            { ...classes, note: "Zhezkent: multilateral road checkpoint in East Kazakhstan region" },
          ],
        },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 50.93, lon: 81.5 },
          sources: [{ ...ed, note: "Approximate: on the border just south of Gornyak; ±10 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
      {
        country: "RU",
        postName: {
          value: { en: "Gornyak", ru: "Горняк" },
          sources: [listed("Gornyak (Altai Krai)"), { ...altai, note: "Road checkpoint near Gornyak, Loktevsky district, being rebuilt in 2025" }],
        },
        timeZone: "Asia/Barnaul",
        location: {
          value: { lat: 50.93, lon: 81.5 },
          sources: [{ ...ed, note: "Same approximate point as the Kazakh post; ±10 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
    ],
    operation: {
      value: "operating",
      sources: [
        listed("Gornyak (Altai Krai)"),
        {
          source: "sibir22-altai-approaches-2025",
          asOf: "2025-11-22",
          note: "November 2025: the rebuilt 1.7 km approach to the international road checkpoint (MAPP) Gornyak, with parking and a weigh station, was finished for the international traffic through it",
        },
      ],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [{ ...classes, note: "Zhezkent is classified multilateral" }, modesNote],
    },
  },
  {
    slug: "karaozek",
    name: { en: "Kurmangazy – Karaozek", ru: "Курмангазы – Караозек" },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Kurmangazy", ru: "Курмангазы" },
          sources: [
            {
              ...ed,
              note: "Kurmangazy is the only multilateral road checkpoint in Atyrau region and Karaozek the only road checkpoint in Astrakhan region, so they are taken to be a pair; needs verification",
            },
            { ...classes, note: "Kurmangazy: multilateral road checkpoint, Atyrau region" },
          ],
        },
        timeZone: "Asia/Atyrau",
        location: {
          value: { lat: 46.6, lon: 48.75 },
          sources: [{ ...ed, note: "Approximate: on the Astrakhan – Atyrau road east of Krasny Yar; ±20 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
      {
        country: "RU",
        postName: {
          value: { en: "Karaozek (Karauzek)", ru: "Караозек (Караузек)" },
          sources: [
            { ...kz, note: "Listed as 'Karazoek' (Astrakhan region) — a misspelling of Karaozek" },
            { ...karauzek2021, note: "Karauzek: the only road checkpoint of Astrakhan region on the Kazakh border" },
          ],
        },
        timeZone: "Europe/Astrakhan",
        location: {
          value: { lat: 46.6, lon: 48.75 },
          sources: [{ ...ed, note: "Same approximate point as the Kazakh post; ±20 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
    ],
    operation: {
      value: "operating",
      sources: [
        listed("Karazoek (Astrakhan region)"),
        {
          ...karauzek2024,
          note: "The main road checkpoint from Astrakhan region to Kazakhstan; traffic restricted for two weeks from 15 August 2024 for road repairs; reconstruction due to finish in 2025",
        },
      ],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [
        { ...classes, note: "Kurmangazy is classified multilateral" },
        {
          source: "ktkz-kurmangazy-2020",
          asOf: "2020-05-02",
          note: "Kurmangazy was opened for multilateral traffic in 2004; up to 4,000 people and 1,200 vehicles cross it a day",
        },
        modesNote,
      ],
    },
  },
  {
    slug: "voskresenskoye",
    name: { en: "Akbalshyk – Voskresenskoye", ru: "Акбалшык – Воскресенское" },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Akbalshyk", ru: "Акбалшык" },
          sources: [kostanay("'Akbalshyk' (KZ) – 'Voskresenskoye' (RU)"), { ...classes, note: "Akbalshyk: multilateral road checkpoint in Kostanay region" }],
        },
        timeZone: "Asia/Qostanay",
        location: {
          value: { lat: 54.45, lon: 65.5 },
          sources: [
            {
              ...ed,
              note: "Location not established: placed on the Kurgan region – Kazakhstan border; could be off by 150 km; needs verification",
            },
          ],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
      {
        country: "RU",
        postName: {
          value: { en: "Voskresenskoye", ru: "Воскресенское" },
          sources: [listed("Voskresenskoye (Kurgan region)"), kostanay("'Akbalshyk' (KZ) – 'Voskresenskoye' (RU)"), { ...kikonline, note: "MAPP Voskresenskoye, Kurgan region" }],
        },
        timeZone: "Asia/Yekaterinburg",
        location: {
          value: { lat: 54.45, lon: 65.5 },
          sources: [{ ...ed, note: "Location not established; could be off by 150 km; needs verification" }],
        },
        hours: {
          value: "24/7",
          sources: [{ ...kikonline, note: "Rosgranstroy: Kazanskoye, Voskresenskoye and Zverinogolovskoye all work round the clock (October 2023)" }],
        },
      },
    ],
    operation: {
      value: "operating",
      sources: [listed("Voskresenskoye (Kurgan region)"), kostanay("'Akbalshyk' (KZ) – 'Voskresenskoye' (RU), the one multilateral pair it offers")],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [{ ...classes, note: "Akbalshyk is classified multilateral" }, modesNote],
    },
  },
  {
    slug: "karasuk",
    name: { en: "Kosak – Pavlovka (Karasuk)", ru: "Косак – Павловка (Карасук)" },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Kosak", ru: "Косак" },
          sources: [
            {
              ...ed,
              note: "Kosak is taken to be the Kazakh post opposite Pavlovka because it is the Pavlodar-region checkpoint on the border with Novosibirsk region, where the multilateral road checkpoint is Pavlovka in Karasuk district; needs verification",
            },
            { ...kosak, note: "Kosak is on the border with Novosibirsk region; under reconstruction in November 2025, which may lengthen waits" },
            { ...reconstruction, note: "Kosak is in Uspenka district of Pavlodar region" },
          ],
        },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 53.5, lon: 78.0 },
          sources: [{ ...ed, note: "Approximate: on the border south-west of Karasuk; ±25 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
      {
        country: "RU",
        postName: {
          value: { en: "Pavlovka (Karasuk district)", ru: "Павловка (Карасукский район)" },
          sources: [
            { ...pavlovkaNskMapp, note: "MAPP Pavlovka, the multilateral road checkpoint in Karasuk district of Novosibirsk region" },
            { ...pavlovkaNsk, note: "The Pavlovka checkpoint in Karasuk district of Novosibirsk region" },
            { ...kz, note: "Listed as 'Karaskusky' (Novosibirsk region), taken to mean this road checkpoint in Karasuk district" },
          ],
        },
        timeZone: "Asia/Novosibirsk",
        location: {
          value: { lat: 53.5, lon: 78.0 },
          sources: [{ ...ed, note: "Same approximate point as the Kazakh post; ±25 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
        notes:
          "Not the Pavlovka checkpoint near Slavgorod in Altai Krai (see Naiza – Pavlovka (Slavgorod)). The seed page's 'Karaskusky' is taken to mean this post; it may instead mean the Karasuk railway crossing.",
      },
    ],
    operation: { value: "operating", sources: [listed("Karaskusky (Novosibirsk region)")] },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [{ ...classes, note: "Kosak is classified multilateral" }, { ...pavlovkaNskMapp, note: "Pavlovka is a multilateral road checkpoint (MAPP)" }, modesNote],
    },
  },
  {
    slug: "orsk",
    name: { en: "Alimbet – Orsk", ru: "Алимбет – Орск" },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Alimbet", ru: "Алимбет" },
          sources: [
            { ...reconstruction, note: "Alimbet, Aktobe region; the Russian post opposite is Orsk" },
            { ...orskSuspension, note: "Orsk is the Russian post adjacent to Alimbet" },
          ],
        },
        timeZone: "Asia/Aqtobe",
        location: {
          value: { lat: 51.0, lon: 58.35 },
          sources: [{ ...ed, note: "Approximate: on the border south of Orsk; ±15 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
      {
        country: "RU",
        postName: { value: { en: "Orsk", ru: "Орск" }, sources: [listed("Orsk (Orenburg region)"), reconstruction] },
        timeZone: "Asia/Yekaterinburg",
        location: {
          value: { lat: 51.0, lon: 58.35 },
          sources: [{ ...ed, note: "Same approximate point as the Kazakh post; ±15 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
    ],
    operation: {
      value: "operating",
      sources: [
        listed("Orsk (Orenburg region)"),
        {
          ...reconstruction,
          note: "In November 2025 the Kazakh border service said reconstruction at Alimbet may lengthen waits and that no restrictions had been introduced",
        },
      ],
      alternatives: [
        {
          value: "closed",
          sources: [
            {
              ...orskSuspension,
              note: "Russia announced that vehicles and cargo would not pass through Orsk from 1 February 2025 while Alimbet is repaired, for up to 16 months",
            },
          ],
        },
      ],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [{ ...classes, note: "Alimbet is classified multilateral" }, modesNote],
    },
  },
  {
    slug: "komsomolsky",
    name: { en: "Kondybay – Komsomolsky", ru: "Кондыбай – Комсомольский" },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Kondybay", ru: "Кондыбай" },
          sources: [kostanay("'Kondybay' (KZ) – 'Komsomolsky' (RU), a bilateral checkpoint"), { ...classes, note: "Kondybay: bilateral road checkpoint in Kostanay region" }],
        },
        timeZone: "Asia/Qostanay",
        location: {
          value: { lat: 52.2, lon: 61.2 },
          sources: [
            {
              ...ed,
              note: "Location not established: placed on the Kostanay border between Orenburg and Chelyabinsk regions; could be off by 100 km; needs verification",
            },
          ],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
      {
        country: "RU",
        postName: {
          value: { en: "Komsomolsky", ru: "Комсомольский" },
          sources: [
            listed("Komsomolsky (Orenburg region)"),
            { ...mariinskyFlood, note: "Rosgranstroy names Komsomolsky, with Nikolaevka and Bugristoye, as alternatives to the Chelyabinsk-region Mariinsky post" },
            {
              source: "chel-aif-checkpoints-2022",
              asOf: "2022-09",
              note: "The Chelyabinsk-region border with Kazakhstan has three checkpoints, Mariinsky, Nikolaevka and Bugristoye: Komsomolsky is not among them",
            },
          ],
        },
        timeZone: "Asia/Yekaterinburg",
        location: {
          value: { lat: 52.2, lon: 61.2 },
          sources: [{ ...ed, note: "Location not established; could be off by 100 km; needs verification" }],
        },
        hours: {
          value: "24/7",
          sources: [{ ...mariinskyFlood, note: "Nikolaevka, Komsomolsky and Bugristoye work around the clock (March 2025)" }],
        },
        notes:
          "The seed page puts Komsomolsky in Orenburg region. Rosgranstroy lists it among the alternatives to Mariinsky, a Chelyabinsk-region post, but AiF Chelyabinsk (September 2022) names only Mariinsky, Nikolaevka and Bugristoye on the Chelyabinsk-region border. Both regions are UTC+5.",
      },
    ],
    operation: { value: "operating", sources: [listed("Komsomolsky (Orenburg region)"), mariinskyFlood] },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "bilateral", otherModes: "unknown" },
      sources: [
        { ...classes, note: "Kondybay is classified bilateral (for citizens of Kazakhstan and Russia)" },
        kostanay("'Kondybay' (KZ) – 'Komsomolsky' (RU), listed under bilateral checkpoints"),
        modesNote,
      ],
    },
  },
  {
    slug: "isilkul",
    name: { en: "Karakoga – Isilkul", ru: "Каракога – Исилькуль" },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Karakoga", ru: "Каракога" },
          sources: [
            { ...ed, note: "That Karakoga is the Kazakh post opposite Isilkul is general knowledge; needs verification" },
            { ...classes, note: "Karakoga: multilateral road checkpoint in North Kazakhstan region" },
          ],
        },
        timeZone: "Asia/Almaty",
        location: {
          value: { lat: 54.88, lon: 71.1 },
          sources: [{ ...ed, note: "Approximate: on the border west of Isilkul; ±10 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
      {
        country: "RU",
        postName: { value: { en: "Isilkul", ru: "Исилькуль" }, sources: [listed("Isilkul (Omsk region)"), isilkul] },
        timeZone: "Asia/Omsk",
        location: {
          value: { lat: 54.88, lon: 71.1 },
          sources: [{ ...ed, note: "Same approximate point as the Kazakh post; ±10 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
        notes: "The busiest Omsk-region checkpoint: about 750,000 people and 274,000 vehicles in 2022, half of the region's border traffic.",
      },
    ],
    operation: { value: "operating", sources: [listed("Isilkul (Omsk region)"), isilkul] },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone", otherModes: "unknown" },
      sources: [{ ...classes, note: "Karakoga is classified multilateral" }, { ...isilkul, note: "People and vehicles cross here" }, modesNote],
    },
  },
  {
    slug: "ozinki",
    name: { en: "Taskala – Ozinki", ru: "Таскала – Озинки" },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Taskala", ru: "Таскала" },
          sources: [{ ...syrym, note: "Named as the pair 'Taskala (KZ) – Ozinki (RU)'" }],
        },
        timeZone: "Asia/Oral",
        location: {
          value: { lat: 51.15, lon: 50.0 },
          sources: [{ ...ed, note: "Approximate: on the border between Ozinki and Taskala; ±10 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
      {
        country: "RU",
        postName: { value: { en: "Ozinki", ru: "Озинки" }, sources: [listed("Ozinki (Saratov region)"), syrym] },
        timeZone: "Europe/Saratov",
        location: {
          value: { lat: 51.15, lon: 50.0 },
          sources: [{ ...ed, note: "Same approximate point as the Kazakh post; ±10 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
        notes: "Saratov time is UTC+4, an hour behind the Kazakh post.",
      },
    ],
    operation: {
      value: "operating",
      sources: [listed("Ozinki (Saratov region)"), { ...syrym, note: "Recommended as an alternative while Syrym – Mashtakovo is rebuilt (works planned until the end of 2026)" }],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "everyone" },
      sources: [
        { ...classes, note: "Taskala is classified multilateral" },
        {
          source: "fn-volga-ozinki-2022",
          asOf: "2022",
          note: "Undated report from the queue of autumn 2022: trucks, taxis and cars queue to the Ozinki post, and 'it is impossible to cross the border on foot at the Ozinki checkpoint'",
        },
      ],
    },
  },
  {
    slug: "nikolaevka",
    name: { en: "Ayat – Nikolaevka", ru: "Аят – Николаевка" },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Ayat", ru: "Аят" },
          sources: [kostanay("'Ayat' (KZ) – 'Nikolaevka' (RU), a bilateral checkpoint"), { ...classes, note: "Ayat: bilateral road checkpoint in Kostanay region" }],
        },
        timeZone: "Asia/Qostanay",
        location: {
          value: { lat: 53.3, lon: 61.25 },
          sources: [{ ...ed, note: "Approximate: on the Kostanay border east of Varna; ±20 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
      {
        country: "RU",
        postName: {
          value: { en: "Nikolaevka", ru: "Николаевка" },
          sources: [listed("Nikolaevka (Chelyabinsk region)"), mariinskyFlood],
        },
        timeZone: "Asia/Yekaterinburg",
        location: {
          value: { lat: 53.3, lon: 61.25 },
          sources: [{ ...ed, note: "Same approximate point as the Kazakh post (Varna district); ±20 km, needs verification" }],
        },
        hours: {
          value: "24/7",
          sources: [{ ...mariinskyFlood, note: "Nikolaevka, Komsomolsky and Bugristoye work around the clock (March 2025)" }],
        },
      },
    ],
    operation: { value: "operating", sources: [listed("Nikolaevka (Chelyabinsk region)"), mariinskyFlood] },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "bilateral", otherModes: "unknown" },
      sources: [
        { ...classes, note: "Ayat is classified bilateral (for citizens of Kazakhstan and Russia)" },
        kostanay("'Ayat' (KZ) – 'Nikolaevka' (RU), listed under bilateral checkpoints"),
        modesNote,
      ],
    },
  },
  {
    slug: "mariinsky",
    name: { en: "Zhelkuar – Mariinsky", ru: "Желкуар – Мариинский" },
    sides: [
      {
        country: "KZ",
        postName: {
          value: { en: "Zhelkuar", ru: "Желкуар" },
          sources: [{ ...mariinskyFlood, note: "The Kazakh post Zhelkuar is opposite the Russian post Mariinsky" }],
        },
        timeZone: "Asia/Qostanay",
        location: {
          value: { lat: 52.3, lon: 60.8 },
          sources: [{ ...ed, note: "Approximate: on the Bredy – Zhitikara road; ±15 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
      {
        country: "RU",
        postName: {
          value: { en: "Mariinsky", ru: "Мариинский" },
          sources: [listed("Mariinsky (Chelyabinsk region)"), mariinskyFlood],
        },
        timeZone: "Asia/Yekaterinburg",
        location: {
          value: { lat: 52.3, lon: 60.8 },
          sources: [{ ...ed, note: "Same approximate point as the Kazakh post; ±15 km, needs verification" }],
        },
        hours: { value: hoursUnknown, sources: [noHours] },
      },
    ],
    operation: {
      value: "operating",
      sources: [
        listed("Mariinsky (Chelyabinsk region)"),
        {
          ...mariinskyFlood,
          note: "Suspended from 17 March 2025 because of spring flooding on the Bersuat river; the approach road is prone to flooding in spring",
        },
      ],
    },
    traffic: {
      value: { modes: ["car", "bus", "truck"], who: "bilateral", otherModes: "unknown" },
      sources: [{ ...classes, note: "Zhelkuar is classified bilateral (for citizens of Kazakhstan and Russia)" }, modesNote],
    },
  },
];
