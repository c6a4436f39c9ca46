/**
 * Uzbekistan – Turkmenistan crossings added from docs/research/south-borders.md (issue 16).
 * Side 0 is the Uzbek side. No source gives usable coordinates (a directory's generated ones
 * for Farap are not used), so no side has a location. Hours exist only on directory pages,
 * undated and without a time zone: they are kept in the "unknown" comment, not as a schedule.
 */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";
import { ref, side } from "./build";

const daryo = ref("daryo-2023-04-13", "2023-04-13", "TM and UZ customs agreed to raise Alat – Farap capacity to 1,000 vehicles a day");
const ru24 = ref("ru24-azathabar-2025", "2025-02", "Capacity talks (4 Feb 2025) after the reconstruction of the Turkmen post Farap awtoýollary");
const nca2022 = ref("nca-2022-11-04", "2022-11-04", "From 7 Nov 2022 foreign and Turkmen truck drivers may enter, leave and transit via Dashoguz, Koneurgench and Farap");
const tmcars = ref("tmcars-2021", "2021-11", "Dashoguz – Shavat and Koneurgench – Khojeyli reopened for freight only from 26 Nov 2021");
const azathabar2021 = ref("azathabar-31581848", "2021-11");
const trvlland = ref("trvlland", "2026-12", "Undated directory page; time zone not stated");
const dirHours = (hours: string) => `Mo-Su unknown "only an undated directory gives hours (${hours}, time zone not stated)"`;

export const uzTm: CrossingBaselineInput[] = [
  {
    slug: "alat-farap",
    name: { en: "Alat – Farap", ru: "Алат – Фарап" },
    sides: [
      side("UZ", "Asia/Tashkent", { en: "Alat", ru: "Алат" }, [{ ...daryo, note: "UZ post Alat (Bukhara region)" }], {
        value: dirHours("08:30-18:00 with a 12:30-13:30 lunch; another directory says 24 hours"),
        sources: [trvlland],
      }),
      side("TM", "Asia/Ashgabat", { en: "Farap", ru: "Фарап" }, [daryo, ru24], {
        value:
          'Mo-Su unknown "only an undated directory gives hours (08:30-18:00 with a 12:30-13:30 lunch; another directory says 24 hours, time zone not stated); a traveller found the Turkmen side processing nobody during its lunch break"',
        sources: [trvlland, ref("hh2sg-2019", "2019-06", "Crossing in 2019: the Turkmen side processes nobody during its lunch break (no hours given)")],
      }),
    ],
    operation: { value: "operating", sources: [ru24, daryo] },
    traffic: {
      value: { modes: ["pedestrian", "car", "truck"], who: "everyone" },
      sources: [ref("hh2sg-2019", "2019-06", "A foreign traveller on a Turkmen transit visa crossed (Sarakhs to Farap, 2019); Turkmenistan requires a visa of everyone"), nca2022],
    },
    roadNotes: { value: "Between Bukhara and Turkmenabat; the Turkmen side processes nobody during its lunch break.", sources: [daryo, ref("hh2sg-2019", "2019-06")] },
  },
  {
    slug: "shavat-dashoguz",
    name: { en: "Shavat – Dashoguz", ru: "Шават – Дашогуз" },
    sides: [
      side("UZ", "Asia/Tashkent", { en: "Shavat", ru: "Шават" }, [azathabar2021], { value: dirHours("09:00-18:00"), sources: [trvlland] }),
      side("TM", "Asia/Ashgabat", { en: "Dashoguz", ru: "Дашогуз" }, [azathabar2021, tmcars], { value: dirHours("09:00-18:00"), sources: [trvlland] }),
    ],
    operation: {
      value: "operating",
      sources: [tmcars, ref("fergana-133793", "2024", "Turkmen guards at the Dashoguz post turn back Turkmen citizens transiting Uzbekistan to Russia, so it passes people")],
    },
    traffic: {
      value: { modes: ["truck"], who: "goods" },
      sources: [tmcars, nca2022],
      alternatives: [
        {
          value: { modes: ["pedestrian", "car"], who: "unknown" },
          sources: [ref("fergana-133793", "2024", "Turkmen citizens cross here (about 2024); nothing said of foreigners")],
        },
        { value: { modes: ["pedestrian", "car"], who: "everyone" }, sources: [ref("meggyesy-2013", "2013-09", "Foreign tourists left Turkmenistan here in 2013")] },
      ],
    },
  },
  {
    slug: "khojeyli-konye-urgench",
    name: { en: "Khojeyli – Konye-Urgench", ru: "Ходжейли – Кунья-Ургенч" },
    sides: [
      side("UZ", "Asia/Tashkent", { en: "Khojeyli", ru: "Ходжейли" }, [azathabar2021], { value: dirHours("09:00-18:00 daily"), sources: [trvlland] }),
      side("TM", "Asia/Ashgabat", { en: "Konye-Urgench", ru: "Кунья-Ургенч" }, [azathabar2021, tmcars], { value: dirHours("09:00-18:00 daily"), sources: [trvlland] }),
    ],
    operation: { value: "operating", sources: [tmcars] },
    traffic: {
      value: { modes: ["truck"], who: "goods" },
      sources: [tmcars, nca2022],
      alternatives: [
        {
          value: { modes: ["pedestrian", "car"], who: "everyone" },
          sources: [ref("thien-2015", "2015-01", "A foreign traveller was issued a transit visa at this border (2015)")],
        },
      ],
    },
  },
];
