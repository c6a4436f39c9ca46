"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createToken, MAX_TOKENS_PER_USER, revokeToken } from "@/db/queries/tokens";
import { currentUser } from "@/server/auth/session";
import { getI18n } from "@/server/i18n";
import { logDenied } from "@/lib/log";
import { checkedAction, formDataArg, formStateArg, malformedCallMessage } from "@/lib/http/action-args";

export interface TokenState {
  error?: string;
  /** Shown once, right after creation; never stored in the clear. */
  token?: string;
  name?: string;
}

/** The name rule; its messages in the reader's language. */
function nameSchema(m: { nameShort: string; nameLong: string }) {
  return z.string(m.nameShort).trim().min(2, m.nameShort).max(60, m.nameLong);
}

export const createTokenAction = checkedAction(
  "createToken",
  z.tuple([formStateArg, formDataArg]),
  async (): Promise<TokenState> => ({ error: malformedCallMessage[(await getI18n()).locale] }),
  async (_previous: TokenState, formData: FormData): Promise<TokenState> => {
    const m = (await getI18n()).t.pages.account.errors;
    const user = await currentUser();
    if (!user) {
      logDenied({ route: "action:createToken", status: 401, reason: "signed-out" });
      return { error: m.signIn };
    }
    const name = nameSchema(m).safeParse(formData.get("name") ?? "");
    if (!name.success) return { error: name.error.issues[0]!.message };
    const created = await createToken(user.id, name.data);
    // The only refusal is the cap on active tokens.
    if ("error" in created) return { error: m.tooMany(MAX_TOKENS_PER_USER) };
    return { token: created.token, name: name.data };
  },
);

export const revokeTokenAction = checkedAction(
  "revokeToken",
  z.tuple([formDataArg]),
  () => undefined,
  async (formData: FormData): Promise<void> => {
    const user = await currentUser();
    if (!user) {
      logDenied({ route: "action:revokeToken", status: 401, reason: "signed-out" });
      redirect("/signin?callbackUrl=/account");
    }
    await revokeToken(user.id, String(formData.get("tokenId") ?? ""));
    redirect("/account?revoked=1");
  },
);
