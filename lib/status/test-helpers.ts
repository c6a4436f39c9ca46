/** Builders for status-engine tests (tests and the bench only). */
import type { NoticeInput, ReportInput } from "@/lib/status/types";

let counter = 0;

export function report(overrides: Partial<ReportInput> & { observedAt: Date }): ReportInput {
  counter += 1;
  return {
    id: `r${String(counter).padStart(6, "0")}`,
    direction: "a-b",
    mode: "car",
    seen: "open",
    waitMinutes: null,
    verified: false,
    hidden: false,
    reporterTrust: 0.5,
    confirmations: 0,
    disputes: 0,
    ...overrides,
  };
}

export function notice(overrides: Partial<NoticeInput> & { startsAt: Date }): NoticeInput {
  counter += 1;
  return {
    id: `n${counter}`,
    endsAt: null,
    modes: null,
    effect: "closed",
    text: "Closed for repairs",
    sourceTitle: "Border service announcement",
    sourceUrl: null,
    postedAt: new Date(0),
    ...overrides,
  };
}

export const minutesBefore = (instant: Date, minutes: number) => new Date(instant.getTime() - minutes * 60_000);
