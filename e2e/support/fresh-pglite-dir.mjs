#!/usr/bin/env node
/**
 * Before the browser tests' server starts on PGlite: remove its data directory (PGLITE_DIR),
 * so every run starts from the seed alone, as fresh-server-database.mjs does on PostgreSQL.
 * Reports left by an earlier run would otherwise decide a crossing's state (a "closed" report
 * of an hour ago keeps an open crossing closed), and a second `npm test` failed.
 * Refuses any directory whose name does not start with "e2e": it never wipes the app's own data.
 */
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = process.env.PGLITE_DIR;
if (!dir) throw new Error("PGLITE_DIR must be set");
const resolved = path.resolve(dir);
const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.data");
// Only a directory named e2e… that is under the repository's .data/ or is a PostgreSQL data directory.
const safe = path.basename(resolved).startsWith("e2e") && (resolved.startsWith(dataDir + path.sep) || !existsSync(resolved) || existsSync(path.join(resolved, "PG_VERSION")));
if (!safe) throw new Error(`refusing to remove "${dir}": not an e2e data directory under .data/ or holding a database`);
rmSync(dir, { recursive: true, force: true });
console.log(`Browser tests' server database: ${dir} (removed; npm start creates, migrates and seeds it)`);
