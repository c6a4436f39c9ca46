/**
 * The layer rule (docs/architecture.md, "Certainty wins"; in full, docs/status-engine.md §1), in
 * one place for the compiled timeline and for the direct evaluation it is tested against.
 *
 * Layers: whether the crossing operates, the season, each side's weekly hours, each side's
 * public-holiday closures, and a notice. Every layer is read from its claims in force (a
 * fact's value and alternatives, minus those superseded: lib/baseline/standing.ts); claims in
 * force that disagree make that layer unknown, naming them.
 *
 * - If any layer is certain that a side (or the crossing) is closed, the side (the crossing)
 *   is closed, and that reason comes first. An uncertain layer never hides a certain one.
 * - Otherwise, if any layer needed for "open" is unknown, the answer is unknown.
 * - Otherwise both sides are open.
 * The notices in force override the schedule (moderators post them for exactly that).
 */
import { holidayPolicyOf, travelModes, type CountryCode, type CrossingBaseline, type SourceRef, type TravelMode } from "@/lib/baseline/schema";
import { resolveClaims, type Claim, type SourceStandings } from "@/lib/baseline/standing";
import { holidaySources, holidaysKnown } from "@/lib/holidays/public-holidays";
import type { ReasonMessage } from "@/lib/status/reason-message";
import type { NoticeInput, Reason, SideState, StatusState } from "@/lib/status/types";
import { noticeConcerns } from "@/lib/status/notices";

type Season = NonNullable<CrossingBaseline["season"]>["value"];
export type HolidayRule = ReturnType<typeof holidayPolicyOf>;

/** One claim's answer at an instant. */
export interface ClaimAt {
  state: SideState;
  comment: string | null;
}

/** Where a holiday policy claim stands at an instant: inside a closure window or not. */
export interface HolidayAt {
  /** null: not within a closure (or the policy keeps the side open). */
  effect: "closed" | "unknown" | null;
  /** The holiday the closure is for. */
  holiday: string | null;
}

/** What every time-dependent layer says at an instant: the input of `decide`. */
export interface LayerAnswers {
  /** Per season claim in force: "open" inside its range, else the claim's `outside`. */
  season: ClaimAt[] | null;
  /** Per side, per hours claim in force. */
  hours: [ClaimAt[], ClaimAt[]];
  /** Per side: the public holiday on the side's own local date, if any. */
  holiday: [string | null, string | null];
  /** Per side, per holiday-policy claim in force; null where the side has no policy. */
  closures: [HolidayAt[] | null, HolidayAt[] | null];
}

/** A baseline's time-independent facts, resolved once per baseline and standings. */
export interface ResolvedBaseline {
  baseline: CrossingBaseline;
  standings: SourceStandings;
  operation: { state: SideState; reason: Reason | null };
  season: Claim<Season>[] | null;
  hours: [Claim<string>[], Claim<string>[]];
  holidayPolicies: [Claim<HolidayRule>[] | null, Claim<HolidayRule>[] | null];
  holidaySources: [SourceRef[], SourceRef[]];
  /** Who may cross, by the traffic claims in force (eligibility reads them per mode). */
  traffic: Claim<CrossingBaseline["traffic"]["value"]>[];
  /** The modes the crossing carries by those claims (every mode where a claim leaves other
   * modes unknown): the modes notices are weighed over when no mode is asked. */
  carriedModes: readonly TravelMode[];
}

/** Who may cross, for this traveller: no restriction, a certain one, or sources disagreeing. */
export type Eligibility = { kind: "none" } | { kind: "restricted" | "uncertain"; reason: Reason };

const refs = (claims: { sources: SourceRef[] }[]) => claims.flatMap((claim) => claim.sources);
const keys = (sources: SourceRef[]) => sources.map((ref) => ref.source);

/** What one traffic claim says of this traveller: nothing against them (null), a certain
 * restriction, or that no source says whether they may cross. Certain restrictions come first:
 * a mode the claim does not take (when its sources list the modes), goods only, citizens only.
 * Only then the uncertain ones: a mode its sources do not name (`otherModes: "unknown"`), and
 * "who" unknown — so a pedestrian at a citizens-only post is told "citizens only", not "not known". */
