/**
 * Accounts written straight into a spec's own database before its server starts (as a sign-in
 * and /account would make them): a session row (the `authjs.session-token` cookie) and a
 * personal API token per account. PGlite is opened here only while no server holds it.
 */
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { generateToken, hashToken } from "../../lib/auth/tokens";
import type { AppDatabase } from "./app-servers";

export interface SeededAccount {
  userId: string;
  email: string;
  /** The value of the `authjs.session-token` cookie. */
  session: string;
  /** A bearer token for the API. */
  token: string;
}

export async function seedAccounts(database: Pick<AppDatabase, "kind" | "env" | "url">, count: number, label = "soak"): Promise<SeededAccount[]> {
  const accounts: SeededAccount[] = Array.from({ length: count }, (_, index) => {
    const userId = `${label}-${index}-${crypto.randomUUID()}`;
    return { userId, email: `${userId}@e2e.test`, session: crypto.randomUUID(), token: generateToken() };
  });
  const statements = accounts.map(
    (account) =>
      [
        [
          `insert into users (id, email, name, created_at) values ($1, $2, $3, now() - interval '60 days')`,
          [account.userId, account.email, `${label} ${account.userId.slice(0, 12)}`],
        ],
        [`insert into sessions (session_token, user_id, expires) values ($1, $2, now() + interval '1 day')`, [account.session, account.userId]],
        [`insert into api_tokens (user_id, name, token_hash, prefix) values ($1, $2, $3, $4)`, [account.userId, label, hashToken(account.token), account.token.slice(0, 10)]],
      ] as const,
  );
  if (database.kind === "postgres") {
    const sql = postgres(database.url ?? database.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      for (const group of statements) for (const [text, params] of group) await sql.unsafe(text, [...params]);
    } finally {
      await sql.end({ timeout: 5 });
    }
  } else {
    const db = new PGlite(database.env.PGLITE_DIR!);
    try {
      for (const group of statements) for (const [text, params] of group) await db.query(text, [...params]);
    } finally {
      await db.close();
    }
  }
  return accounts;
}
