/**
 * Issue 16, "names people search for": the list page's search finds a crossing by its other names
 * and spellings in English, Russian and the local languages, and by the towns travellers come
 * from, in either language, whatever the case and the accents or marks.
 */
import { describe, expect, it } from "vitest";
import { validatedSeed } from "@/db/seed/seed";
import { filterCrossings, foldForSearch, matchesSearch, searchWords, summarizeCrossing } from "@/lib/crossings/summary";

const { baselines } = validatedSeed();
const at = new Date("2026-06-10T06:00:00Z");
const all = baselines.map((baseline) => summarizeCrossing(baseline, at));
const found = (q: string) => filterCrossings(all, { q }).map((summary) => summary.slug);

describe("the search matcher", () => {
  it("folds case, accents, apostrophes and the marks of Kazakh, Uzbek and Tajik Cyrillic", () => {
    expect(foldForSearch("Қордай")).toBe(foldForSearch("кордай"));
    expect(foldForSearch("KORDAY")).toBe("korday");
    expect(foldForSearch("Do'stlik")).toBe("dostlik");
    expect(foldForSearch("Doʻstlik")).toBe("dostlik");
    expect(foldForSearch("Ғишткўприк")).toBe(foldForSearch("Гишткуприк"));
    expect(foldForSearch("Бор-Дёбё")).toBe(foldForSearch("Бор-Дебе"));
    expect(foldForSearch("Kórdáy")).toBe("korday");
  });

  it("needs every word, and lets a word span a hyphen or a space", () => {
    expect(matchesSearch(searchWords("ak zhol"), ["Ak-Zhol – Korday"])).toBe(true);
    expect(matchesSearch(searchWords("akzhol"), ["Ak-Zhol – Korday"])).toBe(true);
    expect(matchesSearch(searchWords("ak osh"), ["Ak-Zhol – Korday"])).toBe(false);
    expect(matchesSearch(searchWords("   "), ["anything"])).toBe(true);
    // Separate texts do not run into one another.
    expect(matchesSearch(searchWords("kordaybishkek"), ["Korday", "Bishkek"])).toBe(false);
  });
});

describe("searching the seeded crossings", () => {
  it.each(["Kordai", "Korday", "KORDAI", "Кордай", "кордай", "Қордай", "Akzhol", "Ak-Zhol", "Ак-Жол"])("finds Ak-Zhol – Korday by %s", (q) => {
    expect(found(q)).toContain("korday-ak-zhol");
  });

  it.each(["Dostuk", "Dustlik", "Do'stlik", "Dostlik", "Достук", "Дустлик", "Дўстлик"])("finds Dostuk – Dustlik by %s", (q) => {
    expect(found(q)).toContain("dostuk");
  });

  it("finds the crossings travellers use from a town, in English and Russian", () => {
    for (const q of ["Osh", "Ош", "osh"]) expect(found(q), q).toEqual(expect.arrayContaining(["dostuk", "irkeshtam", "kyzyl-art"]));
    for (const q of ["Almaty", "Алматы"]) expect(found(q), q).toEqual(expect.arrayContaining(["korday-ak-zhol", "khorgos"]));
    for (const q of ["Kashgar", "Кашгар"]) expect(found(q), q).toEqual(expect.arrayContaining(["irkeshtam", "torugart", "kulma-karasu"]));
    for (const q of ["Andijan", "Андижан"]) expect(found(q), q).toEqual(expect.arrayContaining(["dostuk", "izboskan"]));
    for (const q of ["Tashkent", "Ташкент", "Shymkent", "Шымкент"]) expect(found(q), q).toContain("zhibek-zholy-gisht-kuprik");
    // The road crossing and the Dushanbe–Tashkent train's.
    for (const q of ["Dushanbe", "Душанбе"]) expect(found(q), q).toEqual(["sariosiyo-tursunzoda", "sariosiyo-tursunzoda-rail"]);
  });

  it("does not find a crossing by a town on another border", () => {
    expect(found("Kashgar")).not.toContain("dostuk");
    expect(found("Osh")).not.toContain("korday-ak-zhol");
    expect(found("Almaty")).not.toContain("irkeshtam");
  });

  it("finds by other names in the local languages and scripts", () => {
    expect(found("Nurly Zhol")).toContain("khorgos");
    expect(found("Нұр жолы")).toContain("khorgos");
    expect(found("Druzhba")).toContain("dostyk-alashankou");
    expect(found("Чалдовар")).toContain("sypatay-batyr");
    expect(found("Bordobo")).toContain("kyzyl-art");
    expect(found("Gishtko'prik")).toContain("zhibek-zholy-gisht-kuprik");
    expect(found("Черняевка")).toContain("zhibek-zholy-gisht-kuprik");
    expect(found("Qolma")).toContain("kulma-karasu");
    expect(found("Baketu")).toContain("bakhty-pokitu");
  });

  it("keeps the search names out of the API's summary", async () => {
    const { toApiSummary } = await import("@/lib/api/serialize");
    expect(toApiSummary(all[0]!)).not.toHaveProperty("searchNames");
  });
});
