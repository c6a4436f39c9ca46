import type { CrossingBaseline } from "@/lib/baseline/schema";
import { holidayPolicyOf } from "@/lib/baseline/schema";
import { resolveClaims, type SourceStandings } from "@/lib/baseline/standing";
import type { NoticeInput } from "@/lib/status/types";
import { hoursAreUnknown, type ObservedHours } from "@/lib/history/observed-hours";
import { zoneLabel } from "@/lib/format/time";
import { dataText } from "@/lib/i18n/data-text";
import { localCountry, localName } from "@/lib/i18n/reasons";
import { getI18n } from "@/server/i18n";
import { Cite } from "@/app/_components/cite";
import { ObservedHoursNote } from "@/app/_components/observed-hours";
import { WeekHours } from "@/app/_components/week-hours";

/** One side's card: its post, local time, published hours (and what travellers found where
 * none are published), holidays, location and the coming week. */
export async function SideHours({
  slug,
  baseline,
  index,
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
  index: 0 | 1;
  observed: ObservedHours | null;
  standings: SourceStandings;
  notices: NoticeInput[];
  numbers: Map<string, number>;
  moderator: boolean;
  readerZone: string;
  now: Date;
}) {
  const { locale, t, f } = await getI18n();
  const c = t.crossing;
  const side = baseline.sides[index];
  // The claims in force first (what the answer rests on), then what earlier sources said:
  // "Published hours" was the first claim in the data even when a later source superseded it.
  const { current, superseded } = resolveClaims(side.hours, standings);
  const [inForce, ...others] = current;
  return (
    <section className="card" aria-labelledby={`side-${index}`} data-testid={`side-${index}`}>
      <h3 id={`side-${index}`}>
        {localName(side.postName.value, locale)}
        {side.postName.value.ru ? (
          <span lang={locale === "ru" ? "en" : "ru"} className="muted small">
            {" "}
            {locale === "ru" ? side.postName.value.en : side.postName.value.ru}
          </span>
        ) : null}{" "}
        · {localCountry(side.country, locale)}
      </h3>
      <p className="small muted">{c.hours.localZone(zoneLabel(side.timeZone, now, locale), f.dayTime(now, side.timeZone, now))}</p>
      <p data-testid={`side-${index}-hours`}>
        {c.hours.published} <code>{inForce!.value}</code> <Cite refs={inForce!.sources} numbers={numbers} />
      </p>
      {hoursAreUnknown(side.hours.value) ? <ObservedHoursNote slug={slug} side={index} observed={observed} moderator={moderator} /> : null}
      {others.map((alternative, alt) => (
        <p key={alt} className="alt">
          {c.hours.another} <code>{alternative.value}</code> <Cite refs={alternative.sources} numbers={numbers} />
        </p>
      ))}
      {superseded.map((old, alt) => (
        <p key={`old-${alt}`} className="alt muted">
          {c.hours.superseded(f.asOf(old.until))} <code>{old.claim.value}</code> <Cite refs={old.claim.sources} numbers={numbers} />
        </p>
      ))}
      {side.publicHolidays ? (
        <p className="small">
          {c.hours.holidays} {c.hours.holidayPolicy[holidayPolicyOf(side.publicHolidays.value).effect]} <Cite refs={side.publicHolidays.sources} numbers={numbers} />
        </p>
      ) : null}
      <p className="small" data-testid={`side-${index}-location`}>
        {side.location ? (
          <>
            {c.hours.location} {t.moderation.facts.location(side.location.value.lat, side.location.value.lon)} <Cite refs={side.location.sources} numbers={numbers} />
          </>
        ) : (
          c.hours.locationUnknown
        )}
      </p>
      <WeekHours baseline={baseline} sideIndex={index} standings={standings} notices={notices} now={now} readerZone={readerZone} />
      {side.notes ? <p className="small">{dataText(side.notes, locale)}</p> : null}
    </section>
  );
}
