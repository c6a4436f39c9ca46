/**
 * Kyrgyzstan – Tajikistan crossings added from docs/research/kz-kg-uz-tj.md (issue 16).
 * Side 0 is the Kyrgyz side. No source gives coordinates, so no side has a location.
 * (Bor-Dobo – Kyzyl-Art is `kyzyl-art` in kg-tj.ts.)
 */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";
import { noHours, ref, side } from "./build";

const reopened2025 = ref(
  "economistkg-kgtj-2025-03-17",
  "2025-03-17",
  "KG Border Service: Kyzyl-Bel and Kairagach reopened 13 Mar 2025, round the clock, passengers and freight; Kyzyl-Bel international (KG, TJ and third-country citizens), Kairagach bilateral (KG and TJ citizens only)",
);
const reopened2025b = ref("uzsushi-kgtj-2025-03-13", "2025-03-13");
const karamyk = ref(
  "24kg-karamyk-bordobo-2025",
  "2025-07-08",
  "Karamyk and Bordobo resumed work on 8 Jul 2025, at a ceremony the two presidents joined by video link; a photo caption reads 'KPP Todzhvaron – Karamyk'",
);
const kulundu2019 = ref("kabar-kulundu-2019-09-17", "2019-09-17", "KG Border Service: Kulundu-avtodorozhny, multilateral and round the clock before 2021");
const closed2021 = ref(
  "uzsushi-24kg-tj-restrictions-2021",
  "2021-05",
  "KG Cabinet order No. 12-r of 21 May 2021 closed all five KG–TJ posts to Tajik citizens, goods and vehicles; Kulundu was not among the posts reopened in March or July 2025",
);
const tjNotNamed = (opposite: string) => ({ en: `Tajik post opposite ${opposite} (name not sourced)`, ru: `Таджикский пост напротив «${opposite}» (название не подтверждено)` });
const unnamed = { ...noHours, note: "No source we have names the Tajik post" };

export const kgTjMore: CrossingBaselineInput[] = [
  {
    slug: "kyzyl-bel",
    name: { en: "Kyzyl-Bel", ru: "Кызыл-Бел" },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Kyzyl-Bel", ru: "Кызыл-Бел" }, [reopened2025, reopened2025b], { value: "24/7", sources: [reopened2025] }),
      side("TJ", "Asia/Dushanbe", tjNotNamed("Kyzyl-Bel"), [unnamed], {
        value: "24/7",
        sources: [{ ...reopened2025, note: "Round the clock (KG Border Service statement on the crossing)" }],
      }),
    ],
    operation: { value: "operating", sources: [reopened2025, reopened2025b] },
    traffic: { value: { modes: ["pedestrian", "car", "truck"], who: "everyone" }, sources: [reopened2025] },
  },
  {
    slug: "kairagach",
    name: { en: "Kairagach", ru: "Кайрагач" },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Kairagach", ru: "Кайрагач" }, [reopened2025, reopened2025b], { value: "24/7", sources: [reopened2025] }),
      side("TJ", "Asia/Dushanbe", tjNotNamed("Kairagach"), [unnamed], {
        value: "24/7",
        sources: [{ ...reopened2025, note: "Round the clock (KG Border Service statement on the crossing)" }],
      }),
    ],
    operation: { value: "operating", sources: [reopened2025, reopened2025b] },
    traffic: { value: { modes: ["pedestrian", "car", "truck"], who: "bilateral" }, sources: [reopened2025] },
  },
  {
    slug: "karamyk",
    name: { en: "Karamyk", ru: "Карамык" },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Karamyk", ru: "Карамык" }, [karamyk, ref("orda-kg-tj-reopening-2025", "2025-03")]),
      side("TJ", "Asia/Dushanbe", { en: "Todzhvaron (spelling unverified)", ru: "Тоджварон (написание не подтверждено)" }, [
        { ...karamyk, note: "Only a photo caption 'KPP Todzhvaron – Karamyk' names the Tajik post" },
      ]),
    ],
    operation: { value: "operating", sources: [karamyk] },
    traffic: { value: { modes: ["car"], who: "unknown" }, sources: [{ ...karamyk, note: "A road post; whether third-country nationals may cross is not stated" }] },
  },
  {
    slug: "kulundu-ovchi-kalacha",
    name: { en: "Kulundu – Ovchi-Kalacha", ru: "Кулунду – Овчи-Калача" },
    sides: [
      side("KG", "Asia/Bishkek", { en: "Kulundu", ru: "Кулунду" }, [kulundu2019], {
        value: 'Mo-Su unknown "round the clock before its closure in May 2021; no current hours"',
        sources: [kulundu2019],
      }),
      side("TJ", "Asia/Dushanbe", { en: "Ovchi-Kalacha", ru: "Овчи-Калача" }, [
        ref("caviral-ovchi", "2026-12", "'Friendship Bridge' at the Ovchi-Kalacha – Kulundu post, Bobojon Gafurov district (undated)"),
      ]),
    ],
    operation: { value: "closed", sources: [closed2021, ref("24kg-karamyk-bordobo-2025", "2025-07-08", "The July 2025 reopening named Karamyk and Bordobo only")] },
    traffic: { value: { modes: ["pedestrian", "car", "truck"], who: "everyone" }, sources: [{ ...kulundu2019, note: "Multilateral before 2021" }] },
  },
];
