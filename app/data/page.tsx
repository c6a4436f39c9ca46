import type { Metadata } from "next";
import Link from "next/link";
import { EXPORT_ROW_CAP, REPORT_CSV_COLUMNS } from "@/lib/exports/csv";
import { DATA_LICENSE_URL } from "@/lib/exports/geojson";

export const metadata: Metadata = {
  title: "Open data",
  description: "Download every crossing as GeoJSON and every public traveller report as CSV, under CC BY 4.0.",
};

const numberFormat = new Intl.NumberFormat("en-GB");

export default function DataPage() {
  return (
    <>
      <h1>Open data</h1>
      <p>
        Everything Crossings shows publicly can be downloaded and reused: the crossings with their state, the baseline
        facts with their sources, and the travellers&rsquo; reports. No key or account is needed.
      </p>

      <section aria-labelledby="licence-heading">
        <h2 id="licence-heading">Licence</h2>
        <p>
          The data is published under the{" "}
          <a href={DATA_LICENSE_URL} rel="license">
            Creative Commons Attribution 4.0 International licence (CC BY 4.0)
          </a>
          . You may copy, share and adapt it, also commercially, if you credit <strong>&ldquo;Crossings contributors&rdquo;</strong>{" "}
          and link back to this site.
        </p>
        <p>
          Each baseline fact (hours, seasons, rules, fees) cites its own sources with their dates, listed on each
          crossing&rsquo;s page at <code>/crossings/&#123;slug&#125;</code> and in the API. Those sources have their
          own terms: credit them too when you reuse a fact that comes from them.
        </p>
      </section>

      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">Downloads</h2>
        <dl className="facts">
          <div>
            <dt>
              <a href="/api/v1/exports/crossings.geojson">Crossings as GeoJSON</a>{" "}
              <span className="muted small">(crossings.geojson)</span>
            </dt>
            <dd>
              One point per crossing (RFC 7946, longitude and latitude in WGS 84) with its slug, English and Russian
              names, the two countries, the state now (open, closed, restricted or unknown), what that state rests on
              (reports, a notice, the schedule or nothing), a one-line headline and the link to its page. Opens in
              QGIS, geojson.io, Leaflet or MapLibre. The licence and attribution are part of the file.
            </dd>
          </div>
          <div>
            <dt>
              <a href="/api/v1/exports/reports.csv">Traveller reports as CSV</a>{" "}
              <span className="muted small">(crossings-reports.csv)</span>
            </dt>
            <dd>
              <p>
                Every public report, newest observed first: what the traveller saw, when, in which direction, how long
                they waited, and how many readers confirmed or disputed it. Reports hidden by moderators or withdrawn
                by their authors are left out, and so is everything about who wrote them. The header row comes first;
                times are ISO 8601 in UTC; tags are separated by semicolons.
              </p>
              <p>
                Columns: <code>{REPORT_CSV_COLUMNS.join(", ")}</code>.
              </p>
              <p>
                At most {numberFormat.format(EXPORT_ROW_CAP)} reports per download. When there are more, the
                response&rsquo;s <code>Link</code> header (<code>rel=&quot;next&quot;</code>) gives the next part:{" "}
                <code>?before=</code> an ISO 8601 instant returns the reports observed before it.
              </p>
              <p>
                Text that a spreadsheet could run as a formula (starting with <code>=</code>, <code>+</code>,{" "}
                <code>-</code> or <code>@</code>) starts with an apostrophe in the file.
              </p>
            </dd>
          </div>
          <div>
            <dt>
              <Link href="/api/v1/crossings" prefetch={false}>
                The JSON API
              </Link>
            </dt>
            <dd>
              Every crossing with its state now at <code>/api/v1/crossings</code>; one crossing with its sourced
              baseline, its full status at any instant, and its reports under <code>/api/v1/crossings/&#123;slug&#125;</code>.
              See the <Link href="/api-docs">API documentation</Link> for every endpoint and field.
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">Map</h2>
        <p>
          The <Link href="/map">map of crossings</Link> shows the same states on country outlines from{" "}
          <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), drawn on the server: it loads no
          map tiles and works without JavaScript.
        </p>
      </section>

      <section aria-labelledby="caveats-heading">
        <h2 id="caveats-heading">Before you rely on it</h2>
        <ul>
          <li>States change quickly; every answer carries the time it was generated (<code>generatedAt</code>).</li>
          <li>Reports are what one traveller saw at one moment; they are moderated, not verified unless marked so.</li>
          <li>Where sources disagree, the crossing&rsquo;s page and the API show both: check before you travel.</li>
        </ul>
      </section>
    </>
  );
}
