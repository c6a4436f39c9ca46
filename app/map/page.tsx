import type { Metadata } from "next";
import Link from "next/link";
import { crossingSummariesNow } from "@/db/queries/current";
import { StateBadge } from "@/app/_components/state-badge";
import { crossingPath } from "@/lib/api/serialize";
import { getI18n } from "@/server/i18n";
import { localCountry, localName } from "@/lib/i18n/reasons";
import { crossingsMapSvg } from "@/lib/map/svg";
import { legendStates, markerStyles } from "@/lib/map/markers";
import "./map.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.pages.map.title, description: t.pages.map.description };
}

export default async function MapPage() {
  const [summaries, { t, locale }] = await Promise.all([crossingSummariesNow(), getI18n()]);
  const m = t.pages.map;
  const crossings = summaries.map((crossing) => ({ ...crossing, name: localName({ en: crossing.name, ru: crossing.nameRu ?? undefined }, locale) }));
  // Built by lib/map/svg.ts, which escapes every piece of data text it writes.
  const svg = crossingsMapSvg(crossings, "map-caption", { locale, title: m.outlineTitle, states: t.states });
  const counts = Object.fromEntries(legendStates.map((state) => [state, crossings.filter((crossing) => crossing.state === state).length]));

  return (
    <>
      <h1>{m.heading}</h1>
      <p className="muted">{m.intro}</p>

      <figure className="map-figure">
        <div dangerouslySetInnerHTML={{ __html: svg }} />
        <figcaption id="map-caption">{m.caption(crossings.length, crossings.filter((crossing) => !crossing.location).length)}</figcaption>
      </figure>

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
        </ul>
      </section>

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{m.all}</h2>
        <ul className="map-list">
          {crossings.map((crossing) => (
            <li key={crossing.slug} data-testid="map-list-row">
              <Link href={crossingPath(crossing.slug)}>{crossing.name}</Link>
              <StateBadge state={crossing.state} locale={locale} />
              {crossing.location ? null : (
                <span className="small muted" data-testid="map-list-unplaced">
                  {m.notPlaced}
                </span>
              )}
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
