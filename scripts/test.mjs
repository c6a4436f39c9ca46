#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in order — type check, lint, format check, unit and integration tests
 * (PGlite always; PostgreSQL too when DATABASE_URL is set), then the browser tests against
 * the production build in Debian's Chromium. Ends with one "N passed, N failed" line.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function step(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: "inherit" });
  return result.status === 0;
}

function ensureChromium() {
  const candidate = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(candidate)) return candidate;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium is missing: installing Debian's chromium package (apt-get)…");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit" });
    if (existsSync(candidate)) return candidate;
  }
  console.error(`No Chromium at ${candidate}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`);
  process.exit(1);
}

const chromium = ensureChromium();
rmSync(path.join(root, "test-results"), { recursive: true, force: true });
const counts = { passed: 0, failed: 0 };
let ok = true;

ok = step("Route types", bin("next"), ["typegen"]) && ok;
ok = step("Type check", bin("tsc"), ["--noEmit"]) && ok;
ok = step("Lint", bin("eslint"), ["--max-warnings=0", "."]) && ok;
ok = step("Format (Prettier: npm run format fixes it)", bin("prettier"), ["--check", "."]) && ok;

console.log(
  process.env.DATABASE_URL
    ? "\nDatabase tests run on PGlite and on PostgreSQL (DATABASE_URL is set)."
    : "\nDatabase tests run on PGlite only; set DATABASE_URL to a PostgreSQL server to run them there too.",
);
const unitOk = step("Unit and integration tests (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/unit-results.json"]);
ok = unitOk && ok;
if (existsSync(path.join(root, "test-results/unit-results.json"))) {
  const unit = JSON.parse(readFileSync(path.join(root, "test-results/unit-results.json"), "utf8"));
  counts.passed += unit.numPassedTests;
  counts.failed += unit.numFailedTests;
}

rmSync(path.join(root, ".data/e2e-pglite"), { recursive: true, force: true });
rmSync(path.join(root, ".data/e2e-server.log"), { force: true });
const e2eOk = step("Browser tests (Playwright, production build)", bin("playwright"), ["test"], { CHROMIUM_PATH: chromium });
ok = e2eOk && ok;
const e2eFile = path.join(root, "test-results/e2e-results.json");
if (existsSync(e2eFile)) {
  const e2e = JSON.parse(readFileSync(e2eFile, "utf8"));
  counts.passed += e2e.stats.expected;
  counts.failed += e2e.stats.unexpected + (e2e.stats.flaky ?? 0);
}
if (!ok && counts.failed === 0) counts.failed = 1; // a step failed before any test could

console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
process.exit(ok ? 0 : 1);
