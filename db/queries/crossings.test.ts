/**
 * Looking a crossing up by a slug from a URL: anything that cannot be a slug is "no crossing",
 * never a database error (a NUL in the URL made PostgreSQL throw: found by e2e/fuzz.spec.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCrossingRecord } from "@/db/queries/crossings";
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

  it("answers null, not an error, for text that cannot be a slug", async () => {
    for (const slug of ["irkeshtam\u0000", "\u0000", "Irkeshtam", "irkeshtam ", "../irkeshtam", "x".repeat(81), "", "\ud800"]) {
      expect(await getCrossingRecord(slug, database.db), JSON.stringify(slug)).toBeNull();
    }
  });
});
