/**
 * The one database client, and one driver: postgres.js speaks the PostgreSQL wire protocol
 * to PostgreSQL when DATABASE_URL is set, and otherwise to the embedded PGlite database under
 * PGLITE_DIR, which runs in its own process (db/pglite-process.ts) so a slow query never
 * blocks the event loop that serves readers. Same schema, same queries, same driver.
 * Kept on the process bridge (db/bridge.ts) so dev hot reload and repeated imports share one
 * connection, and the production server can ping and close it.
 */
import net from "node:net";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Logger } from "drizzle-orm/logger";
import postgres from "postgres";
import { env } from "@/lib/env";
import { processBridge } from "@/db/bridge";
import * as schema from "@/db/schema";
import { pgliteProcess } from "@/db/pglite-process";

export { lockDataDirectory } from "@/db/data-dir-lock.mjs";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = "pglite" | "postgres";

export interface Connection {
  db: Db;
  kind: DatabaseKind;
  /** For PostgreSQL: the URL it connected to (migrations open their own locked session). */
  url?: string;
  close: () => Promise<void>;
  /** PostgreSQL: LISTEN on a channel (other app instances NOTIFY it); `onConnect` runs on
   * every (re)connection of the listening session. PGlite serves one app process: nothing to hear. */
  listen?: (channel: string, onMessage: (payload: string) => void, onConnect: () => void) => Promise<void>;
  /** SQL text with $n parameters, past drizzle (the query-plan test runs EXPLAIN with it). */
  rawQuery: (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;
  /** The same connection through a drizzle instance that reports every query it sends. */
  withLogger: (logger: Logger) => Db;
}

/**
 * postgres.js waits before reconnecting, longer after each failed attempt — up to 20 s after
 * an outage of a few seconds under load, so service came back long after the database did.
 * Capped at a second: a handful of connection attempts a second is nothing to a server, and
 * service is back within about a second of the database.
 */
const backoff = (attempt: number) => Math.min(0.05 * 2 ** attempt, 1) * (0.5 + Math.random() / 2);

function overPostgresJs(client: postgres.Sql, rest: Pick<Connection, "kind" | "url" | "close" | "listen">): Connection {
  return {
    db: drizzlePostgres(client, { schema }) as unknown as Db,
    rawQuery: async (text, params) => [...(await client.unsafe(text, params as never[]))],
    withLogger: (logger) => drizzlePostgres(client, { schema, logger }) as unknown as Db,
    ...rest,
  };
}

/**
 * `pgliteInProcess` (tests' `memory://` databases only, db/test-support): PGlite in this
 * process behind the same socket server, saving a process start per throwaway database.
 */
export function connect(options: { databaseUrl?: string; pgliteDir?: string; pgliteInProcess?: boolean } = {}): Connection {
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
      backoff,
    });
    return overPostgresJs(client, {
      kind: "postgres",
      url: databaseUrl,
      close: () => client.end({ timeout: 5 }),
      listen: async (channel, onMessage, onConnect) => {
        await client.listen(channel, onMessage, onConnect);
      },
    });
  }
  // Takes the directory's lock (throws if another process holds it) and starts its process.
  const database = pgliteProcess(options.pgliteDir ?? env.PGLITE_DIR, { inProcess: options.pgliteInProcess });
  void database.ready().catch(() => {}); // started now; the first query waits for it (and sees its error)
  const client = postgres({
    // PGlite runs one query at a time whatever the number of connections, and its socket server
    // interleaves the messages of concurrent connections outside explicit transactions: one
    // connection, with postgres.js queueing (and pipelining) the app's queries on it.
    max: 1,
    // Each (re)connection first waits for the database process (started again if it died).
    socket: async () => {
      await database.ready();
      return net.connect(database.socketPath);
    },
    user: "postgres",
    database: "postgres",
    onnotice: () => {},
    // Measured from the socket's creation: PGlite answers a new connection only between queries.
    connect_timeout: 30,
    backoff,
    // postgres.js supports `socket` (a function returning a socket, or a promise of one) but its
    // types do not declare it.
  } as postgres.Options<Record<string, postgres.PostgresType>>);
  let closing: Promise<void> | undefined;
  return overPostgresJs(client, {
    kind: "pglite",
    // The client first (its queries finish), then the database process (PGlite closed cleanly).
    close: () =>
      (closing ??= (async () => {
        try {
          await client.end({ timeout: 5 });
        } finally {
          await database.release();
        }
      })()),
  });
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
