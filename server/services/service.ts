import "server-only";
/**
 * One write use case = one service, and every service is made by `writeService`, which does the
 * four things an entry point could forget, always in this order:
 *
 *   1. authorize — signed in (and not banned: `currentUser` reads that from the database on each
 *      call), with the role the use case needs; a refusal is logged as `auth.denied`;
 *   2. validate — the use case's parser (the shared zod schema, in the reader's language);
 *   3. run — the write, through `db/`;
 *   4. after a committed change — drop the cached views it touched (db/cache-bus.ts) and
 *      schedule the alerts it may fire (server/alerts/dispatch.ts), as its `effects` say.
 *
 * Form actions and route handlers build an `Actor` (server/services/actor.ts), call the service
 * and render its outcome: a form state or redirect, or a JSON body and status
 * (server/services/http.ts). They hold no rules of their own.
 */
import type { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { ALL, crossingTag, invalidate, LIST, userTag } from "@/db/cache-bus";
import { takeRateSlot, type RateKind, type RateScope } from "@/db/queries/rate-limits";
import { accountCreatedAt } from "@/db/queries/users";
import { alertsAfter } from "@/server/alerts/dispatch";
import { isModerator } from "@/lib/auth/user";
import { HOUR_MS, RATE_WINDOW_MS } from "@/lib/reports/rules";
import type { SessionUser } from "@/lib/auth/user";
import type { Locale } from "@/lib/i18n/locale";
import { logDenied, logEvent } from "@/lib/log";

/** Who asks, and from where: made once per request by its entry point. */
export interface Actor {
  user: SessionUser | null;
  /** The site's public origin, for links in alert emails. */
  origin: string;
  /** The client's address, hashed (reports are limited per address too); null when unknown. */
  ipHash: string | null;
  /** The reader's language: validation messages are worded in it. */
  locale: Locale;
  /** For the denial log: `action:submitReport korday-ak-zhol`, or a request's path. */
  route: string;
  method?: string;
  /** Why `user` is null, for the denial log ("bad-token" when a token did not match). */
  anonymous?: string;
}

export type Access = "anyone" | "signed-in" | "moderator" | "admin";

/** What a committed write changed. The wrapper turns it into cache invalidation and alerts. */
export interface Effects {
  /** A crossing's own views (its page, its state, the list) changed. */
  crossing?: number;
  /** Only this user's own pages changed (their reports, alerts, role). */
  user?: string;
  /** Views of many crossings may have changed (moderation, notices, baselines). */
  all?: boolean;
  /** Subscribers of this crossing, or of any crossing, may need an alert. */
  alerts?: number | "any";
  /** A moderation action to log as `moderation.action`. */
  moderation?: { action: string; actionId: number; target: Record<string, string> };
}

/** The refusals every service shares; each service adds its own outcomes. */
export type Refusal =
  | { kind: "signed-out" }
  | { kind: "forbidden"; reason: string }
  | { kind: "invalid"; message: string; fields: Record<string, string>; warnings?: string[] }
  | { kind: "not-found"; message?: string }
  | { kind: "rate-limited"; scope: "account" | "address"; limit: number; retryAt: Date }
  | { kind: "too-new"; minAgeHours: number };

export type Parsed<I> = { ok: true; value: I } | Extract<Refusal, { kind: "invalid" } | { kind: "not-found" }>;

export interface Deps {
  db: Db;
  now: Date;
  /** Schedules alerts after the response (replaced in tests, which have no request to outlive). */
  alerts: (crossing: number | "any", origin: string) => void;
}

export interface Context<U extends SessionUser | null> {
  actor: Actor;
  user: U;
  db: Db;
  now: Date;
}

type UserFor<A extends Access> = A extends "anyone" ? SessionUser | null : SessionUser;

export interface ServiceSpec<A extends Access, I, O extends Ran> {
  name: string;
  access: A;
  /** The shared zod schema; or a parser that turns the raw input into the use case's values, or refuses it (400, or 404 when it names
   * nothing that exists). May read the database: a report's times are read in its crossing's zone. */
  parse: z.ZodType<I> | ((raw: unknown, context: Context<UserFor<A>>) => Promise<Parsed<I>>);
  run: (input: I, context: Context<UserFor<A>>) => Promise<O>;
  /** Accounts younger than this may not (moderators and admins always may). */
  minAccountAgeHours?: () => number;
  /** Hourly limits per account and per client address, counted after validation (moderators
   * and admins are exempt: they act on what others post). */
  limit?: { kind: RateKind; perAccount: () => number; perAddress: () => number };
}

/** What a service's `run` gives back: its outcome, and what the write changed (nothing when refused). */
export interface Ran {
  result: { kind: string };
  effects?: Effects;
}

export type Service<R> = (raw: unknown, actor: Actor, deps?: Partial<Deps>) => Promise<R | Refusal>;

const rank = { anyone: 0, "signed-in": 1, moderator: 2, admin: 3 } as const;
const roleRank = { traveller: 1, moderator: 2, admin: 3 } as const;

export function writeService<A extends Access, I, O extends Ran>(spec: ServiceSpec<A, I, O>): Service<O["result"]> {
  return async (raw, actor, deps = {}) => {
    const user = actor.user;
    const deny = (status: 401 | 403, reason: string): Refusal => {
      logDenied({ route: actor.route, method: actor.method, status, reason, userId: user?.id });
      return status === 401 ? { kind: "signed-out" } : { kind: "forbidden", reason };
    };
    if (spec.access !== "anyone") {
      if (!user) return deny(401, actor.anonymous ?? "signed-out");
      if (roleRank[user.role] < rank[spec.access]) return deny(403, spec.access === "admin" ? "not-admin" : "not-moderator");
    }
    const context = { actor, user: user as UserFor<A>, db: deps.db ?? getDb(), now: deps.now ?? new Date() };
    const parsed = typeof spec.parse === "function" ? await spec.parse(raw, context) : await zodParse(spec.parse)(raw);
    if (!("ok" in parsed)) return parsed;
    const held = user && !isModerator(user) ? await holdBack(spec, user, actor, context) : null;
    if (held) return held;
    const { result, effects } = await spec.run(parsed.value, context);
    if (effects) await apply(effects, context, actor, deps.alerts ?? alertsAfter);
    return result;
  };
}

/** The new-account rule and the hourly limits, for a reader who is not a moderator. */
async function holdBack(
  spec: Pick<ServiceSpec<Access, unknown, Ran>, "minAccountAgeHours" | "limit">,
  user: SessionUser,
  actor: Actor,
  { db, now }: { db: Db; now: Date },
): Promise<Refusal | null> {
  const minAgeHours = spec.minAccountAgeHours?.() ?? 0;
  if (minAgeHours > 0) {
    const createdAt = await accountCreatedAt(user.id, db);
    if (!createdAt || now.getTime() - createdAt.getTime() < minAgeHours * HOUR_MS) {
      logDenied({ route: actor.route, method: actor.method, status: 403, reason: "account-too-new", userId: user.id });
      return { kind: "too-new", minAgeHours };
    }
  }
  if (!spec.limit) return null;
  const scopes: RateScope[] = [{ scope: "account", key: `user:${user.id}`, limit: spec.limit.perAccount() }];
  if (actor.ipHash) scopes.push({ scope: "address", key: `address:${actor.ipHash}`, limit: spec.limit.perAddress() });
  const taken = await takeRateSlot(spec.limit.kind, scopes, RATE_WINDOW_MS, now, db);
  if (taken.kind === "ok") return null;
  logEvent("warn", "rate.limited", { route: actor.route, kind: spec.limit.kind, scope: taken.scope, userId: user.id });
  return taken;
}

/** After the write committed: drop what it touched, here and on other instances, then alert. */
async function apply(effects: Effects, context: Context<SessionUser | null>, actor: Actor, alerts: Deps["alerts"]): Promise<void> {
  const tags = new Set<string>();
  if (effects.all) tags.add(ALL);
  if (effects.crossing !== undefined) {
    tags.add(crossingTag(effects.crossing));
    tags.add(LIST);
    // The actor's own pages at once (shared ones may wait out the page cache's debounce).
    if (context.user) tags.add(userTag(context.user.id));
  }
  if (effects.user) tags.add(userTag(effects.user));
  if (tags.size) await invalidate(context.db, [...tags]);
  if (effects.moderation && context.user) {
    logEvent("info", "moderation.action", {
      moderatorId: context.user.id,
      role: context.user.role,
      action: effects.moderation.action,
      ...effects.moderation.target,
      actionId: effects.moderation.actionId,
    });
  }
  if (effects.alerts !== undefined) alerts(effects.alerts, actor.origin);
}

/** A zod schema as a service's parser: the first message per field, and the first overall. */
export function zodParse<T>(schema: z.ZodType<T>): (raw: unknown) => Promise<Parsed<T>> {
  return async (raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? { ok: true, value: parsed.data } : invalidFrom(parsed.error.issues);
  };
}

export function invalidFrom(issues: { path: PropertyKey[]; message: string }[]): Extract<Refusal, { kind: "invalid" }> {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[String(issue.path[0] ?? "body")] ??= issue.message;
  const first = issues[0];
  return { kind: "invalid", message: first ? `${String(first.path[0] ?? "body")}: ${first.message}` : "invalid", fields };
}

export const invalid = (message: string, fields: Record<string, string> = {}): Extract<Refusal, { kind: "invalid" }> => ({ kind: "invalid", message, fields });
