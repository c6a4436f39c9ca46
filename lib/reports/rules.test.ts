import { describe, expect, it } from "vitest";
import { canEdit, EDIT_WINDOW_MS, feedbackOpen, FEEDBACK_WINDOW_MS } from "@/lib/reports/rules";

const now = new Date("2026-07-15T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("report rules", () => {
  it("lets the author edit for 24 hours after submitting, to the millisecond, and never once withdrawn", () => {
    expect(canEdit({ submittedAt: ago(EDIT_WINDOW_MS) }, now)).toBe(true);
    expect(canEdit({ submittedAt: ago(EDIT_WINDOW_MS + 1) }, now)).toBe(false);
    expect(canEdit({ submittedAt: ago(60_000), withdrawnAt: ago(1000) }, now)).toBe(false);
  });

  it("asks 'still accurate?' of reports observed in the last 24 hours", () => {
    expect(feedbackOpen(ago(FEEDBACK_WINDOW_MS), now)).toBe(true);
    expect(feedbackOpen(ago(FEEDBACK_WINDOW_MS + 1), now)).toBe(false);
  });
});
