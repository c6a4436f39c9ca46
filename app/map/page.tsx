import type { Metadata } from "next";
import Link from "next/link";
import { listCrossingSummaries } from "@/db/queries/exports";
import { StateBadge } from "@/app/_components/state-badge";
import { crossingPath } from "@/lib/api/serialize";
import { countryName } from "@/lib/countries";
import { crossingsMapSvg } from "@/lib/map/svg";
import { legendStates, markerStyles } from "@/lib/map/markers";
import "./map.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Map",
  description: "Every Central Asian land border crossing on one map, with its state now: open, closed, restricted or unknown.",
};

export default async function MapPage() {
  const now = new Date();
  const crossings = await listCrossingSummaries(now);
  // Built by lib/map/svg.ts, which escapes every piece of data text it writes.
  const svg = crossingsMapSvg(crossings, "map-caption");
  const counts = Object.fromEntries(legendStates.map((state) => [state, crossings.filter((crossing) => crossing.state === state).length]));

  return (
    <>
      <h1>Map of crossings</h1>
      <p className="muted">
        Each crossing&rsquo;s state right now, from travellers&rsquo; reports, notices and both sides&rsquo; published
        hours. Choose a marker for the details; the same crossings are listed under the map.
      </p>

      <figure className="map-figure">
        <div dangerouslySetInnerHTML={{ __html: svg }} />
        <figcaption id="map-caption">
          {crossings.length} border crossings of Kazakhstan, Kyrgyzstan, Uzbekistan and Tajikistan with their
          neighbours, by state. Borders: Natural Earth (public domain).
        </figcaption>
      </figure>

      <section aria-labelledby="legend-heading">
        <h2 id="legend-heading">Legend</h2>
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
                <span>
                  {style.label} ({style.shape} with {style.glyph}): {counts[state]}
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">All crossings</h2>
        <ul className="map-list">
          {crossings.map((crossing) => (
            <li key={crossing.slug} data-testid="map-list-row">
              <Link href={crossingPath(crossing.slug)}>{crossing.name}</Link>
              <StateBadge state={crossing.state} />
              <span className="countries">
                {countryName(crossing.countries[0])} – {countryName(crossing.countries[1])}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <p className="small muted">
        The map is drawn on the server from bundled Natural Earth outlines: no map tiles are loaded. The same data is
        available as <Link href="/data">open data</Link>, including a{" "}
        <a href="/api/v1/exports/crossings.geojson">GeoJSON file</a> for your own maps.
      </p>
    </>
  );
}
