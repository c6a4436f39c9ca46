"use server";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, signOut, SIGN_IN_LINK_MINUTES } from "@/lib/auth";
import { recentSignInLinks } from "@/db/queries/users";
import { env } from "@/lib/env";
import { safeReturnPath } from "@/lib/auth/session";

export interface SignInState {
  errors: { email?: string };
  message?: string;
  email?: string;
}

const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@example.org.").max(254));

/** Sends the magic link (by email, or to the server log when no mail server is set). */
export async function requestSignInLink(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = emailSchema.safeParse(formData.get("email") ?? "");
  const returnTo = safeReturnPath(formData.get("returnTo"));
  if (!email.success) return { errors: { email: email.error.issues[0]!.message }, email: String(formData.get("email") ?? "") };
  // Auth.js deletes a link's token when it is used; unused ones count until they expire.
  if ((await recentSignInLinks(email.data, SIGN_IN_LINK_MINUTES)) >= env.SIGN_IN_LINKS_PER_HOUR) {
    return { errors: {}, message: `We already sent ${env.SIGN_IN_LINKS_PER_HOUR} sign-in links to this address this hour. Use the newest one, or try again later.`, email: email.data };
  }
  try {
    await signIn("nodemailer", { email: email.data, redirectTo: returnTo });
  } catch (error) {
    // signIn redirects by throwing; only a real Auth.js error is ours to report.
    if (error instanceof AuthError) return { errors: {}, message: "The sign-in link could not be sent. Please try again in a minute.", email: email.data };
    throw error;
  }
  return { errors: {} };
}

export async function signInWithProvider(formData: FormData): Promise<void> {
  const provider = String(formData.get("provider") ?? "");
  if (provider !== "github" && provider !== "google") return;
  await signIn(provider, { redirectTo: safeReturnPath(formData.get("returnTo")) });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
