"use client";
/**
 * Progressive enhancement for "your time": the server renders times in the zone the reader
 * chose (or UTC); with JavaScript, this rewrites them into the browser's own zone and
 * remembers it in a cookie so the next page is rendered in it directly.
 */
import { useEffect } from "react";
import { zoneCity } from "@/lib/i18n/zone-names";

export function ReaderTimeEnhancer({ serverZone, explicit }: { serverZone: string; explicit: boolean }) {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (explicit || !zone || zone === serverZone) return;
    document.cookie = `tz=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    const format = (iso: string, withDay: boolean) =>
      new Intl.DateTimeFormat(document.documentElement.lang === "ru" ? "ru-RU" : "en-GB", {
        timeZone: zone,
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        ...(withDay ? { weekday: "short", day: "numeric", month: "short" } : {}),
      }).format(new Date(iso));
    const dayOf = (iso: string) => new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso));
    document.querySelectorAll<HTMLTimeElement>("time[data-reader]").forEach((element) => {
      // "end": the end of an interval, with its day when that is not the start's (data-from).
      const reader = element.dataset.reader;
      const withDay = reader === "daytime" || (reader === "end" && dayOf(element.dataset.from ?? element.dateTime) !== dayOf(element.dateTime));
      element.textContent = format(element.dateTime, withDay);
    });
    // "Bishkek (UTC+6)" / "Бишкек (UTC+6)", as the server labels a zone (lib/format/time.ts zoneLabel).
    const offset = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "shortOffset" }).formatToParts(new Date()).find((part) => part.type === "timeZoneName")?.value;
    const utc = offset ? offset.replace("GMT", "UTC").replace("-", "−") : "";
    const label = `${zoneCity(zone, document.documentElement.lang === "ru" ? "ru" : "en")}${utc ? ` (${utc === "UTC" ? "UTC+0" : utc})` : ""}`;
    document.querySelectorAll<HTMLElement>("[data-reader-zone]").forEach((element) => {
      element.textContent = label;
    });
  }, [serverZone, explicit]);
  return null;
}
