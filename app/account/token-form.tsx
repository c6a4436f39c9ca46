"use client";
import { useActionState } from "react";
import { createTokenAction, type TokenState } from "@/app/account/actions";
import { describedBy, Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";

export function TokenForm() {
  const [state, formAction] = useActionState<TokenState, FormData>(createTokenAction, {});
  return (
    <>
      {state.token ? (
        <div className="notice-ok" role="status">
          <p>
            Your new token “{state.name}”. Copy it now: it is shown only once.
          </p>
          <p>
            <code data-testid="new-token">{state.token}</code>
          </p>
        </div>
      ) : null}
      <form action={formAction} className="stack-form" noValidate>
        <Field id="token-name" label="New token's name" error={state.error}>
          <input id="token-name" name="name" maxLength={60} {...describedBy("token-name", state.error)} />
        </Field>
        <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
      </form>
    </>
  );
}
