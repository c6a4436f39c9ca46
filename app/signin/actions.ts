"use server";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, signOut, SIGN_IN_LINK_MINUTES } from "@/server/auth";
import { recentSignInLinks } from "@/db/queries/users";
import { env } from "@/lib/env";
import { currentUser, safeReturnPath } from "@/server/auth/session";
import { logEvent } from "@/lib/log";
import { getI18n } from "@/server/i18n";
import { checkedAction, formDataArg, formStateArg, malformedCallMessage } from "@/lib/http/action-args";

export interface SignInState {
  errors: { email?: string };
  message?: string;
  email?: string;
}

/** The address rule; its messages in the reader's language. */
function emailSchema(m: { emailInvalid: string; emailTooLong: string }) {
  return z.string(m.emailInvalid).trim().toLowerCase().pipe(z.email(m.emailInvalid).max(254, m.emailTooLong));
}

/** Sends the magic link (by email, or to the server log when no mail server is set). */
export const requestSignInLink = checkedAction(
  "requestSignInLink",
  z.tuple([formStateArg, formDataArg]),
  async (): Promise<SignInState> => ({ errors: {}, message: malformedCallMessage[(await getI18n()).locale] }),
  async (_previous: SignInState, formData: FormData): Promise<SignInState> => {
    const m = (await getI18n()).t.pages.signIn;
    const email = emailSchema(m).safeParse(formData.get("email") ?? "");
    const returnTo = safeReturnPath(formData.get("returnTo"));
    if (!email.success) return { errors: { email: email.error.issues[0]!.message }, email: String(formData.get("email") ?? "") };
    // Auth.js deletes a link's token when it is used; unused ones count until they expire.
    if ((await recentSignInLinks(email.data, SIGN_IN_LINK_MINUTES)) >= env.SIGN_IN_LINKS_PER_HOUR) {
      return { errors: {}, message: m.tooManyLinks(env.SIGN_IN_LINKS_PER_HOUR), email: email.data };
    }
    try {
      await signIn("nodemailer", { email: email.data, redirectTo: returnTo });
    } catch (error) {
      // signIn redirects by throwing; only a real Auth.js error is ours to report.
      if (error instanceof AuthError) return { errors: {}, message: m.sendFailed, email: email.data };
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