function restrictionFor(
  baseline: CrossingBaseline,
  traffic: CrossingBaseline["traffic"]["value"],
  mode: TravelMode | undefined,
): { kind: "restricted" | "unknown"; message: ReasonMessage } | null {
  const countries: [CountryCode, CountryCode] = [baseline.sides[0].country, baseline.sides[1].country];
  const unnamedMode = mode !== undefined && !traffic.modes.includes(mode);
  if (unnamedMode && traffic.otherModes !== "unknown") return { kind: "restricted", message: { key: "modeNotAllowed", mode, allowed: traffic.modes } };
  if (traffic.who === "goods" && mode !== "truck") return { kind: "restricted", message: { key: "goodsOnly" } };
  if (traffic.who === "bilateral") return { kind: "restricted", message: { key: "bilateral", countries } };
  if (unnamedMode) return { kind: "unknown", message: { key: "modeUnknown", mode, named: traffic.modes } };
  if (traffic.who === "unknown") return { kind: "unknown", message: { key: "whoUnknown", countries } };
  return null;
}

export function resolveBaseline(baseline: CrossingBaseline, standingsOf: SourceStandings): ResolvedBaseline {
  const operationClaims = resolveClaims(baseline.operation, standingsOf).current;
  const values = new Set(operationClaims.map((claim) => claim.value));
  let operation: ResolvedBaseline["operation"];
  if (values.size > 1) {
    operation = {
      state: "unknown",
      reason: {
        message: { key: "factDisagrees", fact: "operation", claims: operationClaims.map((c) => ({ value: c.value, sources: keys(c.sources) })) },
        sources: refs(operationClaims),
      },
    };
  } else {
    const value = operationClaims[0]!.value;
    operation =
      value === "operating"
        ? { state: "open", reason: null }
        : { state: value, reason: { message: { key: value === "closed" ? "outOfOperation" : "operationUnknown" }, sources: refs(operationClaims) } };
  }

  const sideHours = (index: 0 | 1) => resolveClaims(baseline.sides[index].hours, standingsOf).current;
  const policies = (index: 0 | 1) => {
    const fact = baseline.sides[index].publicHolidays;
    if (!fact) return null;
    // Closed on holidays no one can name: maybe closed on any day (lib/holidays/closures.ts).
    const known = holidaysKnown(baseline.sides[index].country);
    return resolveClaims(fact, standingsOf).current.map((claim) => {
      const value = holidayPolicyOf(claim.value);
      return { value: !known && value.effect === "closed" ? { ...value, effect: "unknown" as const } : value, sources: claim.sources };
    });
  };
  const holidayPolicies: ResolvedBaseline["holidayPolicies"] = [policies(0), policies(1)];
  const traffic = resolveClaims(baseline.traffic, standingsOf).current;
  const carriedModes = traffic.some((claim) => claim.value.otherModes === "unknown" || claim.value.modes.length === 0)
    ? travelModes
    : travelModes.filter((each) => traffic.some((claim) => claim.value.modes.includes(each)));
  return {
    traffic,
    carriedModes,
    baseline,
    standings: standingsOf,
    operation,
    season: baseline.season ? resolveClaims(baseline.season, standingsOf).current : null,
    hours: [sideHours(0), sideHours(1)],
    holidayPolicies,
    holidaySources: [0, 1].map((index) => [...refs(holidayPolicies[index] ?? []), ...holidaySources(baseline.sides[index]!.country)]) as [SourceRef[], SourceRef[]],
  };
}

export function resolveEligibility(resolved: ResolvedBaseline, mode: TravelMode | undefined): Eligibility {
  const baseline = resolved.baseline;
  const trafficClaims = resolved.traffic;
  const restrictions = trafficClaims.map((claim) => restrictionFor(baseline, claim.value, mode));
  let eligibility: Eligibility = { kind: "none" };
  if (restrictions.every((r) => r?.kind === "restricted")) eligibility = { kind: "restricted", reason: { message: restrictions[0]!.message, sources: trafficClaims[0]!.sources } };
  // Who may cross is unknown, and no claim in force says otherwise: uncertain, like sources
  // disagreeing, so "open" becomes unknown (and "closed" stays closed).
  else if (restrictions.every((r) => r?.kind === "unknown")) eligibility = { kind: "uncertain", reason: { message: restrictions[0]!.message, sources: trafficClaims[0]!.sources } };
  else if (restrictions.some((r) => r !== null)) {
    eligibility = {
      kind: "uncertain",
      reason: {
        message: {
          key: "factDisagrees",
          fact: "traffic",
          claims: trafficClaims.map((c) => ({
            value: `${c.value.modes.join(", ")}; ${c.value.who}${c.value.otherModes === "unknown" ? "; otherModes unknown" : ""}`,
            sources: keys(c.sources),
          })),
        },
        sources: refs(trafficClaims),
      },
    };
  }

  return eligibility;
}

