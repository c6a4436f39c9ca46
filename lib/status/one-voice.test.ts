/**
 * One voice per page (issue 19): the crossing page's headline, its reasons, each side's line, the
 * seven-day table and the arrival planner all come from one computed state, so they cannot
 * disagree. For every seeded crossing, with its seeded notices, at many instants (random ones over
 * two years and ones next to every change of its timeline: seasons, holidays, lunch breaks,
 * nights, notices), this works out each part exactly as the page does — `crossingState` (what
 * db/queries/crossing-state.ts returns for the state now and for a planned arrival),
 * `statusHeadline` and `reasonText` (app/_components/status-panel.tsx), `weekTable`
 * (app/_components/week-hours.tsx), `parsePlannerQuery` (the planner's form) — and checks that
 * what they say agrees.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sources } from "@/db/seed/sources";
import { validatedSeed, seededNoticeInputs } from "@/db/seed/seed";
import type { CrossingBaseline, TravelMode } from "@/lib/baseline/schema";
import { travelModes } from "@/lib/baseline/schema";
import type { SourceStandings } from "@/lib/baseline/standing";
import { messagesFor } from "@/lib/i18n/messages";
import { reasonHeadlineText } from "@/lib/i18n/reasons";
import { wallClockIn } from "@/lib/schedule/zoned-time";
import { crossingState } from "@/lib/status/crossing-state";
import { timelineOf } from "@/lib/status/evaluate";
import { statusHeadline } from "@/lib/status/headline";
import { parsePlannerQuery } from "@/lib/status/planner-query";
import { eligibilityKind, type ReasonKey } from "@/lib/status/reason-message";
import type { NoticeInput, SideState, Status } from "@/lib/status/types";
import { weekTable, type WeekDay } from "@/lib/status/week-table";

const standings: SourceStandings = Object.fromEntries(sources.map((source) => [source.key, source.standing]));
const { baselines } = validatedSeed();
const noticesOf = seededNoticeInputs(new Set(baselines.map((baseline) => baseline.slug)));

const FROM = Date.parse("2025-06-01T00:00:00Z");
const TO = Date.parse("2027-06-01T00:00:00Z");
const MINUTE = 60_000;
const DAY = 86400_000;
const en = messagesFor("en");

/** Reasons that say something is certainly closed, or only maybe open; "out of season" is either
 * (a season whose outside is closed, or not known). */
const CLOSING: ReadonlySet<ReasonKey> = new Set(["sideClosed", "holidayCloses", "outOfOperation"]);
const UNCERTAIN: ReadonlySet<ReasonKey> = new Set(["sideHoursUnknown", "sourcesDisagree", "holidayMaybe", "factDisagrees", "operationUnknown", "scheduleTooComplex"]);
/** Reasons a headline "Hours unknown" may rest on: a side's hours. */
const HOURS_UNKNOWN: ReadonlySet<ReasonKey> = new Set(["sideHoursUnknown", "sourcesDisagree"]);

/** What the seven-day table's cell says of the side at an instant: the stretch holding it. */
function cellAt(days: WeekDay[], instant: number): SideState | null {
  const last = days.at(-1)!;
  if (instant < days[0]!.start.getTime() || instant >= last.start.getTime() + 25 * 3600_000) return null;
  for (const day of days)
    for (const interval of day.intervals)
      // A stretch open only to the modes notices let through is the line's "closed …, except by truck".
      if (interval.from.getTime() <= instant && instant < interval.to.getTime()) return interval.onlyModes ? "closed" : interval.unknown ? "unknown" : "open";
  return "closed";
}

/** The table's stretches run together over midnight (each day's row is cut at its midnight). */
function tableEnd(days: WeekDay[]): number {
  const last = days.at(-1)!;
  return last.intervals.at(-1)?.to.getTime() ?? last.start.getTime();
}

/** The next instant after `instant` where the table's cell for the side changes state, or null
 * when it does not change within the table. */
function nextCellChange(days: WeekDay[], instant: number, end: number): number | null {
  const state = cellAt(days, instant);
  const edges = days
    .flatMap((day) => [day.start.getTime(), ...day.intervals.flatMap((interval) => [interval.from.getTime(), interval.to.getTime()])])
    .filter((edge) => edge > instant && edge < end)
    .sort((a, b) => a - b);
  for (const edge of edges) if (cellAt(days, edge) !== state) return edge;
  return null;
}

