/**
 * Auth.js (next-auth v5) with its drizzle adapter and database sessions: signing out, or a
 * ban (which deletes the user's sessions), takes effect on the very next request.
 * Providers: email magic links always (SMTP or the log line), GitHub and Google when their
 * variables are set. Accounts in ADMIN_EMAILS become admins when they sign in.
 */
import NextAuth, { type NextAuthConfig } from "next-auth";
import { headers } from "next/headers";
import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { promoteAdmin } from "@/db/queries/users";
import { invalidateUser } from "@/db/cache-bus";
import { env } from "@/lib/env";
import { emailProvider, gateVerificationRequest, SIGN_IN_LINK_MINUTES } from "@/server/auth/email-provider";
import { isRefusedSignInEmail } from "@/lib/auth/email-identifier";
import { authSecret } from "@/server/auth/secret";
import { emailHash, logEvent } from "@/lib/log";

/** Signs sessions and sign-in tokens, and keys the hash of submitters' addresses. */
export { authSecret };

/** Sign-in links expire after 10 minutes and work once (Auth.js deletes the token on use). */
export { SIGN_IN_LINK_MINUTES };

// The address rule, the link limits and the sending, on the form's path and on Auth.js's own
// endpoint alike: server/auth/email-provider.ts.
const providers: Provider[] = [emailProvider({ smtpUrl: env.SMTP_URL, from: env.EMAIL_FROM })];
if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) providers.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) providers.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));

/** The OAuth providers configured, for the sign-in page. */
export const oauthProviders: { id: string; name: string }[] = [
  ...(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET ? [{ id: "github", name: "GitHub" }] : []),
  ...(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET ? [{ id: "google", name: "Google" }] : []),
];

/** The configuration, built on first use: the adapter opens the database, which must not happen
 * when `next build` merely loads this module (a build worker would hold PGlite's lock while
 * `npm start` prepares the database). */
let config: NextAuthConfig | undefined;
const lazyConfig = (): NextAuthConfig =>
  (config ??= {
    adapter: DrizzleAdapter(getDb(), {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    session: { strategy: "database", maxAge: 30 * 24 * 3600, updateAge: 24 * 3600 },
    secret: authSecret,
    trustHost: true,
    providers,
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    logger: {
      error(error) {
        // An expired or reused sign-in link is an everyday event, not a stack trace.
        // Auth.js's error classes lose their names in the production bundle: its `type` stays.
        if ((error as { type?: string }).type === "Verification" || error.name === "Verification") console.warn("[auth] a sign-in link was expired or already used");
        // An address refused on Auth.js's own endpoint: a client's doing, one line, no stack.
        else if (isRefusedSignInEmail(error)) logEvent("warn", "auth.signin.refused", { reason: error.signInRefusal });
        else console.error("[auth]", error);
      },
    },
    callbacks: {
      // Auth.js calls this before it makes and sends a sign-in link (`verificationRequest`), on
      // every path: the limits are taken here, so its own endpoint obeys them as the form does.
      // A string is where Auth.js redirects instead, having sent nothing.
      signIn: (params) => gateVerificationRequest(params, headers),
      // Only what the app reads (server/auth/session.ts). With database sessions Auth.js hands this
      // callback the session row itself — its sessionToken, the cookie's value — and whatever it
      // returns is also what GET /api/auth/session answers (trimmed further there).
      session({ session, user }) {
        const row = user as typeof user & { role?: string; bannedAt?: Date | null };
        return {
          expires: session.expires,
          user: { id: user.id, name: user.name ?? null, email: user.email, role: (row.role ?? "traveller") as "traveller" | "moderator" | "admin", banned: Boolean(row.bannedAt) },
        };
      },
    },
    events: {
      async signIn({ user, account, isNewUser }) {
        logEvent("info", "auth.signed_in", {
          userId: user.id ?? null,
          emailHash: user.email ? emailHash(user.email) : null,
          provider: account?.provider ?? null,
          newUser: Boolean(isNewUser),
        });
        // Only an address proven by our own emailed link counts: an OAuth provider's email may be unverified.
        if (account?.provider === "nodemailer" && user.id && user.email && env.ADMIN_EMAILS.includes(user.email.toLowerCase())) {
          await promoteAdmin(user.id);
          // Their own kept pages show the admin's links from this sign-in on.
          await invalidateUser(getDb(), user.id);
        }
      },
    },
  });

// Auth.js reads AUTH_URL from process.env itself and then builds every link and redirect on it,
// never on Host or X-Forwarded-Host: give it the validated value (outside production, where it
// may be unset, lib/env.ts's http://localhost:PORT).
process.env.AUTH_URL = env.AUTH_URL;

export const { handlers, auth, signIn, signOut } = NextAuth(lazyConfig);
