/**
 * Dated events from the sources, seeded as notices (issue 16: "dated events are notices, not
 * edits"): closures for reconstruction, holiday closures whose days differ from a side's usual
 * holiday policy, partial regimes. Past ones of the last three years are kept too: the history,
 * the feeds and the planner's "usual" patterns read them.
 *
 * Each notice has a stable key (its id is derived from it, so re-seeding updates it in place and
 * never duplicates it) and cites a source from db/seed/sources.ts. A notice a moderator has
 * withdrawn stays withdrawn: the seed never touches `withdrawn_at`, nor a notice it did not create.
 * Times are ISO instants with the offset of the post whose authority announced them.
 */
import type { TravelMode } from "@/lib/baseline/schema";
import type { SourceKey } from "@/db/seed/sources";

export interface SeedNotice {
  /** Stable, unique: lowercase words and digits joined by hyphens. */
  key: string;
  crossing: string;
  startsAt: string;
  /** null: until further notice. */
  endsAt: string | null;
  /** Which traffic it concerns; null: all traffic. */
  modes: TravelMode[] | null;
  effect: "closed" | "open" | "restricted";
  text: string;
  /** The source it rests on (db/seed/sources.ts): its title and URL are shown with the notice. */
  source: SourceKey;
  /** When it was announced (shown and fed as the notice's creation time): the source's date where
   * it gives the day, otherwise the notice's start. */
  announcedAt: string;
}

/** The five road checkpoints on the Kazakh–Chinese border, by crossing. */
const kzCnRoad = ["khorgos", "dostyk-alashankou", "bakhty-pokitu", "maykapchagay-zimunai", "kalzhat-dulata"] as const;

/** One closed day (or days) at each of the given crossings: the same text and source for all. */
function closedAt(slugs: readonly string[], keySuffix: string, startsAt: string, endsAt: string, text: string, source: SourceKey, announcedAt: string): SeedNotice[] {
  return slugs.map((crossing) => ({ key: `${crossing}-${keySuffix}`, crossing, startsAt, endsAt, modes: null, effect: "closed", text, source, announcedAt }));
}

// Holiday closures. The sources name the days the road checkpoints closed, not a rule for every
// public holiday, so each side's holiday policy is "unknown" (db/seed/data/kz-cn.ts, other.ts)
// and each named day of the last three years is a notice here.
const kzMay2024 =
  "Road checkpoints on the Kazakh–Chinese border closed to people, vehicles and cargo for the Kazakh holiday, except the Khorgos International Centre for Cross-Border Cooperation and the rail checkpoints (National Security Committee: 1, 7 and 9 May 2024).";
const kzIndependence2025 =
  "All five road checkpoints on the Kazakh–Chinese border to close on 16 and 17 December 2025 for Kazakh Independence Day (16 December); the rail checkpoints to work as usual (a Russian customs notice, via Sputnik).";
const cnNationalDay2025 = "Closed by the Chinese side for China's National Day and Mid-Autumn holidays 2025, on the days the Xinjiang Border Inspection listed for this port.";
const cnSpringFestival2026 =
  "Road checkpoints on the Kazakh–Chinese border closed to people, vehicles and cargo on 16–18 February 2026 for the Chinese Spring Festival; the rail checkpoints to work as usual (Kazakh State Revenue Committee).";

