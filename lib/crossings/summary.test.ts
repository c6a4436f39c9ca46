import { describe, expect, it } from "vitest";
import { filterCrossings, summarizeCrossing } from "@/lib/crossings/summary";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { notice } from "@/lib/status/test-helpers";

const now = new Date("2026-07-15T06:00:00Z");
const irkeshtam = summarizeCrossing({ ...testBaseline(), slug: "irkeshtam", name: { en: "Irkeshtam", ru: "Иркештам" } }, now);
const kegen = summarizeCrossing(
  {
    ...testBaseline(),
    slug: "karkyra-kegen",
    name: { en: "Karkyra – Kegen", ru: "Каркыра – Кеген" },
    sides: [
      { ...testBaseline().sides[0], postName: { value: { en: "Karkyra" }, sources: [{ source: "s", asOf: "2025" }], alternatives: [] } },
      { ...testBaseline().sides[1], country: "KZ", postName: { value: { en: "Kegen" }, sources: [{ source: "s", asOf: "2025" }], alternatives: [] } },
    ],
  },
  now,
);
const all = [irkeshtam, kegen];

describe("crossing summary", () => {
  it("carries both countries, the midpoint location and the schedule state", () => {
    expect(irkeshtam).toMatchObject({ countries: ["KG", "CN"], location: { lat: 40.05, lon: 73.05 }, state: "open", basis: "schedule" });
  });

  it("an unknown crossing's row says why, short: the posts whose hours are not known, or that who may cross is not known; a bilateral one whose citizens", () => {
    const bothUnknown = summarizeCrossing(testBaseline({ hours: ['Mo-Su unknown "hours not published in our sources"', 'Mo-Su unknown "not published"'] }), now);
    expect(bothUnknown.state).toBe("unknown");
    expect(bothUnknown.rowReason).toBe("Kyrgyz post, Chinese post: hours not known.");
    const russianNames = testBaseline({ hours: ["24/7", 'Mo-Su unknown "not published"'] });
    russianNames.sides[1].postName.value.ru = "Китайский пост";
    const oneUnknown = summarizeCrossing(russianNames, now, undefined, undefined, "ru");
    expect(oneUnknown.rowReason).toBe("Китайский пост: часы работы неизвестны.");
    // A notice in force that did not decide the answer leads the line: a driver must not read the
    // hours (unknown), or whose citizens (restricted), as the whole why.
    const carsShut = notice({ startsAt: new Date("2026-07-14T00:00:00Z"), modes: ["car"], text: "Closed to cars" });
    for (const [who, state, why] of [
      ["everyone", "unknown", "Chinese post: hours not known."],
      ["bilateral", "restricted", "Citizens of Kyrgyzstan and China only."],
    ] as const) {
      const traffic = { value: { modes: ["car" as const, "truck" as const], who }, sources: [{ source: "s", asOf: "2025" }] };
      const row = summarizeCrossing(testBaseline({ hours: ["24/7", 'Mo-Su unknown "not published"'], traffic }), now, { notices: [carsShut], reports: [] });
      expect(row.state, who).toBe(state);
      expect(row.rowReason, who).toMatch(/^Notice: Closed to cars \(car only\)/);
      expect(row.rowReason.endsWith(` ${why}`), `${who}: ${row.rowReason}`).toBe(true);
      expect(row.rowNotices, who).toBe(true);
    }
    expect(bothUnknown.rowNotices).toBe(false);
    const who = summarizeCrossing(testBaseline({ traffic: { value: { modes: ["car"], who: "unknown" }, sources: [{ source: "s", asOf: "2025" }] } }), now);
    expect(who).toMatchObject({ state: "unknown", rowReason: "Who may cross here is not known." });
    // Goods only: in Russian the full sentence did not fit a phone's line.
    const goods = summarizeCrossing(
      testBaseline({ traffic: { value: { modes: ["truck"], who: "goods" }, sources: [{ source: "s", asOf: "2025" }] } }),
      now,
      undefined,
      undefined,
      "ru",
    );
    expect(goods).toMatchObject({ state: "restricted", rowReason: "Только для грузового транспорта." });
    // Only two countries' citizens: said short, to fit a phone's line.
    const bilateral = summarizeCrossing(testBaseline({ traffic: { value: { modes: ["car"], who: "bilateral" }, sources: [{ source: "s", asOf: "2025" }] } }), now);
    expect(bilateral).toMatchObject({ state: "restricted", rowReason: "Citizens of Kyrgyzstan and China only." });
    // Known answers keep their own line (shown only under "restricted" or a notice).
    expect(irkeshtam.rowReason).not.toMatch(/not known/);
  });

  it("under notices that leave a crossing open to some, the row's line names every notice in force, in English and Russian", () => {
    const baseline = testBaseline({ traffic: { value: { modes: ["car", "truck"], who: "everyone" }, sources: [{ source: "s", asOf: "2025" }] } });
    const notices = [
      notice({ startsAt: new Date("2026-07-14T00:00:00Z"), text: "Closed for reconstruction" }),
      notice({ startsAt: new Date("2026-07-15T00:00:00Z"), modes: ["truck"], effect: "open", text: "Trucks let through" }),
    ];
    const row = summarizeCrossing(baseline, now, { notices, reports: [] });
    expect(row.state).toBe("restricted");
    // Not only the latest ("Trucks let through"): a driver must read that cars are shut.
    // Who may pass first (a phone shows two lines), then the closure, then the exception.
    expect(row.rowReason).toMatch(
      /^Open only by truck; closed by car \(notices\)\. Notice: Closed for reconstruction \(except truck: a later notice\).* Notice: Trucks let through \(truck only\)/,
    );
    const ru = summarizeCrossing(baseline, now, { notices, reports: [] }, undefined, "ru");
    expect(ru.rowReason).toMatch(/^Открыт только на грузовике; закрыт на легковом автомобиле \(по объявлениям\)\./);
    expect(ru.rowReason.match(/Trucks let through|Closed for reconstruction/g)).toHaveLength(2);
    // The API's reason stays the first reason alone (docs/api.md).
    expect(row.reason).toMatch(/^Notice: Trucks let through/);
    // A notice that later ones replace for every mode it is about decides nothing: not on the row.
    const carsShut = notice({ startsAt: new Date("2026-07-15T01:00:00Z"), modes: ["car"], text: "Cars turned back" });
    const replaced = summarizeCrossing(baseline, now, { notices: [...notices, carsShut], reports: [] });
    expect(replaced.state).toBe("restricted");
    expect(replaced.rowReason).toMatch(/^Open only by truck; closed by car \(notices\)\. Notice: Cars turned back \(car only\).* Notice: Trucks let through \(truck only\)[^]*$/);
    expect(replaced.rowReason).not.toContain("Closed for reconstruction");
  });

  it("under such notices the headline itself says who may pass, in English and Russian", () => {
    const baseline = testBaseline({ traffic: { value: { modes: ["pedestrian", "car", "truck"], who: "everyone" }, sources: [{ source: "s", asOf: "2025" }] } });
    const notices = [
      notice({ startsAt: new Date("2026-07-14T00:00:00Z"), text: "Closed for reconstruction" }),
      notice({ startsAt: new Date("2026-07-15T00:00:00Z"), modes: ["truck"], effect: "open", text: "Trucks let through" }),
    ];
    // Before: "Restricted — by notice; no reports yet", and only the reasons below said that cars are shut.
    expect(summarizeCrossing(baseline, now, { notices, reports: [] }).headline).toBe("Restricted — open only by truck, closed on foot, by car (by notice); no reports yet");
    expect(summarizeCrossing(baseline, now, { notices, reports: [] }, undefined, "ru").headline).toBe(
      "Ограничен — открыт только на грузовике, закрыт пешком, на легковом автомобиле (по объявлению); сообщений пока нет",
    );
    // Review: with a carried mode no notice decides for (on foot, by the published hours), "only"
    // would tell a walker the crossing is shut to them. It says the rest follow the schedule.
    const noFootNotice = [
      notice({ startsAt: new Date("2026-07-14T00:00:00Z"), modes: ["car"], text: "Cars turned back" }),
      notice({ startsAt: new Date("2026-07-15T00:00:00Z"), modes: ["truck"], effect: "open", text: "Trucks let through" }),
    ];
    const partly = summarizeCrossing(baseline, now, { notices: noFootNotice, reports: [] });
    expect(partly.headline).toBe("Restricted — open by truck, closed by car (by notice), on foot by schedule; no reports yet");
    expect(partly.rowReason).toMatch(/^Open by truck; closed by car \(notices\); on foot: by the published hours\. /);
    expect(summarizeCrossing(baseline, now, { notices: noFootNotice, reports: [] }, undefined, "ru").headline).toBe(
      "Ограничен — открыт на грузовике, закрыт на легковом автомобиле (по объявлению), пешком — по расписанию; сообщений пока нет",
    );
    // A closure of one mode alone opens nobody by notice: the headline stays as it was.
    const carsOnly = [notice({ startsAt: new Date("2026-07-14T00:00:00Z"), modes: ["car"], text: "Cars turned back" })];
    expect(summarizeCrossing(baseline, now, { notices: carsOnly, reports: [] }).headline).toBe("Restricted — by notice; no reports yet");
  });

  it.each([
    ["Kegen", ["karkyra-kegen"]],
    ["kegen", ["karkyra-kegen"]],
    ["кеген", ["karkyra-kegen"]],
    ["China", ["irkeshtam"]],
    ["kyrgyzstan", ["irkeshtam", "karkyra-kegen"]],
    ["KZ", ["karkyra-kegen"]],
    ["Karkyra kazakhstan", ["karkyra-kegen"]],
    ["Atlantis", []],
    ["", ["irkeshtam", "karkyra-kegen"]],
  ])("search %j finds %j", (q, slugs) => {
    expect(filterCrossings(all, { q }).map((crossing) => crossing.slug)).toEqual(slugs);
  });

  it("filters by border in either order", () => {
    expect(filterCrossings(all, { pair: "KZ-KG" }).map((c) => c.slug)).toEqual(["karkyra-kegen"]);
    expect(filterCrossings(all, { pair: "CN-KG" }).map((c) => c.slug)).toEqual(["irkeshtam"]);
    expect(filterCrossings(all, { pair: "CN-KG", q: "Kegen" })).toEqual([]);
  });

  it("filters by mode of travel (the modes the sources name) and by open now", () => {
    const onFoot = { ...kegen, slug: "on-foot", modes: ["pedestrian" as const], state: "closed" as const };
    const three = [irkeshtam, kegen, onFoot];
    expect(filterCrossings(three, { mode: "car" }).map((c) => c.slug)).toEqual(["irkeshtam", "karkyra-kegen"]);
    expect(filterCrossings(three, { mode: "pedestrian" }).map((c) => c.slug)).toEqual(["on-foot"]);
    expect(filterCrossings(three, { openNow: true }).map((c) => c.slug)).toEqual(["irkeshtam", "karkyra-kegen"]);
    expect(filterCrossings(three, { openNow: true, mode: "pedestrian" })).toEqual([]);
  });
});
