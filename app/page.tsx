import Link from "next/link";
import { allCrossingsNow } from "@/db/queries/current";
import { countryPairKey } from "@/lib/countries";
import { getI18n } from "@/server/i18n";
import { intlLocales } from "@/lib/i18n/locale";
import { localCountry } from "@/lib/i18n/reasons";
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
  const { locale, t } = await getI18n();
  const l = t.crossing.list;
  const { records, statuses } = await allCrossingsNow();
  const all = records.map((record) => {
    const status = statuses.get(record.id)!;
    return summarizeCrossing(record.baseline, status.at, undefined, status, locale);
  });
  const name = (crossing: (typeof all)[number]) => (locale === "ru" && crossing.nameRu) || crossing.name;
  const collator = new Intl.Collator(intlLocales[locale]);
  all.sort((a, b) => collator.compare(name(a), name(b)));
  const post = (crossing: (typeof all)[number], index: 0 | 1) => (locale === "ru" && crossing.postsRu[index]) || crossing.posts[index];

  const pairs = [...new Set(all.map((crossing) => countryPairKey(...crossing.countries)))].sort();
  const pairLabel = (key: string) =>
    key
      .split("-")
      .map((code) => localCountry(code as CountryCode, locale))
      .join(" – ");
  const validPair = pairs.includes(pair) ? pair : "";
  const shown = filterCrossings(all, { q, pair: validPair || undefined });
  const filtered = q !== "" || validPair !== "";

  return (
    <>
      <h1>{l.title}</h1>
      <p className="muted intro">{l.intro}</p>
      <form className="search" role="search" action="/" method="get">
        <div>
          <label htmlFor="q">{l.searchLabel}</label>
          <input id="q" name="q" type="search" defaultValue={q} placeholder={l.searchPlaceholder} />
        </div>
        <div>
          <label htmlFor="pair">{l.border}</label>
          <select id="pair" name="pair" defaultValue={validPair}>
            <option value="">{l.allBorders}</option>
            {pairs.map((key) => (
              <option key={key} value={key}>
                {pairLabel(key)}
              </option>
            ))}
          </select>
        </div>
        <button className="button" type="submit">
          {l.search}
        </button>
      </form>

      <p className="result-count" aria-live="polite">
        {shown.length === all.length ? l.count(all.length) : l.countOf(shown.length, all.length)}
        {filtered ? (
          <>
            {" · "}
            <Link href="/">{l.showAll}</Link>
          </>
        ) : null}
      </p>

      {shown.length === 0 ? (
        <p>{l.noMatch}</p>
      ) : (
        <ul className="crossing-list">
          {shown.map((crossing) => (
            <li key={crossing.slug} className="crossing-card" data-testid="crossing-row">
              <h2>
                <Link href={crossingPath(crossing.slug)}>{name(crossing)}</Link>
              </h2>
              <StateBadge state={crossing.state} locale={locale} />
              <span className="countries">
                {localCountry(crossing.countries[0], locale)} ({post(crossing, 0)}) – {localCountry(crossing.countries[1], locale)} ({post(crossing, 1)})
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
