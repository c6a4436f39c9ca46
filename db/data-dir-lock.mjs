/**
 * PGlite has no lock of its own, and two processes writing one data directory corrupt it
 * (seen: "missing chunk number 0 for toast value"). A lock file with the owner's pid refuses
 * a second process clearly; a lock left by a process that has died is taken over.
 * Plain JavaScript: the database process (db/pglite-server.mjs) uses it too.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** The pid of a live process holding `name` in `dir` (other than this one), or null. */
export function lockOwner(dir, name = "crossings.lock") {
  try {
    const owner = Number(readFileSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, name), "utf8"));
    return owner && owner !== process.pid && isRunning(owner) ? owner : null;
  } catch {
    return null;
  }
}

export function lockDataDirectory(dir, name = "crossings.lock") {
  mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true });
  const lock = path.join(/*turbopackIgnore: true*/ dir, name);
  try {
    writeFileSync(/*turbopackIgnore: true*/ lock, String(process.pid), { flag: "wx" });
  } catch {
    const owner = lockOwner(dir, name);
    if (owner) {
      throw new Error(`The PGlite database at ${dir} is in use by process ${owner}. Stop that process first (only one process may open it).`);
    }
    writeFileSync(/*turbopackIgnore: true*/ lock, String(process.pid));
  }
  return () => {
    try {
      if (Number(readFileSync(/*turbopackIgnore: true*/ lock, "utf8")) === process.pid) rmSync(/*turbopackIgnore: true*/ lock);
    } catch {
      // already gone
    }
  };
}
