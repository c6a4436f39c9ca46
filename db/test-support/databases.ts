/**
 * The databases integration tests run on: always a fresh in-memory PGlite (spoken to over the
 * wire protocol with postgres.js, like the app's), and a fresh
 * PostgreSQL database when DATABASE_URL is set (created for the suite, dropped after).
 * Each returns a migrated, empty database.
 */
import postgres from "postgres";
import { connect, type Connection, type Db, type DatabaseKind } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { dropDatabase } from "./drop-database";

export interface TestDatabase {
  kind: DatabaseKind;
  db: Db;
  close: () => Promise<void>;
  rawQuery: Connection["rawQuery"];
  withLogger: Connection["withLogger"];
}

async function pglite(): Promise<TestDatabase> {
  // Through postgres.js and PGlite's socket server, as the app runs; in this process (a fresh
  // child process per throwaway database would compile PGlite's WebAssembly each time).
  const connection = connect({ pgliteDir: "memory://", databaseUrl: "", pgliteInProcess: true });
  await runMigrations(connection);
  return { kind: "pglite", db: connection.db, close: connection.close, rawQuery: connection.rawQuery, withLogger: connection.withLogger };
}

async function postgresDatabase(adminUrl: string, migrate = true): Promise<TestDatabase & { url: string }> {
  const name = `crossings_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const connection = connect({ databaseUrl: url.toString() });
  if (migrate) await runMigrations(connection);
  return {
    url: url.toString(),
    kind: "postgres",
    db: connection.db,
    rawQuery: connection.rawQuery,
    withLogger: connection.withLogger,
    close: async () => {
      await connection.close();
      await dropDatabase(admin, name);
      await admin.end({ timeout: 5 });
    },
  };
}

export const testDatabaseKinds: DatabaseKind[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

/** An empty PostgreSQL database (no migrations yet), with its URL. */
export function createEmptyPostgresDatabase(): Promise<TestDatabase & { url: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return postgresDatabase(url, false);
}

export function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") return pglite();
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return postgresDatabase(url);
}
