import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser, safeReturnPath } from "@/lib/auth/session";
import { oauthProviders, SIGN_IN_LINK_MINUTES } from "@/lib/auth";
import { SignInForm } from "@/app/signin/sign-in-form";
import { signInWithProvider } from "@/app/signin/actions";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

const errors = new Map([
  ["Verification", "That sign-in link has expired or was already used. Ask for a new one below."],
  ["AccessDenied", "This account may not sign in."],
]);

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl ?? params.returnTo);
  if (await currentUser()) redirect(returnTo);
  const error = typeof params.error === "string" ? (errors.get(params.error) ?? "Sign-in failed. Please try again.") : null;
  return (
    <>
      <h1>Sign in</h1>
      <p>Sign in to report what you saw at a border. We email you a link; it works once, within {SIGN_IN_LINK_MINUTES} minutes. No password.</p>
      {error ? (
        <p className="notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <SignInForm returnTo={returnTo} />
      {oauthProviders.length ? (
        <form action={signInWithProvider} className="oauth">
          <input type="hidden" name="returnTo" value={returnTo} />
          {oauthProviders.map((provider) => (
            <button key={provider.id} className="button secondary" type="submit" name="provider" value={provider.id}>
              Sign in with {provider.name}
            </button>
          ))}
        </form>
      ) : null}
    </>
  );
}
