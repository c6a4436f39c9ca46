/**
 * The list's row in words: a wait is a range with what it rests on, never one number; none while
 * closed (the typical wait at the next opening instead, when history has it); how fresh; and the
 * next change in the crossing's local time.
 */
import { describe, expect, it } from "vitest";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { evaluateStatus } from "@/lib/status/evaluate";
import { nextStateChange } from "@/lib/status/next-window";
import { minutesBefore, report } from "@/lib/status/test-helpers";
import type { StatusInput } from "@/lib/status/types";
import { hourOfWeek, type PastWaitRow } from "@/lib/status/wait-estimate";
import { freshnessInWords, listRow, nextChangeInWords } from "@/lib/crossings/row";
import { waitInWords } from "@/lib/crossings/wait-words";

// KG 09:00–18:00 Bishkek; CN 11:00–20:00 Beijing, the same hours.
const baseline = testBaseline({ hours: ["Mo-Su 09:00-18:00", "Mo-Su 11:00-20:00"] });
const noon = new Date("2026-07-15T12:00:00+06:00");
const night = new Date("2026-07-15T22:00:00+06:00");
const state = (instant: Date, reports: StatusInput["reports"] = []) => {
  const input = { baseline, instant, notices: [], reports };
  return { status: evaluateStatus(input), change: nextStateChange(input) };
};
const waits = (instant: Date, ...minutes: number[]) => minutes.map((waitMinutes) => report({ observedAt: minutesBefore(instant, 40), waitMinutes }));

describe("a wait in words", () => {
  it("gives two far-apart reports as a range and a count, uncertain, in English and Russian", () => {
    const { status, change } = state(noon, waits(noon, 300, 20));
    expect(listRow(baseline, status, change, null, "en").waits[0]).toMatchObject({
      from: "KG",
      to: "CN",
      kind: "estimate",
      uncertain: true,
      text: "20–300 min, 2 reports: uncertain",
    });
    expect(listRow(baseline, status, change, null, "ru").waits[0]!.text).toBe("20–300 мин, 2 сообщения: неточно");
  });

  it("gives enough close reports as their range, with no warning", () => {
    const { status, change } = state(noon, waits(noon, 20, 30, 40));
    expect(listRow(baseline, status, change, null, "en").waits[0]!.text).toBe("20–40 min, 3 reports");
  });

  it("gives one figure as itself, not a range of one", () => {
    expect(waitInWords({ kind: "estimate", uncertain: true, wait: { direction: "a-b", minutes: 25, range: { min: 25, max: 25 }, basis: "reports", sampleSize: 1 } }, "en")).toBe(
      "25 min, 1 report: uncertain",
    );
  });

  it("says where a figure comes from: history at this hour, or the published range", () => {
    expect(waitInWords({ kind: "estimate", uncertain: false, wait: { direction: "a-b", minutes: 40, range: { min: 30, max: 60 }, basis: "history", sampleSize: 12 } }, "en")).toBe(
      "usually 30–60 min at this hour, 12 reports",
    );
    expect(
      waitInWords({ kind: "estimate", uncertain: false, wait: { direction: "a-b", minutes: null, range: { min: 30, max: 60 }, basis: "baseline", sampleSize: 0 } }, "ru"),
    ).toBe("30–60 мин, опубликованный диапазон");
  });

  it("says there is no wait data, once for both ways, rather than leaving it out", () => {
    const { status, change } = state(noon);
    expect(listRow(baseline, status, change, null, "en").waits).toEqual([{ from: "KG", to: "CN", both: true, kind: "none", uncertain: false, text: "no wait data" }]);
    expect(listRow(baseline, status, change, null, "ru").waits[0]!.text).toBe("нет данных об ожидании");
  });
});

