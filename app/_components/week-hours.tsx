import type { CrossingBaseline } from "@/lib/baseline/schema";
import type { SourceStandings } from "@/lib/baseline/standing";
import type { NoticeInput } from "@/lib/status/types";
import { weekTable } from "@/lib/status/week-table";
import { zoneLabel, type Formatters } from "@/lib/format/time";
import { getI18n } from "@/server/i18n";
import { localName, travellingByList } from "@/lib/i18n/reasons";
import { dataText } from "@/lib/i18n/data-text";

/** An interval that runs to midnight ends at "24:00" that day, not at "00:00". */
function dayEnd(f: Formatters, instant: Date, timeZone: string): string {
  const text = f.time(instant, timeZone);
  return text === "00:00" ? "24:00" : text;
}

/** The coming seven days of one side, in its own zone and the reader's: the side's line of the
 * crossing's timeline (its hours, holidays, the season, operation and notices:
 * lib/status/week-table.ts), so out of season or on a day a notice closes the table says closed,
 * as the status does — and where notices let some travellers through a closure, open only to
 * them ("by truck only (notice)"), as each post's line does. */
export async function WeekHours({
  baseline,
  sideIndex,
  standings,
  notices,
  now,
  readerZone,
}: {
  baseline: CrossingBaseline;
  sideIndex: 0 | 1;
  standings: SourceStandings;
  notices: NoticeInput[];
  now: Date;
  readerZone: string;
}) {
  const side = baseline.sides[sideIndex];
  const { t, f, locale } = await getI18n();
  const w = t.pages.weekHours;
  const days = weekTable(baseline, standings, notices, sideIndex, now);
  return (
    <table>
      <caption className="visually-hidden">{w.caption(localName(side.postName.value, locale))}</caption>
      <thead>
        <tr>
          <th scope="col">{w.day}</th>
          <th scope="col">{w.localTime}</th>
          <th scope="col">
            {w.yourTime} <span data-reader-zone>{zoneLabel(readerZone, now, locale)}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {days.map(({ start, intervals }) => (
          <tr key={start.toISOString()}>
            <th scope="row">{f.day(start, side.timeZone)}</th>
            <td>
              {intervals.length === 0
                ? w.closed
                : intervals.map((interval) => (
                    <div
                      key={interval.from.toISOString()}
                      data-interval={interval.onlyModes ? "only" : interval.unknown ? "unknown" : "open"}
                      data-from={interval.from.toISOString()}
                      data-to={interval.to.toISOString()}
                    >
                      {interval.unknown ? w.unknown : ""}
                      {interval.timed ? `${interval.unknown ? " " : ""}${f.time(interval.from, side.timeZone)}–${dayEnd(f, interval.to, side.timeZone)}` : null}
                      {interval.unknown && interval.comment ? <span className="small muted"> ({dataText(interval.comment, locale)})</span> : null}
                      {interval.onlyModes ? <strong> {w.only(travellingByList(interval.onlyModes, locale))}</strong> : null}
                    </div>
                  ))}
            </td>
            <td>
              {intervals
                .filter((interval) => !interval.unknown)
                .map((interval) => (
                  <div key={interval.from.toISOString()}>
                    <time data-reader="daytime" dateTime={interval.from.toISOString()}>
                      {f.day(interval.from, readerZone)} {f.time(interval.from, readerZone)}
                    </time>
                    –
                    {/* With its day when it ends on another day: a 24-hour day read in another
                        zone was "Sun 6 Dec 18:00–18:00". */}
                    <time data-reader="end" data-from={interval.from.toISOString()} dateTime={interval.to.toISOString()}>
                      {f.day(interval.to, readerZone) === f.day(interval.from, readerZone)
                        ? f.time(interval.to, readerZone)
                        : `${f.day(interval.to, readerZone)} ${f.time(interval.to, readerZone)}`}
                    </time>
                    {interval.onlyModes ? ` ${w.only(travellingByList(interval.onlyModes, locale))}` : null}
                  </div>
                ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
