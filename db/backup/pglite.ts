/**
 * Backing up and restoring the embedded PGlite database: PGlite's own dumpDataDir() (a gzipped
 * tarball of its data directory) and loadDataDir. Both take the directory's lock first
 * (db/client.ts), so neither runs while a server has the database open. A restore is built in
 * a staging directory and swapped in only once it opened; a replaced database is kept beside.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { lockDataDirectory } from "@/db/client";
import { BackupError } from "./errors";

const LOCK = "crossings.lock";

function hasDatabase(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((entry) => entry !== LOCK);
}

/** Takes the directory's lock, or says clearly who holds it. */
function lock(dir: string): () => void {
  try {
    return lockDataDirectory(dir);
  } catch (error) {
    throw new BackupError(error instanceof Error ? error.message : String(error));
  }
}

export async function backupPglite(dir: string, file: string, force: boolean): Promise<void> {
  if (!existsSync(path.join(dir, "PG_VERSION"))) throw new BackupError(`There is no PGlite database at ${dir} (set PGLITE_DIR, or DATABASE_URL for PostgreSQL).`);
  if (existsSync(file) && !force) throw new BackupError(`${file} exists already: name another file, or add --force to overwrite it.`);
  const unlock = lock(dir);
  try {
    const client = new PGlite(dir);
    // dumpDataDir() before the database is ready never settles.
    await client.waitReady;
    // Read the dump before closing: its bytes are not readable once PGlite has closed.
    const dump = Buffer.from(await (await client.dumpDataDir("gzip")).arrayBuffer());
    await client.close();
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, dump);
  } finally {
    unlock();
  }
}

/** A gzipped tarball (what dumpDataDir writes) or a plain tar. */
function looksLikePgliteBackup(bytes: Buffer): boolean {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const tar = bytes.subarray(257, 262).toString("latin1") === "ustar";
  return gzip || tar;
}

/** Replaces the database at `dir` with the backup in `file`; returns where the old one was kept, if any. */
export async function restorePglite(dir: string, file: string, force: boolean): Promise<{ keptAt: string | null }> {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 5).toString("latin1") === "PGDMP") throw new BackupError(`${file} is a PostgreSQL dump: restore it with DATABASE_URL set.`);
  if (!looksLikePgliteBackup(bytes)) throw new BackupError(`${file} is not a PGlite backup (npm run db:backup writes a .tar.gz).`);
  const unlock = lock(dir);
  const staging = `${dir}.restoring-${process.pid}`;
  try {
    const replacing = hasDatabase(dir);
    if (replacing && !force) throw new BackupError(`${dir} already holds a database: add --force to replace it (it is kept beside, not deleted).`);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const client = new PGlite(staging, { loadDataDir: new Blob([bytes]) });
    // Opening it is the check that the backup is whole.
    await client.query("select count(*) from information_schema.tables");
    await client.close();
    let keptAt: string | null = null;
    if (replacing) {
      keptAt = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      renameSync(dir, keptAt);
      rmSync(path.join(keptAt, LOCK), { force: true });
    } else {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
    }
    renameSync(staging, dir);
    return { keptAt };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(`Could not restore ${file}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    unlock();
  }
}
