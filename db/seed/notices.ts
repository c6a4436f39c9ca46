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
  /** When it was announced (shown and fed as the notice's creation time). */
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
];
