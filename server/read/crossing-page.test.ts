/**
 * The crossing page's read: every load is a promise this test settles by hand, so it can see
 * which loads have started while others are still pending (no waterfall), and what comes out.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CrossingDetailRecord } from "@/db/queries/crossings";

const loads = vi.hoisted(() => {
  const calls: { name: string; args: unknown[]; resolve: (value: unknown) => void }[] = [];
  const load =
    (name: string) =>
    (...args: unknown[]) =>
      new Promise((resolve) => calls.push({ name, args, resolve }));
  return { calls, load };
});

vi.mock("next/headers", () => ({ cookies: loads.load("cookies") }));
vi.mock("@/server/i18n", () => ({ getLocale: loads.load("getLocale") }));
vi.mock("@/server/auth/session", () => ({ currentUser: loads.load("currentUser") }));
vi.mock("@/db/queries/current", () => ({
  crossingRecord: loads.load("crossingRecord"),
  crossingNow: loads.load("crossingNow"),
  waitProfiles: loads.load("waitProfiles"),
  observedHoursNow: loads.load("observedHoursNow"),
}));
vi.mock("@/db/queries/crossing-state", () => ({ crossingStateAt: loads.load("crossingStateAt"), sourceStandingsNow: loads.load("sourceStandingsNow") }));
vi.mock("@/db/queries/reports", () => ({ listVisibleReports: loads.load("listVisibleReports"), ownReportKey: loads.load("ownReportKey") }));
vi.mock("@/db/queries/moderator-timeline", () => ({ listModeratorTimeline: loads.load("listModeratorTimeline") }));
vi.mock("@/db/queries/alerts", () => ({ listSubscriptions: loads.load("listSubscriptions") }));
vi.mock("@/db/queries/moderation", () => ({ listActiveNotices: loads.load("listActiveNotices") }));
vi.mock("@/db/queries/crossings", () => ({ getSourcesByKeys: loads.load("getSourcesByKeys") }));

const { crossingPage } = await import("@/server/read/crossing-page");

const source = (key: string) => ({ key, title: key, publisher: "p", kind: "official", standing: "current", url: null, seedFile: null, asOf: "2026-01-01" });
const record = {
  id: 7,
  slug: "karkyra-kegen",
  baseline: { sides: [{ timeZone: "Asia/Bishkek" }, { timeZone: "Asia/Almaty" }] },
  sources: [source("kg-customs"), source("kz-kgd")],
} as unknown as CrossingDetailRecord;
const statusCiting = (...keys: string[]) => ({ reasons: [{ message: {}, sources: keys.map((key) => ({ source: key })) }, { message: {} }], counted: [] });
const user = { id: "u1", email: null, name: null, role: "moderator" };

const flush = () => new Promise((resolve) => setImmediate(resolve));
const started = () => loads.calls.map((call) => call.name);
const callOf = (name: string) => loads.calls.find((call) => call.name === name)!;
async function settle(name: string, value: unknown) {
  callOf(name).resolve(value);
  await flush();
}

beforeEach(() => {
  loads.calls.length = 0;
});

describe("crossingPage", () => {
  it("asks nothing more for a slug that names no crossing", async () => {
    const page = crossingPage("nowhere", {});
    await settle("crossingRecord", null);
    expect(await page).toBeNull();
    expect(started()).toEqual(["crossingRecord"]);
  });

  it("starts every load as soon as what it needs is known, and none waits for a load it does not use", async () => {
    const query = {
      date: "2026-12-10",
      time: "12:00",
      mode: "car",
      reported: "r1",
      held: "r2",
      notice: "posted",
      flag: ["flagged"],
      alert: "subscribed",
      tz: "Asia/Tashkent",
      done: "41",
    };
    const page = crossingPage("karkyra-kegen", query);
    await settle("crossingRecord", record);
    // The session, the language and the cookies are still being read: whatever needs neither has started.
    expect(started().sort()).toEqual(
      ["cookies", "crossingNow", "crossingRecord", "currentUser", "getLocale", "listActiveNotices", "observedHoursNow", "sourceStandingsNow", "waitProfiles"].sort(),
    );

    await settle("getLocale", "en");
    // 12:00 in Bishkek (UTC+6).
    expect(callOf("crossingStateAt").args.slice(1)).toEqual([new Date("2026-12-10T06:00:00Z"), { mode: "car" }]);

    await settle("currentUser", user);
    // A moderator's timeline has the hidden reports too (to restore them there).
    expect(started()).not.toContain("listVisibleReports");
    expect(callOf("listModeratorTimeline").args).toEqual([7, { limit: 10, before: undefined, viewerId: "u1" }]);
    expect(callOf("listSubscriptions").args).toEqual(["u1", 7]);
    expect(callOf("ownReportKey").args).toEqual(["u1", "r1"]);

    await settle("crossingNow", { status: statusCiting("kg-customs", "kg-holidays"), change: null, nextOpen: null, notices: [] });
    expect(started()).not.toContain("getSourcesByKeys");
    await settle("crossingStateAt", { status: statusCiting("kg-holidays", "kz-holidays", "kz-kgd"), change: null, nextOpen: null, notices: [] });
    // Only the sources beyond the baseline's, each once, and before the reports or waits are in.
    expect(callOf("getSourcesByKeys").args).toEqual([["kg-holidays", "kz-holidays"]]);

    const reports = [{ id: "r9" }];
    await settle("listModeratorTimeline", { reports, next: { observedAt: new Date("2026-12-01T10:00:00Z"), id: "0b5c1a0e-6f1e-4d4e-9a39-7d7e0f0e2c11" } });
    await settle("listSubscriptions", [{ id: "a1" }]);
    await settle("ownReportKey", null);
    await settle("getSourcesByKeys", [source("kg-holidays"), source("kz-holidays")]);
    for (const name of ["listActiveNotices", "waitProfiles", "sourceStandingsNow", "observedHoursNow"]) await settle(name, name);
    await settle("cookies", { get: () => ({ value: "Asia/Dubai" }) });

    const result = (await page)!;
    expect(result.viewer).toBe(user);
    expect(result.moderator).toBe(true);
    expect(result.readerZone).toEqual({ zone: "Asia/Tashkent", explicit: true });
    expect(result.planner.kind).toBe("ok");
    expect(result.planned?.status).toEqual(statusCiting("kg-holidays", "kz-holidays", "kz-kgd"));
    expect(result.timeline).toEqual({
      reports,
      nextCursor: "2026-12-01T10:00:00.000Z_0b5c1a0e-6f1e-4d4e-9a39-7d7e0f0e2c11",
      before: null,
      moderation: { done: "41", error: null },
    });
    expect(result.alerts).toEqual([{ id: "a1" }]);
    expect(result.answeredKey).toBeUndefined();
    expect(result.sources.map((s) => s.key)).toEqual(["kg-customs", "kz-kgd", "kg-holidays", "kz-holidays"]);
    expect([...result.sourceNumbers]).toEqual([
      ["kg-customs", 1],
      ["kz-kgd", 2],
      ["kg-holidays", 3],
      ["kz-holidays", 4],
    ]);
    expect(result.notices).toBe("listActiveNotices");
    // The report "r1" is neither counted nor shown as unconfirmed by the state now: only stored.
    expect(result.outcomes).toEqual({ noticePosted: true, reported: "stored", held: true, alert: "subscribed", flag: null, feedback: null });
  });

  it("for a signed-out reader with no planned arrival, asks nothing about the reader or the planner", async () => {
    const page = crossingPage("karkyra-kegen", { held: "r2", before: "not-a-cursor", done: "41", error: "Spoofed" });
    await settle("crossingRecord", record);
    await settle("getLocale", "ru");
    await settle("currentUser", null);
    await settle("crossingNow", { status: statusCiting(), change: null, nextOpen: null, notices: [] });
    await settle("listVisibleReports", { reports: [], next: null });
    for (const name of ["listActiveNotices", "waitProfiles", "sourceStandingsNow", "observedHoursNow"]) await settle(name, []);
    await settle("getSourcesByKeys", []);
    await settle("cookies", { get: () => undefined });

    const result = (await page)!;
    expect(started()).not.toContain("crossingStateAt");
    expect(started()).not.toContain("listSubscriptions");
    expect(started()).not.toContain("ownReportKey");
    expect(callOf("listVisibleReports").args).toEqual([7, { limit: 10, before: undefined, viewerId: null }]);
    expect(started()).not.toContain("listModeratorTimeline");
    expect(result).toMatchObject({ viewer: null, moderator: false, planned: null, alerts: [], answeredKey: undefined, readerZone: { zone: "UTC", explicit: false } });
    // No moderation on a reader's page, and no word from the moderation API however the link reads.
    expect(result.timeline).toEqual({ reports: [], nextCursor: null, before: null, moderation: null });
    expect(result.planner).toEqual({ kind: "empty" });
    expect(result.outcomes).toMatchObject({ reported: null, held: true });
  });
  it("gives a signed-in traveller the readers' timeline, and keeps the page of it asked for", async () => {
    const cursor = "2026-12-01T10:00:00.000Z_0B5C1A0E-6F1E-4D4E-9A39-7D7E0F0E2C11";
    const page = crossingPage("karkyra-kegen", { before: cursor, done: "41" });
    await settle("crossingRecord", record);
    await settle("getLocale", "en");
    await settle("currentUser", { ...user, role: "traveller" });
    const before = { observedAt: new Date("2026-12-01T10:00:00Z"), id: "0b5c1a0e-6f1e-4d4e-9a39-7d7e0f0e2c11" };
    expect(callOf("listVisibleReports").args).toEqual([7, { limit: 10, before, viewerId: "u1" }]);
    expect(started()).not.toContain("listModeratorTimeline");
    await settle("crossingNow", { status: statusCiting(), change: null, nextOpen: null, notices: [] });
    await settle("listVisibleReports", { reports: [], next: null });
    for (const name of ["listActiveNotices", "waitProfiles", "sourceStandingsNow", "observedHoursNow", "listSubscriptions", "getSourcesByKeys"]) await settle(name, []);
    await settle("cookies", { get: () => undefined });
    const result = (await page)!;
    expect(result.moderator).toBe(false);
    expect(result.timeline).toEqual({ reports: [], nextCursor: null, before: "2026-12-01T10:00:00.000Z_0b5c1a0e-6f1e-4d4e-9a39-7d7e0f0e2c11", moderation: null });
  });
});
