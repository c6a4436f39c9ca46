/**
 * A crossing with a Turkmen, Afghan or Iranian side (issue 16: any ISO 3166-1 alpha-2 code) goes
 * through the schema, the engine, the list's summary and search, the API's shapes and the open
 * data, and says plainly where a country's public holidays are not known (AF).
 */
import { describe, expect, it } from "vitest";
import { crossingSummarySchema } from "@/lib/api/schemas";
import { toApiSummary } from "@/lib/api/serialize";
import { toStatusResponse } from "@/lib/api/status";
import { crossingBaselineSchema, type CountryCode, type CrossingBaseline, type HolidayPolicy } from "@/lib/baseline/schema";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { filterCrossings, summarizeCrossing } from "@/lib/crossings/summary";
import { buildCrossingsGeoJson } from "@/lib/exports/geojson";
import { reasonText } from "@/lib/i18n/reasons";
import { evaluateStatus } from "@/lib/status/evaluate";

const ref = [{ source: "test-source", asOf: "2026" }];
type SideSpec = { country: CountryCode; post: string; postRu: string; timeZone: string; lat: number; lon: number; holidays?: HolidayPolicy };
function crossing(slug: string, a: SideSpec, b: SideSpec): CrossingBaseline {
  const side = (s: SideSpec) => ({
    country: s.country,
    postName: { value: { en: s.post, ru: s.postRu }, sources: ref },
    timeZone: s.timeZone,
    location: { value: { lat: s.lat, lon: s.lon }, sources: ref },
    hours: { value: "Mo-Fr 09:00-18:00", sources: ref },
    ...(s.holidays ? { publicHolidays: { value: s.holidays, sources: ref } } : {}),
  });
  return crossingBaselineSchema.parse({ ...testBaseline(), slug, name: { en: slug, ru: slug }, sides: [side(a), side(b)] });
}

const alat: SideSpec = { country: "UZ", post: "Alat", postRu: "Алат", timeZone: "Asia/Tashkent", lat: 39.43, lon: 63.8 };
const farap: SideSpec = { country: "TM", post: "Farap", postRu: "Фарап", timeZone: "Asia/Ashgabat", lat: 39.2, lon: 63.6 };
const sarakhsTm: SideSpec = { country: "TM", post: "Saragt", postRu: "Серахс", timeZone: "Asia/Ashgabat", lat: 36.53, lon: 61.2 };
const sarakhsIr: SideSpec = { country: "IR", post: "Sarakhs", postRu: "Серахс", timeZone: "Asia/Tehran", lat: 36.54, lon: 61.17 };
const panjiPoyon: SideSpec = { country: "TJ", post: "Panji Poyon", postRu: "Нижний Пяндж", timeZone: "Asia/Dushanbe", lat: 37.23, lon: 68.6 };
const sherKhan: SideSpec = { country: "AF", post: "Sher Khan Bandar", postRu: "Шерхан-Бандар", timeZone: "Asia/Kabul", lat: 37.2, lon: 68.6 };

// Wednesday 15 July 2026, 11:00 in Tashkent and Ashgabat, 10:30 in Tehran and Kabul: no holiday in any of them.
const WEDNESDAY = new Date("2026-07-15T06:00:00Z");
// Monday 23 March 2026, 11:30 in Tehran: Nowruz (20–24 March in date-holidays).
const NOWRUZ_MONDAY = new Date("2026-03-23T08:00:00Z");

