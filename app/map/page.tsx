import type { Metadata } from "next";
import Link from "next/link";
import { crossingRecords, crossingSummariesNow } from "@/db/queries/current";
import { StateBadge } from "@/app/_components/state-badge";
import { crossingPath } from "@/lib/api/serialize";
import type { CountryCode } from "@/lib/baseline/schema";
import { getI18n } from "@/server/i18n";
import { intlLocales } from "@/lib/i18n/locale";
import { localCountry, localName } from "@/lib/i18n/reasons";
import { locationUncertaintyKm } from "@/lib/crossings/distance";
import { placeCrossings } from "@/lib/map/layout";
import { borderViews, panViews, zoomOutView } from "@/lib/map/navigation";
import { APPROXIMATE_KM, isApproximate, mapWordsFor, renderMap } from "@/lib/map/svg";
import { GROUP_STYLE, legendStates, markerStyles } from "@/lib/map/markers";
import { parseMapQuery, viewHref } from "@/lib/map/view";
import "./map.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.pages.map.title, description: t.pages.map.description };
}

export default async function MapPage({ searchParams }: PageProps<"/map">) {
  const [summaries, records, { t, locale }, query] = await Promise.all([crossingSummariesNow(), crossingRecords(), getI18n(), searchParams.then(parseMapQuery)]);
  const m = t.pages.map;
  const v = m.views;
  const uncertainty = new Map(records.map((record) => [record.slug, locationUncertaintyKm(record.baseline)]));
  const crossings = summaries.map((crossing) => ({
    ...crossing,
    name: localName({ en: crossing.name, ru: crossing.nameRu ?? undefined }, locale),
    uncertaintyKm: uncertainty.get(crossing.slug) ?? 0,
  }));
  const { view } = query;
  const zoomed = view.zoom > 1;
  // Built by lib/map/svg.ts, which escapes every piece of data text it writes.
  const { svg, layout } = renderMap(crossings, "map-caption", mapWordsFor(locale), view);
  const counts = Object.fromEntries(legendStates.map((state) => [state, crossings.filter((crossing) => crossing.state === state).length]));
  const inView = new Set(layout.inView.map((crossing) => crossing.slug));
  const listed = zoomed ? crossings.filter((crossing) => inView.has(crossing.slug)) : crossings;
  const countryList = (codes: CountryCode[]) => {
    const names = codes.map((code) => localCountry(code, locale)).sort((a, b) => a.localeCompare(b, locale));
    return new Intl.ListFormat(intlLocales[locale], { type: "conjunction" }).format(names);
  };
  const borders = zoomed
    ? []
    : borderViews(placeCrossings(crossings))
        .map((border) => ({ ...border, name: `${localCountry(border.countries[0], locale)} – ${localCountry(border.countries[1], locale)}` }))
        .sort((a, b) => a.name.localeCompare(b.name, locale));
  const caption = zoomed
    ? v.zoomedCaption(view.zoom, listed.length, countryList([...new Set(listed.flatMap((crossing) => crossing.countries))]))
    : m.caption(crossings.length, crossings.filter((crossing) => !crossing.location).length);

  return (
    <>
      <h1>{m.heading}</h1>
      <p className="muted">{m.intro}</p>
      {query.ok ? null : (
        <p className="notice-error" role="alert" data-testid="map-query-error">
          {v.badQuery}
        </p>
      )}

      <figure className="map-figure">
        <div dangerouslySetInnerHTML={{ __html: svg }} />
        <figcaption id="map-caption">{caption}</figcaption>
      </figure>

      {zoomed ? (
        <nav aria-label={v.navigation} className="map-moves" data-testid="map-moves">
          <ul>
            <li>
              <Link href="/map">{v.whole}</Link>
            </li>
            <li>
              <Link href={viewHref(zoomOutView(view))}>{v.zoomOut(zoomOutView(view).zoom)}</Link>
            </li>
            {panViews(view).map((pan) => (
              <li key={pan.direction}>
                <Link href={viewHref(pan.view)}>{v.pan[pan.direction]}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <nav aria-labelledby="regions-heading" className="map-moves" data-testid="map-regions">
          <h2 id="regions-heading">{v.regions}</h2>
          <ul>
            {borders.map((border) => (
              <li key={border.countries.join("-")}>
                <Link href={viewHref(border.view)}>{v.region(border.name, border.count)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <section aria-labelledby="legend-heading">
        <h2 id="legend-heading">{m.legend}</h2>
        <ul className="map-legend" data-testid="map-legend">
          {legendStates.map((state) => {
            const style = markerStyles[state];
            return (
              <li key={state}>
                <svg viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">
                  <path d={style.d} fill={style.fill} stroke="#fff" strokeWidth={1.5} />
                  <text y={style.glyphY} fill="#fff" fontSize={13} fontWeight={700} textAnchor="middle" fontFamily="system-ui,sans-serif">
                    {style.glyph}
                  </text>
                </svg>
                <span>{m.legendItem(t.states[state], m.shapes[style.shape], style.glyph, counts[state] ?? 0)}</span>
              </li>
            );
          })}
          <li>
            <svg viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">
              <path d={GROUP_STYLE.d} fill={GROUP_STYLE.fill} />
              <text y={GROUP_STYLE.glyphY} fill="#fff" fontSize={13} fontWeight={700} textAnchor="middle" fontFamily="system-ui,sans-serif">
                3
              </text>
            </svg>
            <span>{v.groupLegend}</span>
          </li>
          <li>
            <svg viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">
              <path d={markerStyles.unknown.d} fill="#fff" stroke="#1c2630" strokeWidth={2} strokeDasharray="3 2" />
            </svg>
            <span>{v.approximateLegend(APPROXIMATE_KM)}</span>
          </li>
          {layout.items.some((item) => item.kind === "crossing" && item.spread) ? (
            <li>
              <svg viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">
                <path d="M-4-4L8 8" stroke="#1c2630" strokeWidth={1.5} />
                <circle cx={8} cy={8} r={2.5} fill="#1c2630" />
                <circle cx={-5} cy={-5} r={6} fill={markerStyles.open.fill} />
              </svg>
              <span>{v.spreadLegend}</span>
            </li>
          ) : null}
        </ul>
      </section>

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{zoomed ? v.inView : m.all}</h2>
        {zoomed ? (
          <p className="small muted">
            <Link href="/map#list-heading">{v.allOnWholeMap}</Link>
          </p>
        ) : null}
        <ul className="map-list">
          {listed.map((crossing) => (
            <li key={crossing.slug} data-testid="map-list-row">
              <Link href={crossingPath(crossing.slug)}>{crossing.name}</Link>
              <StateBadge state={crossing.state} locale={locale} />
              {crossing.location ? null : (
                <span className="small muted" data-testid="map-list-unplaced">
                  {m.notPlaced}
                </span>
              )}
              {isApproximate(crossing) ? (
                <span className="small muted" data-testid="map-list-approximate">
                  {v.markers.approximate(crossing.uncertaintyKm)}
                </span>
              ) : null}
              <span className="countries">
                {localCountry(crossing.countries[0], locale)} – {localCountry(crossing.countries[1], locale)}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <p className="small muted">
        {m.footerBefore}
        <Link href="/data">{m.footerData}</Link>
        {m.footerIncluding}
        <a href="/api/v1/exports/crossings.geojson">{m.footerGeojson}</a>
        {m.footerAfter}
      </p>
    </>
  );
}
