"use server";
/** Personal API tokens: each action calls its service (server/services/account.ts), which checks the session and validates the name. */
import { redirect } from "next/navigation";
import { z } from "zod";
import { createToken, revokeToken } from "@/server/services/account";
import { actionActor } from "@/server/services/actor";
import { getI18n } from "@/server/i18n";
import { checkedAction, formDataArg, formStateArg, malformedCallMessage } from "@/lib/http/action-args";

export interface TokenState {
  error?: string;
  /** Shown once, right after creation; never stored in the clear. */
  token?: string;
  name?: string;
}

export const createTokenAction = checkedAction(
  "createToken",
  z.tuple([formStateArg, formDataArg]),
  async (): Promise<TokenState> => ({ error: malformedCallMessage[(await getI18n()).locale] }),
  async (_previous: TokenState, formData: FormData): Promise<TokenState> => {
    const [{ t }, actor] = await Promise.all([getI18n(), actionActor("createToken")]);
    const m = t.pages.account.errors;
    const result = await createToken({ name: formData.get("name") ?? "" }, actor);
    switch (result.kind) {
      case "signed-out":
      case "forbidden":
        return { error: m.signIn };
      case "invalid":
      case "not-found":
      case "rate-limited":
      case "too-new":
        return { error: "message" in result && result.message ? result.message : m.signIn };
      case "too-many":
        return { error: m.tooMany(result.limit) };
      case "created":
        return { token: result.token, name: result.name };
    }
  },
);

export const revokeTokenAction = checkedAction(
  "revokeToken",
  z.tuple([formDataArg]),
  () => undefined,
  async (formData: FormData): Promise<void> => {
    const result = await revokeToken({ tokenId: String(formData.get("tokenId") ?? "") }, await actionActor("revokeToken"));
    if (result.kind === "signed-out") redirect("/signin?callbackUrl=/account");
    redirect("/account?revoked=1");
  },
);
