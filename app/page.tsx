import Link from "next/link";
import { listCrossingRecords } from "@/db/queries/crossings";
import { loadAllStatusInputs } from "@/db/queries/status";
import { countryName, countryPairKey } from "@/lib/countries";
import { filterCrossings, summarizeCrossing } from "@/lib/crossings/summary";
import { crossingPath } from "@/lib/api/serialize";
import { StateBadge } from "@/app/_components/state-badge";
import type { CountryCode } from "@/lib/baseline/schema";

export const dynamic = "force-dynamic";

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function CrossingListPage({ searchParams }: PageProps<"/">) {
  const params = await searchParams;
  const q = (first(params.q) ?? "").slice(0, 100);
  const pair = first(params.pair) ?? "";
  const now = new Date();
  const [records, inputs] = await Promise.all([listCrossingRecords(), loadAllStatusInputs(now)]);
  const all = records.map((record) => summarizeCrossing(record.baseline, now, inputs.get(record.id)));

  const pairs = [...new Set(all.map((crossing) => countryPairKey(...crossing.countries)))].sort();
  const pairLabel = (key: string) =>
    key
      .split("-")
      .map((code) => countryName(code as CountryCode))
      .join(" – ");
  const validPair = pairs.includes(pair) ? pair : "";
  const shown = filterCrossings(all, { q, pair: validPair || undefined });
  const filtered = q !== "" || validPair !== "";

  return (
    <>
      <h1>Border crossings</h1>
      <p className="muted intro">
        Open or closed right now, from travellers&rsquo; reports, notices and both sides&rsquo; published hours in
        their own time zones — with the reason and how fresh it is.
      </p>
      <form className="search" role="search" action="/" method="get">
        <div>
          <label htmlFor="q">Search by name or country</label>
          <input id="q" name="q" type="search" defaultValue={q} placeholder="e.g. Kegen, Irkeshtam, China" />
        </div>
        <div>
          <label htmlFor="pair">Border</label>
          <select id="pair" name="pair" defaultValue={validPair}>
            <option value="">All borders</option>
            {pairs.map((key) => (
              <option key={key} value={key}>
                {pairLabel(key)}
              </option>
            ))}
          </select>
        </div>
        <button className="button" type="submit">
          Search
        </button>
      </form>

      <p className="result-count" aria-live="polite">
        {shown.length === all.length ? `${all.length} crossings` : `${shown.length} of ${all.length} crossings`}
        {filtered ? (
          <>
            {" · "}
            <Link href="/">Show all</Link>
          </>
        ) : null}
      </p>

      {shown.length === 0 ? (
        <p>No crossing matches. Try a town, a post name or a country.</p>
      ) : (
        <ul className="crossing-list">
          {shown.map((crossing) => (
            <li key={crossing.slug} className="crossing-card" data-testid="crossing-row">
              <h2>
                <Link href={crossingPath(crossing.slug)}>{crossing.name}</Link>
              </h2>
              <StateBadge state={crossing.state} />
              <span className="countries">
                {countryName(crossing.countries[0])} ({crossing.posts[0]}) – {countryName(crossing.countries[1])} (
                {crossing.posts[1]})
              </span>
              <p className="reason">
                <strong>{crossing.headline}</strong>
                <br />
                <span className="muted">{crossing.reason}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
