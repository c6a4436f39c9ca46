import type { CrossingBaseline } from "@/lib/baseline/schema";
import type { SourceStandings } from "@/lib/baseline/standing";
import { sideIntervals } from "@/lib/status/evaluate";
import { wallClockIn, zonedWallTimeToInstant } from "@/lib/schedule/zoned-time";
import { zoneLabel, type Formatters } from "@/lib/format/time";
import { getI18n } from "@/server/i18n";
import { localName } from "@/lib/i18n/reasons";
import { dataText } from "@/lib/i18n/data-text";

const DAY_MS = 24 * 3600 * 1000;

/** An interval that runs to midnight ends at "24:00" that day, not at "00:00". */
function dayEnd(f: Formatters, instant: Date, timeZone: string): string {
  const text = f.time(instant, timeZone);
  return text === "00:00" ? "24:00" : text;
}

/** The coming seven days of one side, in its own zone and the reader's: the side's line of the
 * crossing's timeline (its hours, holidays, the season and operation), so out of season the
 * table says closed, as the status does. */
export async function WeekHours({
  baseline,
  sideIndex,
  standings,
  now,
  readerZone,
}: {
  baseline: CrossingBaseline;
  sideIndex: 0 | 1;
  standings: SourceStandings;
  now: Date;
  readerZone: string;
}) {
  const side = baseline.sides[sideIndex];
  const { t, f, locale } = await getI18n();
  const w = t.pages.weekHours;
  const today = wallClockIn(now, side.timeZone);
  const days = Array.from({ length: 7 }, (_, offset) => {
    const start = zonedWallTimeToInstant({ year: today.year, month: today.month, day: today.day + offset, hour: 0, minute: 0, second: 0 }, side.timeZone);
    const end = zonedWallTimeToInstant({ year: today.year, month: today.month, day: today.day + offset + 1, hour: 0, minute: 0, second: 0 }, side.timeZone);
    return { start, intervals: sideIntervals(baseline, standings, sideIndex, start, new Date(Math.min(end.getTime(), start.getTime() + DAY_MS + 3600000))) };
  });
  return (
    <table>
      <caption className="visually-hidden">{w.caption(localName(side.postName.value, locale))}</caption>
      <thead>
        <tr>
          <th scope="col">{w.day}</th>
          <th scope="col">{w.localTime}</th>
          <th scope="col">
            {w.yourTime} <span data-reader-zone>{zoneLabel(readerZone, now)}</span>
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
                    <div key={interval.from.toISOString()}>
                      {interval.unknown ? w.unknown : `${f.time(interval.from, side.timeZone)}–${dayEnd(f, interval.to, side.timeZone)}`}
                      {interval.unknown && interval.comment ? <span className="small muted"> ({dataText(interval.comment, locale)})</span> : null}
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
                    <time data-reader="time" dateTime={interval.to.toISOString()}>
                      {f.time(interval.to, readerZone)}
                    </time>
                  </div>
                ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
