"use client";
import { useActionState } from "react";
import { createTokenAction, type TokenState } from "@/app/account/actions";
import { describedBy, Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import type { Messages } from "@/lib/i18n/messages";

export function TokenForm({ text }: { text: Messages["pages"]["account"]["tokenForm"] }) {
  const [state, formAction] = useActionState<TokenState, FormData>(createTokenAction, {});
  return (
    <>
      {state.token ? (
        <div className="notice-ok" role="status">
          <p>
            {text.newTokenBefore}
            {state.name}
            {text.newTokenAfter}
          </p>
          <p>
            <code data-testid="new-token">{state.token}</code>
          </p>
        </div>
      ) : null}
      <form action={formAction} className="stack-form" noValidate>
        <Field id="token-name" label={text.name} error={state.error}>
          <input id="token-name" name="name" maxLength={60} {...describedBy("token-name", state.error)} />
        </Field>
        <SubmitButton pendingLabel={text.creating}>{text.create}</SubmitButton>
      </form>
    </>
  );
}
