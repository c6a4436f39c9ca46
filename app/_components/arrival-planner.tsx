import type { CrossingBaseline } from "@/lib/baseline/schema";
import { travelModes } from "@/lib/baseline/schema";
import type { PlannerResult } from "@/lib/status/planner-query";
import type { Status } from "@/lib/status/types";
import type { OpenWindow, StateChange } from "@/lib/status/next-window";
import { zoneLabel } from "@/lib/format/time";
import { getI18n } from "@/server/i18n";
import { localCountry } from "@/lib/i18n/reasons";
import { StatusPanel } from "@/app/_components/status-panel";
import { describedBy, Field } from "@/app/_components/field";

/** "Will it be open when I get there?" — a GET form, so it works before and without JavaScript. */
export async function ArrivalPlanner({
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
  const { locale, t, f } = await getI18n();
  const p = t.crossing.planner;
  const home = baseline.sides[0].timeZone;
  const otherZone = baseline.sides[1].timeZone;
  const values = planner.kind === "empty" ? { date: "", time: "", mode: "" } : planner.values;
  const errors = planner.kind === "invalid" ? planner.errors : {};
  const describe = (name: "date" | "time" | "mode") => describedBy(`planner-${name}`, errors[name]);
  // Asked about now, by this mode (a mode without a date and time).
  const nowBy = planner.kind === "ok" && planner.now ? planner.mode : undefined;
  return (
    <section id="planner" className="card planner" aria-labelledby="planner-heading" data-zone={home}>
      <h2 id="planner-heading">{p.title}</h2>
      <p className="small muted">{p.zoneNote(localCountry(baseline.sides[0].country, locale), zoneLabel(home, now, locale))}</p>
      <form method="get" action="#planner" className="planner-form" noValidate>
        <Field id="planner-date" label={p.date} error={errors.date}>
          <input id="planner-date" name="date" type="date" defaultValue={values.date} {...describe("date")} />
        </Field>
        <Field id="planner-time" label={p.time} error={errors.time}>
          <input id="planner-time" name="time" type="time" defaultValue={values.time} {...describe("time")} />
        </Field>
        <Field id="planner-mode" label={p.mode} error={errors.mode} hint={p.modeNowHint}>
          <select id="planner-mode" name="mode" defaultValue={values.mode} {...describedBy("planner-mode", errors.mode, p.modeNowHint)}>
            <option value="">{p.anyMode}</option>
            {travelModes.map((mode) => (
              <option key={mode} value={mode}>
                {t.modes[mode]}
              </option>
            ))}
          </select>
        </Field>
        <button className="button" type="submit">
          {p.check}
        </button>
      </form>
      {planner.kind === "invalid" ? (
        <p className="field-error" role="alert">
          {p.correct}
        </p>
      ) : null}
      {planned ? (
        <div aria-live="polite">
          <StatusPanel
            baseline={baseline}
            status={planned}
            numbers={numbers}
            readerZone={readerZone}
            headingLevel={3}
            // A mode without a date and time asks about now (lib/status/planner-query.ts): its
            // headline says how fresh and what unconfirmed reports say, as the state now does.
            planned={!nowBy}
            title={nowBy ? p.nowTitle(t.travellingBy[nowBy]) : p.plannedTitle}
            change={plannedChange}
          />
          {planned.state !== "open" ? (
            <p data-testid="next-open">
              {/* Open to some travellers only, and no mode asked: which ones is the reader's answer. */}
              {planned.state === "restricted" && planner.kind === "ok" && !planner.mode ? (
                p.pickMode
              ) : nextOpen ? (
                <>
                  <strong>{nextOpen.certainty === "open" ? p.nextOpen : p.nextMaybeOpen}</strong> {p.from} {f.dayTime(nextOpen.from, home, now)}
                  {nextOpen.until ? ` ${p.until} ${f.dayTime(nextOpen.until, home, now)}` : ""} {zoneLabel(home, nextOpen.from, locale)}
                  {otherZone !== home
                    ? ` (${f.dayTime(nextOpen.from, otherZone, now)} ${zoneLabel(otherZone, nextOpen.from, locale)} ${p.otherSide(localCountry(baseline.sides[1].country, locale))})`
                    : ""}
                  {readerZone !== home ? (
                    <>
                      {`; ${p.yourTime} `}
                      <time data-reader="daytime" dateTime={nextOpen.from.toISOString()}>
                        {f.dayTime(nextOpen.from, readerZone, now)}
                      </time>
                    </>
                  ) : null}
                  .
                </>
              ) : (
                p.neverOpen
              )}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
