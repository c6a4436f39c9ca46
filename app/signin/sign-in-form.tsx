"use client";
import { useActionState } from "react";
import { requestSignInLink, type SignInState } from "@/app/signin/actions";
import { SubmitButton } from "@/app/_components/submit-button";
import type { Messages } from "@/lib/i18n/messages";

export function SignInForm({ returnTo, text }: { returnTo: string; text: Messages["pages"]["signIn"]["form"] }) {
  const [state, formAction] = useActionState<SignInState, FormData>(requestSignInLink, { errors: {} });
  return (
    <form action={formAction} className="stack-form" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="field">
        <label htmlFor="email">{text.email}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email}
          aria-invalid={state.errors.email ? true : undefined}
          aria-describedby={state.errors.email ? "email-error" : undefined}
        />
        {state.errors.email ? (
          <p id="email-error" className="field-error">
            {state.errors.email}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingLabel={text.sending}>{text.submit}</SubmitButton>
      <p aria-live="polite" className="field-error">
        {state.message}
      </p>
    </form>
  );
}