describe("a closed crossing's wait", () => {
  it("is none while closed, whatever the recent reports said", () => {
    const { status, change } = state(
      night,
      waits(night, 45, 50, 60).map((r) => ({ ...r, observedAt: minutesBefore(night, 300) })),
    );
    expect(status.state).toBe("closed");
    expect(listRow(baseline, status, change, [], "en").waits).toMatchObject([{ both: true, kind: "closed", text: "none while closed" }]);
    expect(listRow(baseline, status, change, [], "ru").waits[0]!.text).toBe("нет, пока закрыт");
  });

  it("is the typical wait when it next opens, when history has enough reports at that hour", () => {
    const { status, change } = state(night);
    expect(change).toMatchObject({ from: "closed", state: "open" });
    const atOpening = hourOfWeek(change!.at, "Asia/Bishkek");
    const history: PastWaitRow[] = [
      { direction: "a-b", hourOfWeek: atOpening, waitMinutes: 30, reports: 2 },
      { direction: "a-b", hourOfWeek: atOpening, waitMinutes: 60, reports: 2 },
    ];
    const row = listRow(baseline, status, change, history, "en");
    expect(row.waits).toMatchObject([
      { kind: "at-opening", text: "none while closed; usually 30–60 min when it opens, 4 reports" },
      { kind: "closed", text: "none while closed" },
    ]);
  });
});

describe("freshness and the next change", () => {
  it("counts the reports the state rests on and says how old the newest is", () => {
    const { status } = state(noon, [report({ observedAt: minutesBefore(noon, 40) }), report({ observedAt: minutesBefore(noon, 55) })]);
    expect(freshnessInWords(status, "en")).toBe("2 reports, 40 min ago");
    expect(freshnessInWords(status, "ru")).toBe("2 сообщения, 40 мин назад");
  });

  it("carries a report not counted yet that says another state, so the row does not hide it", () => {
    const { status } = state(noon, [report({ observedAt: minutesBefore(noon, 10), seen: "closed" })]);
    expect(status.state).toBe("open");
    expect(freshnessInWords(status, "en")).toBe("last report 10 min ago; but 1 traveller reported closed 10 min ago (not yet confirmed)");
    expect(freshnessInWords(status, "ru")).toBe("последнее сообщение 10 мин назад; но 1 путешественник сообщил: закрыт, 10 мин назад (ещё не подтверждено)");
  });

  it("says how long there have been no reports, or that there are none", () => {
    const { status } = state(noon, [report({ observedAt: minutesBefore(noon, 3 * 24 * 60) })]);
    expect(freshnessInWords(status, "en")).toBe("no reports in 3 days");
    expect(freshnessInWords(state(noon).status, "en")).toBe("no reports yet");
  });

  it("gives the next change in the crossing's local time with its zone, the day when not today", () => {
    const { status, change } = state(noon);
    expect(nextChangeInWords(status, change, "Asia/Bishkek", "en")).toBe("closes 18:00 Bishkek (UTC+6)");
    expect(nextChangeInWords(status, change, "Asia/Bishkek", "ru")).toBe("закроется 18:00 Бишкек (UTC+6)");
    const later = state(night);
    expect(nextChangeInWords(later.status, later.change, "Asia/Bishkek", "en")).toBe("opens Thu 16 Jul, 09:00 Bishkek (UTC+6)");
  });

  it("says the change is the schedule's when reports decide the state now", () => {
    const closedByReports = state(noon, [report({ observedAt: minutesBefore(noon, 10), seen: "closed" }), report({ observedAt: minutesBefore(noon, 20), seen: "closed" })]);
    expect(closedByReports.status.state).toBe("closed");
    expect(nextChangeInWords(closedByReports.status, closedByReports.change, "Asia/Bishkek", "en")).toBe("by schedule: closes 18:00 Bishkek (UTC+6)");
    // Closed by reports while the schedule has it open: when it reopens nobody knows, so no typical wait "at opening".
    expect(listRow(baseline, closedByReports.status, closedByReports.change, [], "en").waits[0]!.kind).toBe("closed");
  });
});
