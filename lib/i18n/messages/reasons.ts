/**
 * The status engine's reasons (lib/status/reason-message.ts). Parameters arrive already
 * formatted for the language: names, dates, durations.
 */
import type { Catalog } from "@/lib/i18n/catalog";
import { plural } from "@/lib/i18n/plural";

const capitalize = (text: string) => (text ? text[0]!.toUpperCase() + text.slice(1) : text);

export const en = {
  holidayCloses: (country: string, holiday: string, where: string) => `Public holiday in ${country} (${holiday}): ${where} closes on holidays.`,
  holidayMaybe: (country: string, holiday: string, where: string) => `Public holiday in ${country} (${holiday}): whether ${where} opens is not known.`,
  holidayUnsaid: (country: string, holiday: string, where: string) => `It is a public holiday in ${country} (${holiday}); no source says whether ${where} closes.`,
  holidaysUnknown: (country: string, where: string) => `The public holidays of ${country} are not known to Crossings: ${where} may close on them.`,
  notice: (text: string, onlyModes: string | null, untilFurtherNotice: boolean, exceptModes: string | null = null, replaced = false) =>
    `Notice: ${text}${onlyModes ? ` (${onlyModes} only)` : ""}${exceptModes ? ` (except ${exceptModes}: a later notice)` : ""}${replaced ? " (replaced by a later notice)" : untilFurtherNotice ? " — until further notice" : ""}.`,
  tally: (count: number, seen: string, ago: string) => `${plural("en", count, { one: "# traveller", other: "# travellers" })} reported ${seen} (newest ${ago})`,
  reports: (tally: string) => `${capitalize(tally)}.`,
  reportsConflict: (a: string, b: string) => `Reports conflict: ${a}; ${b}.`,
  /** The list row's first words when notices open a crossing for some modes and close it for
   * others. `bySchedule`: null when the notices decide for every mode ("only"); else the modes
   * left to the published hours ("" when the rest are restricted by a notice, said after it). */
  noticesByMode: (open: string, closed: string, bySchedule: string | null) =>
    bySchedule === null
      ? `Open only ${open}; closed ${closed} (notices).`
      : `Open ${open}; closed ${closed} (notices)${bySchedule ? `; ${bySchedule}: by the published hours` : ""}.`,
  reportsAwaiting: (tally: string) => `Not yet confirmed: ${tally} — against the published hours or notice; counted once a second traveller or a moderator confirms.`,
  reportsUnconfirmed: (tally: string) => `Unconfirmed: ${tally} — not counted until a traveller with a record or a moderator confirms.`,
  modeNotAllowed: (mode: string, allowed: string) => `Not open to ${mode} traffic (allowed: ${allowed}).`,
  modeUnknown: (mode: string, named: string) => `Not known whether it is open to ${mode} traffic: the sources name only these: ${named}.`,
  goodsOnly: "Goods traffic only: travellers may not cross here.",
  /** The list row's line (one line on a phone). */
  goodsOnlyShort: "Goods traffic only: travellers may not cross here.",
  bilateral: (a: string, b: string) => `Only citizens of ${a} and ${b} may cross here.`,
  bilateralShort: (a: string, b: string) => `Citizens of ${a} and ${b} only.`,
  whoUnknown: (a: string, b: string) => `Who may cross here is not known: no source says whether it is open to everyone or only to citizens of ${a} and ${b}.`,
  whoUnknownShort: "Who may cross here is not known.",
  outOfOperation: "This crossing is out of operation.",
  operationUnknown: "Whether this crossing operates at all is not known.",
  outOfSeason: (description: string) => `Out of season: ${description}.`,
  /** One side of a dispute; `sources` is how the page cites them ("[2], [5]"), or "" where there
   * is no such list (the API gives the sources beside the text). */
  claimState: (state: string, sources: string) => (sources ? `${state} per ${sources}` : state),
  sourcesDisagree: (post: string, claims: string) => `Sources disagree about ${post} at this time (${claims}).`,
  facts: { operation: "whether the crossing operates", season: "the season", traffic: "who may cross", publicHolidays: "closing on public holidays" },
  claimValue: (value: string, sources: string) => (sources ? `${value} per ${sources}` : value),
  /** A season claim's rest of the year, said where the claims differ in it ("May-Nov, closed the rest of the year"). */
  seasonOutside: { closed: (range: string) => `${range}, closed the rest of the year`, unknown: (range: string) => `${range}, the rest of the year not known` },
  factDisagrees: (fact: string, post: string | null, claims: string) => `Sources disagree about ${fact}${post ? ` at ${post}` : ""} (${claims}).`,
  /** The same, without the claims: for a headline (the reasons below give them). */
  factDisagreesShort: (fact: string, post: string | null) => `sources disagree about ${fact}${post ? ` at ${post}` : ""}`,
  sourcesDisagreeShort: (post: string) => `sources disagree about ${post} at this time`,
  scheduleTooComplex: "The published schedule is too detailed to work out: a moderator needs to simplify it.",
  /** A post's next change in its own zone, with the zone's offset: the two posts of a crossing are
   * often an hour or two apart (Kyrgyzstan UTC+6, Kazakhstan UTC+5, China UTC+8). */
  nextChangeLocal: (when: string, offset: string) => ` (next change ${when} local time, ${offset})`,
  sideClosed: (post: string, until: string, comment: string) => `${post}: closed by its published hours${until}${comment}.`,
  sideHoursUnknown: (post: string, until: string, comment: string) => `${post}: hours not known${until}${comment}.`,
  bothOpen: "Both sides are open by their published hours.",
};

