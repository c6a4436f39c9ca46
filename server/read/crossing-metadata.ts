import "server-only";
/** The crossing page's title, description and feed links (its generateMetadata). */
import type { Metadata } from "next";
import { crossingRecord } from "@/db/queries/current";
import { feedAlternatesFor } from "@/lib/feeds/urls";
import { localCountry, localName } from "@/lib/i18n/reasons";
import { getI18n } from "@/server/i18n";

/** The page's title, description and feed links, in the reader's language. */
export async function crossingPageMetadata(slug: string): Promise<Metadata> {
  const [record, { locale, t }] = await Promise.all([crossingRecord(slug), getI18n()]);
  if (!record) return { title: t.crossing.page.notFoundTitle };
  const [a, b] = record.baseline.sides;
  const name = localName(record.baseline.name, locale);
  return {
    alternates: feedAlternatesFor(slug, record.baseline.name.en),
    title: name,
    description: t.crossing.page.description(name, localCountry(a.country, locale), localCountry(b.country, locale)),
  };
}