const holidayNotices: SeedNotice[] = [
  ...closedAt(kzCnRoad, "kz-holiday-2024-05-01", "2024-05-01T00:00:00+05:00", "2024-05-02T00:00:00+05:00", kzMay2024, "nur-kz-cn-may-holidays-2024", "2024-05-01T00:00:00+05:00"),
  ...closedAt(kzCnRoad, "kz-holiday-2024-05-07", "2024-05-07T00:00:00+05:00", "2024-05-08T00:00:00+05:00", kzMay2024, "nur-kz-cn-may-holidays-2024", "2024-05-07T00:00:00+05:00"),
  ...closedAt(kzCnRoad, "kz-holiday-2024-05-09", "2024-05-09T00:00:00+05:00", "2024-05-10T00:00:00+05:00", kzMay2024, "nur-kz-cn-may-holidays-2024", "2024-05-09T00:00:00+05:00"),
  ...closedAt(
    kzCnRoad,
    "independence-day-2025-12-16",
    "2025-12-16T00:00:00+05:00",
    "2025-12-17T00:00:00+05:00",
    kzIndependence2025,
    "lada-kz-cn-independence-day-2025",
    "2025-12-16T00:00:00+05:00",
  ),
  // Keys kept from the first seeding of these notices (17 December only), so re-seeding updates them.
  ...closedAt(
    kzCnRoad,
    "independence-day-2025-12-17",
    "2025-12-17T00:00:00+05:00",
    "2025-12-18T00:00:00+05:00",
    kzIndependence2025,
    "lada-kz-cn-independence-day-2025",
    "2025-12-17T00:00:00+05:00",
  ),
  // Xinjiang Border Inspection (Beijing time): every Kazakh–Chinese road port and Karasu (Kulma)
  // closed 1–3 and 6 October; Jeminay and Dulata also 5 October, Karasu 4–5 October (below).
  ...closedAt(
    [...kzCnRoad, "kulma-karasu"],
    "cn-national-day-2025-10-01",
    "2025-10-01T00:00:00+08:00",
    "2025-10-04T00:00:00+08:00",
    cnNationalDay2025,
    "xj-border-inspection-holidays-2025",
    "2025-09-26T00:00:00+08:00",
  ),
  ...closedAt(
    [...kzCnRoad, "kulma-karasu"],
    "cn-mid-autumn-2025-10-06",
    "2025-10-06T00:00:00+08:00",
    "2025-10-07T00:00:00+08:00",
    cnNationalDay2025,
    "xj-border-inspection-holidays-2025",
    "2025-09-26T00:00:00+08:00",
  ),
  ...closedAt(
    kzCnRoad,
    "cn-spring-festival-2026",
    "2026-02-16T00:00:00+05:00",
    "2026-02-19T00:00:00+05:00",
    cnSpringFestival2026,
    "qazaq24-kz-cn-spring-festival-2026",
    "2026-01-28T00:00:00+05:00",
  ),
];

