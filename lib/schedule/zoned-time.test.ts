import { describe, expect, it } from "vitest";
import { fromWallClockDate, toWallClockDate, wallClockIn, wallClockViaIntl, zoneOffsetMinutes, zonedWallTimeToInstant } from "@/lib/schedule/zoned-time";

describe("wall-clock time in a zone", () => {
  it("reads Bishkek (UTC+6) and Beijing (UTC+8) wall clocks for one instant", () => {
    const instant = new Date("2026-07-15T05:30:00Z");
    expect(wallClockIn(instant, "Asia/Bishkek")).toMatchObject({ hour: 11, minute: 30, day: 15, weekday: 3 });
    expect(wallClockIn(instant, "Asia/Shanghai")).toMatchObject({ hour: 13, minute: 30 });
  });

  it("knows Kazakhstan moved from UTC+6 to UTC+5 on 1 March 2024", () => {
    expect(zoneOffsetMinutes(new Date("2024-02-15T00:00:00Z"), "Asia/Almaty")).toBe(360);
    expect(zoneOffsetMinutes(new Date("2024-03-15T00:00:00Z"), "Asia/Almaty")).toBe(300);
  });

  it("turns a zone's wall time back into the instant, across daylight saving", () => {
    expect(zonedWallTimeToInstant({ year: 2026, month: 7, day: 1, hour: 9, minute: 0, second: 0 }, "Asia/Bishkek").toISOString()).toBe("2026-07-01T03:00:00.000Z");
    // Berlin is UTC+2 in summer and UTC+1 in winter.
    expect(zonedWallTimeToInstant({ year: 2026, month: 7, day: 1, hour: 9, minute: 0, second: 0 }, "Europe/Berlin").toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(zonedWallTimeToInstant({ year: 2026, month: 1, day: 1, hour: 9, minute: 0, second: 0 }, "Europe/Berlin").toISOString()).toBe("2026-01-01T08:00:00.000Z");
  });

  it("round-trips every hour of a year through the wall-clock date", () => {
    for (const zone of ["Asia/Bishkek", "Asia/Shanghai", "Europe/Berlin", "America/Los_Angeles", "Europe/Saratov"]) {
      for (let hour = 0; hour < 366 * 24; hour += 7) {
        const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3600_000);
        const back = fromWallClockDate(toWallClockDate(instant, zone), zone);
        // Inside a repeated hour (clocks going back) the earlier instant is chosen.
        expect(Math.abs(back.getTime() - instant.getTime()) === 0 || Math.abs(back.getTime() - instant.getTime()) === 3600_000).toBe(true);
        if (zoneOffsetMinutes(instant, zone) === zoneOffsetMinutes(new Date(instant.getTime() - 3600_000), zone)) {
          expect(back.toISOString()).toBe(instant.toISOString());
        }
      }
    }
  });
});

describe("the fast wall clock", () => {
  it("agrees with Intl across daylight-saving changes, including half-hour and 45-minute zones", () => {
    for (const zone of ["Europe/Berlin", "America/Los_Angeles", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham", "Asia/Almaty"]) {
      // Every 91 minutes for two years: lands on every minute-of-hour, near every transition.
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2026, 0, 1); t += 91 * 60_000 + 7_000) {
        expect(wallClockIn(new Date(t), zone), `${zone} ${new Date(t).toISOString()}`).toEqual(wallClockViaIntl(new Date(t), zone));
      }
    }
  });
});
