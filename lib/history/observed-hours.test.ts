import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  hoursAreUnknown,
  inferObservedHours,
  observedEvidence,
  observedHoursInWords,
  observedWindowStart,
  ohDays,
  OBSERVED_HOURS_RULES,
  type ObservedSeen,
} from "@/lib/history/observed-hours";
import { weekdayNames } from "@/lib/history/wait-profile";
import { messagesFor } from "@/lib/i18n/messages";
import { openingHoursProblem } from "@/lib/schedule/opening-hours";

const ZONE = "Asia/Bishkek"; // UTC+6 all year
/** Monday 5 January 2026 00:00 Bishkek time, plus weeks, days (Monday first), hours, minutes. */
const local = (week: number, day: number, hour: number, minute = 10) => new Date(Date.UTC(2026, 0, 5 + 7 * week + day, hour - 6, minute));
const report = (week: number, day: number, hour: number, seen: ObservedSeen = "open", minute = 10) => ({ observedAt: local(week, day, hour, minute), seen });
/** The local (Bishkek) day, Monday first. */
const localDay = (instant: Date) => (new Date(instant.getTime() + 6 * 3600_000).getUTCDay() + 6) % 7;
const localHour = (instant: Date) => (instant.getUTCHours() + 6) % 24;
const pad = (hour: number) => `${String(hour).padStart(2, "0")}:00`;

/** Reports from a schedule: `days` open `from`–`to`, every open hour reported at least once,
 * each open day at least twice, each other day closed twice; spread over `weeks` weeks. */
function fromSchedule(days: number[], from: number, to: number, extra: { day: number; hour: number; week: number }[], weeks = 6) {
  const reports: { observedAt: Date; seen: ObservedSeen }[] = [];
  for (let hour = from; hour < to; hour++) reports.push(report(hour % weeks, days[hour % days.length]!, hour));
  for (const [index, day] of days.entries()) reports.push(report(index % weeks, day, from), report((index + 1) % weeks, day, to - 1, "open", 50));
  for (let day = 0; day < 7; day++) if (!days.includes(day)) reports.push(report(day % weeks, day, 12, "closed"), report((day + 2) % weeks, day, 3, "closed"));
  for (const { day, hour, week } of extra) reports.push(report(week % weeks, days[day % days.length]!, from + (hour % (to - from))));
  while (reports.length < OBSERVED_HOURS_RULES.minReports || reports.filter((entry) => entry.seen === "open").length < OBSERVED_HOURS_RULES.minOpenReports)
    reports.push(report(reports.length % weeks, days[0]!, from));
  return reports;
}

const schedule = fc.record({
  days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }).map((days) => days.sort((a, b) => a - b)),
  from: fc.integer({ min: 0, max: 22 }),
  length: fc.integer({ min: 1, max: 24 }),
  extra: fc.array(fc.record({ day: fc.nat(6), hour: fc.nat(23), week: fc.nat(5) }), { maxLength: 60 }),
});

