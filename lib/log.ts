/**
 * Structured event log: one JSON object per line on stdout (`time`, `level`, `event`, then
 * the event's fields), for the events an operator audits — sign-ins, denied authorizations,
 * moderation actions. Lines are grep-able and parse with `JSON.parse` one by one; no
 * dependency, because a console line is all a container's log collector needs.
 *
 * Emails are never written in full here: `emailHash` (a pseudonym: the first 16 hex digits of
 * an HMAC-SHA-256 of the lower-cased address, keyed with the auth secret) lets an operator find
 * one address's events without the log holding the address, and, the key not being in the
 * log, a reader of the log alone cannot test a guessed address against it. (The `Sign-in link
 * for <email>: <url>` line of server/auth/mail.ts is a separate contract for local use without a
 * mail server, and stays as it is.)
 */
import { createHmac } from "node:crypto";
import { resolveAuthSecret } from "@/lib/auth/secret";

export type LogLevel = "info" | "warn" | "error";

export type LogEvent =
  | "auth.link_sent"
  | "auth.signed_in"
  | "auth.signed_out"
  | "auth.denied"
  /** A sign-in link refused by a limit (server/auth/signin-limits.ts): nothing was sent. */
  | "auth.signin.limited"
  /** A sign-in address refused inside Auth.js (its own endpoint): not one address, or not printable. */
  | "auth.signin.refused"
  | "moderation.action"
  /** A reader's vote, flag or edit over its hourly limit (server/services/service.ts). */
  | "rate.limited"
  | "request.malformed"
  | "server.event_loop"
  /** The direct answer of an API route failed unexpectedly (server/http/fast-routes.ts); Next.js answered. */
  | "server.direct_failed"
  /** Warming a country's public holidays at start failed (server/http/serve.ts). */
  | "server.holidays_failed"
  | "server.warmed_up"
  | "server.warm_up_failed";

export type LogFields = Record<string, string | number | boolean | null | undefined>;

let secret: string | undefined;

export function emailHash(email: string, key = (secret ??= resolveAuthSecret(process.env.AUTH_SECRET))): string {
  return createHmac("sha256", key).update(email.trim().toLowerCase()).digest("hex").slice(0, 16);
}

/** The line written for an event (exported for tests). */
export function logLine(level: LogLevel, event: LogEvent, fields: LogFields = {}, now = new Date()): string {
  const clean: LogFields = {};
  // Fields may not overwrite the envelope, so a field named "event" cannot disguise a line.
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && key !== "time" && key !== "level" && key !== "event") clean[key] = value;
  return JSON.stringify({ time: now.toISOString(), level, event, ...clean });
}

export function logEvent(level: LogLevel, event: LogEvent, fields: LogFields = {}): void {
  // stdout for all levels: one stream keeps the order of events for whoever reads it.
  process.stdout.write(`${logLine(level, event, fields)}\n`);
}

/** A refused request: 401/403 from a route handler, or a server action that would not act. */
export function logDenied(fields: { route: string; status: 401 | 403; reason: string; userId?: string | null; method?: string }): void {
  logEvent("warn", "auth.denied", { ...fields, userId: fields.userId ?? null });
}
