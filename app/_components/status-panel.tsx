import type { CrossingBaseline } from "@/lib/baseline/schema";
import type { Status, WaitEstimate } from "@/lib/status/types";
import { statusHeadline } from "@/lib/status/headline";
import type { StateChange } from "@/lib/status/next-window";
import { stateLabels } from "@/lib/format/labels";
import { countryName } from "@/lib/countries";
import { formatDayTime, formatDuration, zoneLabel } from "@/lib/format/time";
import { StateBadge } from "@/app/_components/state-badge";
import { Cite } from "@/app/_components/cite";

const sideStateWords = { open: "open", closed: "closed", unknown: "unknown" } as const;

function waitText(wait: WaitEstimate): string {
  switch (wait.basis) {
    case "reports":
      return `about ${wait.minutes} min (median of ${wait.sampleSize} recent report${wait.sampleSize === 1 ? "" : "s"})`;
    case "history":
      return `about ${wait.minutes} min (typical at this hour of the week, from ${wait.sampleSize} earlier reports)`;
    case "baseline":
      return `${wait.range!.min}–${wait.range!.max} min (published typical range)`;
    default:
      return "no estimate yet";
  }
}

/** The state now (or at a planned time), why, how fresh, and what happens next. */
export function StatusPanel({
  baseline,
  status,
  numbers,
  readerZone,
  headingLevel = 2,
  title,
  change,
}: {
  baseline: CrossingBaseline;
  status: Status;
  numbers: Map<string, number>;
  readerZone: string;
  headingLevel?: 2 | 3;
  title: string;
  /** When the state (without reports) next changes, and to what. */
  change: StateChange | null;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const home = baseline.sides[0].timeZone;
  return (
    <div className="status" data-testid="status" data-state={status.state} data-basis={status.basis}>
      <Heading className="status-title">{title}</Heading>
      <p className="status-line">
        <StateBadge state={status.state} large /> <strong>{statusHeadline(status, { planned: headingLevel === 3 })}</strong>
      </p>
      <p className="small muted">
        At {formatDayTime(status.at, home)} {zoneLabel(home, status.at)}
        {readerZone !== home ? (
          <>
            {" "}
            · your time{" "}
            <time data-reader="daytime" dateTime={status.at.toISOString()}>
              {formatDayTime(status.at, readerZone)}
            </time>
          </>
        ) : null}
        {status.mode ? ` · travelling by ${status.mode}` : ""}
      </p>
      <ul className="reasons">
        {status.reasons.map((reason, index) => (
          <li key={index}>
            {reason.text} {reason.sources?.length ? <Cite refs={reason.sources} numbers={numbers} /> : null}
          </li>
        ))}
      </ul>
      <ul className="side-states small">
        {baseline.sides.map((side, index) => {
          const sideStatus = status.sides[index as 0 | 1];
          return (
            <li key={index}>
              {side.postName.value.en} ({countryName(side.country)}): {sideStateWords[sideStatus.state]} by its hours
              {sideStatus.holiday ? `, public holiday (${sideStatus.holiday})` : ""}
              {sideStatus.nextChange ? `; changes ${formatDayTime(sideStatus.nextChange, side.timeZone)} local time` : ""}
            </li>
          );
        })}
      </ul>
      {change ? (
        <p className="small" data-testid="state-change">
          By schedule{status.basis === "notice" ? " and notices" : ""}: {stateLabels[change.from].label.toLowerCase()} until{" "}
          {formatDayTime(change.at, home)} {zoneLabel(home, change.at)} (in {formatDuration(change.at.getTime() - status.at.getTime())}), then{" "}
          {stateLabels[change.state].label.toLowerCase()}.
        </p>
      ) : null}
      <dl className="waits small">
        {status.waits.map((wait) => {
          const [from, to] = wait.direction === "a-b" ? baseline.sides : [baseline.sides[1], baseline.sides[0]];
          return (
            <div key={wait.direction}>
              <dt>
                Wait {countryName(from.country)} → {countryName(to.country)}
              </dt>
              <dd>
                {waitText(wait)}
                {wait.basis === "baseline" && baseline.typicalWait ? <> <Cite refs={baseline.typicalWait.sources} numbers={numbers} /></> : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
