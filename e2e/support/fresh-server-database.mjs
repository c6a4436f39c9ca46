#!/usr/bin/env node
/**
 * Before the browser tests' server starts on PostgreSQL: drop and re-create its own database
 * (DATABASE_URL, on the server E2E_ADMIN_DATABASE_URL names), so every run starts from the seed alone.
 * Reports left by an earlier run would otherwise decide a crossing's state (a "closed" report of
 * an hour ago keeps an open crossing closed), and no test could state its starting point.
 * Refuses any database whose name does not start with "crossings_e2e": it never wipes a
 * database the developer uses.
 */
import postgres from "postgres";

const adminUrl = process.env.E2E_ADMIN_DATABASE_URL;
const target = process.env.DATABASE_URL;
if (!adminUrl || !target) throw new Error("E2E_ADMIN_DATABASE_URL and DATABASE_URL must both be set");
const name = decodeURIComponent(new URL(target).pathname.slice(1));
if (!/^crossings_e2e\w*$/.test(name)) throw new Error(`refusing to re-create "${name}": not a crossings_e2e database`);
if (decodeURIComponent(new URL(adminUrl).pathname.slice(1)) === name) throw new Error(`DATABASE_URL names "${name}" itself: point it at another database on the same server`);
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
try {
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  console.log(`Browser tests' server database: ${name} (re-created empty; npm start migrates and seeds it)`);
} catch (error) {
  console.error(
    `Could not re-create the browser tests' database "${name}": ${error instanceof Error ? error.message : String(error)}.\n` +
      "The tests create their own databases on the server DATABASE_URL names: its role needs CREATEDB (ALTER ROLE … CREATEDB).",
  );
  process.exitCode = 1;
} finally {
  await admin.end({ timeout: 5 });
}
