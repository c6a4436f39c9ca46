/**
 * The one database client. Embedded PGlite under PGLITE_DIR when DATABASE_URL is unset,
 * PostgreSQL through postgres.js when it is set: same schema, same queries.
 * Cached on globalThis so dev hot reload and repeated imports share one connection
 * (PGlite allows a single instance per data directory and process).
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { env } from "@/lib/env";
import * as schema from "@/db/schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = "pglite" | "postgres";

interface Connection {
  db: Db;
  kind: DatabaseKind;
  /** For PostgreSQL: the URL it connected to (migrations open their own locked session). */
  url?: string;
  close: () => Promise<void>;
}

export function connect(options: { databaseUrl?: string; pgliteDir?: string } = {}): Connection {
  const databaseUrl = options.databaseUrl ?? env.DATABASE_URL;
  if (databaseUrl) {
    const client = postgres(databaseUrl, { max: 10, onnotice: () => {} });
    return {
      db: drizzlePostgres(client, { schema }) as unknown as Db,
      kind: "postgres",
      url: databaseUrl,
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = options.pgliteDir ?? env.PGLITE_DIR;
  if (dir !== "memory://") mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: "pglite",
    close: () => client.close(),
  };
}

const globalForDb = globalThis as unknown as { crossingsDb?: Connection };

/** The process-wide connection, opened on first use. */
export function getConnection(): Connection {
  globalForDb.crossingsDb ??= connect();
  return globalForDb.crossingsDb;
}

export function getDb(): Db {
  return getConnection().db;
}
