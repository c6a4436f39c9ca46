import "server-only";
/**
 * The sign-in link limits, counted in the database so they hold across app instances: per
 * recipient (the address a link goes to) and per client address, over the last hour. Only
 * hashes are stored (db/schema.ts, `sign_in_requests`); server/auth/signin-limits.ts hashes.
 */
import { and, count, desc, eq, gt, lt, or, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { signInRequests } from "@/db/schema";

export const SIGN_IN_WINDOW_MS = 3600_000;

export interface SignInRequester {
  identifierHash: string;
  /** null: the client's address is not known (no trusted proxy): only the recipient's limit applies. */
  addressHash: string | null;
}

export interface SignInLimits {
  perRecipient: number;
  perAddress: number;
}

export type SignInVerdict = { allowed: true } | { allowed: false; limit: "recipient" | "address"; sent: number; retryAt: Date };

/** Links sent in the window to the recipient and from the address. */
async function counts(who: SignInRequester, since: Date, db: Db): Promise<{ recipient: number; address: number }> {
  const [row] = await db
    .select({
      recipient: sql<number>`count(*) filter (where ${signInRequests.identifierHash} = ${who.identifierHash})`.mapWith(Number),
      address: who.addressHash === null ? sql<number>`0`.mapWith(Number) : sql<number>`count(*) filter (where ${signInRequests.addressHash} = ${who.addressHash})`.mapWith(Number),
    })
    .from(signInRequests)
    .where(
      and(
        gt(signInRequests.createdAt, since),
        who.addressHash === null
          ? eq(signInRequests.identifierHash, who.identifierHash)
          : or(eq(signInRequests.identifierHash, who.identifierHash), eq(signInRequests.addressHash, who.addressHash)),
      ),
    );
  return { recipient: row?.recipient ?? 0, address: row?.address ?? 0 };
}

/** When one more link would be allowed again: when the `limit`-th newest row of the window leaves it. */
async function retryAt(
  column: typeof signInRequests.identifierHash | typeof signInRequests.addressHash,
  value: string,
  limit: number,
  since: Date,
  now: Date,
  db: Db,
): Promise<Date> {
  const [row] = await db
    .select({ createdAt: signInRequests.createdAt })
    .from(signInRequests)
    .where(and(eq(column, value), gt(signInRequests.createdAt, since)))
    .orderBy(desc(signInRequests.createdAt))
    .offset(limit - 1)
    .limit(1);
  // No such row (the count changed since): allowed again now.
  return new Date(Math.max(now.getTime(), (row?.createdAt.getTime() ?? now.getTime()) + SIGN_IN_WINDOW_MS));
}

/** Which limit, if any, one more link would pass. */
function overLimit(who: SignInRequester, limits: SignInLimits, sent: { recipient: number; address: number }): { limit: "recipient" | "address"; sent: number } | null {
  if (sent.recipient >= limits.perRecipient) return { limit: "recipient", sent: sent.recipient };
  if (who.addressHash !== null && sent.address >= limits.perAddress) return { limit: "address", sent: sent.address };
  return null;
}

/** The refusal, with when one more link would be allowed. */
async function refusal(who: SignInRequester, limits: SignInLimits, over: { limit: "recipient" | "address"; sent: number }, since: Date, now: Date, db: Db): Promise<SignInVerdict> {
  const at =
    over.limit === "recipient"
      ? await retryAt(signInRequests.identifierHash, who.identifierHash, limits.perRecipient, since, now, db)
      : await retryAt(signInRequests.addressHash, who.addressHash!, limits.perAddress, since, now, db);
  return { allowed: false, ...over, retryAt: at };
}

/** Would one more link be allowed now? Reads only: the form's early answer, with when to retry. */
export async function signInLinkAllowed(who: SignInRequester, limits: SignInLimits, now: Date = new Date(), db: Db = getDb()): Promise<SignInVerdict> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const over = overLimit(who, limits, await counts(who, since, db));
  return over ? refusal(who, limits, over, since, now, db) : { allowed: true };
}

/**
 * Takes one link from both limits, or refuses. The recipient's and the address's requests are
 * serialized across every app instance (advisory locks for the transaction, always the
 * recipient's first, as db/queries/reports.ts does), so the count and the insert cannot
 * interleave with another request's: exactly `limit` links get through, however many race.
 */
export async function claimSignInLink(who: SignInRequester, limits: SignInLimits, now: Date = new Date(), db: Db = getDb()): Promise<SignInVerdict> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  // Rows past the window count for nothing: the table holds an hour of links at most.
  await db.delete(signInRequests).where(lt(signInRequests.createdAt, since));
  return db.transaction(async (tx): Promise<SignInVerdict> => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`sign-in-recipient:${who.identifierHash}`}, 0))`);
    if (who.addressHash !== null) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`sign-in-address:${who.addressHash}`}, 0))`);
    const over = overLimit(who, limits, await counts(who, since, tx));
    if (over) return refusal(who, limits, over, since, now, tx);
    await tx.insert(signInRequests).values({ identifierHash: who.identifierHash, addressHash: who.addressHash, createdAt: now });
    return { allowed: true };
  });
}

/** Links sent to the recipient in the window (for tests and operators). */
export async function signInLinksTo(identifierHash: string, now: Date = new Date(), db: Db = getDb()): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(signInRequests)
    .where(and(eq(signInRequests.identifierHash, identifierHash), gt(signInRequests.createdAt, new Date(now.getTime() - SIGN_IN_WINDOW_MS))));
  return row?.n ?? 0;
}
