/**
 * Backing up and restoring PostgreSQL with its own tools, pg_dump and pg_restore in the
 * custom format (compressed, restorable table by table). They are looked for on PATH, then in
 * Debian's /usr/lib/postgresql/<version>/bin, newest first; without them a clear error says
 * what to install.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { BackupError } from "./errors";

export function findPgTool(name: "pg_dump" | "pg_restore"): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    if (existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  const debian = "/usr/lib/postgresql";
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const candidate = path.join(debian, version, "bin", name);
    if (existsSync(candidate)) return candidate;
  }
  throw new BackupError(`${name} was not found on PATH or in ${debian}/*/bin: install the PostgreSQL client tools (Debian: apt-get install postgresql-client).`);
}

/** The connection URL without its password (which goes in PGPASSWORD instead), so that it never
 * stands in the process list, where any local user can read a command line. */
function connectionArgs(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: `--dbname=${parsed.toString()}`, env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(tool, args, { encoding: "utf8", env });
  if (result.error) throw new BackupError(`${path.basename(tool)} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new BackupError(`${path.basename(tool)} failed (exit ${result.status}):\n${result.stderr.trim()}`);
}

export async function backupPostgres(url: string, file: string, force: boolean): Promise<void> {
  if (existsSync(file) && !force) throw new BackupError(`${file} exists already: name another file, or add --force to overwrite it.`);
  const pgDump = findPgTool("pg_dump");
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  try {
    const connection = connectionArgs(url);
    run(pgDump, ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`, connection.dbname], connection.env);
    rmSync(file, { force: true });
    // Only a finished dump takes the name: an interrupted one never looks like a backup.
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Tables in the database's own schemas (not PostgreSQL's): any means it holds data. */
async function userTableCount(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select count(*)::int as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`;
    return row!.n as number;
  } catch (error) {
    throw new BackupError(`Cannot reach the database to restore into: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function restorePostgres(url: string, file: string, force: boolean): Promise<void> {
  const magic = readFileSync(file).subarray(0, 5).toString("latin1");
  if (magic !== "PGDMP")
    throw new BackupError(
      `${file} is not a PostgreSQL custom-format dump${magic.startsWith("\u001f\u008b") ? " (it looks like a PGlite backup: restore it without DATABASE_URL)" : ""}.`,
    );
  const pgRestore = findPgTool("pg_restore");
  const tables = await userTableCount(url);
  if (tables > 0 && !force) throw new BackupError(`The database already has ${tables} tables: restore into an empty database, or add --force to replace its contents.`);
  const connection = connectionArgs(url);
  run(
    pgRestore,
    ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", ...(tables > 0 ? ["--clean", "--if-exists"] : []), connection.dbname, file],
    connection.env,
  );
}