/** The planner's form for an instant: the date and time on the crossing's first side's clock. */
function plannerQuery(instant: Date, zone: string, mode: TravelMode | undefined) {
  const wall = wallClockIn(instant, zone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { date: `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`, time: `${pad(wall.hour)}:${pad(wall.minute)}`, mode: mode ?? "" };
}

/** The headline, the reasons and the side lines of one state panel agree with each other. */
function expectPanelAgrees(status: Status, where: string) {
  const keys = status.reasons.map((reason) => reason.message.key);
  const first = status.reasons[0]?.message;
  const sides = status.sides.map((side) => side.state);
  const headline = statusHeadline(status, { locale: "en" });
  const context = `${where}: ${status.state}, sides ${sides.join("/")}, headline "${headline}", reasons ${keys.join(", ")}`;

  // The headline names the state (or, when unknown, why).
  const hoursUnknown = headline.startsWith(en.crossing.headline.hoursUnknown);
  // "Hours unknown" above "Out of season" (issue 19): the headline's "why" is the first reason.
  if (hoursUnknown) expect(status.state === "unknown" && !!first && HOURS_UNKNOWN.has(first.key), `"Hours unknown" above another reason — ${context}`).toBe(true);
  else expect(headline.startsWith(en.states[status.state]), context).toBe(true);
  // A headline that names a reason names the first one shown (a dispute by what is disputed: its
  // claims and their sources are the reasons below).
  const named = !hoursUnknown && !headline.startsWith(en.crossing.headline.bySchedule(en.states[status.state])) && status.basis !== "notice";
  if (first && named) expect(headline, context).toContain(reasonHeadlineText(first, "en"));

  // Each side's line against the crossing's state.
  if (sides.includes("closed")) expect(status.state, `a side closed, the crossing not — ${context}`).toBe("closed");
  if (status.state === "closed") expect(sides, `closed, yet no side is — ${context}`).toContain("closed");
  if (status.state === "open") expect(sides, context).toEqual(["open", "open"]);
  if (status.state === "unknown" && !sides.includes("unknown")) expect(first && eligibilityKind(first), `unknown with both sides open — ${context}`).toBe("uncertain");

  // The reasons against the state: the first says why, and none says the opposite.
  if (status.state === "closed") expect(CLOSING.has(first!.key) || first!.key === "outOfSeason" || (first!.key === "notice" && status.basis === "notice"), context).toBe(true);
  if (status.state === "open") {
    expect(
      keys.filter((key) => CLOSING.has(key) || UNCERTAIN.has(key) || key === "outOfSeason"),
      context,
    ).toEqual([]);
    expect(keys.includes("bothOpen") || status.basis === "notice", context).toBe(true);
  }
  if (status.state === "unknown") {
    expect(
      keys.filter((key) => CLOSING.has(key)),
      context,
    ).toEqual([]);
    // "Both sides are open by their hours" only under "who may cross is not known".
    if (eligibilityKind(first!) !== "uncertain") expect(keys, context).not.toContain("bothOpen");
    expect(UNCERTAIN.has(first!.key) || first!.key === "outOfSeason" || eligibilityKind(first!) === "uncertain", context).toBe(true);
  }
  if (status.state === "restricted") expect(eligibilityKind(first!) === "certain" || first!.key === "notice", context).toBe(true);
}

/** The page drawn at `now`, and the planner asked about `planned` (within the table's week). */
function expectPageAgrees(baseline: CrossingBaseline, notices: NoticeInput[], now: Date, planned: Date, mode: TravelMode | undefined) {
  const where = `${baseline.slug} at ${now.toISOString()}`;
  const home = baseline.sides[0].timeZone;
  // The state now, as crossingNow (db/queries/current.ts) gives it: no reports in the seed.
  const page = crossingState({ baseline, notices, reports: [], instant: now, standings });
  const { status } = page;
  expectPanelAgrees(status, where);

  // "By schedule: closed until 16:00, then open": from the state shown, to another.
  if (page.change) {
    expect(page.change.from, where).toBe(status.state);
    expect(page.change.state, where).not.toBe(page.change.from);
    expect(page.change.at.getTime(), where).toBeGreaterThan(now.getTime());
  }
  if (status.state === "open") expect(page.nextOpen, where).toBeNull();

  // The seven-day table of each side: its cell now says what the side's line says, and the
  // line's "changes 18:00" is where the cell changes.
  const tables = [0, 1].map((side) => weekTable(baseline, standings, notices, side as 0 | 1, now));
  for (const side of [0, 1] as const) {
    const days = tables[side]!;
    expect(cellAt(days, now.getTime()), `${where}, side ${side}'s table`).toBe(status.sides[side].state);
    const end = tableEnd(days);
    const change = nextCellChange(days, now.getTime(), end);
    const said = status.sides[side].nextChange?.getTime() ?? null;
    if (said !== null && said < end) expect(change, `${where}, side ${side}: the line's next change`).toBe(said);
    else if (change !== null) expect(said, `${where}, side ${side}: the table changes, the line does not say so`).toBe(change);
  }

  // The planner asked for this very minute says what the headline says.
  const minute = new Date(Math.floor(now.getTime() / MINUTE) * MINUTE);
  const asked = parsePlannerQuery(plannerQuery(minute, home, undefined), home, "en");
  if (asked.kind !== "ok") throw new Error(`${where}: the planner's form was refused: ${JSON.stringify(asked)}`);
  expect(asked.instant.getTime(), where).toBe(minute.getTime());
  const atMinute = crossingState({ baseline, notices, reports: [], instant: minute, standings });
  const plannedNow = crossingState({ baseline, notices, reports: [], instant: asked.instant, mode: asked.mode, standings });
  expect(plannedNow.status.state, where).toBe(atMinute.status.state);
  expect(plannedNow.status.reasons, where).toEqual(atMinute.status.reasons);
  expect(statusHeadline(plannedNow.status, { planned: true, locale: "en" }), where).toBe(statusHeadline(atMinute.status, { planned: true, locale: "en" }));

  // The planner asked about a time in the coming week: its answer and the table's cells agree.
  const query = parsePlannerQuery(plannerQuery(planned, home, mode), home, "en");
  if (query.kind !== "ok") throw new Error(`${where}: the planner's form was refused: ${JSON.stringify(query)}`);
  const arrival = crossingState({ baseline, notices, reports: [], instant: query.instant, mode: query.mode, standings });
  const plannedWhere = `${where}, planned ${query.instant.toISOString()}${mode ? ` by ${mode}` : ""}`;
  expectPanelAgrees(arrival.status, plannedWhere);
  if (!mode) {
    const cells = tables.map((days) => cellAt(days, query.instant.getTime()));
    if (!cells.includes(null))
      expect(
        arrival.status.sides.map((side) => side.state),
        plannedWhere,
      ).toEqual(cells);
  }
  // "Next open from …" (when it is not open then): the planner's own answer at that time is open.
  if (arrival.nextOpen) {
    const then = crossingState({ baseline, notices, reports: [], instant: arrival.nextOpen.from, mode: query.mode, standings });
    expect(then.status.state, `${plannedWhere}: next open ${arrival.nextOpen.from.toISOString()}`).toBe(arrival.nextOpen.certainty);
  }
}

/** Instants next to every change of the crossing's timeline within the two years. */
function edgesOf(baseline: CrossingBaseline, notices: NoticeInput[]): number[] {
  const timeline = timelineOf({ baseline, notices, instant: new Date(FROM), standings }, TO - FROM);
  const starts = timeline.starts.filter((start) => start > FROM && start < TO);
  return starts.length ? starts : [FROM + (TO - FROM) / 2];
}

describe("one voice per page: every seeded crossing's headline, reasons, side lines, week table and planner agree", () => {
  it("covers every seeded crossing and its notices", () => {
    expect(baselines.length).toBeGreaterThan(30);
    expect(baselines.flatMap((baseline) => noticesOf(baseline.slug)).length).toBeGreaterThan(10);
  });

  for (const baseline of baselines) {
    it(baseline.slug, () => {
      const notices = noticesOf(baseline.slug);
      const edges = edgesOf(baseline, notices);
      const near = fc
        .tuple(fc.constantFrom(...edges), fc.constantFrom(-1, 0, 1), fc.integer({ min: -3 * 60, max: 3 * 60 }))
        .map(([edge, exact, minutes]) => new Date(exact === 0 ? edge + minutes * MINUTE : edge + exact));
      const anywhere = fc.integer({ min: FROM, max: TO }).map((time) => new Date(time));
      const now = fc.oneof(near, near, anywhere);
      const scenario = fc.tuple(now, fc.integer({ min: 0, max: 6 * DAY }), fc.option(fc.constantFrom(...travelModes), { nil: undefined, freq: 3 }));
      fc.assert(
        fc.property(scenario, ([instant, ahead, mode]) => {
          // The planned arrival: somewhere in the coming week, often right at a change.
          const later = edges.find((edge) => edge > instant.getTime() + ahead);
          const planned = new Date(later !== undefined && later < instant.getTime() + 6 * DAY && ahead % 2 === 0 ? later : instant.getTime() + ahead);
          expectPageAgrees(baseline, notices, instant, planned, mode);
        }),
        { numRuns: 200 },
      );
    });
  }
});
