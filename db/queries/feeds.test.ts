import { XMLParser } from "fast-xml-parser";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crossings, notices, reports, users } from "@/db/schema";
import { seedBaseline } from "@/db/seed/seed";
import { loadCountryFeed, loadCrossingFeed } from "@/db/queries/feeds";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import { atomFeed } from "@/lib/feeds/atom";
import { countryFeed, crossingFeed } from "@/lib/feeds/build";

const now = new Date("2026-07-15T06:00:00Z"); // Wednesday 12:00 in Bishkek
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000);
const origin = "https://crossings.example.org";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ["entry", "link", "author", "category"].includes(name),
});
interface ParsedEntry {
  id: string;
  title: { "#text": string };
  updated: string;
  published?: string;
  link: { "@rel": string; "@href": string }[];
  content?: { "#text": string };
}
const parse = (xml: string) => (parser.parse(xml) as { feed: { entry?: ParsedEntry[]; updated: string; link: { "@rel": string; "@href": string }[] } }).feed;

describe.each(testDatabaseKinds)("feeds from %s", (kind) => {
  let database: TestDatabase;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
    const idOf = async (slug: string) => (await database.db.select({ id: crossings.id }).from(crossings).where(eq(crossings.slug, slug)))[0]!.id;
    const [korday, irkeshtam, orsk] = [await idOf("korday-ak-zhol"), await idOf("irkeshtam"), await idOf("orsk")];
    await database.db.insert(users).values({ id: "author-1", email: "secret.author@example.org", name: "Secret Author" });
    const rows = await database.db
      .insert(reports)
      .values([
        {
          crossingId: korday,
          authorId: "author-1",
          direction: "a-b",
          observedAt: hoursAgo(2.2),
          submittedAt: hoursAgo(2),
          seen: "closed",
          mode: "car",
          waitMinutes: 40,
          tags: ["lunch-break"],
          notes: 'Gate shut <b>&</b> "nobody" knows why ]]> \u0007bell',
          // Verified by a moderator: it counts alone, from a new account, against the schedule.
          verified: true,
        },
        {
          crossingId: korday,
          authorId: "author-1",
          direction: "b-a",
          observedAt: hoursAgo(1),
          submittedAt: hoursAgo(1),
          seen: "open",
          mode: "bus",
          notes: "HIDDEN-REPORT",
          hidden: true,
          reviewState: "flagged",
        },
        {
          crossingId: korday,
          authorId: "author-1",
          direction: "b-a",
          observedAt: hoursAgo(1),
          submittedAt: hoursAgo(1),
          seen: "open",
          mode: "car",
          notes: "WITHDRAWN-REPORT",
          withdrawnAt: hoursAgo(0.5),
        },
        { crossingId: korday, direction: "a-b", observedAt: hoursAgo(40 * 24), submittedAt: hoursAgo(40 * 24), seen: "open", mode: "car", notes: "TOO-OLD" },
        { crossingId: irkeshtam, direction: "a-b", observedAt: hoursAgo(3), submittedAt: hoursAgo(3), seen: "open", mode: "truck", notes: "IRKESHTAM-REPORT" },
        { crossingId: orsk, direction: "a-b", observedAt: hoursAgo(3), submittedAt: hoursAgo(3), seen: "open", mode: "car", notes: "ORSK-REPORT" },
      ])
      .returning({ id: reports.id, notes: reports.notes });
    for (const row of rows) ids[row.notes!.startsWith("Gate") ? "visible" : row.notes!] = row.id;
    const noticeRows = await database.db
      .insert(notices)
      .values([
        {
          crossingId: korday,
          startsAt: hoursAgo(24),
          endsAt: hoursAgo(12),
          effect: "closed",
          modes: ["truck"],
          text: "Trucks stopped for road repairs",
          sourceTitle: "State Border Service",
          sourceUrl: "https://example.org/notice?a=1&b=2",
          createdAt: hoursAgo(30),
        },
        { crossingId: korday, startsAt: hoursAgo(6), effect: "closed", text: "WITHDRAWN-NOTICE", sourceTitle: "x", createdAt: hoursAgo(6), withdrawnAt: hoursAgo(5) },
      ])
      .returning({ id: notices.id, text: notices.text });
    for (const row of noticeRows) ids[row.text] = row.id;
  });
  afterAll(async () => {
    await database?.close();
  });

  it("loads only visible reports and live notices, and nothing about their authors", async () => {
    const data = (await loadCrossingFeed("korday-ak-zhol", now, database.db))!;
    expect(data.reports.map((report) => report.id)).toEqual([ids.visible]);
    expect(data.notices.map((notice) => notice.id)).toEqual([ids["Trucks stopped for road repairs"]]);
    expect(JSON.stringify(data)).not.toMatch(/author-1|secret\.author|Secret Author/);
    expect(await loadCrossingFeed("atlantis", now, database.db)).toBeNull();
  });

  it("a crossing's feed: the visible report, the notice and the state change; never hidden or withdrawn reports", async () => {
    const data = (await loadCrossingFeed("korday-ak-zhol", now, database.db))!;
    const xml = atomFeed(crossingFeed(data, { origin, now }));
    expect(xml).not.toMatch(/HIDDEN-REPORT|WITHDRAWN-REPORT|WITHDRAWN-NOTICE|TOO-OLD|secret\.author|Secret Author|author-1/);
    expect(xml).not.toContain(ids["HIDDEN-REPORT"]!);
    expect(xml).not.toContain(ids["WITHDRAWN-REPORT"]!);
    const feed = parse(xml);
    expect(feed.link.find((link) => link["@rel"] === "self")?.["@href"]).toBe(`${origin}/feeds/crossings/korday-ak-zhol.atom`);
    const entries = feed.entry!;
    // Newest first: the report and the change it made (2 h ago, same instant: by id), the
    // truck notice's end (12 h ago) and start (24 h ago), the notice itself (posted 30 h ago).
    expect(entries.map((entry) => entry.id)).toEqual([
      `tag:crossings,2026:report/${ids.visible}`,
      `tag:crossings,2026:state/korday-ak-zhol/${hoursAgo(2).toISOString()}`,
      `tag:crossings,2026:state/korday-ak-zhol/${hoursAgo(12).toISOString()}`,
      `tag:crossings,2026:state/korday-ak-zhol/${hoursAgo(24).toISOString()}`,
      `tag:crossings,2026:notice/${ids["Trucks stopped for road repairs"]}`,
    ]);
    const [report, state, noticeEnds, noticeStarts, notice] = entries;
    expect(noticeStarts!.title["#text"]).toBe("Now restricted — notice");
    expect(noticeStarts!.content!["#text"]).toMatch(/^Notice: Trucks stopped for road repairs \(truck only\)/);
    expect(noticeEnds!.title["#text"]).toBe("Now open — schedule");
    expect(report!.title["#text"]).toBe("Closed — Kyrgyzstan → Kazakhstan by car, waited 40 min");
    expect(report!.content!["#text"]).toContain('Gate shut <b>&</b> "nobody" knows why ]]> bell');
    expect(report!.content!["#text"]).toContain("observed Wed 15 Jul, 09:48 Bishkek (UTC+6)");
    expect(report!.updated).toBe(hoursAgo(2).toISOString().replace(".000", ""));
    expect(report!.link[0]!["@href"]).toBe(`${origin}/crossings/korday-ak-zhol#report-${ids.visible}`);
    expect(state!.title["#text"]).toBe("Now closed — reports");
    expect(state!.content!["#text"]).toMatch(/^1 traveller reported closed/);
    expect(notice!.title["#text"]).toBe("Notice: Trucks stopped for road repairs");
    expect(notice!.content!["#text"]).toContain("Closed from Tue 14 Jul, 12:00 Bishkek (UTC+6) until Wed 15 Jul, 00:00 Bishkek (UTC+6); applies to truck only.");
    expect(notice!.content!["#text"]).toContain("Source: State Border Service (https://example.org/notice?a=1&b=2).");
    expect(notice!.link.map((link) => link["@rel"])).toEqual(["alternate", "related"]);
    expect(feed.updated).toBe(hoursAgo(2).toISOString().replace(".000", ""));
  });

  it("a country's feed has that country's crossings only, titles prefixed with the crossing", async () => {
    const kg = await loadCountryFeed("KG", now, database.db);
    expect(kg.map((crossing) => crossing.slug)).toEqual(expect.arrayContaining(["korday-ak-zhol", "irkeshtam"]));
    expect(kg.every((crossing) => crossing.baseline.sides.some((side) => side.country === "KG"))).toBe(true);
    expect(kg.map((crossing) => crossing.slug)).not.toContain("orsk");
    const xml = atomFeed(countryFeed("KG", kg, { origin, now }));
    expect(xml).toContain("IRKESHTAM-REPORT");
    expect(xml).toContain("Gate shut");
    expect(xml).not.toContain("ORSK-REPORT");
    expect(xml).not.toMatch(/HIDDEN-REPORT|WITHDRAWN-REPORT|WITHDRAWN-NOTICE/);
    const feed = parse(xml);
    expect(feed.entry!.map((entry) => entry.title["#text"])).toContain("Ak-Zhol – Korday: Closed — Kyrgyzstan → Kazakhstan by car, waited 40 min");
    expect(feed.entry!.every((entry) => /^(Ak-Zhol – Korday|Irkeshtam): /.test(entry.title["#text"]))).toBe(true);

    const kz = atomFeed(countryFeed("KZ", await loadCountryFeed("KZ", now, database.db), { origin, now }));
    expect(kz).toContain("ORSK-REPORT");
    expect(kz).toContain("Gate shut");
    expect(kz).not.toContain("IRKESHTAM-REPORT");
  });
});
