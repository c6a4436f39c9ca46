/**
 * A crossing with a Turkmen side, stored and read back like any other (issue 16: any ISO
 * 3166-1 alpha-2 code): the list's records, the country feeds (a country with no crossing has
 * none) and the summary the list page and API build from them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crossings } from "@/db/schema";
import { seedBaseline, validatedSeed } from "@/db/seed/seed";
import { listCrossingRecords } from "@/db/queries/crossings";
import { loadCountryFeed } from "@/db/queries/feeds";
import { crossingCountries } from "@/db/queries/crossing-countries";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import { derivedColumns } from "@/lib/baseline/facts";
import { crossingBaselineSchema } from "@/lib/baseline/schema";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { filterCrossings, summarizeCrossing } from "@/lib/crossings/summary";

const now = new Date("2026-07-15T06:00:00Z");
const ref = [{ source: "test-source", asOf: "2026" }];
const alatFarap = crossingBaselineSchema.parse({
  ...testBaseline(),
  slug: "test-alat-farap",
  name: { en: "Test Alat – Farap", ru: "Тест Алат – Фарап" },
  sides: [
    { ...testBaseline().sides[0], country: "UZ", timeZone: "Asia/Tashkent", postName: { value: { en: "Alat", ru: "Алат" }, sources: ref } },
    { ...testBaseline().sides[1], country: "TM", timeZone: "Asia/Ashgabat", postName: { value: { en: "Farap", ru: "Фарап" }, sources: ref } },
  ],
});

describe.each(testDatabaseKinds)("a crossing with a TM side on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    await database.db.insert(crossings).values({ slug: alatFarap.slug, ...derivedColumns(alatFarap), baseline: alatFarap, seedBaseline: alatFarap });
  });
  afterAll(async () => {
    await database.close();
  });

  it("is among the crossings' countries the server warms holidays for, each once", async () => {
    const countries = await crossingCountries(database.db);
    const expected = new Set([...validatedSeed().baselines, alatFarap].flatMap((baseline) => baseline.sides.map((side) => side.country)));
    expect(countries.toSorted()).toEqual([...expected].sort());
  });

  it("is listed, summarized and found by its countries' names", async () => {
    const records = await listCrossingRecords(database.db);
    const record = records.find((candidate) => candidate.slug === alatFarap.slug)!;
    expect(record.baseline.sides.map((side) => side.country)).toEqual(["UZ", "TM"]);
    const summaries = records.map((candidate) => summarizeCrossing(candidate.baseline, now, undefined, undefined, "ru"));
    // The seed has Turkmen crossings of its own (db/seed/data/uz-tm.ts …): every match is one.
    const byName = filterCrossings(summaries, { q: "Туркменистан" });
    expect(byName.map((summary) => summary.slug)).toContain(alatFarap.slug);
    expect(byName.every((summary) => summary.countries.includes("TM"))).toBe(true);
    const byPair = filterCrossings(summaries, { pair: "TM-UZ" });
    expect(byPair.map((summary) => summary.slug)).toContain(alatFarap.slug);
    expect(byPair.every((summary) => [...summary.countries].sort().join("-") === "TM-UZ")).toBe(true);
  });

  it("has a country feed for TM; a country with no crossing has none", async () => {
    const tm = await loadCountryFeed("TM", now, database.db);
    expect(tm.map((crossing) => crossing.slug)).toContain(alatFarap.slug);
    expect(tm.every((crossing) => crossing.baseline.sides.some((side) => side.country === "TM"))).toBe(true);
    expect(await loadCountryFeed("US", now, database.db)).toEqual([]);
  });
});
