/**
 * A crossing whose location no source gives yet (issue 16: coordinates are never guessed):
 * stored with no lat/lon, listed and summarized like any other, served by the API with
 * `location: null`, and left out of the map and the GeoJSON export.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crossings } from "@/db/schema";
import { seedBaseline } from "@/db/seed/seed";
import { listCrossingRecords } from "@/db/queries/crossings";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import { crossingSummarySchema } from "@/lib/api/schemas";
import { toApiSummary } from "@/lib/api/serialize";
import { derivedColumns } from "@/lib/baseline/facts";
import { crossingBaselineSchema } from "@/lib/baseline/schema";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { filterCrossings, summarizeCrossing } from "@/lib/crossings/summary";
import { buildCrossingsGeoJson } from "@/lib/exports/geojson";
import { placeCrossings } from "@/lib/map/layout";

const now = new Date("2026-07-15T06:00:00Z");
const [sideA, sideB] = testBaseline().sides.map((side) => ({ ...side, location: undefined }));
const unlocated = crossingBaselineSchema.parse({
  ...testBaseline(),
  slug: "test-no-location",
  name: { en: "Test Unlocated", ru: "Тест Без Координат" },
  sides: [sideA!, sideB!],
});

describe.each(testDatabaseKinds)("a crossing without a sourced location on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    await database.db.insert(crossings).values({ slug: unlocated.slug, ...derivedColumns(unlocated), baseline: unlocated, seedBaseline: unlocated });
  });
  afterAll(async () => {
    await database.close();
  });

  it("is stored with no coordinates, listed, found by name and served with location null", async () => {
    expect(derivedColumns(unlocated)).toMatchObject({ lat: null, lon: null });
    const records = await listCrossingRecords(database.db);
    const record = records.find((candidate) => candidate.slug === unlocated.slug)!;
    expect(record.baseline.sides.every((side) => side.location === undefined)).toBe(true);
    const summaries = records.map((candidate) => summarizeCrossing(candidate.baseline, now));
    const summary = summaries.find((candidate) => candidate.slug === unlocated.slug)!;
    expect(summary.location).toBeNull();
    expect(filterCrossings(summaries, { q: "unlocated" }).map((candidate) => candidate.slug)).toEqual([unlocated.slug]);
    expect(crossingSummarySchema.parse(toApiSummary(summary)).location).toBeNull();
  });

  it("is left off the map and out of the GeoJSON, the located crossings kept", async () => {
    const summaries = (await listCrossingRecords(database.db)).map((record) => summarizeCrossing(record.baseline, now));
    const located = summaries.filter((summary) => summary.location !== null);
    expect(located.length).toBeGreaterThan(0);
    const geojson = buildCrossingsGeoJson(summaries, now);
    expect(geojson.features.map((feature) => feature.id)).not.toContain(unlocated.slug);
    expect(geojson.features).toHaveLength(located.length);
    expect(placeCrossings(summaries).map((placed) => placed.slug)).not.toContain(unlocated.slug);
  });
});
