/** Turning view models into the API's JSON shapes (lib/api/schemas.ts). */
import type { z } from "zod";
import type { crossingSummarySchema } from "@/lib/api/schemas";
import type { CrossingSummary } from "@/lib/crossings/summary";

export function crossingPath(slug: string): string {
  return `/crossings/${slug}`;
}

export function toApiSummary({ searchNames, ...summary }: CrossingSummary): z.input<typeof crossingSummarySchema> {
  void searchNames; // searched on the list page; not part of the API's summary
  return {
    ...summary,
    nextChange: summary.nextChange?.toISOString() ?? null,
    url: crossingPath(summary.slug),
  };
}
