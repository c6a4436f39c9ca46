/**
 * Why the engine decided what it did, as data: a message key and its parameters. The words
 * are chosen later, in the reader's language (lib/i18n/reasons.ts); the engine stays pure.
 */
import { travelModes, type CountryCode, type TravelMode } from "@/lib/baseline/schema";

/** A name as the data has it: Latin script always, Russian where known. */
export interface LocalName {
  en: string;
  ru?: string;
}

export interface ReportTally {
  count: number;
  seen: "open" | "closed" | "restricted";
  /** How long before the instant the newest of them was observed. */
  newestAgoMs: number;
}

export interface SidePost {
  post: LocalName;
  country: CountryCode;
}

export type ReasonMessage =
  | ({ key: "holidayCloses" | "holidayMaybe" | "holidayUnsaid"; holiday: string } & SidePost)
  /** The country's public holidays are not known (no date-holidays data, no sourced list). */
  | ({ key: "holidaysUnknown" } & SidePost)
  | {
      key: "notice";
      text: string;
      /** What it does for the modes it decides for. */
      effect: "closed" | "open" | "restricted";
      onlyModes: TravelMode[] | null;
      untilFurtherNotice: boolean;
      /** The modes it decides for: the mode asked, or, with no mode asked, those the crossing
       * carries for which it is the latest notice in force. */
      decidesFor: TravelMode[];
      /** Modes it concerns for which a later notice in force decides instead (no mode asked). */
      exceptModes?: TravelMode[];
      /** Modes the crossing carries that no notice in force decides for: they follow the
       * schedule (no mode asked; the same on every notice in force). */
      scheduleFor?: TravelMode[];
    }
  | { key: "reports"; tally: ReportTally }
  | { key: "reportsConflict"; tallies: [ReportTally, ReportTally] }
  /** Reports from new or doubted reporters that did not count: nothing corroborates them and something else speaks. */
  | { key: "reportsUnconfirmed"; tally: ReportTally }
  /** One voice against the schedule or a notice: shown, not counted until a second reporter (or a moderator) confirms. */
  | { key: "reportsAwaiting"; tally: ReportTally }
  | { key: "modeNotAllowed"; mode: TravelMode; allowed: TravelMode[] }
  /** The mode is not among those the sources name, and they say nothing of the others. */
  | { key: "modeUnknown"; mode: TravelMode; named: TravelMode[] }
  | { key: "goodsOnly" }
  | { key: "bilateral"; countries: [CountryCode, CountryCode] }
  /** No source says who may cross (the traffic fact's `who` is "unknown"). */
  | { key: "whoUnknown"; countries: [CountryCode, CountryCode] }
  | { key: "outOfOperation" }
  | { key: "operationUnknown" }
  | { key: "outOfSeason"; description: string }
  | { key: "sourcesDisagree"; post: LocalName; postCountry?: CountryCode; claims: { state: "open" | "closed" | "unknown"; sources: string[] }[] }
  /** Claims in force (not superseded) disagree about a fact other than a side's hours. */
  | {
      key: "factDisagrees";
      fact: "operation" | "season" | "traffic" | "publicHolidays";
      post?: LocalName;
      /** As for sideClosed: set only where the crossing's two posts share a name. */
      postCountry?: CountryCode;
      /** `outside`: a season claim's rest of the year (two claims of the same months may differ in it). */
      claims: { value: string; sources: string[]; outside?: "closed" | "unknown" }[];
    }
  /** The schedule is too detailed to work out within the engine's step budget (a moderator must simplify it). */
  | { key: "scheduleTooComplex" }
  | {
      key: "sideClosed" | "sideHoursUnknown";
      post: LocalName;
      /** The post's country, set only where the crossing's two posts share a name (Torugart –
       * Torugart), so that "Torugart: closed" says which. */
      postCountry?: CountryCode;
      /** The side's next change, shown in the side's own zone; `at` decides whether the year is shown. */
      nextChange: Date | null;
      timeZone: string;
      at: Date;
      /** The schedule's own comment (from the opening_hours value), as published. */
      comment: string | null;
    }
  | { key: "bothOpen" };

export type ReasonKey = ReasonMessage["key"];

/** Whether a reason is about who may cross (not about the schedule): a certain restriction
 * (goods only, citizens only, a mode the sources rule out) or an uncertain one (who or which
 * modes, no source says; sources disagree about it); null for any other reason. */
export function eligibilityKind(message: ReasonMessage): "certain" | "uncertain" | null {
  if (message.key === "goodsOnly" || message.key === "bilateral" || message.key === "modeNotAllowed") return "certain";
  if (message.key === "whoUnknown" || message.key === "modeUnknown" || (message.key === "factDisagrees" && message.fact === "traffic")) return "uncertain";
  return null;
}

/** A notice that later ones replace for every carried mode it concerns: it decides nothing now. */
export function noticeReplaced(message: Extract<ReasonMessage, { key: "notice" }>): boolean {
  return message.decidesFor.length === 0 && (message.exceptModes?.length ?? 0) > 0;
}

/**
 * Who may pass by the notices in force, from the modes each notice decides for (applyNotice in
 * layers.ts): the modes a notice opens, those a notice closes, and those no notice decides for
 * (they follow the schedule), each in travelModes' order; `complete` when the notices open or
 * close every mode the crossing carries, so "open only by truck" is true. Under "Closed for
 * reconstruction" and a later "Trucks let through": open [truck], closed [the rest], complete.
 * Under "Cars turned back" and "Trucks let through" at a crossing that also carries pedestrians:
 * open [truck], closed [car], bySchedule [pedestrian], not complete — a walker must not read
 * "open only by truck". The list row, the headline, each post's line and the alert e-mail say it.
 */
export function modesByNotice(reasons: readonly { message: ReasonMessage }[]): { open: TravelMode[]; closed: TravelMode[]; bySchedule: TravelMode[]; complete: boolean } {
  const notices = reasons.flatMap(({ message }) => (message.key === "notice" ? [message] : []));
  const decided = (effect: "open" | "closed" | "restricted") => {
    const modes = new Set(notices.filter((message) => message.effect === effect).flatMap((message) => message.decidesFor));
    return travelModes.filter((mode) => modes.has(mode));
  };
  const bySchedule = travelModes.filter((mode) => notices.some((message) => message.scheduleFor?.includes(mode)));
  return { open: decided("open"), closed: decided("closed"), bySchedule, complete: bySchedule.length === 0 && decided("restricted").length === 0 };
}
