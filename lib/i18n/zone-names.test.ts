import { describe, expect, it } from "vitest";
import { validatedSeed } from "@/db/seed/seed";
import { readerZones, zoneLabel } from "@/lib/format/time";
import { zoneCity } from "@/lib/i18n/zone-names";

describe("time zone names", () => {
  const instant = new Date("2026-12-07T12:00:00Z");

  it("name every zone a seeded crossing sits in, in Russian", () => {
    const zones = [...new Set(validatedSeed().baselines.flatMap((baseline) => baseline.sides.map((side) => side.timeZone)))];
    expect(zones.length).toBeGreaterThan(10);
    // A zone without a Russian name falls back to the tz database's Latin spelling.
    const unnamed = zones.filter((zone) => /[A-Za-z]/.test(zoneCity(zone, "ru")));
    expect(unnamed).toEqual([]);
  });

  it("name every zone a reader can pick, in Russian", () => {
    expect(readerZones.filter((zone) => zone !== "UTC" && /[A-Za-z]/.test(zoneCity(zone, "ru")))).toEqual([]);
  });

  it("label a zone with its city in the reader's language and its offset", () => {
    expect(zoneLabel("Asia/Bishkek", instant)).toBe("Bishkek (UTC+6)");
    expect(zoneLabel("Asia/Bishkek", instant, "ru")).toBe("Бишкек (UTC+6)");
    expect(zoneLabel("Asia/Oral", instant, "ru")).toBe("Уральск (UTC+5)");
    expect(zoneLabel("Asia/Tehran", instant, "ru")).toBe("Тегеран (UTC+3:30)");
    expect(zoneLabel("America/Argentina/Buenos_Aires", instant, "ru")).toBe("Buenos Aires (UTC−3)");
    expect(zoneLabel("UTC", instant, "ru")).toBe("UTC");
  });
});
