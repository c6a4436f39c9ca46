/**
 * Applies drizzle-kit's migrations (db/migrations) to the configured database.
 * Its own step: `npm start` runs it before the server starts; requests never migrate.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { connect } from "@/db/client";

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export async function runMigrations(connection: ReturnType<typeof connect>): Promise<void> {
  if (connection.kind === "postgres") {
    await migratePostgres(connection.db as never, { migrationsFolder });
  } else {
    await migratePglite(connection.db as never, { migrationsFolder });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const connection = connect();
  await runMigrations(connection);
  await connection.close();
  console.log(`Migrations applied (${connection.kind}).`);
}
