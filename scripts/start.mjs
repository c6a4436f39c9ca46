#!/usr/bin/env node
/**
 * `npm start`: build if the sources changed since the last build, migrate and seed the
 * database (its own step, never per request), then serve the production build on PORT
 * (server/http/main.ts, run from source with tsx).
 * No env file needed: without DATABASE_URL the embedded PGlite database under .data/ is used.
 */
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// One environment for every step: an optional .env is read here, not only by Next.js.
if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = { ...process.env, TZ: "UTC", NEXT_TELEMETRY_DISABLED: "1" };
// AUTH_URL is required in production (lib/env.ts): every sign-in link is built on it, never on
// the request's Host. A fresh clone has none: use this machine's own address, and say so.
if (!env.AUTH_URL?.trim()) {
  env.AUTH_URL = `http://localhost:${Number(process.env.PORT) || 3000}`;
  console.log(`AUTH_URL is not set: sign-in links will point to ${env.AUTH_URL} (set AUTH_URL to the site's public URL).`);
}

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const buildId = path.join(root, ".next", "BUILD_ID");
// Everything the build reads: the app imports server/ (services, i18n) too, and Next.js builds
// instrumentation.ts; a change to either must not leave a stale build serving.
const inputs = ["app", "lib", "db", "server", "public", "proxy.ts", "instrumentation.ts", "next.config.js", "package.json", "package-lock.json", "tsconfig.json"];
const sourcesChanged = !existsSync(buildId) || inputs.some((input) => newestMtime(path.join(root, input)) > statSync(buildId).mtimeMs);
if (sourcesChanged) {
  console.log("Building the app (sources changed since the last build)…");
  run(bin("next"), ["build"]);
}

run(bin("tsx"), ["db/prepare.ts"]);

const port = String(Number(process.env.PORT) || 3000);
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";
console.log(`Serving on http://localhost:${port}`);
// LOG_FILE: also copy the server's output to a file (the e2e tests read sign-in links from it).
const logFile = process.env.LOG_FILE ? createWriteStream(process.env.LOG_FILE, { flags: "a" }) : null;
// server/http/main.ts: Next.js's handler behind the page cache, with a graceful shutdown.
const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "server", "http", "main.ts")], {
  cwd: root,
  env: { ...env, PORT: port, HOSTNAME_BIND: hostname, NODE_ENV: "production" },
  stdio: logFile ? ["inherit", "pipe", "pipe"] : "inherit",
});
if (logFile) {
  server.stdout.on("data", (chunk) => (process.stdout.write(chunk), logFile.write(chunk)));
  server.stderr.on("data", (chunk) => (process.stderr.write(chunk), logFile.write(chunk)));
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