/** What the schedule alone says over a stretch of time. */
export interface BaseValue {
  schedule: SideState;
  sides: [{ state: SideState; holiday: string | null }, { state: SideState; holiday: string | null }];
  /** Operation unknown: the answer rests on nothing ("none"). */
  basis: "schedule" | "none";
  reasons: Reason[];
  /** Which side each reason is about (null: the crossing), aligned with `reasons`. */
  reasonSides: (0 | 1 | null)[];
  key: string;
  stateKey: string;
}

/** What the schedule and notices say over a stretch of time (reports come on top at query time). */
export interface ScheduleValue {
  base: BaseValue;
  /** By the schedule alone. */
  schedule: SideState;
  sides: BaseValue["sides"];
  /** The notices in force, latest first. */
  notices: readonly NoticeInput[];
  /** Schedule, then the notices (the answer without reports and before eligibility). */
  state: StatusState;
  basis: "schedule" | "notice" | "none";
  /** Without reports and with eligibility: what the planner offers. */
  planned: StatusState;
  /** Reasons, most decisive first. `sideClosed`/`sideHoursUnknown` get their side's next change at query time. */
  reasons: Reason[];
  reasonSides: (0 | 1 | null)[];
  /** Equal keys: the same answer and reasons (adjacent stretches merge). */
  key: string;
  /** Equal: the same state of the crossing, of each side and the same notice (reports do not carry over a change of it). */
  stateKey: string;
}

function agree(claims: ClaimAt[]): SideState | "disagree" {
  const first = claims[0]!.state;
  for (let i = 1; i < claims.length; i++) if (claims[i]!.state !== first) return "disagree";
  return first;
}

