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
  });

  it("names no best time from hours of 3 or 4 reports, nor from a single hour, and says how much there is", () => {
    // Two hours to compare, but neither has 5 reports.
    expect(waitProfile(reports, "a-b", "Asia/Bishkek")).toMatchObject({ best: null, worst: null, comparedHours: 0 });
    expect(bestTimeInWords(waitProfile(reports, "a-b", "Asia/Bishkek"), "Bishkek", "en")).toBe(
      "Not enough reports yet to name the best time to cross: that needs 2 hours of the week with 5 reports each to compare; so far 0 hours have, of 9 reports in all.",
    );
    // One hour with plenty: still nothing to compare it with.
    const oneHour = [10, 15, 20, 25, 30, 35].map((wait, i) => ({ observedAt: at(`2026-07-07T08:${10 + i * 5}`), direction: "a-b" as const, waitMinutes: wait }));
    expect(waitProfile(oneHour, "a-b", "Asia/Bishkek")).toMatchObject({ best: null, comparedHours: 1 });
    expect(bestTimeInWords(waitProfile(oneHour, "a-b", "Asia/Bishkek"), "Bishkek", "en")).toBe(
      "Not enough reports yet to name the best time to cross: that needs 2 hours of the week with 5 reports each to compare; so far 1 hour has, of 6 reports in all.",
    );
    expect(bestTimeInWords(waitProfile(oneHour, "a-b", "Asia/Bishkek"), "Bishkek", "ru")).toBe(
      "Пока слишком мало сообщений, чтобы назвать лучшее время для пересечения: для сравнения нужно 2 часа недели, в каждом по 5 сообщений; пока таких: 1, а всего 6 сообщений.",
    );
  });

  // Tuesdays 08:xx: 6 quick reports over two weeks; Fridays 17:xx: 5 slow ones; Monday 09:xx: 3
  // quicker still, too few to be named.
  const enough = [
    ...[10, 15, 15, 20, 20, 25].map((wait, i) => ({ observedAt: at(`2026-07-${i < 3 ? "07" : "14"}T08:${10 + i * 5}`), direction: "a-b" as const, waitMinutes: wait })),
    ...[80, 90, 100, 95, 90].map((wait, i) => ({ observedAt: at(`2026-07-${10 + 7 * (i % 2)}T17:${10 + i * 5}`), direction: "a-b" as const, waitMinutes: wait })),
    ...[5, 5, 5].map((wait) => ({ observedAt: at("2026-07-06T09:30"), direction: "a-b" as const, waitMinutes: wait })),
  ];

  it("says when there are no reports with a wait at all", () => {
    expect(bestTimeInWords(waitProfile([], "a-b", "Asia/Bishkek"), "Bishkek", "en")).toBe(
      "No reports with a wait yet: the best time to cross is named once 2 hours of the week have 5 reports each.",
    );
    expect(bestTimeInWords(waitProfile([], "a-b", "Asia/Bishkek"), "Bishkek", "ru")).toBe(
      "Сообщений с временем ожидания пока нет: лучшее время для пересечения будет названо, когда в 2 часах недели наберётся по 5 сообщений.",
    );
  });

  it("names the best and slowest hours only among hours of 5 reports, when two or more can be compared", () => {
    const profile = waitProfile(enough, "a-b", "Asia/Bishkek");
    expect(profile.cells).toHaveLength(3);
    expect(profile).toMatchObject({ comparedHours: 2, best: { weekday: 2, hour: 8, median: 18, count: 6 }, worst: { weekday: 5, hour: 17, median: 90, count: 5 } });
  });

  it("says the best and slowest times in words, with what they rest on", () => {
    expect(bestTimeInWords(waitProfile(enough, "a-b", "Asia/Bishkek"), "Bishkek", "en")).toBe(
      "Best time to cross: Tuesday 08:00–09:00 Bishkek time (typically 18 min, from 6 reports; 2 hours of the week compared); slowest: Friday 17:00–18:00 (typically 90 min, from 5 reports).",
    );
    expect(bestTimeInWords(waitProfile(enough, "a-b", "Asia/Bishkek"), "Bishkek", "ru")).toBe(
      "Лучшее время для пересечения: вторник, 08:00–09:00 по местному времени (Bishkek) — обычно 18 мин, по 6 сообщениям; в сравнении 2 часа недели; дольше всего: пятница, 17:00–18:00 (обычно 90 мин, по 5 сообщениям).",
    );
  });

  it("keeps the direction's rows of the histogram, for the typical wait at any hour", () => {
    const profile = waitProfile(enough, "a-b", "Asia/Bishkek");
    expect(profile.histogram.reduce((sum, row) => sum + row.reports, 0)).toBe(14);
    expect(profile.histogram.every((row) => row.direction === "a-b")).toBe(true);
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