describe("observed hours: the rule", () => {
  it("recovers a plain weekday schedule: Mo-Fr 09:00-18:00, weekends closed by reports", () => {
    const reports = fromSchedule([0, 1, 2, 3, 4], 9, 18, []);
    const observed = inferObservedHours(observedEvidence(reports, ZONE));
    expect(observed?.hours).toBe("Mo-Fr 09:00-18:00");
    expect(observed?.closedDays).toEqual([5, 6]);
    expect(observed?.reports).toBe(reports.length);
    expect(observedHoursInWords(observed!, weekdayNames("en", "short"))).toBe("Mon–Fri 09:00–18:00");
    expect(observedHoursInWords(observed!, weekdayNames("ru", "short"))).toBe("Пн–Пт 09:00–18:00");
  });

  it("property: reports generated from a known schedule recover it exactly", () => {
    fc.assert(
      fc.property(schedule, ({ days, from, length, extra }) => {
        const to = Math.min(24, from + length);
        const observed = inferObservedHours(observedEvidence(fromSchedule(days, from, to, extra), ZONE));
        expect(observed).not.toBeNull();
        expect(observed!.hours).toBe(`${ohDays(days)} ${pad(from)}-${pad(to)}`);
        expect(observed!.unknownDays).toEqual([]);
        expect(openingHoursProblem(observed!.hours)).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it("writes days without enough reports as unknown, never as closed", () => {
    const reports = fromSchedule([0, 1, 2, 3, 4], 9, 18, []).filter((entry) => localDay(entry.observedAt) !== 6); // no Sunday reports
    expect(inferObservedHours(observedEvidence(reports, ZONE))?.hours).toBe('Mo-Fr 09:00-18:00; Su unknown "not enough traveller reports"');
  });

  it("gives Saturday its own hours when pooling it with the weekdays is contradicted", () => {
    const reports = [
      ...fromSchedule([0, 1, 2, 3, 4], 9, 18, []).filter((entry) => localDay(entry.observedAt) !== 5),
      ...[10, 11, 12, 13].map((hour, week) => report(week, 5, hour)),
      ...[15, 16].flatMap((hour) => [report(0, 5, hour, "closed"), report(1, 5, hour, "closed")]),
    ];
    const observed = inferObservedHours(observedEvidence(reports, ZONE));
    expect(observed?.hours).toBe("Mo-Fr 09:00-18:00; Sa 10:00-14:00");
    expect(observedHoursInWords(observed!, weekdayNames("en", "short"))).toBe("Mon–Fri 09:00–18:00; Sat 10:00–14:00");
  });

  it("keeps a lunch break that reports show closed", () => {
    const reports = [...fromSchedule([0, 1, 2, 3, 4], 9, 18, []).filter((entry) => localHour(entry.observedAt) !== 13), report(1, 2, 13, "closed"), report(2, 3, 13, "closed")];
    expect(inferObservedHours(observedEvidence(reports, ZONE))?.hours).toBe("Mo-Fr 09:00-13:00,14:00-18:00");
  });

  it("property: a few closed reports inside a claimed hour reject the whole inference", () => {
    fc.assert(
      fc.property(schedule, fc.integer({ min: 3, max: 5 }), fc.nat(23), ({ days, from, length, extra }, closed, at) => {
        const to = Math.min(24, from + length);
        const reports = fromSchedule(days, from, to, extra);
        const hour = from + (at % (to - from));
        const openThere = reports.filter((entry) => entry.seen === "open" && localHour(entry.observedAt) === hour);
        fc.pre(openThere.length < 10 * closed);
        // On the day an open report at that hour came from: inside the claimed range whichever way the days are grouped.
        const day = localDay(openThere[0]!.observedAt);
        for (let i = 0; i < closed; i++) reports.push(report(i, day, hour, "closed", 30));
        expect(inferObservedHours(observedEvidence(reports, ZONE))).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it("outweighs one closed report with ten open ones at that hour", () => {
    const reports = [...fromSchedule([0, 1, 2, 3, 4], 9, 18, []), ...Array.from({ length: 10 }, (_, i) => report(i % 6, i % 5, 10)), report(3, 1, 10, "closed")];
    expect(inferObservedHours(observedEvidence(reports, ZONE))?.hours).toBe("Mo-Fr 09:00-18:00");
  });

  it("property: random open and closed reports at random hours give null", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ week: fc.nat(25), hourOfWeek: fc.nat(167), minute: fc.nat(59), open: fc.boolean() }), { minLength: 40, maxLength: 300 }), (noise) => {
        const reports = noise.map(({ week, hourOfWeek, minute, open }) => report(week, Math.floor(hourOfWeek / 24), hourOfWeek % 24, open ? "open" : "closed", minute));
        expect(inferObservedHours(observedEvidence(reports, ZONE))).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it("needs ten open reports, not just many closed ones", () => {
    const reports = [...Array.from({ length: 30 }, (_, i) => report(i % 6, 0, 1, "closed")), ...Array.from({ length: 9 }, (_, i) => report(i % 6, 6, 16))];
    expect(inferObservedHours(observedEvidence(reports, ZONE))).toBeNull();
    expect(inferObservedHours(observedEvidence([...reports, report(5, 6, 16)], ZONE))?.hours).toBe('Su 16:00-17:00; Tu-Sa unknown "not enough traveller reports"');
  });

  it("needs 20 reports over 4 weeks", () => {
    const full = fromSchedule(
      [0, 1, 2, 3, 4],
      9,
      18,
      Array.from({ length: 20 }, (_, i) => ({ day: i, hour: i, week: i })),
    );
    expect(inferObservedHours(observedEvidence(full, ZONE))).not.toBeNull();
    expect(inferObservedHours(observedEvidence(full.slice(0, 19), ZONE))).toBeNull();
    const threeWeeks = fromSchedule(
      [0, 1, 2, 3, 4],
      9,
      18,
      Array.from({ length: 20 }, (_, i) => ({ day: i, hour: i, week: i })),
      3,
    );
    expect(observedEvidence(threeWeeks, ZONE).weeks).toBe(3);
    expect(inferObservedHours(observedEvidence(threeWeeks, ZONE))).toBeNull();
  });

  it("does not count restricted reports, and counts hours in the side's own zone", () => {
    const reports = fromSchedule([0, 1, 2, 3, 4], 9, 18, []);
    const withRestricted = [...reports, ...Array.from({ length: 30 }, (_, i) => report(i % 6, 6, i % 24, "restricted"))];
    expect(observedEvidence(withRestricted, ZONE).reports).toBe(reports.length);
    // Tashkent is an hour behind Bishkek: the same reports are found open an hour earlier there.
    expect(inferObservedHours(observedEvidence(reports, "Asia/Tashkent"))?.hours).toBe("Mo-Fr 08:00-17:00");
  });

  it("says an hour is in the window of the last six months", () => {
    expect(observedWindowStart(new Date("2026-12-06T05:30:00Z")).toISOString()).toBe("2026-06-06T05:00:00.000Z");
  });
});

describe("the line beside 'hours not published'", () => {
  it("reads in English and Russian, with the plural the count needs", () => {
    expect(messagesFor("en").crossing.hours.observed("Mon–Fri 09:00–18:00", 23, "2 May 2026")).toBe("Travellers found it open Mon–Fri 09:00–18:00 (23 reports since 2 May 2026).");
    expect(messagesFor("ru").crossing.hours.observed("Пн–Пт 09:00–18:00", 23, "2 мая 2026 г.")).toBe(
      "По сообщениям путешественников, открыт: Пн–Пт 09:00–18:00 (23 сообщения с 2 мая 2026 г.).",
    );
    expect(messagesFor("ru").crossing.hours.observed("Пн–Пт 09:00–18:00", 25, "2 мая 2026 г.")).toContain("25 сообщений");
  });
});

describe("hoursAreUnknown", () => {
  it.each([
    ['Mo-Su unknown "hours not published"', true],
    ['Mo-Fr unknown "hours on the Chinese side not published"', true],
    ["Mo-Fr 09:00-18:00", false],
    ['Mo-Fr 09:00-18:00; Sa,Su unknown "travellers disagree"', false],
    ["24/7", false],
    ["off", false],
  ])("%s → %s", (value, unknown) => {
    expect(hoursAreUnknown(value)).toBe(unknown);
  });
});
