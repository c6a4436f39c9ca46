import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { connect } from "@/db/client";
import { readdirSync } from "node:fs";
import { migrationsFolder, runMigrations } from "@/db/migrate";
import { createEmptyPostgresDatabase, testDatabaseKinds } from "@/db/test-support/databases";

describe("migrations", () => {
  it("run again on PGlite (in its own process) without changing anything", { timeout: 120_000 }, async () => {
    const connection = connect({ pgliteDir: "memory://", databaseUrl: "" });
    await runMigrations(connection);
    await runMigrations(connection);
    const result = await connection.db.execute(sql`select count(*)::int as tables from information_schema.tables where table_schema = 'public'`);
    expect((result as unknown as { tables: number }[])[0]!.tables).toBeGreaterThanOrEqual(15);
    await connection.close();
  });

  // Only where a PostgreSQL server is configured (CI): PGlite has one connection per process.
  if (testDatabaseKinds.includes("postgres"))
    it("run once when several instances start together on PostgreSQL", async () => {
      const database = await createEmptyPostgresDatabase();
      const instances = Array.from({ length: 4 }, () => connect({ databaseUrl: database.url }));
      try {
        await Promise.all(instances.map((instance) => runMigrations(instance)));
        const rows = await instances[0]!.db.execute(sql`select count(*)::int as applied from drizzle.__drizzle_migrations`);
        const applied = (rows as unknown as { applied: number }[])[0]!.applied;
        expect(applied).toBe(readdirSync(migrationsFolder).filter((file) => file.endsWith(".sql")).length);
      } finally {
        await Promise.all(instances.map((instance) => instance.close()));
        await database.close();
      }
    });
});
