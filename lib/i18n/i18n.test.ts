import { describe, expect, it } from "vitest";
import { negotiateLocale, resolveLocale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { plural } from "@/lib/i18n/plural";
import { ownEntry } from "@/lib/i18n/catalog";
import { reasonText, seasonRangeText } from "@/lib/i18n/reasons";
import { formatters } from "@/lib/format/time";
import type { ReasonMessage } from "@/lib/status/reason-message";

describe("choosing the language", () => {
  it.each([
    ["ru-RU,ru;q=0.9,en;q=0.8", "ru"],
    ["en-US,en;q=0.9", "en"],
    ["kk-KZ,ru;q=0.8,en;q=0.5", "ru"],
    ["de-DE,en;q=0.5,ru;q=0.3", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [null, "en"],
    ["*", "en"],
  ])("Accept-Language %j gives %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it("prefers the saved choice to the browser's, and ignores a cookie it does not know", () => {
    expect(resolveLocale("en", "ru")).toBe("en");
    expect(resolveLocale("ru", "en")).toBe("ru");
    expect(resolveLocale("fr", "ru")).toBe("ru");
    expect(resolveLocale(undefined, undefined)).toBe("en");
  });
});

describe("plural forms", () => {
  it("uses the three Russian forms and the two English ones", () => {
    const ru = (n: number) => plural("ru", n, { one: "# пункт", few: "# пункта", many: "# пунктов", other: "# пункта" });
    expect([1, 2, 5, 11, 21, 22, 25].map(ru)).toEqual(["1 пункт", "2 пункта", "5 пунктов", "11 пунктов", "21 пункт", "22 пункта", "25 пунктов"]);
    expect([1, 2].map((n) => plural("en", n, { one: "# day", other: "# days" }))).toEqual(["1 day", "2 days"]);
  });

  it("formats numbers per locale", () => {
    expect(formatters("en").number(4320)).toBe("4,320");
    expect(formatters("ru").number(4320)).toBe("4\u00a0320");
  });
});

describe("dates and durations per locale", () => {
  const instant = new Date("2026-11-21T08:05:00Z");
  it("writes days and months in the reader's language, in the zone asked for", () => {
    expect(formatters("en").dayTime(instant, "Asia/Bishkek", instant)).toBe("Sat 21 Nov, 14:05");
    expect(formatters("ru").dayTime(instant, "Asia/Bishkek", instant)).toBe("сб, 21 нояб., 14:05");
    expect(formatters("ru").asOf("2024-05")).toBe("май 2024 г.");
  });
  it("gives the year when it is another year in that zone's own calendar", () => {
    // 31 Dec 2026 20:00 UTC is already 1 January 2027 in Bishkek, and still 2026 in London.
    const newYear = new Date("2026-12-31T20:00:00Z");
    const before = new Date("2026-12-31T10:00:00Z");
    expect(formatters("en").dayTime(newYear, "Asia/Bishkek", before)).toBe("Fri, 1 Jan 2027, 02:00");
    expect(formatters("en").dayTime(newYear, "Europe/London", before)).toBe("Thu 31 Dec, 20:00");
  });
  it("writes durations and ages with the language's units", () => {
    expect(formatters("en").duration(200 * 60000)).toBe("3 h 20 min");
    expect(formatters("ru").duration(200 * 60000)).toBe("3 ч 20 мин");
    expect(formatters("ru").ago(5 * 86400_000)).toBe("5 дней назад");
    expect(formatters("en").ago(20_000)).toBe("just now");
  });
});

describe("the engine's reasons", () => {
  const at = new Date("2026-07-15T06:00:00Z");
  const post = { en: "Kegen", ru: "Кеген" };
  const every: ReasonMessage[] = [
    { key: "holidayCloses", holiday: "Nauryz", post, country: "KZ" },
    { key: "holidayMaybe", holiday: "Nauryz", post, country: "KZ" },
    { key: "holidayUnsaid", holiday: "Nauryz", post, country: "KZ" },
    { key: "notice", text: "Road works", effect: "closed", onlyModes: ["car", "truck"], untilFurtherNotice: true, decidesFor: ["car", "truck"] },
    { key: "reports", tally: { count: 2, seen: "closed", newestAgoMs: 40 * 60000 } },
    {
      key: "reportsConflict",
      tallies: [
        { count: 1, seen: "open", newestAgoMs: 600000 },
        { count: 5, seen: "closed", newestAgoMs: 900000 },
      ],
    },
    { key: "modeNotAllowed", mode: "car", allowed: ["pedestrian", "bus"] },
    { key: "goodsOnly" },
    { key: "bilateral", countries: ["KG", "CN"] },
    { key: "outOfOperation" },
    { key: "operationUnknown" },
    { key: "outOfSeason", description: "Open 1 May to 30 November" },
    {
      key: "sourcesDisagree",
      post,
      claims: [
        { state: "open", sources: ["blog"] },
        { state: "closed", sources: ["directory"] },
      ],
    },
    { key: "sideClosed", post, nextChange: new Date("2026-07-15T12:00:00Z"), timeZone: "Asia/Almaty", at, comment: null },
    { key: "sideHoursUnknown", post, nextChange: null, timeZone: "Asia/Almaty", at, comment: "not published" },
    { key: "bothOpen" },
    {
      key: "factDisagrees",
      fact: "publicHolidays",
      post,
      claims: [
        { value: "closed", sources: ["guide"] },
        { value: "open", sources: ["news"] },
      ],
    },
    {
      key: "factDisagrees",
      fact: "season",
      claims: [
        { value: "May-Oct", sources: ["guide"] },
        { value: "Jun-Sep", sources: ["news"] },
      ],
    },
    { key: "scheduleTooComplex" },
    { key: "holidaysUnknown", post, country: "TM" },
    { key: "whoUnknown", countries: ["UZ", "TJ"] },
    { key: "modeUnknown", mode: "pedestrian", named: ["car", "bus"] },
  ];

  it("has words for every reason in both languages, with names in the reader's language", () => {
    for (const message of every) {
      const en = reasonText(message, "en");
      const ru = reasonText(message, "ru");
      expect(en, message.key).not.toMatch(/undefined|NaN|\[object/);
      expect(ru, message.key).not.toMatch(/undefined|NaN|\[object/);
      expect(ru, message.key).toMatch(/[а-яё]/i);
      expect(ru, message.key).not.toBe(en);
      if ("post" in message) {
        expect(en).toContain("Kegen");
        expect(ru).toContain("Кеген");
      }
    }
  });

  it("names a dispute's sources by the page's citation numbers, and never by their internal keys", () => {
    const season = every.find((message) => message.key === "factDisagrees" && message.fact === "season")!;
    const post = every.find((message) => message.key === "sourcesDisagree")!;
    // Without a way to cite them (the API, feeds, alerts): the claims alone; the sources go beside the text.
    expect(reasonText(season, "en")).toBe("Sources disagree about the season (May–October; June–September).");
    expect(reasonText(post, "en")).not.toMatch(/blog|directory/);
    expect(reasonText(season, "ru")).not.toMatch(/guide|news/);
    // On the crossing page: each claim by the numbers of the source list below.
    const numbers = new Map([
      ["guide", 2],
      ["news", 5],
    ]);
    const cite = (key: string) => (numbers.has(key) ? `[${numbers.get(key)}]` : undefined);
    expect(reasonText(season, "en", cite)).toBe("Sources disagree about the season (May–October per [2]; June–September per [5]).");
    expect(reasonText(season, "ru", cite)).toContain("по данным [2]");
    // A source the page does not list is left out, not named by its key.
    expect(reasonText(post, "en", cite)).not.toMatch(/blog|directory|per/);
  });

  it("tells apart two season claims of the same months by what they say of the rest of the year", () => {
    const season: ReasonMessage = {
      key: "factDisagrees",
      fact: "season",
      claims: [
        { value: "May-Nov", sources: ["news"], outside: "unknown" },
        { value: "May-Nov", sources: ["guide"], outside: "closed" },
      ],
    };
    expect(reasonText(season, "en")).toBe("Sources disagree about the season (May–November, the rest of the year not known; May–November, closed the rest of the year).");
    expect(reasonText(season, "ru")).toContain("в остальное время закрыт");
    // Cited, the Russian reads once "по данным" ("according to"), not "нет данных по данным".
    expect(reasonText(season, "ru", (key) => (key === "news" ? "[1]" : "[2]"))).toBe(
      "Источники расходятся в том, в какие месяцы работает пункт пропуска (май–ноябрь, остальное время неизвестно по данным [1]; май–ноябрь, в остальное время закрыт по данным [2]).",
    );
    // Where the claims agree on it, the months alone tell them apart.
    expect(
      reasonText(
        every.find((message) => message.key === "factDisagrees" && message.fact === "season")!,
        "en",
      ),
    ).toBe("Sources disagree about the season (May–October; June–September).");
  });

  it("agrees in number in Russian", () => {
    expect(reasonText(every[4]!, "ru")).toBe("2 путешественника сообщили: закрыт (последнее — 40 мин назад).");
    expect(reasonText(every[5]!, "ru")).toContain("5 путешественников сообщили: закрыт");
    expect(reasonText(every[5]!, "ru")).toContain("1 путешественник сообщил: открыт");
    expect(reasonText(every[4]!, "en")).toBe("2 travellers reported closed (newest 40 min ago).");
  });

  it("says a holiday of the evaluated time (planned times too), not of today", () => {
    expect(reasonText(every[2]!, "ru")).toBe("В этот день государственный праздник (Казахстан: Наурыз мейрамы); ни один источник не сообщает, закрыт ли Кеген (Казахстан).");
    expect(reasonText(every[3]!, "ru")).toBe("Объявление: Road works (только для легковых автомобилей, грузовиков) — до особого распоряжения.");
    expect(reasonText(every[3]!, "en")).toBe("Notice: Road works (car, truck only) — until further notice.");
  });

  it("shows the next change in the side's own zone, in the reader's language", () => {
    expect(reasonText(every[13]!, "en")).toBe("Kegen: closed by its published hours (next change Wed 15 Jul, 17:00 local time, UTC+5).");
    expect(reasonText(every[13]!, "ru")).toBe("Кеген: закрыт по опубликованным часам (следующее изменение ср, 15 июл., 17:00 по местному времени, UTC+5).");
  });
});

describe("catalogs", () => {
  it("look keys from outside the code up as their own keys only", () => {
    const t = messagesFor("en");
    expect(ownEntry(t.crossing.alerts.errors, "too-many")).toBe(t.crossing.alerts.errors["too-many"]);
    for (const key of ["__proto__", "toString", "constructor", "hasOwnProperty", "", undefined, ["wait"]]) {
      expect(ownEntry(t.crossing.alerts.errors, key), String(key)).toBeUndefined();
    }
  });

  it("say counts of one in the singular in English too", () => {
    const m = messagesFor("en").moderation;
    expect(m.log.reports(1)).toBe("1 report");
    expect(m.log.reports(3)).toBe("3 reports");
    expect(m.queue.reporter(1, 0, 1, false, "none")).toBe("Reporter: 1 report, 0 hidden, account 1 day old. Others there ±3 h: none");
    expect(m.queue.reporter(12, 2, null, true, "none")).toBe("Reporter: 12 reports, 2 hidden, account ? days old, banned. Others there ±3 h: none");
  });

  it("say how one travels, per mode", () => {
    const en = messagesFor("en");
    const ru = messagesFor("ru");
    expect(en.crossing.status.travelling(en.travellingBy.pedestrian)).toBe("travelling on foot");
    expect(en.crossing.status.travelling(en.travellingBy.car)).toBe("travelling by car");
    expect(ru.crossing.status.travelling(ru.travellingBy.car)).toBe("на легковом автомобиле");
  });

  it("put the number first in the feeds page's Russian counts", () => {
    const f = messagesFor("ru").pages.feeds;
    expect(f.introAfter(30)).toMatch(/^ охватывают 30 последних дней /);
    expect(f.introAfter(21)).toMatch(/^ охватывают 21 последний день /);
    expect(f.byCountryText(50)).toContain("(50 последних записей)");
    expect(f.byCrossingBefore(22)).toContain("(22 последние записи)");
  });

  it("have the same keys in English and Russian, and no empty string", () => {
    const walk = (en: unknown, ru: unknown, path: string): void => {
      expect(typeof ru, path).toBe(typeof en);
      if (typeof en === "string") {
        expect((ru as string).length, path).toBeGreaterThan(0);
      } else if (en && typeof en === "object") {
        expect(Object.keys(ru as object).sort(), path).toEqual(Object.keys(en).sort());
        for (const key of Object.keys(en)) walk((en as Record<string, unknown>)[key], (ru as Record<string, unknown>)[key], `${path}.${key}`);
      }
    };
    walk(messagesFor("en"), messagesFor("ru"), "t");
  });
});

describe("a season's range in words", () => {
  it.each([
    ["May-Oct", "en", "May–October"],
    ["May-Oct", "ru", "май–октябрь"],
    ["May 20-Sep 30", "en", "20 May – 30 September"],
    ["May 20-Sep 30", "ru", "20 мая – 30 сентября"],
    ["Apr 15-Oct", "ru", "15 апреля – октябрь"],
    // Anything beyond one range of months and days is shown as written.
    ["Nov-Mar,Jun", "ru", "Nov-Mar,Jun"],
    ["May 40-Sep 30", "en", "May 40-Sep 30"],
    ["Feb 30-Sep 31", "en", "Feb 30-Sep 31"],
    ["Dec-Feb", "ru", "декабрь–февраль"],
    ["Feb 29-Mar 1", "en", "29 February – 1 March"],
    ["Snow-free late May to late September", "en", "Snow-free late May to late September"],
  ] as const)("%s (%s) → %s", (range, locale, expected) => {
    expect(seasonRangeText(range, locale)).toBe(expected);
  });
});
