import "server-only";
/**
 * The email (magic link) sign-in as Auth.js runs it, on every path: the app's form (through
 * `signIn()`) and Auth.js's own `POST /api/auth/signin/nodemailer`, which a client can call
 * with a token from `/api/auth/csrf` and no form at all. So the rules live here, where both go:
 * 1. `normalizeIdentifier`: one printable address (lib/auth/email-identifier.ts), or a throw —
 *    Auth.js then sends nothing, writes no token, and redirects to the error page
 *    (`/signin?error=Configuration`);
 * 2. the sign-in callback (`gateVerificationRequest`): the link limits, taken in the database
 *    (server/auth/signin-limits.ts); over one, Auth.js redirects to
 *    `/signin?error=TooManyLinks&retry=<minutes>` and sends nothing;
 * 3. `sendVerificationRequest` (server/auth/mail.ts) checks the address once more.
 */
import Nodemailer from "next-auth/providers/nodemailer";
import type { Db } from "@/db/client";
import type { SignInLimits } from "@/db/queries/signin-limits";
import { signInEmailOrThrow } from "@/lib/auth/email-identifier";
import { sendSignInLink, type SignInMail } from "@/server/auth/mail";
import { limitedPath, takeSignInLink } from "@/server/auth/signin-limits";

/** Sign-in links expire after 10 minutes and work once (Auth.js deletes the token on use). */
export const SIGN_IN_LINK_MINUTES = 10;

export function emailProvider(options: { smtpUrl: string | undefined; from: string; send?: (mail: SignInMail) => Promise<void> }) {
  const send = options.send ?? ((mail: SignInMail) => sendSignInLink(mail, options.smtpUrl, options.from));
  return Nodemailer({
    // The provider insists on a server even though sending is ours (server/auth/mail.ts).
    server: options.smtpUrl ?? "smtp://127.0.0.1:25",
    from: options.from,
    maxAge: SIGN_IN_LINK_MINUTES * 60,
    normalizeIdentifier: signInEmailOrThrow,
    sendVerificationRequest: ({ identifier, url, expires }) => send({ email: identifier, url, expires }),
  });
}

interface SignInCallbackParams {
  user: { email?: string | null };
  account?: { providerAccountId: string } | null;
  email?: { verificationRequest?: boolean };
}

/**
 * Auth.js's sign-in callback: before a link is made and sent (`verificationRequest`), one link is
 * taken from the limits, or the answer is where to redirect instead. Every other sign-in (a link
 * opened, OAuth) passes.
 */
export async function gateVerificationRequest(
  params: SignInCallbackParams,
  requestHeaders: () => Promise<Headers>,
  options: { now?: Date; db?: Db; limits?: SignInLimits } = {},
): Promise<boolean | string> {
  if (!params.email?.verificationRequest) return true;
  // The normalized identifier itself (Auth.js's sendToken sets providerAccountId to it).
  const address = params.account?.providerAccountId ?? params.user.email;
  if (!address) return false;
  const now = options.now ?? new Date();
  const verdict = await takeSignInLink(address, await requestHeaders(), now, options);
  return verdict.allowed ? true : limitedPath(verdict, now);
}
