/**
 * The one database client. Embedded PGlite under PGLITE_DIR when DATABASE_URL is unset,
 * PostgreSQL through postgres.js when it is set: same schema, same queries.
 * Kept on the process bridge (db/bridge.ts) so dev hot reload and repeated imports share one connection
 * (PGlite allows a single instance per data directory and process).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Logger } from "drizzle-orm/logger";
import postgres from "postgres";
import { env } from "@/lib/env";
import { processBridge } from "@/db/bridge";
import * as schema from "@/db/schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = "pglite" | "postgres";

export interface Connection {
  db: Db;
  kind: DatabaseKind;
  /** For PostgreSQL: the URL it connected to (migrations open their own locked session). */
  url?: string;
  close: () => Promise<void>;
  /** PostgreSQL: LISTEN on a channel (other app instances NOTIFY it); `onConnect` runs on
   * every (re)connection of the listening session. PGlite is one process: nothing to hear. */
  listen?: (channel: string, onMessage: (payload: string) => void, onConnect: () => void) => Promise<void>;
  /** SQL text with $n parameters, past drizzle (the query-plan test runs EXPLAIN with it). */
  rawQuery: (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;
  /** The same connection through a drizzle instance that reports every query it sends. */
  withLogger: (logger: Logger) => Db;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite has no lock of its own, and two processes writing one data directory corrupt it
 * (seen: "missing chunk number 0 for toast value"). A lock file with the owner's pid refuses
 * a second process clearly; a lock left by a process that has died is taken over.
 */
export function lockDataDirectory(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, "crossings.lock");
  try {
    writeFileSync(lock, String(process.pid), { flag: "wx" });
  } catch {
    const owner = Number(readFileSync(lock, "utf8"));
    if (owner && owner !== process.pid && isRunning(owner)) {
      throw new Error(`The PGlite database at ${dir} is in use by process ${owner}. Stop that process first (only one process may open it).`);
    }
    writeFileSync(lock, String(process.pid));
  }
  return () => {
    try {
      if (Number(readFileSync(lock, "utf8")) === process.pid) rmSync(lock);
    } catch {
      // already gone
    }
  };
}

export function connect(options: { databaseUrl?: string; pgliteDir?: string } = {}): Connection {
  const databaseUrl = options.databaseUrl ?? env.DATABASE_URL;
  if (databaseUrl) {
    const client = postgres(databaseUrl, {
      max: 10,
      onnotice: () => {},
      // A database that does not answer at all (a host gone, not a refused port) fails a query
      // in 5 s rather than postgres.js's 30, so readers get the 503 page while it is away.
      connect_timeout: 5,
      // Idle connections are closed after a minute: after a restart or failover, stale ones are
      // not kept around to fail a reader's first query.
      idle_timeout: 60,
      // postgres.js waits before reconnecting, longer after each failed attempt — up to 20 s
      // after an outage of a few seconds under load, so service came back long after the
      // database did. Capped at a second: a handful of connection attempts a second is nothing
      // to a server, and service is back within about a second of the database.
      backoff: (attempt: number) => Math.min(0.05 * 2 ** attempt, 1) * (0.5 + Math.random() / 2),
    });
    return {
      db: drizzlePostgres(client, { schema }) as unknown as Db,
      rawQuery: async (text, params) => [...(await client.unsafe(text, params as never[]))],
      withLogger: (logger) => drizzlePostgres(client, { schema, logger }) as unknown as Db,
      kind: "postgres",
      url: databaseUrl,
      close: () => client.end({ timeout: 5 }),
      listen: async (channel, onMessage, onConnect) => {
        await client.listen(channel, onMessage, onConnect);
      },
    };
  }
  const dir = options.pgliteDir ?? env.PGLITE_DIR;
  const unlock = dir === "memory://" ? () => {} : lockDataDirectory(dir);
  const client = new PGlite(dir);
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    rawQuery: async (text, params) => (await client.query<Record<string, unknown>>(text, params)).rows,
    withLogger: (logger) => drizzlePglite(client, { schema, logger }) as unknown as Db,
    kind: "pglite",
    close: async () => {
      await client.close();
      unlock();
    },
  };
}

/** The process-wide connection, opened on first use (kept on the process bridge, which the
 * production server also reads, and which survives dev hot reloads). */
export function getConnection(): Connection {
  const bridge = processBridge();
  bridge.connection ??= connect();
  return bridge.connection;
}

export function getDb(): Db {
  return getConnection().db;
}