export const seedNotices: SeedNotice[] = [
  // Zhibek Zholy – Gisht-Kuprik: shut since 5 Feb 2025 for the rebuilding of both posts. The end
  // is the date the Kazakh State Revenue Committee named; no source confirms the reopening, so
  // after it the baseline's operation ("unknown") speaks, not an "open" notice.
  {
    key: "zhibek-zholy-closed-2025-02",
    crossing: "zhibek-zholy-gisht-kuprik",
    startsAt: "2025-02-05T00:00:00+05:00",
    endsAt: "2025-06-05T00:00:00+05:00",
    modes: null,
    effect: "closed",
    text: "Closed to all traffic from 5 February 2025 for four months, to 5 June 2025, for modernisation works (Kazakh State Revenue Committee); trucks were sent to B. Konysbaev, Atameken, Kazygurt and Tazhen.",
    source: "trans-zhibek-zholy-2025",
    announcedAt: "2025-02-05T00:00:00+05:00",
  },
  {
    key: "zhibek-zholy-closed-2025-06",
    crossing: "zhibek-zholy-gisht-kuprik",
    startsAt: "2025-06-05T00:00:00+05:00",
    endsAt: "2026-07-31T00:00:00+05:00",
    modes: null,
    effect: "closed",
    text: "Still closed after the four months announced: in June 2025 Gisht-Kuprik remained closed for renovation and work at Zhibek Zholy had only recently begun (Uzbek Customs). The Kazakh State Revenue Committee named 31 July 2026 for reopening both posts (Kazinform, 2026); no source we have confirms that it reopened.",
    source: "qalampir-uz-kz-queue-2025",
    announcedAt: "2025-06-05T00:00:00+05:00",
  },
  {
    key: "maykapchagay-zimunai-national-day-2025-10-05",
    crossing: "maykapchagay-zimunai",
    startsAt: "2025-10-05T00:00:00+08:00",
    endsAt: "2025-10-06T00:00:00+08:00",
    modes: null,
    effect: "closed",
    text: "Jeminay port closed on 5 October 2025 too (Chinese National Day and Mid-Autumn holidays): closed 1–3 October, open 4 October, closed 5–6 October, open from 7 October (Xinjiang Border Inspection).",
    source: "xj-border-inspection-holidays-2025",
    announcedAt: "2025-09-26T00:00:00+08:00",
  },
  {
    key: "kalzhat-dulata-national-day-2025-10-05",
    crossing: "kalzhat-dulata",
    startsAt: "2025-10-05T00:00:00+08:00",
    endsAt: "2025-10-06T00:00:00+08:00",
    modes: null,
    effect: "closed",
    text: "Dulata port closed on 5 October 2025 too (Chinese National Day and Mid-Autumn holidays): closed 1–3 October, open 4 October, closed 5–6 October, open from 7 October (Xinjiang Border Inspection).",
    source: "xj-border-inspection-holidays-2025",
    announcedAt: "2025-09-26T00:00:00+08:00",
  },
  {
    key: "kulma-karasu-national-day-2025-10-04",
    crossing: "kulma-karasu",
    startsAt: "2025-10-04T00:00:00+08:00",
    endsAt: "2025-10-06T00:00:00+08:00",
    modes: null,
    effect: "closed",
    text: "Karasu port closed on 4–5 October 2025 too: closed 1–6 October for the Chinese National Day and Mid-Autumn holidays, open from 7 October (Xinjiang Border Inspection).",
    source: "xj-border-inspection-holidays-2025",
    announcedAt: "2025-09-26T00:00:00+08:00",
  },
  {
    key: "irkeshtam-national-day-2025-10-04",
    crossing: "irkeshtam",
    startsAt: "2025-10-04T00:00:00+08:00",
    endsAt: "2025-10-06T00:00:00+08:00",
    modes: ["pedestrian", "bicycle", "motorcycle", "car", "bus"],
    effect: "closed",
    text: "Irkeshtam: freight only on 4–5 October 2025, between the National Day closure (1–3 October) and the Mid-Autumn closure (6 October); no travellers were processed (Xinjiang Border Inspection; Kyrgyz Border Service).",
    source: "xj-border-inspection-holidays-2025",
    announcedAt: "2025-09-26T00:00:00+08:00",
  },
  {
    key: "irkeshtam-spring-festival-2026",
    crossing: "irkeshtam",
    startsAt: "2026-02-16T22:00:00+06:00",
    endsAt: "2026-02-20T08:00:00+06:00",
    modes: null,
    effect: "closed",
    text: "Closed to people, vehicles and cargo for the Chinese Spring Festival from 22:00 on 16 February to 08:00 on 20 February 2026 (Kyrgyz time), at the Chinese side's initiative; this final schedule replaced an earlier announcement (Kyrgyz Border Service).",
    source: "24kg-kg-cn-spring-festival-2026",
    announcedAt: "2026-02-16T22:00:00+06:00",
  },
  {
    key: "torugart-national-day-2025-10-04",
    crossing: "torugart",
    startsAt: "2025-10-04T00:00:00+08:00",
    endsAt: "2025-10-06T00:00:00+08:00",
    modes: ["pedestrian", "bicycle", "motorcycle", "car", "bus"],
    effect: "closed",
    text: "Torugart: freight only on 4–5 October 2025, between the National Day closure (1–3 October) and the Mid-Autumn closure (6 October); no travellers were processed (Xinjiang Border Inspection; Kyrgyz Border Service).",
    source: "xj-border-inspection-holidays-2025",
    announcedAt: "2025-09-26T00:00:00+08:00",
  },
  {
    key: "torugart-spring-festival-2026",
    crossing: "torugart",
    startsAt: "2026-02-16T22:00:00+06:00",
    endsAt: "2026-02-20T08:00:00+06:00",
    modes: null,
    effect: "closed",
    text: "Closed to people, vehicles and cargo for the Chinese Spring Festival from 22:00 on 16 February to 08:00 on 20 February 2026 (Kyrgyz time), at the Chinese side's initiative; this final schedule replaced an earlier announcement (Kyrgyz Border Service).",
    source: "24kg-kg-cn-spring-festival-2026",
    announcedAt: "2026-02-16T22:00:00+06:00",
  },
  // Zhelkuar – Mariinsky: spring flood closures on the Bersuat river (the road between the posts floods).
  {
    key: "mariinsky-flood-2024",
    crossing: "mariinsky",
    startsAt: "2024-03-29T00:00:00+05:00",
    endsAt: "2024-04-27T18:00:00+05:00",
    modes: null,
    effect: "closed",
    text: "Closed to people, vehicles, cargo and goods because of the spring floods in Kostanay region, from 29 March 2024 until 18:00 on 27 April 2024 (Kazakh Border Service).",
    source: "zhanalyq-zhelkuar-reopened-2024",
    announcedAt: "2024-03-29T00:00:00+05:00",
  },
  {
    key: "mariinsky-flood-2025",
    crossing: "mariinsky",
    startsAt: "2025-03-17T00:00:00+05:00",
    endsAt: "2025-04-02T00:00:00+05:00",
    modes: null,
    effect: "closed",
    text: "Closed to people, vehicles and cargo from 17 March 2025 because of flooding on the Bersuat river; Rosgranstroy announced on 2 April 2025 that passage had resumed. Nikolaevka, Komsomolsky and Bugristoye were the suggested alternatives.",
    source: "interfax-mariinsky-flood-2025",
    announcedAt: "2025-03-17T00:00:00+05:00",
  },
  // Syrym – Mashtakovo: the reconstruction of the Kazakh post Syrym (KazAvtoZhol), planned until 31 December 2026.
  {
    key: "syrym-mashtakovo-reconstruction-cars-2025",
    crossing: "syrym-mashtakovo",
    startsAt: "2025-08-04T00:00:00+05:00",
    endsAt: "2027-01-01T00:00:00+05:00",
    modes: ["pedestrian", "car"],
    effect: "closed",
    text: "Closed to cars and pedestrians from 4 August 2025 while the Kazakh post Syrym is rebuilt; the works are planned to last until about 31 December 2026. Alternatives: Taskala – Ozinki, Aksai – Ilek, Shagan – Teploye (citizens of Kazakhstan and Russia only).",
    source: "orenburg-news-syrym-2025",
    announcedAt: "2025-08-04T00:00:00+05:00",
  },
  {
    key: "syrym-mashtakovo-reconstruction-buses-2025",
    crossing: "syrym-mashtakovo",
    startsAt: "2025-09-01T00:00:00+05:00",
    endsAt: "2027-01-01T00:00:00+05:00",
    modes: ["bus"],
    effect: "closed",
    text: "Buses may cross only until 31 August 2025 during the reconstruction of Syrym, planned until about 31 December 2026.",
    source: "orenburg-news-syrym-2025",
    announcedAt: "2025-08-04T00:00:00+05:00",
  },
  {
    key: "syrym-mashtakovo-reconstruction-trucks-2025",
    crossing: "syrym-mashtakovo",
    startsAt: "2025-08-04T00:00:00+05:00",
    endsAt: "2027-01-01T00:00:00+05:00",
    modes: ["truck"],
    effect: "restricted",
    text: "Trucks cross only through the electronic queue, up to 500 a day, during the reconstruction of Syrym (planned until about 31 December 2026).",
    source: "orenburg-news-syrym-2025",
    announcedAt: "2025-08-04T00:00:00+05:00",
  },
  ...holidayNotices,
  // Caspian ferries (db/seed/data/ferries.ts): Azerbaijan admits foreigners only by air. The notice
  // ends with the latest extension of the regime found (to 06:00 on 1 July 2026, decided in March
  // 2026); after that who may board is "unknown" again, not "open".
  ...(["kuryk-alat-ferry", "turkmenbashi-alat-ferry"] as const).map((crossing): SeedNotice => ({
    key: `${crossing}-azerbaijan-entry-by-air-only`,
    crossing,
    startsAt: "2025-01-17T00:00:00+04:00",
    endsAt: "2026-07-01T06:00:00+04:00",
    modes: null,
    effect: "restricted",
    text: "Azerbaijan admits foreigners only by air: its State Border Service said in January 2025 that foreign citizens must enter by air and may leave without restriction, so foreigners may leave Azerbaijan by this ferry but not enter it. The special quarantine regime behind the rule was last extended, in March 2026, to 06:00 on 1 July 2026; whether it was extended again is not known.",
    source: "trend-sbs-air-entry-2025",
    announcedAt: "2025-01-17T00:00:00+04:00",
  })),
  // Kaplanbek – Navoi: shut for reconstruction from 1 December 2022 (the date Uzbekistan's customs
  // committee announced in November 2022, after the CIS heads of government met in Astana on 28
  // October 2022) until 27 January 2025, when it reopened "after a two-year break"; the Kazakh
  // Border Service still called Kaplanbek closed for repairs in May–June 2024. Then a limited
  // regime while the new post was commissioned, until 5 February 2025.
  {
    key: "kaplanbek-navoi-reconstruction-2022-12",
    crossing: "kaplanbek-navoi",
    startsAt: "2022-12-01T00:00:00+05:00",
    endsAt: "2025-01-27T00:00:00+05:00",
    modes: null,
    effect: "closed",
    text: "Closed for reconstruction and modernisation on both sides from 1 December 2022, as Uzbekistan's customs committee announced; both posts reopened on 27 January 2025 after a two-year break.",
    source: "canews-navoi-reopened-2025",
    announcedAt: "2025-01-29T00:00:00+05:00",
  },
  {
    key: "kaplanbek-navoi-commissioning-2025-01",
    crossing: "kaplanbek-navoi",
    startsAt: "2025-01-27T00:00:00+05:00",
    endsAt: "2025-02-05T00:00:00+05:00",
    modes: null,
    effect: "restricted",
    text: "Reopened after reconstruction with commissioning works: people, cars and buses pass in limited numbers from 27 January to 5 February 2025; full capacity expected from 5 February.",
    source: "canews-navoi-reopened-2025",
    announcedAt: "2025-01-29T00:00:00+05:00",
  },
  // Tazhen – Daut-Ata: people, cars, buses (and trucks under 3.5 t) barred from 1 February 2025 for
  // the rebuilding of Tazhen, extended by Kazakhstan to 31 December 2025; on 29 December 2025
  // Uzbekistan extended its own restriction at Daut-Ata with no end date. Heavy trucks kept crossing.
  {
    key: "tazhen-daut-ata-passengers-closed-2025-02",
    crossing: "tazhen-daut-ata",
    startsAt: "2025-02-01T00:00:00+05:00",
    endsAt: "2026-01-01T00:00:00+05:00",
    modes: ["pedestrian", "car", "bus"],
    effect: "closed",
    text: "Closed to people, passenger cars, buses and trucks under 3.5 t from 1 February 2025 for the rebuilding of Tazhen, extended to 31 December 2025 (Kazakh State Revenue Committee); heavy trucks still cross, and extra Nukus – Beineu trains run instead.",
    source: "trend-tazhen-2025",
    announcedAt: "2025-09-03T00:00:00+05:00",
  },
  {
    key: "daut-ata-passengers-closed-2025-12",
    crossing: "tazhen-daut-ata",
    startsAt: "2025-12-29T00:00:00+05:00",
    endsAt: null,
    modes: ["pedestrian", "car", "bus"],
    effect: "closed",
    text: "Uzbekistan's Customs Committee restricted pedestrians, passenger cars and buses at Daut-Ata for the reconstruction of the post (announced 29 December 2025); no end date was given.",
    source: "lada-daut-ata-2025-12-29",
    announcedAt: "2025-12-29T00:00:00+05:00",
  },
];
