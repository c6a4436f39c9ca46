/**
 * Extra production servers for the specs that need their own (fuzzing, limits across two
 * instances, database faults, graceful shutdown): a fresh database (a PGlite directory, or a
 * new PostgreSQL database next to DATABASE_URL's), migrated and seeded by db/prepare.ts, and
 * `node --import tsx server/http/main.ts` on the build the e2e webServer made. Their own database keeps what they write (thousands of hostile
 * reports, notices, baseline edits) away from the other specs.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { expect, type Browser, type BrowserContext } from "@playwright/test";
import { dropDatabase } from "../../db/test-support/drop-database";
import { signIn, uniqueEmail } from "./auth";

const root = path.resolve(import.meta.dirname, "..", "..");

export type DatabaseKind = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when DATABASE_URL is set (as db/test-support's testDatabaseKinds). */
export const serverDatabaseKinds: DatabaseKind[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface AppDatabase {
  kind: DatabaseKind;
  /** What a server needs to open it: DATABASE_URL or PGLITE_DIR. */
  env: Record<string, string>;
  /** PostgreSQL only: its URL, for checks straight in the database. */
  url?: string;
  drop: () => Promise<void>;
}

/** A new, migrated and seeded database that only this spec uses. */
export async function freshDatabase(kind: DatabaseKind, label: string): Promise<AppDatabase> {
  const name = `crossings_e2e_${label}_${process.pid}_${Date.now().toString(36)}`;
  let database: AppDatabase;
  if (kind === "postgres") {
    const adminUrl = process.env.DATABASE_URL;
    if (!adminUrl) throw new Error("DATABASE_URL is not set");
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    database = {
      kind,
      url: url.toString(),
      env: { DATABASE_URL: url.toString() },
      drop: async () => {
        await dropDatabase(admin, name);
        await admin.end({ timeout: 5 });
      },
    };
  } else {
    const dir = path.join(root, ".data", name);
    database = { kind, env: { DATABASE_URL: "", PGLITE_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  prepareDatabase(database.env);
  return database;
}

/** Migrates and seeds the database `env` names (db/prepare.ts, as `npm start` does). */
export function prepareDatabase(env: Record<string, string>): void {
  const prepared = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["db/prepare.ts"], {
    cwd: root,
    env: { ...process.env, ...env, TZ: "UTC" },
    encoding: "utf8",
    timeout: 120_000,
  });
  if (prepared.status !== 0) throw new Error(`db/prepare.ts failed:\n${prepared.stdout}\n${prepared.stderr}`);
}

export interface AppServer {
  url: string;
  /** The kind of database it serves from. */
  kind: DatabaseKind;
  /** Everything the server has written so far (stdout and stderr). */
  log: () => string;
  /** Its log file, for the sign-in helper. */
  logFile: string;
  alive: () => boolean;
  /** Its process id. */
  pid: number;
  /** Sends the process a signal (SIGTERM to test a graceful stop). */
  kill: (signal: NodeJS.Signals) => void;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL after 15 s; resolves when it has exited. */
  stop: () => Promise<void>;
}

/** `node --import tsx server/http/main.ts` on `port`, as `npm start` would run it, once it answers /api/health. */
export async function startAppServer(port: number, database: Pick<AppDatabase, "kind" | "env">, env: Record<string, string> = {}): Promise<AppServer> {
  const logFile = path.join(root, ".data", `e2e-server-${port}.log`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  writeFileSync(logFile, "");
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(root, "server", "http", "main.ts")], {
    cwd: root,
    env: {
      ...process.env,
      TZ: "UTC",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOSTNAME_BIND: "0.0.0.0",
      // The URL below: sign-in links are built on AUTH_URL only (required in production).
      AUTH_URL: `http://localhost:${port}`,
      SMTP_URL: "",
      ADMIN_EMAILS: "admin@e2e.test",
      SIGN_IN_LINKS_PER_HOUR: "1000",
      SIGN_IN_LINKS_PER_HOUR_PER_IP: "10000",
      FLAG_MIN_ACCOUNT_AGE_HOURS: "0",
      VOTE_MIN_ACCOUNT_AGE_HOURS: "0",
      VOTES_PER_HOUR_PER_IP: "1000",
      FLAGS_PER_HOUR_PER_IP: "1000",
      EDITS_PER_HOUR_PER_IP: "1000",
      REPORTS_PER_HOUR_PER_IP: "1000",
      DIGEST_HOUR_UTC: "off",
      ...database.env,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    appendFileSync(logFile, chunk);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited = false;
  const exit = new Promise<number | string>((resolve) => child.on("exit", (code, signal) => ((exited = true), resolve(code ?? signal ?? "unknown"))));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`The server on port ${port} exited:\n${output}`);
    const ok = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The server on port ${port} did not start within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    kind: database.kind,
    logFile,
    log: () => output,
    alive: () => !exited,
    pid: child.pid!,
    kill: (signal) => void child.kill(signal),
    exited: exit,
    stop: async () => {
      if (!exited) child.kill("SIGTERM");
      // A graceful stop finishes requests in flight; one that hangs is not this spec's to wait for.
      const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exit;
      clearTimeout(killer);
    },
  };
}

/** A browser context on `server`, signed in as `email` through the real email-link flow. */
export async function signedInOn(browser: Browser, server: AppServer, email = uniqueEmail("traveller")): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await signIn(page, email, "/", server.logFile);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.close();
  return context;
}

/** A personal API token made on /account, as a traveller would. */
export async function createApiToken(context: BrowserContext, name = "Fuzz bot"): Promise<string> {
  const page = await context.newPage();
  await page.goto("/account");
  await page.getByLabel("New token's name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  await page.close();
  expect(token).toMatch(/^cr_/);
  return token;
}

/** The session cookie header of a signed-in context, for plain fetch() calls. */
export async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}