describe("a crossing with a TM, IR or AF side", () => {
  const crossings = [crossing("alat-farap", alat, farap), crossing("sarakhs", sarakhsTm, sarakhsIr), crossing("panji-poyon-sher-khan-bandar", panjiPoyon, sherKhan)];

  it("goes through the schema, the engine, the summary, the API shapes and the GeoJSON", () => {
    for (const baseline of crossings) {
      const status = evaluateStatus({ baseline, instant: WEDNESDAY, notices: [], reports: [] });
      expect(status.state).toBe("open");
      for (const locale of ["en", "ru"] as const) {
        const summary = summarizeCrossing(baseline, WEDNESDAY, undefined, status, locale);
        expect(crossingSummarySchema.parse(toApiSummary(summary)).countries).toEqual(baseline.sides.map((side) => side.country));
        expect(
          toStatusResponse(baseline, status, null, null, locale)
            .reasons.map((reason) => reason.text)
            .join(" "),
        ).not.toMatch(/undefined/);
      }
    }
    const summaries = crossings.map((baseline) => summarizeCrossing(baseline, WEDNESDAY));
    expect(buildCrossingsGeoJson(summaries, WEDNESDAY).features).toHaveLength(3);
    // The list's search finds them by country name in either language and by code.
    expect(filterCrossings(summaries, { q: "Turkmenistan" }).map((s) => s.slug)).toEqual(["alat-farap", "sarakhs"]);
    expect(filterCrossings(summaries, { q: "Туркменистан" }).map((s) => s.slug)).toEqual(["alat-farap", "sarakhs"]);
    expect(filterCrossings(summaries, { q: "Иран" }).map((s) => s.slug)).toEqual(["sarakhs"]);
    expect(filterCrossings(summaries, { q: "Afghanistan" }).map((s) => s.slug)).toEqual(["panji-poyon-sher-khan-bandar"]);
    expect(filterCrossings(summaries, { pair: "AF-TJ" }).map((s) => s.slug)).toEqual(["panji-poyon-sher-khan-bandar"]);
  });

  it("rejects a side whose country is no ISO 3166-1 alpha-2 code", () => {
    const bad = structuredClone(crossings[0]!) as { sides: { country: string }[] };
    for (const country of ["XK", "TKM", "tm", "ZZ"]) {
      bad.sides[1]!.country = country;
      const result = crossingBaselineSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]).toMatchObject({ path: ["sides", 1, "country"], message: expect.stringContaining("ISO 3166-1 alpha-2") });
    }
  });

  it("says an Afghan post's holidays are not known, after the answer, when no source says whether it closes on them", () => {
    const status = evaluateStatus({ baseline: crossings[2]!, instant: WEDNESDAY, notices: [], reports: [] });
    expect(status.reasons.map((reason) => reason.message.key)).toEqual(["bothOpen", "holidaysUnknown"]);
    expect(reasonText(status.reasons[1]!.message, "en")).toBe("The public holidays of Afghanistan are not known to Crossings: Sher Khan Bandar (Afghanistan) may close on them.");
    expect(reasonText(status.reasons[1]!.message, "ru")).toBe("Государственные праздники (Афганистан) неизвестны: Шерхан-Бандар (Афганистан) может быть закрыт в эти дни.");
    // Turkmenistan's are known (a sourced list): nothing to add.
    expect(evaluateStatus({ baseline: crossings[0]!, instant: WEDNESDAY, notices: [], reports: [] }).reasons.map((reason) => reason.message.key)).toEqual(["bothOpen"]);
  });

  it("makes a post that closes on holidays nobody can name 'unknown', never 'open' or 'closed'", () => {
    const baseline = crossing("panji-poyon-sher-khan-bandar", panjiPoyon, { ...sherKhan, holidays: "closed" });
    const status = evaluateStatus({ baseline, instant: WEDNESDAY, notices: [], reports: [] });
    expect(status.sides.map((side) => side.state)).toEqual(["open", "unknown"]);
    expect(status.state).toBe("unknown");
    expect(status.reasons[0]!.message).toMatchObject({ key: "holidaysUnknown", country: "AF" });
    // "open" on holidays needs no calendar.
    const open = evaluateStatus({
      baseline: crossing("panji-poyon-sher-khan-bandar", panjiPoyon, { ...sherKhan, holidays: "open" }),
      instant: WEDNESDAY,
      notices: [],
      reports: [],
    });
    expect(open.state).toBe("open");
    expect(open.reasons.map((reason) => reason.message.key)).toEqual(["bothOpen"]);
  });

  it("closes a Turkmen post that closes on holidays on Turkmenistan's (our sourced list), on Ashgabat's date", () => {
    const baseline = crossing("alat-farap", alat, { ...farap, holidays: "closed" });
    // State Flag and Constitution Day, Monday 18 May 2026 (its hours are Mo-Fr 09:00-18:00), 11:00 in Ashgabat.
    const flagDay = evaluateStatus({ baseline, instant: new Date("2026-05-18T06:00:00Z"), notices: [], reports: [] });
    expect(flagDay.sides[1]).toMatchObject({ state: "closed", holiday: "State Flag and Constitution Day" });
    expect(evaluateStatus({ baseline, instant: new Date("2026-05-19T06:00:00Z"), notices: [], reports: [] }).sides[1]).toMatchObject({ state: "open", holiday: null });
  });

  it("closes an Iranian post that closes on holidays on Iran's own holidays (date-holidays), on Tehran's date", () => {
    const baseline = crossing("sarakhs", sarakhsTm, { ...sarakhsIr, holidays: "closed" });
    const nowruz = evaluateStatus({ baseline, instant: NOWRUZ_MONDAY, notices: [], reports: [] });
    expect(nowruz.sides[1]).toMatchObject({ state: "closed" });
    expect(nowruz.sides[1]!.holiday).toBeTruthy();
    expect(nowruz.state).toBe("closed");
    expect(evaluateStatus({ baseline, instant: WEDNESDAY, notices: [], reports: [] }).sides[1]!.state).toBe("open");
  });
});
