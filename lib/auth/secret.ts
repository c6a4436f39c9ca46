/**
 * AUTH_SECRET: a deployment sets its own. Without one (`npm start` on a fresh clone), a random
 * secret is generated once and kept under .data/, so sessions survive restarts, and the log
 * says so. Every instance behind a load balancer must share one secret: set AUTH_SECRET there.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const GENERATED_SECRET_FILE = path.join(".data", "auth-secret");

export function resolveAuthSecret(configured: string | undefined, file = GENERATED_SECRET_FILE): string {
  if (configured) return configured;
  // A file under .data/ read at run time, never part of the build: tell Turbopack not to trace it
  // (it would otherwise copy the whole project into the server output).
  if (existsSync(/*turbopackIgnore: true*/ file)) {
    const stored = readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(/*turbopackIgnore: true*/ file, `${secret}\n`, { mode: 0o600 });
  console.log(`AUTH_SECRET is not set: generated one and stored it in ${file}. Set AUTH_SECRET in production.`);
  return secret;
}
