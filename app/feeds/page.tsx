import type { Metadata } from "next";
import Link from "next/link";
import { listCrossingRecords } from "@/db/queries/crossings";
import { countryCodes } from "@/lib/baseline/schema";
import { countryName } from "@/lib/countries";
import { COUNTRY_FEED_LIMIT, CROSSING_FEED_LIMIT, FEED_WINDOW_DAYS } from "@/lib/feeds/build";
import { ATOM_TYPE, countryFeedPath, crossingFeedPath } from "@/lib/feeds/urls";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Feeds",
  description: "Atom feeds of traveller reports, notices and changes of state, per crossing and per country.",
  alternates: {
    types: { [ATOM_TYPE]: countryCodes.map((code) => ({ url: countryFeedPath(code), title: `${countryName(code)} border crossings (Atom)` })) },
  },
};

export default async function FeedsPage() {
  const crossings = await listCrossingRecords();
  return (
    <>
      <h1>Feeds</h1>
      <p>
        Follow a crossing, or every crossing of a country, in any feed reader. The feeds are{" "}
        <a href="https://www.rfc-editor.org/rfc/rfc4287">Atom</a>, carry the last {FEED_WINDOW_DAYS} days, and are shared under CC BY 4.0
        (credit “Crossings contributors”).
      </p>

      <h2>What an entry is</h2>
      <ul>
        <li>
          <strong>A traveller’s report</strong>, when it is posted: what they saw (open, closed, restricted), which way, how they travelled and how long
          they waited, with their notes. Reports hidden by moderators or withdrawn by their authors never appear, and no entry says who wrote it.
        </li>
        <li>
          <strong>A notice</strong> posted by a moderator: a dated closure or change, its dates in the crossing’s local time, and its source.
        </li>
        <li>
          <strong>A change of state</strong> (“Now closed — reports”): when a report or a notice changed what the crossing’s page would have said, with
          the reason. Changes by the published hours alone are not entries: those are known in advance and shown on each crossing’s page.
        </li>
      </ul>

      <h2>By country</h2>
      <p className="muted">Every crossing on that country’s borders, in one feed (the newest {COUNTRY_FEED_LIMIT} entries).</p>
      <ul>
        {countryCodes.map((code) => (
          <li key={code}>
            <a href={countryFeedPath(code)} type={ATOM_TYPE}>
              {countryName(code)}
            </a>{" "}
            <span className="muted small">
              <code>{countryFeedPath(code)}</code>
            </span>
          </li>
        ))}
      </ul>

      <h2>By crossing</h2>
      <p className="muted">
        Each crossing has its own feed (the newest {CROSSING_FEED_LIMIT} entries) at <code>/feeds/crossings/&lt;crossing&gt;.atom</code>, named as in
        the address of its page; a crossing’s page also announces its feed to browsers and readers.
      </p>
      <ul>
        {crossings.map((crossing) => (
          <li key={crossing.slug}>
            <Link href={`/crossings/${crossing.slug}`}>{crossing.baseline.name.en}</Link>{" "}
            <span className="muted small">
              ({crossing.baseline.sides.map((side) => countryName(side.country)).join(" – ")})
            </span>{" "}
            ·{" "}
            <a href={crossingFeedPath(crossing.slug)} type={ATOM_TYPE}>
              feed
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
