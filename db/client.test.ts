import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connect } from "@/db/client";

describe("one process per PGlite data directory", () => {
  it("refuses a directory another running process holds, and says which", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "crossings-lock-"));
    writeFileSync(path.join(dir, "crossings.lock"), String(process.ppid));
    expect(() => connect({ pgliteDir: dir, databaseUrl: "" })).toThrow(`in use by process ${process.ppid}`);
  });

  it("takes over a lock left by a process that has died, and lets go on close", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "crossings-lock-"));
    const lock = path.join(dir, "crossings.lock");
    writeFileSync(lock, "2147483646");
    const connection = connect({ pgliteDir: dir, databaseUrl: "" });
    expect(readFileSync(lock, "utf8")).toBe(String(process.pid));
    expect(await connection.rawQuery("select 1 as one", [])).toEqual([{ one: 1 }]);
    await connection.close();
    expect(existsSync(lock)).toBe(false);
  });
});
