"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createToken, revokeToken } from "@/db/queries/tokens";
import { currentUser } from "@/lib/auth/session";

export interface TokenState {
  error?: string;
  /** Shown once, right after creation; never stored in the clear. */
  token?: string;
  name?: string;
}

const nameSchema = z.string().trim().min(2, "Name the token (e.g. “Telegram bot”).").max(60, "Keep the name under 60 characters.");

export async function createTokenAction(_previous: TokenState, formData: FormData): Promise<TokenState> {
  const user = await currentUser();
  if (!user) return { error: "Sign in to create tokens." };
  const name = nameSchema.safeParse(formData.get("name") ?? "");
  if (!name.success) return { error: name.error.issues[0]!.message };
  const created = await createToken(user.id, name.data);
  if ("error" in created) return { error: created.error };
  return { token: created.token, name: name.data };
}

export async function revokeTokenAction(formData: FormData): Promise<void> {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=/account");
  await revokeToken(user.id, String(formData.get("tokenId") ?? ""));
  redirect("/account?revoked=1");
}
