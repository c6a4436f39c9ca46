import type { CrossingBaseline } from "@/lib/baseline/schema";
import type { Status } from "@/lib/status/types";
import { directionEnds, directions } from "@/lib/status/types";
import { statusHeadline } from "@/lib/status/headline";
import type { StateChange } from "@/lib/status/next-window";
import { shownWaits, type PastWaitRow } from "@/lib/status/wait-estimate";
import { nextOpening } from "@/lib/crossings/row";
import { waitInWords } from "@/lib/crossings/wait-words";
import { utcOffsetLabel, zoneLabel } from "@/lib/format/time";
import { getI18n } from "@/server/i18n";
import { crossingRecord, waitProfiles } from "@/db/queries/current";
import { localCountry, localName, reasonText, travellingByList } from "@/lib/i18n/reasons";
import { modesByNotice } from "@/lib/status/reason-message";
import { StateBadge } from "@/app/_components/state-badge";
import { Cite } from "@/app/_components/cite";

/** Past waits at every hour of the week (the typical-wait chart's, cached and already read by the
 * crossing page): wanted only while closed, for the typical wait when it opens. */
async function pastWaits(slug: string): Promise<PastWaitRow[] | null> {
  const record = await crossingRecord(slug);
  if (!record) return null;
  const profiles = await waitProfiles(record);
  return directions.flatMap((direction) => profiles[direction].histogram);
}

/** The state now (or at a planned time), why, how fresh, and what happens next. */
export async function StatusPanel({
  baseline,
  status,
  numbers,
  readerZone,
  headingLevel = 2,
  planned = headingLevel === 3,
  title,
  change,
}: {
  baseline: CrossingBaseline;
  status: Status;
  numbers: Map<string, number>;
  readerZone: string;
  headingLevel?: 2 | 3;
  /** A planned time (the headline leaves out freshness and unconfirmed reports); by default the
   * planner's panel (level 3). The planner's answer for now is not planned. */
  planned?: boolean;
  title: string;
  /** When the state (without reports) next changes, and to what. */
  change: StateChange | null;
}) {
  const { locale, t, f } = await getI18n();
  const s = t.crossing.status;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const home = baseline.sides[0].timeZone;
  // A dispute's claims name their sources by the numbers of the page's source list ("[2]").
  const citeNumber = (key: string) => (numbers.has(key) ? `[${numbers.get(key)}]` : undefined);
  // No wait now while closed: the typical wait when it opens instead, from past waits, if any.
  const history = nextOpening(status, change, []) ? await pastWaits(baseline.slug) : null;
  const shown = shownWaits(status, baseline, nextOpening(status, change, history));
  // Under notices that let some travellers through, a post's "closed" is for everyone else.
  const letThrough = status.state === "restricted" && status.basis === "notice" ? modesByNotice(status.reasons).open : [];
  return (
    <div className="status" data-testid="status" data-state={status.state} data-basis={status.basis} data-at={status.at.toISOString()}>
      <Heading className="status-title">{title}</Heading>
      <p className="status-line">
        <StateBadge state={status.state} locale={locale} large /> <strong>{statusHeadline(status, { planned, locale })}</strong>
      </p>
      <p className="small muted">
        {s.at} {f.dayTime(status.at, home)} {zoneLabel(home, status.at, locale)}
        {readerZone !== home ? (
          <>
            {" "}
            · {s.yourTime}{" "}
            <time data-reader="daytime" dateTime={status.at.toISOString()}>
              {f.dayTime(status.at, readerZone)}
            </time>
          </>
        ) : null}
        {status.mode ? ` · ${s.travelling(t.travellingBy[status.mode])}` : ""}
      </p>
      <ul className="reasons">
        {status.reasons.map((reason, index) => (
          <li key={index} data-reason={reason.message.key}>
            {reasonText(reason.message, locale, citeNumber)} {reason.sources?.length ? <Cite refs={reason.sources} numbers={numbers} /> : null}
          </li>
        ))}
      </ul>
      <ul className="side-states small">
        {baseline.sides.map((side, index) => {
          const sideStatus = status.sides[index as 0 | 1];
          return (
            <li key={index} data-side-state={sideStatus.state}>
              {(status.basis === "notice" ? s.sideByNotices : s.sideByHours)(
                localName(side.postName.value, locale),
                localCountry(side.country, locale),
                t.sideStates[sideStatus.state],
              )}
              {sideStatus.state === "closed" && letThrough.length ? s.sideExcept(travellingByList(letThrough, locale)) : ""}
              {sideStatus.holiday ? s.publicHoliday(sideStatus.holiday) : ""}
              {sideStatus.nextChange ? s.sideChanges(f.dayTime(sideStatus.nextChange, side.timeZone, status.at), utcOffsetLabel(sideStatus.nextChange, side.timeZone)) : ""}
            </li>
          );
        })}
      </ul>
      {change ? (
        <p className="small" data-testid="state-change">
          {s.change(
            status.basis === "notice",
            t.states[change.from].toLowerCase(),
            `${f.dayTime(change.at, home, status.at)} ${zoneLabel(home, change.at, locale)}`,
            t.inDuration(f.duration(change.at.getTime() - status.at.getTime())),
            t.states[change.state].toLowerCase(),
          )}
        </p>
      ) : null}
      <dl className="waits small">
        {shown.map((wait, index) => {
          const { from, to } = directionEnds(status.waits[index]!.direction, baseline.sides);
          return (
            <div key={index} data-testid="wait" data-wait={wait.kind}>
              <dt>{s.wait(localCountry(from.country, locale), localCountry(to.country, locale))}</dt>
              <dd>
                {waitInWords(wait, locale)}
                {wait.kind === "estimate" && wait.wait.basis === "baseline" && baseline.typicalWait ? (
                  <>
                    {" "}
                    <Cite refs={baseline.typicalWait.sources} numbers={numbers} />
                  </>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
