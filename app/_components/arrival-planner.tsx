import type { CrossingBaseline } from "@/lib/baseline/schema";
import { travelModes } from "@/lib/baseline/schema";
import type { PlannerResult } from "@/lib/status/planner-query";
import type { Status } from "@/lib/status/types";
import type { OpenWindow, StateChange } from "@/lib/status/next-window";
import { countryName } from "@/lib/countries";
import { modeLabels } from "@/lib/format/labels";
import { formatDayTime, zoneLabel } from "@/lib/format/time";
import { StatusPanel } from "@/app/_components/status-panel";
import { describedBy, Field } from "@/app/_components/field";

/** "Will it be open when I get there?" — a GET form, so it works before and without JavaScript. */
export function ArrivalPlanner({
  baseline,
  planner,
  planned,
  plannedChange,
  nextOpen,
  numbers,
  readerZone,
  now,
}: {
  baseline: CrossingBaseline;
  planner: PlannerResult;
  planned: Status | null;
  plannedChange: StateChange | null;
  nextOpen: OpenWindow | null;
  numbers: Map<string, number>;
  readerZone: string;
  now: Date;
}) {
  const home = baseline.sides[0].timeZone;
  const values = planner.kind === "empty" ? { date: "", time: "", mode: "" } : planner.values;
  const errors = planner.kind === "invalid" ? planner.errors : {};
  const describe = (name: "date" | "time" | "mode") => describedBy(`planner-${name}`, errors[name]);
  return (
    <section id="planner" className="card planner" aria-labelledby="planner-heading">
      <h2 id="planner-heading">Plan your arrival</h2>
      <p className="small muted">
        Date and time in {countryName(baseline.sides[0].country)} local time, {zoneLabel(home, now)}.
      </p>
      <form method="get" action="#planner" className="planner-form" noValidate>
        <Field id="planner-date" label="Date" error={errors.date}>
          <input id="planner-date" name="date" type="date" defaultValue={values.date} required {...describe("date")} />
        </Field>
        <Field id="planner-time" label="Time" error={errors.time}>
          <input id="planner-time" name="time" type="time" defaultValue={values.time} required {...describe("time")} />
        </Field>
        <Field id="planner-mode" label="Travelling by" error={errors.mode}>
          <select id="planner-mode" name="mode" defaultValue={values.mode} {...describe("mode")}>
            <option value="">Any (foreign traveller)</option>
            {travelModes.map((mode) => (
              <option key={mode} value={mode}>
                {modeLabels[mode]}
              </option>
            ))}
          </select>
        </Field>
        <button className="button" type="submit">
          Check
        </button>
      </form>
      {planner.kind === "invalid" ? (
        <p className="field-error" role="alert">
          Please correct the fields marked above.
        </p>
      ) : null}
      {planned ? (
        <div aria-live="polite">
          <StatusPanel baseline={baseline} status={planned} numbers={numbers} readerZone={readerZone} headingLevel={3} title="At your planned arrival" change={plannedChange} />
          {planned.state !== "open" ? (
            <p data-testid="next-open">
              {nextOpen ? (
                <>
                  <strong>{nextOpen.certainty === "open" ? "Next open window:" : "Not known to be open soon. Next time it may be open (hours not published):"}</strong> from {formatDayTime(nextOpen.from, home)}
                  {nextOpen.until ? ` until ${formatDayTime(nextOpen.until, home)}` : ""} {zoneLabel(home, nextOpen.from)}
                  {baseline.sides[1].timeZone !== home
                    ? ` (${formatDayTime(nextOpen.from, baseline.sides[1].timeZone)} ${zoneLabel(baseline.sides[1].timeZone, nextOpen.from)} on the ${countryName(baseline.sides[1].country)} side)`
                    : ""}
                  {readerZone !== home ? (
                    <>
                      {"; your time "}
                      <time data-reader="daytime" dateTime={nextOpen.from.toISOString()}>
                        {formatDayTime(nextOpen.from, readerZone)}
                      </time>
                    </>
                  ) : null}
                  .
                </>
              ) : (
                "Not open at any time in the coming year by the published schedule and notices."
              )}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
