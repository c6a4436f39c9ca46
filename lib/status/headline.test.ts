import { describe, expect, it } from "vitest";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { evaluateStatus } from "@/lib/status/evaluate";
import { rowWhy, statusHeadline } from "@/lib/status/headline";
import { reasonText } from "@/lib/i18n/reasons";
import { minutesBefore, notice, report } from "@/lib/status/test-helpers";

const instant = new Date("2026-07-15T06:00:00Z");
const status = (input: Partial<Parameters<typeof evaluateStatus>[0]> = {}) => evaluateStatus({ baseline: testBaseline(), notices: [], reports: [], instant, ...input });

describe("status headline", () => {
  it.each([
    ["no reports at all", status(), "Open by schedule — no reports yet"],
    ["an old report", status({ reports: [report({ observedAt: new Date(instant.getTime() - 3 * 86400_000) })] }), "Open by schedule — no reports in 3 days"],
    [
      "two fresh closed reports",
      status({ reports: [report({ observedAt: minutesBefore(instant, 40), seen: "closed" }), report({ observedAt: minutesBefore(instant, 45), seen: "closed" })] }),
      "Closed — 2 travellers, 40 min ago",
    ],
    [
      "conflicting reports",
      status({
        reports: [
          report({ observedAt: minutesBefore(instant, 10), seen: "closed" }),
          report({ observedAt: minutesBefore(instant, 12), seen: "closed" }),
          report({ observedAt: minutesBefore(instant, 15), seen: "open" }),
        ],
      }),
      "Reports conflict — 3 travellers, 10 min ago",
    ],
    [
      "one report against the schedule, not yet confirmed",
      status({ reports: [report({ observedAt: minutesBefore(instant, 10), seen: "closed" })] }),
      "Open by schedule — last report 10 min ago; but 1 traveller reported closed 10 min ago (not yet confirmed)",
    ],
    ["a notice", status({ notices: [notice({ startsAt: minutesBefore(instant, 60) })] }), "Closed — by notice; no reports yet"],
    ["unknown hours", status({ baseline: testBaseline({ hours: ['Mo-Su unknown "not published"', "24/7"] }) }), "Hours unknown — no reports yet"],
    // Issue 19: "Hours unknown" above "Out of season" — the headline's why is the first reason.
    [
      "out of a season whose outside is not known, hours unknown too",
      status({
        baseline: testBaseline({
          hours: ['Mo-Su unknown "not published"', "24/7"],
          season: { value: { range: "Jan-Mar", outside: "unknown", description: "Winter only" }, sources: [{ source: "test", asOf: "2025" }] },
        }),
      }),
      "Unknown — Out of season: Winter only.",
    ],
    // A dispute is named by what is disputed; its claims and their sources are the reasons below.
    [
      "sources disagree about the season",
      status({
        baseline: testBaseline({
          season: {
            value: { range: "Jan-Mar", outside: "closed", description: "Winter only" },
            sources: [{ source: "test", asOf: "2025" }],
            alternatives: [{ value: { range: "Jan-Dec", outside: "closed", description: "All year" }, sources: [{ source: "other", asOf: "2025" }] }],
          },
        }),
      }),
      "Unknown — sources disagree about the season",
    ],
    [
      "China's National Day at a post whose holiday closures are not known",
      status({
        baseline: (() => {
          const baseline = testBaseline({ hours: ["24/7", '24/7 unknown "not published"'] });
          baseline.sides[1].publicHolidays = { value: "unknown", sources: [{ source: "test", asOf: "2025" }], alternatives: [] };
          return baseline;
        })(),
        instant: new Date("2026-10-01T06:00:00Z"),
      }),
      "Unknown — Public holiday in China (National Day): whether Chinese post (China) opens is not known.",
    ],
  ])("%s", (_label, value, expected) => {
    expect(statusHeadline(value)).toBe(expected);
  });

  it("leaves freshness out for a planned arrival", () => {
    expect(statusHeadline(status(), { planned: true })).toBe("Open by schedule");
  });
});

describe("status headline in Russian", () => {
  it.each([
    ["no reports at all", status(), "Открыт по расписанию — сообщений пока нет"],
    ["an old report", status({ reports: [report({ observedAt: new Date(instant.getTime() - 3 * 86400_000) })] }), "Открыт по расписанию — нет сообщений уже 3 дня"],
    [
      "five fresh closed reports",
      status({ reports: [10, 15, 20, 25, 30].map((minutes) => report({ observedAt: minutesBefore(instant, minutes), seen: "closed" })) }),
      "Закрыт — 5 путешественников, 10 мин назад",
    ],
    ["a notice", status({ notices: [notice({ startsAt: minutesBefore(instant, 60) })] }), "Закрыт — по объявлению; сообщений пока нет"],
  ])("%s", (_label, value, expected) => {
    expect(statusHeadline(value, { locale: "ru" })).toBe(expected);
  });
});

describe("a crossing whose two posts share a name (Torugart – Torugart)", () => {
  // 2026-07-15T06:00Z is a Wednesday: 12:00 in Bishkek, 14:00 in Shanghai.
  const posts = (kg: string, cn: string, hours: [string, string] = ["Mo-Fr 14:00-18:00", 'Mo-Su unknown "not published"']) => {
    const baseline = testBaseline({ hours });
    baseline.sides[0].postName.value = { en: kg, ru: "Торугарт" };
    baseline.sides[1].postName.value = { en: cn, ru: "Торугарт" };
    return evaluateStatus({ baseline, notices: [], reports: [], instant });
  };
  const texts = (value: ReturnType<typeof posts>, locale: "en" | "ru") => value.reasons.map((reason) => reasonText(reason.message, locale));

  it("names each post's country in its reasons and in the list row, in either language", () => {
    const twins = posts("Torugart", "Torugart");
    expect(twins.state).toBe("closed");
    expect(texts(twins, "en")).toEqual([
      expect.stringMatching(/^Torugart \(Kyrgyzstan\): closed by its published hours \(next change Wed 15 Jul, 14:00 local time, UTC\+6\)/),
      expect.stringMatching(/^Torugart \(China\): hours not known/),
    ]);
    expect(texts(twins, "ru")[0]).toMatch(/^Торугарт \(Кыргызстан\): закрыт по опубликованным часам/);
    // A name with brackets of its own takes the country inside them.
    expect(texts(posts("Irkeshtam", "Irkeshtam (Sumhana)"), "en")[1]).toMatch(/^Irkeshtam \(Sumhana, China\): hours not known/);
    // Same name in Russian only: still told apart.
    expect(texts(posts("Serakhs (Saragt)", "Sarakhs"), "ru")[0]).toMatch(/^Торугарт \(Кыргызстан\): закрыт/);
    const unknown = posts("Torugart", "Torugart", ['Mo-Su unknown "not published"', 'Mo-Su unknown "not published"']);
    expect(rowWhy(unknown, "en")).toBe("Torugart (Kyrgyzstan), Torugart (China): hours not known.");
  });

  it("leaves posts of different names as they are", () => {
    const value = evaluateStatus({ baseline: testBaseline({ hours: ["Mo-Fr 14:00-18:00", "24/7"] }), notices: [], reports: [], instant });
    expect(texts(value, "en")[0]).toMatch(/^Kyrgyz post: closed by its published hours/);
  });
});
