/**
 * Applies drizzle-kit's migrations (db/migrations) to the configured database.
 * Its own step: `npm start` runs it before the server starts; requests never migrate.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { connect } from "@/db/client";

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export async function runMigrations(connection: ReturnType<typeof connect>): Promise<void> {
  if (connection.kind === "postgres") {
    // Several app instances may start at once: one migrates, the others wait for it.
    // A one-connection client keeps the session-level lock and the migration together.
    const url = connection.url;
    if (!url) return migratePostgres(connection.db as never, { migrationsFolder });
    const client = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await client`select pg_advisory_lock(727274)`;
      await migratePostgres(drizzle(client) as never, { migrationsFolder });
      await client`select pg_advisory_unlock(727274)`;
    } finally {
      await client.end({ timeout: 5 });
    }
  } else {
    // PGlite is served to one app process at a time (its directory's lock): no one to wait for.
    await migratePostgres(connection.db as never, { migrationsFolder });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const connection = connect();
  await runMigrations(connection);
  await connection.close();
  console.log(`Migrations applied (${connection.kind}).`);
}
