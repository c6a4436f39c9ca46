/**
 * Looking a crossing up by a slug from a URL: anything that cannot be a slug is "no crossing",
 * never a database error (a NUL in the URL made PostgreSQL throw: found by e2e/fuzz.spec.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCrossingRecord, listSourceStandings } from "@/db/queries/crossings";
import { evaluateStatus } from "@/lib/status/evaluate";
import { seedBaseline } from "@/db/seed/seed";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";

describe.each(testDatabaseKinds)("crossing lookup by slug on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedBaseline(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("finds a crossing by its slug", async () => {
    expect((await getCrossingRecord("irkeshtam", database.db))?.slug).toBe("irkeshtam");
  });

  it("gives every source its standing, the seeds' directory pages as directory, and the engine supersedes with them", async () => {
    const standings = await listSourceStandings(database.db);
    expect(standings).toMatchObject({
      "directory-karkyra-kegen-2025": "directory",
      "blog-kegen-2019": "traveller",
      "azattyk-karkyra-2025": "news",
      "kg-embassy-holidays": "official",
    });
    const record = (await getCrossingRecord("karkyra-kegen", database.db))!;
    expect(record.sources.find((source) => source.key === "kz-checkpoints-2021" || source.key === "directory-karkyra-kegen-2025")?.standing).toBe("directory");
    // Saturday noon in July: at Karkyra the 2019 blog is superseded by Azattyk (news, 2025-08-26),
    // and the directory page agrees with Azattyk at noon; at Kegen the blog and the directory
    // page are both superseded by 24.kg (news, 2026-01-21: daylight-only until then, 24/7 being
    // ratified), whose hours are unknown: unknown, naming it and not them.
    const status = evaluateStatus({ baseline: record.baseline, notices: [], reports: [], instant: new Date("2026-07-18T12:00:00+06:00"), standings });
    expect(status.sides.map((side) => side.state)).toEqual(["open", "unknown"]);
    expect(status.state).toBe("unknown");
    const cited = status.reasons.flatMap((reason) => reason.sources ?? []).map((ref) => ref.source);
    expect(cited).toContain("24kg-kegen-24h-2026");
    expect(cited).not.toEqual(expect.arrayContaining(["blog-kegen-2019"]));
  });

  it("answers null, not an error, for text that cannot be a slug", async () => {
    for (const slug of ["irkeshtam\u0000", "\u0000", "Irkeshtam", "irkeshtam ", "../irkeshtam", "x".repeat(81), "", "\ud800"]) {
      expect(await getCrossingRecord(slug, database.db), JSON.stringify(slug)).toBeNull();
    }
  });
});
