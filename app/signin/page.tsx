import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentUser, safeReturnPath } from "@/server/auth/session";
import { oauthProviders, SIGN_IN_LINK_MINUTES } from "@/server/auth";
import { getI18n } from "@/server/i18n";
import { SignInForm } from "@/app/signin/sign-in-form";
import { signInWithProvider } from "@/app/signin/actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.pages.signIn.title };
}

/** Auth.js's error codes that have their own words; any other gets `errors.other`. */
const knownErrors = ["Verification", "AccessDenied"] as const;

/** The minutes to wait that a refused sign-in link names (server/auth/signin-limits.ts's limitedPath), when sane. */
const retryMinutes = z.coerce.number().int().min(1).max(60).nullable().catch(null);

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl ?? params.returnTo);
  if (await currentUser()) redirect(returnTo);
  const { t } = await getI18n();
  const s = t.pages.signIn;
  const code = knownErrors.find((known) => known === params.error);
  // TooManyLinks: Auth.js's own endpoint refused a link for a limit (its signIn callback), nothing was sent.
  const limited = params.error === "TooManyLinks" ? s.errors.TooManyLinks(retryMinutes.parse(typeof params.retry === "string" ? params.retry : null)) : null;
  const error = typeof params.error === "string" ? (limited ?? (code ? s.errors[code] : s.errors.other)) : null;
  return (
    <>
      <h1>{s.title}</h1>
      <p>{s.intro(SIGN_IN_LINK_MINUTES)}</p>
      {error ? (
        <p className="notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <SignInForm returnTo={returnTo} text={s.form} />
      {oauthProviders.length ? (
        <form action={signInWithProvider} className="oauth">
          <input type="hidden" name="returnTo" value={returnTo} />
          {oauthProviders.map((provider) => (
            <button key={provider.id} className="button secondary" type="submit" name="provider" value={provider.id}>
              {s.withProvider(provider.name)}
            </button>
          ))}
        </form>
      ) : null}
    </>
  );
}
