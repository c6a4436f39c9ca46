import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bestTimeInWords, histogramMedian, waitBucket, waitHistogram, waitProfile, waitProfileFromHistogram, weekdayNames } from "@/lib/history/wait-profile";
import { median } from "@/lib/status/wait-estimate";

const at = (iso: string) => new Date(`${iso}+06:00`);
const reports = [
  // Tuesdays 08:xx Bishkek time: quick.
  ...[10, 15, 20].map((wait, i) => ({ observedAt: at(`2026-07-0${7}T08:${10 + i * 10}`), direction: "a-b" as const, waitMinutes: wait })),
  // Fridays 17:xx: slow.
  ...[80, 90, 100, 95].map((wait, i) => ({ observedAt: at(`2026-07-${10 + 7 * (i % 2)}T17:${10 + i * 5}`), direction: "a-b" as const, waitMinutes: wait })),
  // Only two on Monday 09:xx: not enough to show.
  ...[5, 5].map((wait) => ({ observedAt: at("2026-07-06T09:30"), direction: "a-b" as const, waitMinutes: wait })),
  { observedAt: at("2026-07-07T08:30"), direction: "b-a" as const, waitMinutes: 300 },
];

describe("wait profile", () => {
  it("gives the median per hour of the week in the departure side's zone, from 3 reports up", () => {
    const profile = waitProfile(reports, "a-b", "Asia/Bishkek");
    expect(profile.cells).toEqual([
      { weekday: 2, hour: 8, median: 15, count: 3 },
      { weekday: 5, hour: 17, median: 90, count: 4 }, // 80, 90, 100, 95 in their buckets: 75, 90, 90, 90
    ]);
    expect(profile.reports).toBe(9);
    expect(profile.best).toMatchObject({ weekday: 2, hour: 8 });
  });

  it("says the best and slowest times in words", () => {
    expect(bestTimeInWords(waitProfile(reports, "a-b", "Asia/Bishkek"), "Bishkek", "en")).toBe(
      "Best time to cross: Tuesday 08:00–09:00 Bishkek time (typically 15 min, from 3 reports); slowest: Friday 17:00–18:00 (typically 90 min).",
    );
    expect(bestTimeInWords(waitProfile(reports, "b-a", "Asia/Bishkek"), "Bishkek", "en")).toBe(
      "Not enough reports with a wait yet to say when it is quickest (each hour needs 3).",
    );
  });

  it("says them in Russian, with Russian day names and plurals", () => {
    expect(bestTimeInWords(waitProfile(reports, "a-b", "Asia/Bishkek"), "Bishkek", "ru")).toBe(
      "Лучшее время для пересечения: вторник, 08:00–09:00 по местному времени (Bishkek) — обычно 15 мин, по 3 сообщениям; дольше всего: пятница, 17:00–18:00 (обычно 90 мин).",
    );
    expect(bestTimeInWords(waitProfile(reports, "b-a", "Asia/Bishkek"), "Bishkek", "ru")).toBe(
      "Пока слишком мало сообщений с временем ожидания, чтобы сказать, когда быстрее всего (для каждого часа нужно 3 сообщения).",
    );
  });

  it("ends after the best time when there is only one hour to compare", () => {
    const tuesdays = reports.filter((report) => report.observedAt.getUTCDay() === 2 && report.direction === "a-b");
    expect(bestTimeInWords(waitProfile(tuesdays, "a-b", "Asia/Bishkek"), "Bishkek", "en")).toBe(
      "Best time to cross: Tuesday 08:00–09:00 Bishkek time (typically 15 min, from 3 reports).",
    );
  });

  it("names the weekdays Sunday first, short ones capitalised", () => {
    expect(weekdayNames("en", "short")).toEqual(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);
    expect(weekdayNames("ru", "short")[1]).toBe("Пн");
    expect(weekdayNames("ru", "long")[0]).toBe("воскресенье");
  });

  it("reads hours in the zone it is given", () => {
    // 08:10 in Bishkek is 10:10 in Beijing.
    expect(waitProfile(reports, "a-b", "Asia/Shanghai").cells[0]).toMatchObject({ weekday: 2, hour: 10 });
  });
});

describe("typical wait from a histogram (the wait_history table)", () => {
  it("gives the same median as the reports themselves, on random waits", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 1, maxLength: 60 }), (waits) => {
        const counts = new Map<number, number>();
        for (const wait of waits) counts.set(wait, (counts.get(wait) ?? 0) + 1);
        expect(histogramMedian(counts)).toBe(median(waits));
      }),
    );
  });

  it("buckets waits by 5 minutes under an hour, 15 up to three hours, 30 beyond, keeping round figures", () => {
    expect([0, 4, 5, 15, 37, 45, 59, 60, 74, 90, 120, 179, 180, 209, 240, 600].map(waitBucket)).toEqual([0, 0, 5, 15, 35, 45, 55, 60, 60, 90, 120, 165, 180, 180, 240, 600]);
  });

  it("gives the same profile from the histogram as from the reports it counts", () => {
    const zones = { "a-b": "Asia/Bishkek", "b-a": "Asia/Almaty" } as const;
    const histogram = waitHistogram(reports, zones);
    for (const direction of ["a-b", "b-a"] as const) {
      expect(waitProfileFromHistogram(histogram, direction, zones[direction])).toEqual(
        waitProfile(
          reports.filter((r) => r.direction === direction),
          direction,
          zones[direction],
        ),
      );
    }
  });
});
