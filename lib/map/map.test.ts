import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { baselineCrossings } from "@/db/seed/data";
import { crossingBaselineSchema } from "@/lib/baseline/schema";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { summarizeCrossing, type CrossingState } from "@/lib/crossings/summary";
import { basemap } from "@/lib/map/basemap";
import { legendStates, markerStyles } from "@/lib/map/markers";
import { MAP_WIDTH, insideFrame, mapFrame, projectPoint } from "@/lib/map/projection";
import { placeCrossings } from "@/lib/map/layout";
import { crossingLabel, crossingsMapSvg, escapeXml } from "@/lib/map/svg";
import { MAX_ZOOM, viewAt } from "@/lib/map/view";

const instant = new Date("2026-07-15T06:00:00Z");
const all = baselineCrossings.map((input) => summarizeCrossing(crossingBaselineSchema.parse(input), instant));
/** Crossings with a sourced location: only they are drawn. */
const summaries = all.filter((summary) => summary.location !== null);

describe("the projection", () => {
  it("fits the region into the viewBox, wider than tall", () => {
    const { width, height } = mapFrame();
    expect(width).toBe(MAP_WIDTH);
    expect(height).toBeGreaterThan(400);
    expect(height).toBeLessThan(width);
    // The region's corners are on the map; points far outside it are not.
    for (const [lon, lat] of [
      [46, 35],
      [90, 35],
      [46, 56],
      [90, 56],
      [68, 45.5],
    ] as const) {
      expect(insideFrame(projectPoint(lon, lat)!), `${lon},${lat}`).toBe(true);
    }
    for (const [lon, lat] of [
      [30, 45],
      [100, 45],
      [68, 25],
      [68, 65],
    ] as const) {
      const point = projectPoint(lon, lat);
      expect(point && insideFrame(point), `${lon},${lat}`).toBeFalsy();
    }
  });

  it("puts Irkeshtam inside the map, east and south of Zhibek Zholy", () => {
    const irkeshtam = projectPoint(73.9, 39.7)!;
    const zhibekZholy = projectPoint(69.3, 41.4)!;
    expect(insideFrame(irkeshtam)).toBe(true);
    expect(insideFrame(zhibekZholy)).toBe(true);
    expect(irkeshtam[0]).toBeGreaterThan(zhibekZholy[0] + 50);
    // y grows downwards: further south is lower on the map.
    expect(irkeshtam[1]).toBeGreaterThan(zhibekZholy[1]);
  });

  it("places every seeded crossing with a sourced location on the map, and none without", () => {
    expect(placeCrossings(all)).toHaveLength(summaries.length);
    const unlocated = testBaseline({ slug: "no-location" });
    unlocated.sides.forEach((side) => delete side.location);
    const summary = summarizeCrossing(unlocated, instant);
    expect(summary.location).toBeNull();
    expect(placeCrossings([summary])).toEqual([]);
    expect(crossingsMapSvg([summary], "x")).not.toContain("/crossings/no-location");
  });
});

describe("the basemap", () => {
  it("draws land and borders, rounded to a tenth of a pixel, within the frame", () => {
    const map = basemap();
    expect(map.land).toMatch(/^M/);
    expect(map.borders).toMatch(/^M/);
    const numbers = `${map.land} ${map.borders}`.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(numbers.length).toBeGreaterThan(1000);
    for (const text of `${map.land}${map.borders}`.match(/\d+\.\d+/g)!.slice(0, 500)) expect(text).toMatch(/^\d+\.\d$/);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-MAP_WIDTH);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(MAP_WIDTH);
    expect(map.labels.map((label) => label.text)).toEqual(expect.arrayContaining(["KAZAKHSTAN", "KYRGYZSTAN", "UZBEKISTAN", "TAJIKISTAN", "CHINA"]));
  });
});

describe("markers", () => {
  it("differ by shape and glyph as well as colour", () => {
    const styles = legendStates.map((state) => markerStyles[state]);
    expect(new Set(styles.map((style) => style.shape)).size).toBe(4);
    expect(new Set(styles.map((style) => style.d)).size).toBe(4);
    expect(styles.map((style) => style.glyph)).toEqual(["✓", "!", "✕", "?"]);
    expect(new Set(legendStates)).toEqual(new Set(["open", "closed", "restricted", "unknown"]));
  });
});

