import type { Metadata } from "next";
import Link from "next/link";
import { EXPORT_ROW_CAP, REPORT_CSV_COLUMNS } from "@/lib/exports/csv";
import { DATA_LICENSE_URL } from "@/lib/exports/geojson";
import { getI18n } from "@/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.pages.data.title, description: t.pages.data.description };
}

export default async function DataPage() {
  const { t } = await getI18n();
  const d = t.pages.data;
  return (
    <>
      <h1>{d.title}</h1>
      <p>{d.intro}</p>

      <section aria-labelledby="licence-heading">
        <h2 id="licence-heading">{d.licence}</h2>
        <p>
          {d.licenceBefore}
          <a href={DATA_LICENSE_URL} rel="license">
            {d.licenceName}
          </a>
          {d.licenceCredit}
          <strong>{d.credit}</strong>
          {d.licenceAfter}
        </p>
        <p>
          {d.sourcesBefore}
          <code>/crossings/&#123;slug&#125;</code>
          {d.sourcesAfter}
        </p>
      </section>

      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{d.downloads}</h2>
        <dl className="facts">
          <div>
            <dt>
              <a href="/api/v1/exports/crossings.geojson">{d.geojson}</a> <span className="muted small">(crossings.geojson)</span>
            </dt>
            <dd>{d.geojsonText}</dd>
          </div>
          <div>
            <dt>
              <a href="/api/v1/exports/reports.csv">{d.csv}</a> <span className="muted small">(crossings-reports.csv)</span>
            </dt>
            <dd>
              <p>{d.csvText}</p>
              <p>
                {d.columns}
                <code>{REPORT_CSV_COLUMNS.join(", ")}</code>
                {d.columnsAfter}
              </p>
              <p>
                {d.capBefore(EXPORT_ROW_CAP)}
                <code>Link</code>
                {d.capHeader}
                <code>rel=&quot;next&quot;</code>
                {d.capNext}
                <code>?before=</code>
                {d.capAfter}
              </p>
              <p>
                {d.formulaBefore}
                <code>=</code>, <code>+</code>, <code>-</code>
                {d.formulaOr}
                <code>@</code>
                {d.formulaAfter}
              </p>
            </dd>
          </div>
          <div>
            <dt>
              <Link href="/api/v1/crossings" prefetch={false}>
                {d.api}
              </Link>
            </dt>
            <dd>
              {d.apiBefore}
              <code>/api/v1/crossings</code>
              {d.apiOne}
              <code>/api/v1/crossings/&#123;slug&#125;</code>
              {d.apiSee}
              <Link href="/api-docs">{d.apiDocs}</Link>
              {d.apiAfter}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">{d.map}</h2>
        <p>
          {d.mapBefore}
          <Link href="/map">{d.mapLink}</Link>
          {d.mapFrom}
          <a href="https://www.naturalearthdata.com/">Natural Earth</a>
          {d.mapAfter}
        </p>
      </section>

      <section aria-labelledby="caveats-heading">
        <h2 id="caveats-heading">{d.caveats}</h2>
        <ul>
          <li>
            {d.caveatStatesBefore}
            <code>generatedAt</code>
            {d.caveatStatesAfter}
          </li>
          <li>{d.caveatReports}</li>
          <li>{d.caveatSources}</li>
        </ul>
      </section>
    </>
  );
}
