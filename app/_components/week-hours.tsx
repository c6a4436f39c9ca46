import type { Side } from "@/lib/baseline/schema";
import { openIntervals } from "@/lib/schedule/side-schedule";
import { wallClockIn, zonedWallTimeToInstant } from "@/lib/schedule/zoned-time";
import { formatDay, formatTime, zoneLabel } from "@/lib/format/time";

const DAY_MS = 24 * 3600 * 1000;

/** An interval that runs to midnight ends at "24:00" that day, not at "00:00". */
function dayEnd(instant: Date, timeZone: string): string {
  const text = formatTime(instant, timeZone);
  return text === "00:00" ? "24:00" : text;
}

/** The coming seven days of one side's published hours, in its own zone and the reader's. */
export function WeekHours({ side, now, readerZone }: { side: Side; now: Date; readerZone: string }) {
  const today = wallClockIn(now, side.timeZone);
  const days = Array.from({ length: 7 }, (_, offset) => {
    const start = zonedWallTimeToInstant(
      { year: today.year, month: today.month, day: today.day + offset, hour: 0, minute: 0, second: 0 },
      side.timeZone,
    );
    const end = zonedWallTimeToInstant(
      { year: today.year, month: today.month, day: today.day + offset + 1, hour: 0, minute: 0, second: 0 },
      side.timeZone,
    );
    return { start, intervals: openIntervals(side.hours.value, side.timeZone, start, new Date(Math.min(end.getTime(), start.getTime() + DAY_MS + 3600000))) };
  });
  return (
    <table>
      <caption className="visually-hidden">
        Hours at {side.postName.value.en} for the next seven days
      </caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Local time</th>
          <th scope="col">
            Your time: <span data-reader-zone>{zoneLabel(readerZone, now)}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {days.map(({ start, intervals }) => (
          <tr key={start.toISOString()}>
            <th scope="row">{formatDay(start, side.timeZone)}</th>
            <td>
              {intervals.length === 0
                ? "Closed"
                : intervals.map((interval) => (
                    <div key={interval.from.toISOString()}>
                      {interval.unknown ? "Unknown" : `${formatTime(interval.from, side.timeZone)}–${dayEnd(interval.to, side.timeZone)}`}
                      {interval.unknown && interval.comment ? <span className="small muted"> ({interval.comment})</span> : null}
                    </div>
                  ))}
            </td>
            <td>
              {intervals
                .filter((interval) => !interval.unknown)
                .map((interval) => (
                  <div key={interval.from.toISOString()}>
                    <time data-reader="daytime" dateTime={interval.from.toISOString()}>
                      {formatDay(interval.from, readerZone)} {formatTime(interval.from, readerZone)}
                    </time>
                    –
                    <time data-reader="time" dateTime={interval.to.toISOString()}>
                      {formatTime(interval.to, readerZone)}
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