export const ru: Catalog<typeof en> = {
  holidayCloses: (country, holiday, where) => `Государственный праздник (${country}: ${holiday}): ${where} в праздники закрыт.`,
  holidayMaybe: (country, holiday, where) => `Государственный праздник (${country}: ${holiday}): работает ли ${where}, неизвестно.`,
  holidaysUnknown: (country, where) => `Государственные праздники (${country}) неизвестны: ${where} может быть закрыт в эти дни.`,
  holidayUnsaid: (country, holiday, where) => `В этот день государственный праздник (${country}: ${holiday}); ни один источник не сообщает, закрыт ли ${where}.`,
  notice: (text, onlyModes, untilFurtherNotice, exceptModes = null, replaced = false) =>
    `Объявление: ${text}${onlyModes ? ` (только для ${onlyModes})` : ""}${exceptModes ? ` (кроме ${exceptModes}: см. более позднее объявление)` : ""}${replaced ? " (заменено более поздним объявлением)" : untilFurtherNotice ? " — до особого распоряжения" : ""}.`,
  tally: (count, seen, ago) =>
    `${plural("ru", count, { one: "# путешественник сообщил", few: "# путешественника сообщили", many: "# путешественников сообщили", other: "# путешественника сообщили" })}: ${seen} (последнее — ${ago})`,
  reports: (tally) => `${capitalize(tally)}.`,
  reportsConflict: (a, b) => `Сообщения противоречат друг другу: ${a}; ${b}.`,
  noticesByMode: (open, closed, bySchedule) =>
    bySchedule === null
      ? `Открыт только ${open}; закрыт ${closed} (по объявлениям).`
      : `Открыт ${open}; закрыт ${closed} (по объявлениям)${bySchedule ? `; ${bySchedule} — по расписанию` : ""}.`,
  reportsAwaiting: (tally) =>
    `Ещё не подтверждено: ${tally} — вопреки опубликованному расписанию или объявлению; учитывается, когда подтвердит второй путешественник или модератор.`,
  reportsUnconfirmed: (tally) => `Не подтверждено: ${tally} — не учитывается, пока не подтвердит путешественник с историей сообщений или модератор.`,
  modeNotAllowed: (mode, allowed) => `Закрыт для ${mode} (разрешено: ${allowed}).`,
  modeUnknown: (mode, named) => `Неизвестно, открыт ли пункт для ${mode}: источники называют только эти способы: ${named}.`,
  goodsOnly: "Только грузовое движение: путешественникам здесь не пройти.",
  goodsOnlyShort: "Только для грузового транспорта.",
  bilateral: (a, b) => `Здесь могут пересекать границу только граждане стран: ${a} и ${b}.`,
  bilateralShort: (a, b) => `Только граждане: ${a}, ${b}.`,
  whoUnknown: (a, b) => `Неизвестно, кто может здесь пересекать границу: ни один источник не сообщает, открыт ли переход для всех или только для граждан стран: ${a} и ${b}.`,
  whoUnknownShort: "Неизвестно, кто может здесь пересекать границу.",
  outOfOperation: "Этот пункт пропуска не работает.",
  operationUnknown: "Неизвестно, работает ли этот пункт пропуска вообще.",
  outOfSeason: (description) => `Вне сезона: ${description}.`,
  claimState: (state, sources) => (sources ? `${state} по данным ${sources}` : state),
  sourcesDisagree: (post, claims) => `Источники расходятся в данных о посте ${post} на это время (${claims}).`,
  facts: {
    operation: "работает ли пункт пропуска",
    season: "в какие месяцы работает пункт пропуска",
    traffic: "кто может пересекать границу",
    publicHolidays: "закрывается ли пост в праздники",
  },
  claimValue: (value, sources) => (sources ? `${value} по данным ${sources}` : value),
  seasonOutside: { closed: (range) => `${range}, в остальное время закрыт`, unknown: (range) => `${range}, остальное время неизвестно` },
  factDisagrees: (fact, post, claims) => `Источники расходятся в том, ${fact}${post ? ` (пост ${post})` : ""} (${claims}).`,
  factDisagreesShort: (fact, post) => `источники расходятся в том, ${fact}${post ? ` (пост ${post})` : ""}`,
  sourcesDisagreeShort: (post) => `источники расходятся в данных о посте ${post} на это время`,
  scheduleTooComplex: "Опубликованное расписание слишком подробное, чтобы его рассчитать: модератору нужно его упростить.",
  nextChangeLocal: (when, offset) => ` (следующее изменение ${when} по местному времени, ${offset})`,
  sideClosed: (post, until, comment) => `${post}: закрыт по опубликованным часам${until}${comment}.`,
  sideHoursUnknown: (post, until, comment) => `${post}: часы работы неизвестны${until}${comment}.`,
  bothOpen: "Обе стороны открыты по опубликованным часам.",
};