/** The layer rule. Pure; `answers` must come from `resolved`'s claims in order. */
export function decideSchedule(resolved: ResolvedBaseline, answers: LayerAnswers): BaseValue {
  const { baseline } = resolved;
  const crossingClosed: Reason[] = [];
  const crossingUnknown: Reason[] = [];
  if (resolved.operation.state === "closed") crossingClosed.push(resolved.operation.reason!);
  else if (resolved.operation.state === "unknown") crossingUnknown.push(resolved.operation.reason!);

  if (resolved.season && answers.season) {
    const seasonState = agree(answers.season);
    if (seasonState === "disagree") {
      crossingUnknown.push({
        message: {
          key: "factDisagrees",
          fact: "season",
          claims: resolved.season.map((c) => ({ value: c.value.range ?? c.value.description, sources: keys(c.sources), ...(c.value.range ? { outside: c.value.outside } : {}) })),
        },
        sources: refs(resolved.season),
      });
    } else if (seasonState !== "open") {
      const claim = resolved.season[0]!;
      (seasonState === "closed" ? crossingClosed : crossingUnknown).push({ message: { key: "outOfSeason", description: claim.value.description }, sources: claim.sources });
    }
  }

  const sideClosed: [Reason[], Reason[]] = [[], []];
  const sideUnknown: [Reason[], Reason[]] = [[], []];
  const notes: Reason[] = [];
  // Two posts of one name in either language (Torugart – Torugart): each side's reasons name its country too.
  const [nameA, nameB] = [baseline.sides[0].postName.value, baseline.sides[1].postName.value];
  const twins = nameA.en === nameB.en || (nameA.ru != null && nameA.ru === nameB.ru);
  for (const index of [0, 1] as const) {
    const side = baseline.sides[index];
    const post = side.postName.value;
    const place = { post, country: side.country };
    const named = twins ? { post, postCountry: side.country } : { post };
    // Holiday closures.
    const closures = answers.closures[index];
    const policies = resolved.holidayPolicies[index];
    if (closures && policies) {
      const effects = new Set(closures.map((c) => c.effect));
      if (effects.size > 1) {
        sideUnknown[index].push({
          message: { key: "factDisagrees", fact: "publicHolidays", ...named, claims: policies.map((c) => ({ value: c.value.effect, sources: keys(c.sources) })) },
          sources: resolved.holidaySources[index],
        });
      } else {
        const effect = closures[0]!.effect;
        const holiday = closures[0]!.holiday;
        if (effect === "unknown" && holiday === null) sideUnknown[index].push({ message: { key: "holidaysUnknown", ...place }, sources: refs(policies) });
        else if (effect === "closed") sideClosed[index].push({ message: { key: "holidayCloses", holiday: holiday ?? "", ...place }, sources: resolved.holidaySources[index] });
        else if (effect === "unknown") sideUnknown[index].push({ message: { key: "holidayMaybe", holiday: holiday ?? "", ...place }, sources: resolved.holidaySources[index] });
      }
    }
    // Weekly hours.
    const hours = answers.hours[index];
    const claims = resolved.hours[index];
    const state = agree(hours);
    const timing = { nextChange: null, timeZone: side.timeZone, at: new Date(0) };
    if (state === "disagree") {
      sideUnknown[index].push({
        message: { key: "sourcesDisagree", ...named, claims: hours.map((h, i) => ({ state: h.state, sources: keys(claims[i]!.sources) })) },
        sources: refs(claims),
      });
    } else if (state === "closed") {
      sideClosed[index].push({ message: { key: "sideClosed", ...named, comment: hours[0]!.comment, ...timing }, sources: claims[0]!.sources });
    } else if (state === "unknown") {
      sideUnknown[index].push({ message: { key: "sideHoursUnknown", ...named, comment: hours[0]!.comment, ...timing }, sources: claims[0]!.sources });
    }
  }

  const sideState = (index: 0 | 1): SideState =>
    crossingClosed.length || sideClosed[index].length ? "closed" : crossingUnknown.length || sideUnknown[index].length ? "unknown" : "open";
  const sides: ScheduleValue["sides"] = [
    { state: sideState(0), holiday: answers.holiday[0] },
    { state: sideState(1), holiday: answers.holiday[1] },
  ];
  const lastNotes: Reason[] = [];
  for (const index of [0, 1] as const) {
    const holiday = answers.holiday[index];
    // A holiday no source says anything about: shown, never guessed.
    if (holiday && !resolved.holidayPolicies[index] && sides[index].state === "open") {
      const side = baseline.sides[index];
      notes.push({ message: { key: "holidayUnsaid", holiday, post: side.postName.value, country: side.country }, sources: resolved.holidaySources[index] });
    }
    // Holidays no one can name, and no source on whether the post closes on them: said, not
    // hidden, after the answer (it holds every day, so it is not the day's news).
    const side = baseline.sides[index];
    if (!holidaysKnown(side.country) && !resolved.holidayPolicies[index] && sides[index].state === "open") {
      lastNotes.push({ message: { key: "holidaysUnknown", post: side.postName.value, country: side.country }, sources: [] });
    }
  }

  const sideOf = new Map<Reason, 0 | 1>();
  for (const index of [0, 1] as const) for (const reason of [...sideClosed[index], ...sideUnknown[index]]) sideOf.set(reason, index);
  let schedule: SideState;
  let reasons: Reason[];
  if (crossingClosed.length) {
    // Closed for the whole crossing: the posts' own hours and holidays change nothing.
    schedule = "closed";
    reasons = crossingClosed;
  } else if (sides[0].state === "closed" || sides[1].state === "closed") {
    schedule = "closed";
    reasons = [...sideClosed[0], ...sideClosed[1], ...crossingUnknown, ...sideUnknown[0], ...sideUnknown[1]];
  } else if (sides[0].state === "unknown" || sides[1].state === "unknown") {
    schedule = "unknown";
    reasons = [...crossingUnknown, ...sideUnknown[0], ...sideUnknown[1], ...notes, ...lastNotes];
  } else {
    schedule = "open";
    reasons = [...notes, { message: { key: "bothOpen" }, sources: [...refs(resolved.hours[0]), ...refs(resolved.hours[1])] }, ...lastNotes];
  }

  const stateKey = `${schedule}|${sides[0].state}|${sides[1].state}`;
  return {
    schedule,
    sides,
    basis: resolved.operation.state === "unknown" ? "none" : "schedule",
    reasons,
    reasonSides: reasons.map((reason) => sideOf.get(reason) ?? null),
    stateKey,
    key: `${stateKey}|${sides[0].holiday ?? ""}|${sides[1].holiday ?? ""}|${JSON.stringify(reasons)}`,
  };
}

/** The notices in force (latest first, lib/status/notices.ts noticesInForce) override the
 * schedule. For one mode, its notice decides. With no mode asked, each mode the crossing
 * carries has its own notice (or none): when every one has one and they agree, that is the
 * answer; otherwise the notices close (or open) the crossing for some travellers only, so it is
 * restricted. Each post's line (and the week table) then says what holds for everyone the notices
 * do not let through: closed where every such mode is closed by a notice, else the post's own
 * state. Then eligibility, for what the planner offers. */
