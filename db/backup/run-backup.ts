/**
 * `npm run db:backup -- [file] [--force]`: a backup of the configured database — PostgreSQL
 * (DATABASE_URL, pg_dump custom format) or the embedded PGlite directory (PGLITE_DIR, refused
 * while a server has it open). Default file: backups/crossings-<kind>-<time>.{dump|tar.gz}.
 */
import { env } from "@/lib/env";
import { connect } from "@/db/client";
import { backupUsage, parseBackupArgs, UsageError } from "./options";
import { BackupError } from "./errors";
import { backupPglite } from "./pglite";
import { backupPostgres } from "./postgres";
import { describeFingerprint, fingerprint } from "./fingerprint";

try {
  const options = parseBackupArgs(process.argv.slice(2));
  const kind = env.DATABASE_URL ? "postgres" : "pglite";
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = options.file ?? `backups/crossings-${kind}-${stamp}.${kind === "postgres" ? "dump" : "tar.gz"}`;
  if (env.DATABASE_URL) await backupPostgres(env.DATABASE_URL, file, options.force);
  else await backupPglite(env.PGLITE_DIR, file, options.force);
  const connection = connect();
  const contents = describeFingerprint(await fingerprint(connection));
  await connection.close();
  console.log(`Backed up the ${kind} database (${contents}) to ${file}`);
} catch (error) {
  if (error instanceof UsageError) console.error(`db:backup: ${error.message}\n${backupUsage}`);
  else if (error instanceof BackupError) console.error(`db:backup: ${error.message}`);
  else throw error;
  process.exit(error instanceof UsageError ? 2 : 1);
}
