import { describe, expect, it } from "vitest";
import { canFlag, flagWeight, HIDE_THRESHOLD, shouldHold } from "@/lib/moderation/rules";

const day = 86400_000;

describe("flag weight", () => {
  it("gives a first-time flagger 1, so two ordinary readers reach the threshold together", () => {
    const first = flagWeight({ agreed: 0, disagreed: 0, accountAgeMs: 2 * day, visibleReports: 0 });
    expect(first).toBe(1);
    expect(first * 2).toBeGreaterThanOrEqual(HIDE_THRESHOLD);
    expect(first).toBeLessThan(HIDE_THRESHOLD);
  });

  it("lets a long-standing reader with an upheld record hide alone, and discounts dismissed flaggers", () => {
    expect(flagWeight({ agreed: 5, disagreed: 0, accountAgeMs: 60 * day, visibleReports: 3 })).toBeGreaterThanOrEqual(HIDE_THRESHOLD);
    expect(flagWeight({ agreed: 0, disagreed: 4, accountAgeMs: 60 * day, visibleReports: 30 })).toBeLessThan(0.6);
  });

  it("never grows with more dismissals", () => {
    let previous = Infinity;
    for (let disagreed = 0; disagreed < 10; disagreed++) {
      const weight = flagWeight({ agreed: 2, disagreed, accountAgeMs: 5 * day, visibleReports: 0 });
      expect(weight).toBeLessThanOrEqual(previous);
      previous = weight;
    }
  });
});

describe("standing", () => {
  it("does not let a brand-new account flag", () => {
    expect(canFlag(3600_000)).toBe(false);
    expect(canFlag(2 * day)).toBe(true);
  });

  it.each([
    ["See https://cheap-visas.example for help", 3600_000, true],
    ["visit www.example.com", 3600_000, true],
    ["call bestvisa.ru now", 3600_000, true],
    ["Queue of 20 cars, guards friendly", 3600_000, false],
    ["See https://example.org", 3 * day, false],
  ])("holds %j from an account %i ms old: %s", (notes, age, held) => {
    expect(shouldHold(notes, age)).toBe(held);
  });
});
