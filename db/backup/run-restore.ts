/**
 * `npm run db:restore -- <file> [--force]`: puts a backup from `npm run db:backup` back into
 * the configured database — PostgreSQL (DATABASE_URL, pg_restore) or PGlite (PGLITE_DIR).
 * Refuses a database that has data unless --force, and a PGlite directory a server has open.
 */
import { existsSync } from "node:fs";
import { env } from "@/lib/env";
import { connect } from "@/db/client";
import { parseRestoreArgs, restoreUsage, UsageError } from "./options";
import { BackupError } from "./errors";
import { restorePglite } from "./pglite";
import { restorePostgres } from "./postgres";
import { describeFingerprint, fingerprint } from "./fingerprint";

try {
  const options = parseRestoreArgs(process.argv.slice(2));
  if (!existsSync(options.file)) throw new UsageError(`${options.file} does not exist`);
  const kind = env.DATABASE_URL ? "postgres" : "pglite";
  let kept: string | null = null;
  if (env.DATABASE_URL) await restorePostgres(env.DATABASE_URL, options.file, options.force);
  else kept = (await restorePglite(env.PGLITE_DIR, options.file, options.force)).keptAt;
  const connection = connect();
  const contents = describeFingerprint(await fingerprint(connection));
  await connection.close();
  console.log(`Restored ${options.file} into the ${kind} database (${contents}).${kept ? ` The database it replaced is kept at ${kept}.` : ""}`);
} catch (error) {
  if (error instanceof UsageError) console.error(`db:restore: ${error.message}\n${restoreUsage}`);
  else if (error instanceof BackupError) console.error(`db:restore: ${error.message}`);
  else throw error;
  process.exit(error instanceof UsageError ? 2 : 1);
}
