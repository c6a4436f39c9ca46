import type { Metadata } from "next";
import Link from "next/link";
import { listCrossingRecords } from "@/db/queries/crossings";
import type { CountryCode } from "@/lib/baseline/schema";
import { COUNTRY_FEED_LIMIT, CROSSING_FEED_LIMIT, FEED_WINDOW_DAYS } from "@/lib/feeds/build";
import { ATOM_TYPE, countryFeedPath, crossingFeedPath } from "@/lib/feeds/urls";
import { getI18n } from "@/server/i18n";
import { localCountry, localName } from "@/lib/i18n/reasons";

export const dynamic = "force-dynamic";

/** The countries with a feed: those on a side of some crossing, by code. */
function feedCountries(crossings: { baseline: { sides: readonly { country: CountryCode }[] } }[]): CountryCode[] {
  return [...new Set(crossings.flatMap((crossing) => crossing.baseline.sides.map((side) => side.country)))].sort();
}

export async function generateMetadata(): Promise<Metadata> {
  const [crossings, { t, locale }] = await Promise.all([listCrossingRecords(), getI18n()]);
  const p = t.pages.feeds;
  return {
    title: p.title,
    description: p.description,
    alternates: {
      types: { [ATOM_TYPE]: feedCountries(crossings).map((code) => ({ url: countryFeedPath(code), title: p.countryFeedTitle(localCountry(code, locale)) })) },
    },
  };
}

export default async function FeedsPage() {
  const [crossings, { t, locale }] = await Promise.all([listCrossingRecords(), getI18n()]);
  const p = t.pages.feeds;
  return (
    <>
      <h1>{p.title}</h1>
      <p>
        {p.introBefore}
        <a href="https://www.rfc-editor.org/rfc/rfc4287">Atom</a>
        {p.introAfter(FEED_WINDOW_DAYS)}
      </p>

      <h2>{p.entries}</h2>
      <ul>
        <li>
          <strong>{p.reportTitle}</strong>
          {p.reportText}
        </li>
        <li>
          <strong>{p.noticeTitle}</strong>
          {p.noticeText}
        </li>
        <li>
          <strong>{p.changeTitle}</strong>
          {p.changeText}
        </li>
      </ul>

      <h2>{p.byCountry}</h2>
      <p className="muted">{p.byCountryText(COUNTRY_FEED_LIMIT)}</p>
      <ul>
        {feedCountries(crossings).map((code) => (
          <li key={code}>
            <a href={countryFeedPath(code)} type={ATOM_TYPE}>
              {localCountry(code, locale)}
            </a>{" "}
            <span className="muted small">
              <code>{countryFeedPath(code)}</code>
            </span>
          </li>
        ))}
      </ul>

      <h2>{p.byCrossing}</h2>
      <p className="muted">
        {p.byCrossingBefore(CROSSING_FEED_LIMIT)}
        <code>/feeds/crossings/&lt;crossing&gt;.atom</code>
        {p.byCrossingAfter}
      </p>
      <ul>
        {crossings.map((crossing) => (
          <li key={crossing.slug}>
            <Link href={`/crossings/${crossing.slug}`}>{localName(crossing.baseline.name, locale)}</Link>{" "}
            <span className="muted small">({crossing.baseline.sides.map((side) => localCountry(side.country, locale)).join(" – ")})</span> ·{" "}
            <a href={crossingFeedPath(crossing.slug)} type={ATOM_TYPE}>
              {p.feed}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
