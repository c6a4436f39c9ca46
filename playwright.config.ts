import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
import { SERVER_LOG } from "./e2e/support/constants";

/** With DATABASE_URL, the server runs on its own PostgreSQL database on that server, re-created
 * before every run (e2e/support/fresh-server-database.mjs), as the PGlite one is by `npm test`. */
function serverDatabaseUrl(adminUrl: string): string | undefined {
  try {
    const url = new URL(adminUrl);
    url.pathname = `/crossings_e2e_server_${port}`;
    return url.toString();
  } catch {
    // A URL postgres.js accepts but URL does not (a socket path as host, several hosts): the
    // server uses the database it names, as before, and its reports stay between runs.
    console.warn("DATABASE_URL is not a URL the browser tests can derive a database from: the server uses the database it names, and reports from earlier runs stay there.");
    return undefined;
  }
}
const serverDatabase = process.env.DATABASE_URL ? serverDatabaseUrl(process.env.DATABASE_URL) : undefined;

/**
 * End-to-end tests against the production build (`npm start` builds, migrates, seeds and
 * serves), in Debian's Chromium: Playwright cannot download its own browser here.
 */
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e-artifacts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    // "localhost", as a reader types it, and the server's AUTH_URL (below): sign-in links point there.
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    // Fuzzing first: it is the longest group of the run (about 3½ minutes in one worker with
    // PostgreSQL), so it starts while the other worker takes the rest, not after everything.
    { name: "fuzz", use: { ...devices["Desktop Chrome"], browserName: "chromium" }, testMatch: /fuzz\.spec\.ts/ },
    // The API and the moderators' tools do not depend on a phone: those run once, on desktop.
    {
      name: "mobile",
      use: { ...devices["Pixel 7"], browserName: "chromium" },
      testIgnore:
        /(api|moderation|openapi|open-data|feeds|tokens|history|alerts|budgets|page-cache|page-cache-poisoning|disconnect|soak|graceful-shutdown|database-faults|fuzz|instances|observed-hours|signin-abuse)\.spec\.ts/,
    },
    { name: "desktop", use: { ...devices["Desktop Chrome"], browserName: "chromium" }, testIgnore: /fuzz\.spec\.ts/ },
  ],
  webServer: {
    // Each run starts from the seed alone, on PostgreSQL or on PGlite (e2e/support/fresh-*.mjs).
    command: serverDatabase ? "node e2e/support/fresh-server-database.mjs && node scripts/start.mjs" : "node e2e/support/fresh-pglite-dir.mjs && node scripts/start.mjs",
    url: `http://localhost:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      // Sign-in links are built on AUTH_URL only: the base URL the tests browse.
      AUTH_URL: `http://localhost:${port}`,
      PGLITE_DIR: process.env.E2E_PGLITE_DIR ?? ".data/e2e-pglite",
      // Sign-in links are read from the server log (no SMTP_URL: the log line contract).
      LOG_FILE: SERVER_LOG,
      SMTP_URL: "",
      ADMIN_EMAILS: "admin@e2e.test",
      // Every e2e browser comes from 127.0.0.1: the per-address limit is tested in db/ tests.
      REPORTS_PER_HOUR_PER_IP: "1000",
      // Test accounts are minutes old: let them flag and vote (the one-day rules are tested in
      // server/services/ and db/), and every browser is 127.0.0.1 (the per-address limits too).
      FLAG_MIN_ACCOUNT_AGE_HOURS: "0",
      VOTE_MIN_ACCOUNT_AGE_HOURS: "0",
      VOTES_PER_HOUR_PER_IP: "1000",
      FLAGS_PER_HOUR_PER_IP: "1000",
      EDITS_PER_HOUR_PER_IP: "1000",
      // The digest is tested on its own (npm run digest, server/alerts/): not beside the tests.
      DIGEST_HOUR_UTC: "off",
      // The admin account signs in for many tests within the hour.
      SIGN_IN_LINKS_PER_HOUR: "200",
      // Every browser signs in from 127.0.0.1 (the per-address limit has its own spec and server).
      SIGN_IN_LINKS_PER_HOUR_PER_IP: "10000",
      // fresh-server-database.mjs re-creates the server's own database through the given server.
      ...(serverDatabase
        ? { DATABASE_URL: serverDatabase, E2E_ADMIN_DATABASE_URL: process.env.DATABASE_URL! }
        : process.env.DATABASE_URL
          ? { DATABASE_URL: process.env.DATABASE_URL }
          : {}),
    },
  },
});
