#!/usr/bin/env node
/**
 * Before the browser tests' server starts on PGlite: remove its data directory (PGLITE_DIR),
 * so every run starts from the seed alone, as fresh-server-database.mjs does on PostgreSQL.
 * Reports left by an earlier run would otherwise decide a crossing's state (a "closed" report
 * of an hour ago keeps an open crossing closed), and a second `npm test` failed.
 * Refuses any directory whose name does not start with "e2e": it never wipes the app's own data.
 */
import { rmSync } from "node:fs";
import path from "node:path";

const dir = process.env.PGLITE_DIR;
if (!dir) throw new Error("PGLITE_DIR must be set");
if (!path.basename(path.resolve(dir)).startsWith("e2e")) throw new Error(`refusing to remove "${dir}": not an e2e data directory`);
rmSync(dir, { recursive: true, force: true });
console.log(`Browser tests' server database: ${dir} (removed; npm start creates, migrates and seeds it)`);
