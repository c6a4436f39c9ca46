"use server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { signIn, signOut } from "@/server/auth";
import { minutesUntil, signInLinkStatus } from "@/server/auth/signin-limits";
import { checkSignInEmail } from "@/lib/auth/email-identifier";
import { currentUser, safeReturnPath } from "@/server/auth/session";
import { logEvent } from "@/lib/log";
import { getI18n } from "@/server/i18n";
import { checkedAction, formDataArg, formStateArg, malformedCallMessage } from "@/lib/http/action-args";

export interface SignInState {
  errors: { email?: string };
  message?: string;
  email?: string;
}

/** Sends the magic link (by email, or to the server log when no mail server is set). */
export const requestSignInLink = checkedAction(
  "requestSignInLink",
  z.tuple([formStateArg, formDataArg]),
  async (): Promise<SignInState> => ({ errors: {}, message: malformedCallMessage[(await getI18n()).locale] }),
  async (_previous: SignInState, formData: FormData): Promise<SignInState> => {
    const m = (await getI18n()).t.pages.signIn;
    // The rule Auth.js runs too (its normalizeIdentifier); here its answer goes beside the field.
    const email = checkSignInEmail(formData.get("email") ?? "");
    const returnTo = safeReturnPath(formData.get("returnTo"));
    if (!email.ok) {
      const typed = formData.get("email");
      return { errors: { email: email.problem === "too-long" ? m.emailTooLong : m.emailInvalid }, email: typeof typed === "string" ? typed : "" };
    }
    // The limits are taken inside Auth.js (its signIn callback, server/auth/email-provider.ts); asking
    // first lets the form say which one and when to retry. A request that races past this is
    // still refused there, and lands on /signin with the same news.
    const verdict = await signInLinkStatus(email.email, await headers());
    if (!verdict.allowed) {
      const minutes = minutesUntil(verdict.retryAt);
      return { errors: {}, message: verdict.limit === "recipient" ? m.tooManyLinks(verdict.sent, minutes) : m.tooManyFromAddress(minutes), email: email.email };
    }
    try {
      await signIn("nodemailer", { email: email.email, redirectTo: returnTo });
    } catch (error) {
      // signIn redirects by throwing; only a real Auth.js error is ours to report.
      if (error instanceof AuthError) return { errors: {}, message: m.sendFailed, email: email.email };
      throw error;
    }
    return { errors: {} };
  },
);

export const signInWithProvider = checkedAction(
  "signInWithProvider",
  z.tuple([formDataArg]),
  () => undefined,
  async (formData: FormData): Promise<void> => {
    const provider = String(formData.get("provider") ?? "");
    if (provider !== "github" && provider !== "google") return;
    await signIn(provider, { redirectTo: safeReturnPath(formData.get("returnTo")) });
  },
);

// A form calls it with the (empty) form; nothing else.
export const signOutAction = checkedAction(
  "signOut",
  z.union([z.tuple([]), z.tuple([formDataArg])]),
  () => undefined,
  async (): Promise<void> => {
    // Logged here, not in Auth.js's signOut event: with database sessions that event's session
    // comes back without its user.
    const user = await currentUser();
    logEvent("info", "auth.signed_out", { userId: user?.id ?? null });
    await signOut({ redirectTo: "/" });
  },
);
