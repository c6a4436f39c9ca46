import "server-only";
/**
 * The sign-in link limits for a request: per recipient (SIGN_IN_LINKS_PER_HOUR) and per client
 * address (SIGN_IN_LINKS_PER_HOUR_PER_IP), counted in the database (db/queries/signin-limits.ts).
 * `takeSignInLink` runs inside Auth.js (the provider's sign-in callback, server/auth/index.ts),
 * so its own endpoint obeys them as the app's form does; the form asks `signInLinkStatus` first
 * only to say when to retry beside the field.
 */
import type { Db } from "@/db/client";
import { claimSignInLink, signInLinkAllowed, type SignInLimits, type SignInRequester, type SignInVerdict } from "@/db/queries/signin-limits";
import { clientAddress, hashAddress } from "@/lib/reports/client-address";
import { env } from "@/lib/env";
import { emailHash, logEvent } from "@/lib/log";
import { authSecret } from "@/server/auth/secret";

export type { SignInVerdict };

export const signInLimits = (): SignInLimits => ({ perRecipient: env.SIGN_IN_LINKS_PER_HOUR, perAddress: env.SIGN_IN_LINKS_PER_HOUR_PER_IP });

/** Who asks, as the limits count them: hashes of the (already checked) address and of the client's address. */
export function signInRequester(email: string, requestHeaders: Headers): SignInRequester {
  const address = clientAddress(requestHeaders, env.TRUST_PROXY_HOPS);
  return { identifierHash: emailHash(email), addressHash: address ? hashAddress(address, authSecret) : null };
}

/** Whole minutes until `verdict` allows a link again (at least 1). */
export function minutesUntil(retryAt: Date, now: Date = new Date()): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}

function logLimited(who: SignInRequester, verdict: Extract<SignInVerdict, { allowed: false }>, now: Date): void {
  logEvent("warn", "auth.signin.limited", {
    emailHash: who.identifierHash,
    limit: verdict.limit,
    sent: verdict.sent,
    retryAfterSeconds: Math.max(1, Math.ceil((verdict.retryAt.getTime() - now.getTime()) / 1000)),
  });
}

/** Where tests put their own database and limits. */
interface Options {
  db?: Db;
  limits?: SignInLimits;
}

/** Would a link to `email` be allowed now? Reads only; a refusal is logged. */
export async function signInLinkStatus(email: string, requestHeaders: Headers, now: Date = new Date(), options: Options = {}): Promise<SignInVerdict> {
  const who = signInRequester(email, requestHeaders);
  const verdict = await signInLinkAllowed(who, options.limits ?? signInLimits(), now, options.db);
  if (!verdict.allowed) logLimited(who, verdict, now);
  return verdict;
}

/** Takes one link to `email` from both limits, or refuses (and logs it): call it only where the link is then sent. */
export async function takeSignInLink(email: string, requestHeaders: Headers, now: Date = new Date(), options: Options = {}): Promise<SignInVerdict> {
  const who = signInRequester(email, requestHeaders);
  const verdict = await claimSignInLink(who, options.limits ?? signInLimits(), now, options.db);
  if (!verdict.allowed) logLimited(who, verdict, now);
  return verdict;
}

/** Where Auth.js sends a refused request (its sign-in callback's redirect): the sign-in page, which says why. */
export function limitedPath(verdict: Extract<SignInVerdict, { allowed: false }>, now: Date = new Date()): string {
  return `/signin?${new URLSearchParams({ error: "TooManyLinks", retry: String(minutesUntil(verdict.retryAt, now)) })}`;
}
