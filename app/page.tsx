import Link from "next/link";
import { crossingListNow } from "@/db/queries/current";
import { countryPairKey } from "@/lib/countries";
import { getI18n } from "@/server/i18n";
import { intlLocales, type Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import { localCountry } from "@/lib/i18n/reasons";
import { filterCrossings, summarizeCrossing, type CrossingSummary } from "@/lib/crossings/summary";
import { listRow, type ListRow } from "@/lib/crossings/row";
import { crossingPath } from "@/lib/api/serialize";
import { StateBadge } from "@/app/_components/state-badge";
import { travelMode, travelModes, type CountryCode } from "@/lib/baseline/schema";
import { PinButton } from "@/app/_components/pin-button";
import { NearMeButton } from "@/app/_components/near-me-button";
import { readPins } from "@/server/pins";
import { MAX_PINS, splitPinned } from "@/lib/crossings/pins";
import { crossingPlace, type CrossingPlace } from "@/lib/crossings/distance";
import { distanceFrom, nearParam, parseNear, pointParam, sortByDistance, type Distance } from "@/lib/crossings/near";
import { cities } from "@/lib/crossings/cities";

export const dynamic = "force-dynamic";

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

type Row = CrossingSummary & { row: ListRow; place: CrossingPlace };

/**
 * The list: one dense row per crossing — its state, the wait each way with what it rests on,
 * how fresh, and the next change in its local time — so a phone's first screen answers for
 * several crossings. Search and filters are a GET form (no JavaScript): name or country,
 * border, mode of travel, open now, A–Z or grouped by border, and "near me" (nearest first from
 * a city, or from the device's rounded location with JavaScript: lib/crossings/near.ts). Pinned
 * crossings (the star, a cookie: lib/crossings/pins.ts) come first in a group of their own; the
 * page cache renders the list with pins for its reader alone (server/http/cache-key.ts).
 */
export default async function CrossingListPage({ searchParams }: PageProps<"/">) {
  const params = await searchParams;
  const q = (first(params.q) ?? "").slice(0, 100);
  const pair = first(params.pair) ?? "";
  const parsedMode = travelMode.safeParse(first(params.mode));
  const mode = parsedMode.success ? parsedMode.data : undefined;
  const openNow = first(params.open) === "1";
  const byBorder = first(params.order) === "border";
  const near = parseNear(first(params.near));
  const origin = near.kind === "city" || near.kind === "point" ? near.point : null;
  const { locale, t } = await getI18n();
  const l = t.crossing.list;
  const { pins: p, near: n } = t.pinsNear;
  // With a mode chosen, each row's state, waits and "open now" are for a traveller by that mode.
  const [{ records, statuses, changes, openingHistory }, pins] = await Promise.all([crossingListNow(mode), readPins()]);
  const all: Row[] = records.map((record) => {
    const status = statuses.get(record.id)!;
    return {
      ...summarizeCrossing(record.baseline, status.at, undefined, status, locale),
      row: listRow(record.baseline, status, changes.get(record.id) ?? null, openingHistory.get(record.id) ?? null, locale),
      place: crossingPlace(record.baseline),
    };
  });
  const name = (crossing: CrossingSummary) => (locale === "ru" && crossing.nameRu) || crossing.name;
  const collator = new Intl.Collator(intlLocales[locale]);
  all.sort((a, b) => collator.compare(name(a), name(b)));
  // Near me: nearest first, A–Z among equals and among those no source places (listed last).
  const ordered = origin ? sortByDistance(all, origin, (crossing) => crossing.place) : all;

  const pairLabel = (key: string) =>
    key
      .split("-")
      .map((code) => localCountry(code as CountryCode, locale))
      .join(" – ");
  const pairs = [...new Set(all.map((crossing) => countryPairKey(...crossing.countries)))].sort((a, b) => collator.compare(pairLabel(a), pairLabel(b)));
  const validPair = pairs.includes(pair) ? pair : "";
  const shown = filterCrossings(ordered, { q, pair: validPair || undefined, mode, openNow });
  const filtered = q !== "" || validPair !== "" || mode !== undefined || openNow;
  // Pinned crossings first, in a group of their own (with every row's information), then the rest.
  const { pinned, rest } = splitPinned(shown, pins);
  const restGroups: { key: string; label: string | null; rows: Row[] }[] = byBorder
    ? pairs.map((key) => ({ key, label: pairLabel(key), rows: rest.filter((crossing) => countryPairKey(...crossing.countries) === key) })).filter((group) => group.rows.length)
    : [{ key: "all", label: pinned.length ? p.others : null, rows: rest }];
  const groups = pinned.length ? [{ key: "pinned", label: p.pinned, rows: pinned }, ...restGroups.filter((group) => group.rows.length)] : restGroups;
  const pinnedSet = new Set(pins);
  // The page the stars come back to: this list as asked (the GET form's fields), without `pins=`.
  const back = listPath({
    q,
    pair: validPair,
    mode: mode ?? "",
    open: openNow ? "1" : "",
    order: byBorder ? "border" : "",
    near: nearParam(near),
  });
  const cityName = (city: (typeof cities)[number]) => (locale === "ru" && city.ru) || city.en;
  const originName = near.kind === "city" ? cityName(near.city) : near.kind === "point" ? n.yourLocation(pointParam(near.point)) : "";
  const unplaced = origin ? shown.filter((crossing) => !crossing.place.point).length : 0;
  const countriesWithCities = [...new Set(cities.map((city) => city.country))];

  return (
    <>
      <h1>{l.title}</h1>
      <p className="muted intro">{l.intro}</p>
      <form className="search" role="search" action="/" method="get">
        <div className="search-q">
          <label htmlFor="q">{l.searchLabel}</label>
          <div className="search-row">
            <input id="q" name="q" type="search" defaultValue={q} placeholder={l.searchPlaceholder} />
            <button className="button" type="submit">
              {l.search}
            </button>
          </div>
        </div>
        <div className="search-filter">
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
        <div className="search-filter">
          <label htmlFor="mode">{l.mode}</label>
          <select id="mode" name="mode" defaultValue={mode ?? ""}>
            <option value="">{l.anyMode}</option>
            {travelModes.map((value) => (
              <option key={value} value={value}>
                {t.modes[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="search-filter">
          <label htmlFor="order">{l.order}</label>
          <select id="order" name="order" defaultValue={byBorder ? "border" : ""}>
            <option value="">{l.byName}</option>
            <option value="border">{l.byBorder}</option>
          </select>
        </div>
        <div className="search-filter">
          <label htmlFor="near">{n.label}</label>
          <select id="near" name="near" defaultValue={nearParam(near)}>
            <option value="">{n.none}</option>
            {near.kind === "point" ? <option value={pointParam(near.point)}>{n.yourLocation(pointParam(near.point))}</option> : null}
            {countriesWithCities.map((country) => (
              <optgroup key={country} label={localCountry(country, locale)}>
                {cities
                  .filter((city) => city.country === country)
                  .map((city) => (
                    <option key={city.key} value={city.key}>
                      {cityName(city)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="search-check">
          <input id="open" name="open" type="checkbox" value="1" defaultChecked={openNow} />
          <label htmlFor="open">{l.openNow}</label>
        </div>
        <NearMeButton label={n.useLocation} locating={n.locating} denied={n.denied} selectId="near" />
      </form>

      {near.kind === "invalid" ? (
        <p className="list-message" role="alert" data-testid="near-invalid">
          {n.invalid}
        </p>
      ) : null}
      {first(params.pins) === "full" ? (
        <p className="list-message" role="alert" data-testid="pins-full">
          {p.full(MAX_PINS)}
        </p>
      ) : null}

      <p className="result-count" aria-live="polite">
        {shown.length === all.length ? l.count(all.length) : l.countOf(shown.length, all.length)}
        {filtered ? (
          <>
            {" · "}
            <Link href="/">{l.showAll}</Link>
          </>
        ) : null}
        {origin ? (
          <span data-testid="near-note">
            {" · "}
            {n.sortedFrom(originName)}
            {unplaced ? ` ${n.unplaced(unplaced)}` : ""}
          </span>
        ) : null}
      </p>

      {shown.length === 0 ? (
        <p>{l.noMatch}</p>
      ) : (
        groups.map((group) => (
          <section key={group.key} aria-labelledby={group.label ? `group-${group.key}` : undefined} className="crossing-group">
            {group.label ? (
              <h2 id={`group-${group.key}`} className="group-heading">
                {group.label}
              </h2>
            ) : null}
            <ul className="crossing-list">
              {group.rows.map((crossing) => (
                <CrossingRow
                  key={crossing.slug}
                  crossing={crossing}
                  name={name(crossing)}
                  heading={group.label ? "h3" : "h2"}
                  locale={locale}
                  l={l}
                  pin={{ pinned: pinnedSet.has(crossing.slug), back, label: pinnedSet.has(crossing.slug) ? p.unpin(name(crossing)) : p.pin(name(crossing)) }}
                  distance={origin ? distanceFrom(origin, crossing.place) : null}
                  n={n}
                />
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}

type ListMessages = Messages["crossing"]["list"];
type NearMessages = Messages["pinsNear"]["near"];

/** The list's URL for these GET-form fields (empty ones left out), as the form would send it. */
function listPath(fields: Record<string, string>): string {
  const query = new URLSearchParams(Object.entries(fields).filter(([, value]) => value !== "")).toString();
  return query ? `/?${query}` : "/";
}

/** "35 km", or "~35 km" where the crossing's point is approximate (said in words for screen readers). */
function DistanceText({ distance, n }: { distance: Distance; n: NearMessages }) {
  if (!distance.approximate) return <span data-testid="row-distance">{n.km(distance.km)}</span>;
  return (
    <span data-testid="row-distance" data-approximate="true">
      <span aria-hidden="true">{n.approxKm(distance.km)}</span>
      <span className="visually-hidden">
        {n.km(distance.km)}, {n.approxWhy(distance.uncertaintyKm)}
      </span>
    </span>
  );
}

/** Country codes on screen ("KG → KZ"), the countries' names for screen readers (and search). */
function Direction({ from, to, both, locale, l }: { from: CountryCode; to: CountryCode; both: boolean; locale: Locale; l: ListMessages }) {
  return (
    <>
      <span aria-hidden="true" className="row-direction">
        {from}
        {both ? " ⇄ " : " → "}
        {to}
      </span>
      <span className="visually-hidden">
        {both ? `${localCountry(from, locale)} – ${localCountry(to, locale)}, ${l.bothWays}` : `${localCountry(from, locale)} → ${localCountry(to, locale)}`}:
      </span>
    </>
  );
}

function CrossingRow({
  crossing,
  name,
  heading: Heading,
  locale,
  l,
  pin,
  distance,
  n,
}: {
  crossing: Row;
  name: string;
  heading: "h2" | "h3";
  locale: Locale;
  l: ListMessages;
  pin: { pinned: boolean; back: string; label: string };
  distance: Distance | null;
  n: NearMessages;
}) {
  const { row } = crossing;
  return (
    <li className="crossing-row" data-testid="crossing-row" data-slug={crossing.slug} data-pinned={pin.pinned ? "true" : undefined}>
      <PinButton slug={crossing.slug} pinned={pin.pinned} back={pin.back} label={pin.label} />
      <Heading className="row-name">
        <Link href={crossingPath(crossing.slug)}>{name}</Link>
      </Heading>
      <StateBadge state={crossing.state} locale={locale} />
      <p className="row-waits" data-testid="row-wait">
        <span className="visually-hidden">{l.waitLabel}: </span>
        {row.waits.map((wait, index) => (
          <span key={index} className={`row-wait${wait.uncertain ? " uncertain" : ""}`} data-wait={wait.kind}>
            <Direction from={wait.from} to={wait.to} both={wait.both} locale={locale} l={l} /> {wait.text}
          </span>
        ))}
      </p>
      {(crossing.state === "restricted" || crossing.state === "unknown" || crossing.basis === "notice") && crossing.rowReason ? (
        // Open, but perhaps not for this reader: who may cross, on one line (all of it in the page).
        // Unknown: why, in short ("Akbalshyk: hours not known."; 80 of 117 rows said nothing).
        // And any state a notice decides: "Closed" under a closure notice says which one (with
        // ?mode=car the row was "Closed" and nothing else).
        <p className={crossing.basis === "notice" || crossing.rowNotices ? "row-why by-notice" : "row-why"} data-testid="row-why">
          {crossing.rowReason}
        </p>
      ) : null}
      <p className="row-meta">
        {distance ? (
          <>
            <DistanceText distance={distance} n={n} />
            {" · "}
          </>
        ) : null}
        <span data-testid="row-freshness">{row.freshness}</span>
        {row.conflicting ? ` · ${l.conflicting}` : ""}
        {row.nextChange ? (
          <>
            {" · "}
            <span data-testid="row-next-change">{row.nextChange}</span>
          </>
        ) : null}
      </p>
    </li>
  );
}
