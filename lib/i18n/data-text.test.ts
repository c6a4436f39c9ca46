/**
 * Issue 16: "every data-driven text a reader sees (names, notes, facilities, reasons) exists in
 * Russian". Collects every such text of every seeded crossing and seeded notice, and renders
 * every crossing's reasons in Russian over two years, so a crossing or a text added without its
 * Russian fails here rather than showing English on a Russian page.
 */
import { describe, expect, it } from "vitest";
import { validatedSeed, validatedSeedNotices } from "@/db/seed/seed";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import { dataText, dataTextLang, openingHoursComments, russianOf } from "@/lib/i18n/data-text";
import { holidayName } from "@/lib/i18n/holiday-names";
import { reasonText } from "@/lib/i18n/reasons";
import { evaluateStatus } from "@/lib/status/evaluate";
import type { NoticeInput } from "@/lib/status/types";

const { baselines } = validatedSeed();
const notices = validatedSeedNotices(new Set(baselines.map((baseline) => baseline.slug)));

interface DataText {
  where: string;
  text: string;
}

/** Every free text of a baseline a page shows: side notes, the comments inside each side's
 * opening_hours (value and alternatives), season descriptions, requirement and facility details,
 * road notes, and the operation fact's first source note (shown beside it). */
function freeTexts(baseline: CrossingBaseline): DataText[] {
  const out: DataText[] = [];
  const add = (where: string, text: string | undefined | null) => {
    if (text) out.push({ where: `${baseline.slug}: ${where}`, text });
  };
  baseline.sides.forEach((side, index) => {
    add(`sides.${index}.notes`, side.notes);
    for (const hours of [side.hours.value, ...side.hours.alternatives.map((alternative) => alternative.value)]) {
      for (const comment of openingHoursComments(hours)) add(`sides.${index}.hours comment`, comment);
    }
  });
  const season = baseline.season;
  if (season) for (const value of [season.value, ...season.alternatives.map((a) => a.value)]) add("season.description", value.description);
  for (const key of ["borderPermit", "advanceNotice", "entryFee"] as const) {
    const fact = baseline[key];
    if (fact) for (const value of [fact.value, ...fact.alternatives.map((a) => a.value)]) add(`${key}.detail`, value.detail);
  }
  const facilities = baseline.facilities;
  if (facilities) for (const value of [facilities.value, ...facilities.alternatives.map((a) => a.value)]) for (const f of value) add(`facilities.${f.kind}.detail`, f.detail);
  const road = baseline.roadNotes;
  if (road) for (const value of [road.value, ...road.alternatives.map((a) => a.value)]) add("roadNotes", value);
  add("operation.sources[0].note", baseline.operation.sources[0]?.note);
  return out;
}

const hasCyrillic = (text: string) => /[\u0400-\u04FF]/.test(text);
/** Three or more Latin words in a row: English prose, not a code (KGS, UTC+8) or a source key. */
const englishRun = /[A-Za-z]{2,}(?:[ ,;:]+[A-Za-z]{2,}){2,}/;

describe("every data-driven text of every seeded crossing has its Russian", () => {
  it("names: every crossing and post (and each alternative post name) has a Russian name", () => {
    const missing: string[] = [];
    for (const baseline of baselines) {
      if (!baseline.name.ru) missing.push(`${baseline.slug}: name "${baseline.name.en}"`);
      baseline.sides.forEach((side, index) => {
        for (const value of [side.postName.value, ...side.postName.alternatives.map((a) => a.value)]) {
          if (!value.ru) missing.push(`${baseline.slug}: sides.${index}.postName "${value.en}"`);
          else expect(hasCyrillic(value.ru), `${baseline.slug}: ${value.ru}`).toBe(true);
        }
      });
    }
    expect(missing).toEqual([]);
  });

  it("free texts: notes, hours comments, seasons, requirements, facilities, road notes and the operation note have a Russian that is not the English", () => {
    const texts = baselines.flatMap(freeTexts);
    expect(texts.length).toBeGreaterThan(50);
    const missing = texts.filter(({ text }) => russianOf(text) === undefined).map(({ where, text }) => `${where}: "${text}"`);
    expect(missing).toEqual([]);
    for (const { where, text } of texts) {
      const ru = dataText(text, "ru");
      expect(ru, where).not.toBe(text);
      expect(hasCyrillic(ru), `${where}: ${ru}`).toBe(true);
      expect(ru, where).not.toMatch(englishRun);
      expect(dataText(text, "en")).toBe(text);
      expect(dataTextLang(text, "ru")).toBe("ru");
    }
  });

  it("seeded notices: every notice's text has its Russian", () => {
    const missing = notices.filter((notice) => russianOf(notice.text) === undefined).map((notice) => `${notice.crossing}: "${notice.text}"`);
    expect(missing).toEqual([]);
    for (const notice of notices) expect(hasCyrillic(dataText(notice.text, "ru"))).toBe(true);
  });

  it("reasons: every crossing's reasons, rendered in Russian at instants over two years and inside each notice, have no English prose", () => {
    const instants: Date[] = [];
    // Every day of 2025 and 2026 at 09:00 UTC (every public holiday, daytime on both sides), and
    // night instants once a week.
    for (let day = 0; day < 730; day += 1) {
      instants.push(new Date(Date.UTC(2025, 0, 1 + day, 9)));
      if (day % 7 === 0) instants.push(new Date(Date.UTC(2025, 0, 1 + day, 22)));
    }
    const english: string[] = [];
    let rendered = 0;
    for (const baseline of baselines) {
      const own = notices
        .filter((notice) => notice.crossing === baseline.slug)
        .map((notice) => ({ ...notice, modes: notice.modes as NoticeInput["modes"], postedAt: notice.createdAt }));
      const at = [...instants, ...own.map((notice) => new Date(notice.startsAt.getTime() + 3600_000))];
      for (const instant of at) {
        const status = evaluateStatus({ baseline, instant, notices: own, reports: [] });
        for (const reason of status.reasons) {
          const text = reasonText(reason.message, "ru");
          rendered += 1;
          const message = reason.message;
          if ("holiday" in message && !hasCyrillic(holidayName(message.country, message.holiday, "ru")))
            english.push(`${baseline.slug}: holiday "${message.holiday}" (${message.country})`);
          // Source keys name sources (shown as their numbers elsewhere): not prose to translate.
          const prose = text.replace(/[a-z0-9]+(?:-[a-z0-9]+)+/g, "");
          if (englishRun.test(prose)) english.push(`${baseline.slug} ${instant.toISOString()}: ${text}`);
        }
      }
    }
    expect(rendered).toBeGreaterThan(baselines.length);
    expect([...new Set(english)]).toEqual([]);
  }, 120_000);

  it("falls back to the text as written where there is no Russian, and says so for the lang attribute", () => {
    expect(dataText("A note a moderator just wrote", "ru")).toBe("A note a moderator just wrote");
    expect(dataTextLang("A note a moderator just wrote", "ru")).toBe("en");
    expect(dataText("hours not published", "ru")).toBe("часы работы не опубликованы");
    expect(dataText(undefined, "ru")).toBeUndefined();
    expect(russianOf("__proto__")).toBeUndefined();
  });
});
