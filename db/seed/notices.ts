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
    text: "Closed to all traffic for four months for works on the Uzbek post Gisht-Kuprik (Kazakh State Revenue Committee). Pedestrians were sent to Kaplanbek, B. Konysbaev, Syrdarya and Tselinny; trucks to B. Konysbaev, Atameken, Kazygurt and Tazhen.",
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
    text: "Still closed after the four months announced: Gisht-Kuprik was still being renovated in June 2025 (Uzbek Customs) and the Kazakh post Zhibek Zholy has been rebuilt since April 2025. The Kazakh State Revenue Committee named 31 July 2026 for reopening both posts (Kazinform, 2026); no source we have confirms that it reopened.",
    source: "qalampir-uz-kz-queue-2025",
    announcedAt: "2025-06-05T00:00:00+05:00",
  },
  // Holiday closures whose days differ from the side's usual policy (the usual days come from
  // the side's publicHolidays fact and date-holidays).
  {
    key: "khorgos-independence-day-2025-12-17",
    crossing: "khorgos",
    startsAt: "2025-12-17T00:00:00+05:00",
    endsAt: "2025-12-18T00:00:00+05:00",
    modes: null,
    effect: "closed",
    text: "Closed on 17 December 2025 as well as 16 December (Kazakh Independence Day): all five road checkpoints with China (Nur Zholy among them) did not work on 16–17 December; the rail checkpoints worked as usual.",
    source: "lada-kz-cn-independence-day-2025",
    announcedAt: "2025-12-17T00:00:00+05:00",
  },
  {
    key: "dostyk-alashankou-independence-day-2025-12-17",
    crossing: "dostyk-alashankou",
    startsAt: "2025-12-17T00:00:00+05:00",
    endsAt: "2025-12-18T00:00:00+05:00",
    modes: null,
    effect: "closed",
    text: "Closed on 17 December 2025 as well as 16 December (Kazakh Independence Day): all five road checkpoints with China (Dostyk among them) did not work on 16–17 December; the rail checkpoints worked as usual.",
    source: "lada-kz-cn-independence-day-2025",
    announcedAt: "2025-12-17T00:00:00+05:00",
  },
  {
    key: "bakhty-pokitu-independence-day-2025-12-17",
    crossing: "bakhty-pokitu",
    startsAt: "2025-12-17T00:00:00+05:00",
    endsAt: "2025-12-18T00:00:00+05:00",
    modes: null,
    effect: "closed",
    text: "Closed on 17 December 2025 as well as 16 December (Kazakh Independence Day): all five road checkpoints with China (Bakhty among them) did not work on 16–17 December; the rail checkpoints worked as usual.",
    source: "lada-kz-cn-independence-day-2025",
    announcedAt: "2025-12-17T00:00:00+05:00",
  },
  {
    key: "maykapchagay-zimunai-independence-day-2025-12-17",
    crossing: "maykapchagay-zimunai",
    startsAt: "2025-12-17T00:00:00+05:00",
    endsAt: "2025-12-18T00:00:00+05:00",
    modes: null,
    effect: "closed",
    text: "Closed on 17 December 2025 as well as 16 December (Kazakh Independence Day): all five road checkpoints with China (Maykapchagay among them) did not work on 16–17 December; the rail checkpoints worked as usual.",
    source: "lada-kz-cn-independence-day-2025",
    announcedAt: "2025-12-17T00:00:00+05:00",
  },
  {
    key: "kalzhat-dulata-independence-day-2025-12-17",
    crossing: "kalzhat-dulata",
    startsAt: "2025-12-17T00:00:00+05:00",
    endsAt: "2025-12-18T00:00:00+05:00",
    modes: null,
    effect: "closed",
    text: "Closed on 17 December 2025 as well as 16 December (Kazakh Independence Day): all five road checkpoints with China (Kalzhat among them) did not work on 16–17 December; the rail checkpoints worked as usual.",
    source: "lada-kz-cn-independence-day-2025",
    announcedAt: "2025-12-17T00:00:00+05:00",
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
];
