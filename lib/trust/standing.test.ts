import { describe, expect, it } from "vitest";
import { emptyRecord, NEW_ACCOUNT_DAYS, standingOf, voteWeight, type ReporterRecord } from "@/lib/trust/standing";

const DAY = 86400_000;
const record = (overrides: Partial<ReporterRecord> = {}): ReporterRecord => ({ ...emptyRecord(60 * DAY), ...overrides });

describe("reporter standing", () => {
  it("starts a new account low and unconfirmed, whatever its record in its first week", () => {
    const fresh = standingOf(record({ accountAgeMs: 10 * 60_000 }));
    expect(fresh).toEqual({ score: 0.1, tier: "new", unconfirmed: true });
    const busy = standingOf(record({ accountAgeMs: (NEW_ACCOUNT_DAYS - 0.01) * DAY, corroborated: 40 }));
    expect(busy.tier).toBe("new");
    expect(busy.unconfirmed).toBe(true);
  });

  it("makes an account older than a week with a corroborated report an ordinary reporter who can decide alone", () => {
    expect(standingOf(record({ accountAgeMs: NEW_ACCOUNT_DAYS * DAY, corroborated: 1 }))).toEqual({ score: 0.45, tier: "ordinary", unconfirmed: false });
  });

  it("keeps an old account with no corroborated report new: waiting earns nothing", () => {
    expect(standingOf(record({ accountAgeMs: 300 * DAY }))).toEqual({ score: 0.4, tier: "new", unconfirmed: true });
    expect(standingOf(record({ accountAgeMs: 300 * DAY, hidden: 2 }))).toEqual({ score: 0.1, tier: "doubted", unconfirmed: true });
  });

  it("raises standing with corroborated reports and upheld flags, up to their caps", () => {
    expect(standingOf(record({ corroborated: 4 })).score).toBeCloseTo(0.6);
    expect(standingOf(record({ corroborated: 100, flagsUpheld: 100 }))).toEqual({ score: 1, tier: "trusted", unconfirmed: false });
  });

  it("lowers standing with hidden and disputed reports and dismissed flags, down to doubted", () => {
    expect(standingOf(record({ hidden: 1, corroborated: 1 })).score).toBeCloseTo(0.3);
    const doubted = standingOf(record({ hidden: 1, disputed: 2, corroborated: 1 }));
    expect(doubted.tier).toBe("doubted");
    expect(doubted.unconfirmed).toBe(true);
    expect(standingOf(record({ flagsDismissed: 20 })).score).toBe(0);
  });

  it("gives moderators full standing and banned accounts none", () => {
    expect(standingOf(record({ role: "moderator", accountAgeMs: 0 }))).toEqual({ score: 1, tier: "trusted", unconfirmed: false });
    expect(standingOf(record({ banned: true, corroborated: 50 }))).toEqual({ score: 0, tier: "doubted", unconfirmed: true });
  });

  it("weighs a vote by the voter's standing, and a vote from an account that cannot decide alone not at all", () => {
    expect(voteWeight(standingOf(record({ corroborated: 1 })))).toBeCloseTo(0.9);
    expect(voteWeight(standingOf(record({ corroborated: 2 })))).toBe(1);
    expect(voteWeight(standingOf(record({ accountAgeMs: DAY, corroborated: 5 })))).toBe(0);
    expect(voteWeight(standingOf(record({ hidden: 3, corroborated: 1 })))).toBe(0);
  });
});
