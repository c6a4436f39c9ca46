import type { CrossingBaseline } from "@/lib/baseline/schema";
import type { SourceStandings } from "@/lib/baseline/standing";
import type { NoticeInput } from "@/lib/status/types";
import type { ObservedHours } from "@/lib/history/observed-hours";
import { readerZones, zoneLabel } from "@/lib/format/time";
import { getI18n } from "@/server/i18n";
import { SideHours } from "./side-hours";

/** Each side's published hours and its coming week, with a plain form to pick the zone
 * "your time" is shown in (the browser's own is used when JavaScript is on). */
export async function Hours({
  slug,
  baseline,
  observed,
  standings,
  notices,
  numbers,
  moderator,
  readerZone,
  now,
}: {
  slug: string;
  baseline: CrossingBaseline;
  observed: [ObservedHours | null, ObservedHours | null];
  standings: SourceStandings;
  /** The notices the state took into account: the week table shows the days they close. */
  notices: NoticeInput[];
  numbers: Map<string, number>;
  moderator: boolean;
  readerZone: string;
  now: Date;
}) {
  const { t, locale } = await getI18n();
  const c = t.crossing;
  const zoneChoices = readerZones.includes(readerZone as (typeof readerZones)[number]) ? readerZones : [readerZone, ...readerZones];
  return (
    <section aria-labelledby="hours-heading">
      <h2 id="hours-heading">{c.hours.title}</h2>
      <form className="inline-form" method="get">
        <div>
          <label htmlFor="tz">{c.hours.showIn}</label>
          <select id="tz" name="tz" defaultValue={readerZone}>
            {zoneChoices.map((zone) => (
              <option key={zone} value={zone}>
                {zoneLabel(zone, now, locale)}
              </option>
            ))}
          </select>
        </div>
        <button className="button secondary" type="submit">
          {c.hours.show}
        </button>
      </form>
      <div className="sides">
        {baseline.sides.map((side, index) => (
          <SideHours
            key={side.country + index}
            slug={slug}
            baseline={baseline}
            index={index as 0 | 1}
            observed={observed[index as 0 | 1]}
            standings={standings}
            notices={notices}
            numbers={numbers}
            moderator={moderator}
            readerZone={readerZone}
            now={now}
          />
        ))}
      </div>
      {baseline.season?.value.range ? <p className="small">{c.hours.inSeason}</p> : null}
    </section>
  );
}