describe("the map SVG", () => {
  const svg = crossingsMapSvg(all, "map-caption");

  it("is one image with a name, and a link with a title for each crossing or group of crossings", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 1000 \d+" width="100%"/);
    expect(svg).toContain('aria-labelledby="map-caption"');
    expect(svg.match(/<svg role="img" aria-labelledby="map-base-title" width="1000" height="\d+"><title id="map-base-title">/g)).toHaveLength(1);
    const links = [...svg.matchAll(/<a href="([^"]+)" class="map-marker" data-state="(\w+)"(?: data-approximate="")?><title>([^<]+)<\/title>/g)];
    const groups = [
      ...svg.matchAll(
        /<a href="(\/map\?zoom=\d+&amp;lat=[\d.]+&amp;lon=[\d.]+)" class="map-marker map-group" data-count="(\d+)"><title>(\d+) crossings close together: ([^<]+)\. Zoom in ×\d+<\/title>/g,
      ),
    ];
    expect(groups.length).toBeGreaterThan(0);
    // Every located crossing once: alone, or named in its group's title.
    expect(links.length + groups.reduce((sum, group) => sum + Number(group[2]), 0)).toBe(summaries.length);
    for (const group of groups) expect(group[3]).toBe(group[2]);
    const named = [
      ...links.map((link) => link[3]!.split(":")[0]),
      ...groups.flatMap((group) => group[4]!.split(/, (?=[A-Z])/).map((member) => member.replace(/ \((Open|Closed|Restricted|Unknown)\)$/, ""))),
    ];
    expect(named.map((name) => (name ?? "").replaceAll("&amp;", "&")).sort()).toEqual(summaries.map((summary) => summary.name).sort());
    const irkeshtam = summaries.find((summary) => summary.slug === "irkeshtam")!;
    const label = markerStyles[irkeshtam.state].label;
    const closeUp = crossingsMapSvg(all, "x", undefined, viewAt(MAX_ZOOM, irkeshtam.location!));
    expect(closeUp).toContain(`<a href="/crossings/irkeshtam" class="map-marker" data-state="${irkeshtam.state}"><title>Irkeshtam: ${label}</title>`);
  });

  it("marks a crossing whose sources place it within 10 km or more as approximate, in its name and its outline", () => {
    const irkeshtam = summaries.find((summary) => summary.slug === "irkeshtam")!;
    const near = { ...irkeshtam, uncertaintyKm: 5 };
    const far = { ...irkeshtam, uncertaintyKm: 20 };
    expect(crossingLabel(near)).toBe(`Irkeshtam: ${markerStyles[irkeshtam.state].label}`);
    expect(crossingLabel(far)).toBe(`Irkeshtam: ${markerStyles[irkeshtam.state].label}, location approximate (±20 km)`);
    const view = viewAt(MAX_ZOOM, irkeshtam.location!);
    const exact = crossingsMapSvg([near], "x", undefined, view);
    const approximate = crossingsMapSvg([far], "x", undefined, view);
    expect(exact).not.toContain("data-approximate");
    expect(exact).not.toContain("stroke-dasharray");
    expect(approximate).toContain('data-approximate=""');
    expect(approximate).toMatch(/<path d="[^"]+" fill="#[0-9a-f]{6}" stroke="#1c2630" stroke-width="2" stroke-dasharray="3 2" transform="scale\(\.9\)"\/>/);
    // Zoomed in this far, 20 km is wider than the marker: a disc shows how far.
    expect(approximate).toMatch(/<g class="map-underlay" aria-hidden="true"[^>]*><circle cx="[\d.]+" cy="[\d.]+" r="[\d.]+" fill-opacity=".08"/);
    expect(crossingsMapSvg([far], "x")).not.toContain("map-underlay");
  });

  it("draws each state with its own shape and glyph", () => {
    const states: CrossingState[] = ["open", "closed", "restricted", "unknown"];
    // Far apart (the first of each border), so that none is grouped.
    const spread = ["irkeshtam", "karkyra-kegen", "orsk", "serakhs-sarakhs"].map((slug) => summaries.find((summary) => summary.slug === slug)!);
    const mixed = states.map((state, index) => ({ ...spread[index]!, state }));
    const markup = crossingsMapSvg(mixed, "x");
    for (const state of states) {
      const style = markerStyles[state];
      expect(markup).toContain(`data-state="${state}"`);
      const marker = markup.match(new RegExp(`<a [^>]*data-state="${state}">.*?</a>`))?.[0];
      expect(marker).toContain(`<path d="${style.d}" fill="${style.fill}" transform="scale(.9)"/>`);
      expect(marker).toContain(`>${style.glyph}</text>`);
    }
  });

  it("escapes names", () => {
    const markup = crossingsMapSvg([{ ...summaries[0]!, name: `<script>alert("x")</script> & co` }], "x");
    expect(markup).not.toContain("<script>");
    expect(markup).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    expect(escapeXml(`a'b`)).toBe("a&apos;b");
  });

  it("stays light: under 64 KB raw and 20 KB gzipped", () => {
    const raw = Buffer.byteLength(svg);
    const gzipped = gzipSync(svg).length;
    console.info(`/map SVG markup: ${raw} bytes raw, ${gzipped} bytes gzipped`);
    expect(raw).toBeLessThan(64_000);
    expect(gzipped).toBeLessThan(20_000);
  });
});
