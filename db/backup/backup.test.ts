/**
 * `npm run db:backup` / `npm run db:restore`, run as the scripts they are, on PGlite (a real
 * data directory) and on PostgreSQL when DATABASE_URL is set: a seeded database with users and
 * reports survives the round trip row for row; the refusals hold.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, type Connection } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedBaseline, validatedSeed } from "@/db/seed/seed";
import { getCrossingRecord } from "@/db/queries/crossings";
import { submitReport } from "@/db/queries/reports";
import { users } from "@/db/schema";
import { createEmptyPostgresDatabase, testDatabaseKinds } from "@/db/test-support/databases";
import { fingerprint } from "./fingerprint";

const root = path.resolve(import.meta.dirname, "..", "..");

/** Runs one of the npm scripts' commands with `env` for the database. */
function script(name: "run-backup" | "run-restore", args: string[], env: Record<string, string>) {
  const result = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "db", "backup", `${name}.ts`), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", ...env },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A seeded database with two travellers and a few reports, like one in use. */
async function fill(connection: Connection): Promise<void> {
  await runMigrations(connection);
  await seedBaseline(connection.db);
  const crossing = (await getCrossingRecord("irkeshtam", connection.db))!;
  await connection.db.insert(users).values([
    { id: "backup-alice", email: "alice@example.org" },
    { id: "backup-bob", email: "bob@example.org", name: "Боб" },
  ]);
  const now = new Date();
  for (const [i, authorId] of ["backup-alice", "backup-bob", "backup-alice"].entries()) {
    const result = await submitReport(
      {
        crossingId: crossing.id,
        authorId,
        ipHash: null,
        idempotencyKey: crypto.randomUUID(),
        values: {
          direction: "a-b",
          observedAt: new Date(now.getTime() - (i + 1) * 3600_000),
          seen: "open",
          mode: "truck",
          waitMinutes: 30 * i,
          tags: ["long-queue"],
          notes: `Report ${i} «ok»`,
        },
      },
      { perUserPerHour: 10, perIpPerHour: 30 },
      now,
      connection.db,
    );
    expect(result.kind).toBe("created");
  }
}

interface Target {
  env: Record<string, string>;
  open: () => Connection;
  cleanup: () => Promise<void>;
}

async function target(kind: "pglite" | "postgres", work: string, name: string): Promise<Target> {
  if (kind === "pglite") {
    const dir = path.join(work, name);
    return { env: { PGLITE_DIR: dir }, open: () => connect({ pgliteDir: dir, databaseUrl: "" }), cleanup: async () => {} };
  }
  const database = await createEmptyPostgresDatabase();
  return { env: { DATABASE_URL: database.url }, open: () => connect({ databaseUrl: database.url }), cleanup: database.close };
}

describe.each(testDatabaseKinds)("backups on %s", (kind) => {
  let work: string;
  let source: Target;
  let restored: Target;
  let backupFile: string;
  let before: Awaited<ReturnType<typeof fingerprint>>;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "crossings-backup-"));
    source = await target(kind, work, "source");
    restored = await target(kind, work, "restored");
    const connection = source.open();
    await fill(connection);
    before = await fingerprint(connection);
    await connection.close();
    backupFile = path.join(work, kind === "pglite" ? "backup.tar.gz" : "backup.dump");
  }, 180_000);

  afterAll(async () => {
    await source?.cleanup();
    await restored?.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  it("restores a backup into a fresh database row for row (counts and checksums of every table)", { timeout: 120_000 }, async () => {
    const backup = script("run-backup", [backupFile], source.env);
    expect(backup.output).toContain(`to ${backupFile}`);
    expect(backup.status).toBe(0);
    const restore = script("run-restore", [backupFile], restored.env);
    expect(restore.output).toContain("3 reports, 2 users");
    expect(restore.status).toBe(0);
    const connection = restored.open();
    const after = await fingerprint(connection);
    await connection.close();
    expect(before.reports!.rows).toBe(3);
    expect(before.users!.rows).toBe(2);
    expect(before.crossings!.rows).toBe(validatedSeed().baselines.length);
    expect(after).toEqual(before);
  });

  it("refuses to restore over a database that has data, unless --force", { timeout: 120_000 }, async () => {
    const refused = script("run-restore", [backupFile], source.env);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/already (holds a database|has \d+ tables)/);
    expect(refused.output).toContain("--force");
    const forced = script("run-restore", [backupFile, "--force"], source.env);
    expect(forced.status).toBe(0);
    const connection = source.open();
    expect(await fingerprint(connection)).toEqual(before);
    await connection.close();
  });

  it("refuses a backup of the other database kind, and one that is not a backup", { timeout: 60_000 }, async () => {
    const junk = path.join(work, "junk.bin");
    writeFileSync(junk, kind === "pglite" ? Buffer.from("PGDMP not really") : Buffer.from([0x1f, 0x8b, 0x08, 0x00]));
    const wrong = script("run-restore", [junk, "--force"], restored.env);
    expect(wrong.status).toBe(1);
    expect(wrong.output).toMatch(kind === "pglite" ? /is a PostgreSQL dump/ : /not a PostgreSQL custom-format dump/);
  });

  it("will not overwrite an existing backup file unless --force", { timeout: 60_000 }, async () => {
    const again = script("run-backup", [backupFile], source.env);
    expect(again.status).toBe(1);
    expect(again.output).toContain("exists already");
  });
});

describe("backups and a running PGlite server", () => {
  it("refuses to back up or restore a PGlite directory another process has open", { timeout: 120_000 }, async () => {
    const work = mkdtempSync(path.join(tmpdir(), "crossings-backup-lock-"));
    try {
      const dir = path.join(work, "db");
      const connection = connect({ pgliteDir: dir, databaseUrl: "" });
      await runMigrations(connection);
      await connection.close();
      // The lock a server leaves while it runs (db/client.ts): a live process's pid — this test runner's parent.
      writeFileSync(path.join(dir, "crossings.lock"), String(process.ppid));
      const backup = script("run-backup", [path.join(work, "b.tar.gz")], { PGLITE_DIR: dir });
      expect(backup.status).toBe(1);
      expect(backup.output).toContain(`in use by process ${process.ppid}`);
      writeFileSync(path.join(work, "b.tar.gz"), Buffer.from([0x1f, 0x8b, 0x08, 0x00]));
      const restore = script("run-restore", [path.join(work, "b.tar.gz"), "--force"], { PGLITE_DIR: dir });
      expect(restore.status).toBe(1);
      expect(restore.output).toContain(`in use by process ${process.ppid}`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe("backup arguments", () => {
  it("refuses unknown options, extra files and a missing file with the usage", { timeout: 60_000 }, () => {
    const unknown = script("run-backup", ["--everything"], {});
    expect(unknown.status).toBe(2);
    expect(unknown.output).toContain("usage: npm run db:backup");
    const missing = script("run-restore", [], {});
    expect(missing.status).toBe(2);
    expect(missing.output).toContain("name the backup file to restore");
    const two = script("run-restore", ["a", "b"], {});
    expect(two.status).toBe(2);
  });
});