export function applyNotice(
  base: BaseValue,
  notices: readonly NoticeInput[],
  mode: TravelMode | undefined,
  eligibility: Eligibility,
  carried: readonly TravelMode[],
): ScheduleValue {
  let state: StatusState = base.schedule;
  let basis: ScheduleValue["basis"] = base.basis;
  let reasons = base.reasons;
  let reasonSides = base.reasonSides;
  let sides = base.sides;
  if (notices.length > 0) {
    // Which notice decides for each mode (with a mode asked, noticesInForce gave only its own).
    const deciders = mode ? [notices[0]!] : carried.map((each) => notices.find((notice) => noticeConcerns(notice, each)));
    const effects = deciders.map((decider) => decider?.effect ?? null);
    // Notices about modes the crossing does not carry only: said, and they change nothing.
    const decisive = effects.some((effect) => effect !== null);
    const partial = effects.some((effect) => effect !== effects[0]) || effects[0] === null;
    const noticeState: StatusState = partial ? "restricted" : effects[0]!;
    const opensSome = partial && effects.includes("open");
    // Everyone the notices do not let through is shut by one: each post's line says closed.
    const othersClosed = partial && effects.every((effect) => effect === "closed" || effect === "open") && effects.includes("closed");
    // Each notice's reason names the modes it is about and, with no mode asked, those of them a
    // later notice decides for instead ("Closed for reconstruction … except truck").
    // Carried modes no notice in force decides for: they follow the schedule (no mode asked).
    const scheduleFor = mode ? [] : carried.filter((_, index) => !deciders[index]);
    const said: Reason[] = notices.map((notice) => {
      const decidesFor = mode ? [mode] : carried.filter((_, index) => deciders[index] === notice);
      const exceptModes = mode ? [] : carried.filter((each, index) => noticeConcerns(notice, each) && deciders[index] !== notice);
      return {
        message: {
          key: "notice",
          text: notice.text,
          effect: notice.effect,
          onlyModes: mode ? null : notice.modes,
          untilFurtherNotice: !notice.endsAt,
          decidesFor,
          ...(exceptModes.length ? { exceptModes } : {}),
          ...(scheduleFor.length ? { scheduleFor } : {}),
        },
        noticeId: notice.id,
      };
    });
    if (!decisive || (noticeState === "restricted" && !opensSome && (base.schedule === "closed" || base.schedule === "unknown"))) {
      // Notices that limit who may pass open nothing: closed by the schedule stays closed, and
      // hours not known stay not known ("restricted" would read as open with conditions), for
      // their reasons, and the notices are said after them.
      reasons = [...reasons, ...said];
      reasonSides = [...reasonSides, ...said.map(() => null)];
    } else {
      state = noticeState;
      basis = "notice";
      // One voice: notices that close (or open) the crossing for every traveller close (open)
      // both posts, so a side's line and the week table never say "open" under a closure notice.
      const sidesState = !partial && (noticeState === "closed" || noticeState === "open") ? noticeState : othersClosed ? "closed" : null;
      // Where the notices decide for everyone, "both sides are open by their published hours"
      // is beside the point, and under "Closed" it reads as a contradiction: left out.
      const kept = (_: unknown, index: number) => !sidesState || reasons[index]!.message.key !== "bothOpen";
      reasonSides = [...said.map(() => null), ...reasonSides.filter(kept)];
      reasons = [...said, ...reasons.filter(kept)];
      if (sidesState)
        sides = [
          { ...sides[0], state: sidesState },
          { ...sides[1], state: sidesState },
        ];
    }
  }
  const planned = applyEligibility(eligibility, state, null).state;
  const noticeIds = notices.map((notice) => notice.id).join(",");
  const stateKey = `${state}|${planned}|${base.stateKey}|${sides[0].state}|${sides[1].state}|${noticeIds}`;
  return {
    base,
    schedule: base.schedule,
    sides,
    notices,
    state,
    basis,
    planned,
    reasons,
    reasonSides,
    stateKey,
    key: notices.length ? `${stateKey}|${base.key}` : `${state}|${planned}|${base.key}`,
  };
}

export function decide(resolved: ResolvedBaseline, answers: LayerAnswers, notices: readonly NoticeInput[], mode: TravelMode | undefined, eligibility: Eligibility): ScheduleValue {
  return applyNotice(decideSchedule(resolved, answers), notices, mode, eligibility, resolved.carriedModes);
}

/** Step 4 of the engine: a traveller who may not cross here is told so whether the post is open
 * or its hours are unknown (only "closed" says more); where sources disagree on who may cross,
 * or no source says who may, "open" becomes unknown. Adds its reason in front of `reasons` when
 * given. */
export function applyEligibility(eligibility: Eligibility, state: StatusState, reasons: Reason[] | null): { state: StatusState } {
  if (state !== "open" && state !== "unknown") return { state };
  if (eligibility.kind === "restricted") {
    reasons?.unshift(eligibility.reason);
    return { state: "restricted" };
  }
  if (eligibility.kind === "uncertain") {
    reasons?.unshift(eligibility.reason);
    return { state: "unknown" };
  }
  return { state };
}
