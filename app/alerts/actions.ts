"use server";
/** Alert subscriptions: each action calls its service (server/services/alerts.ts), which checks the session and validates. */
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/server/auth/session";
import { subscribe, unsubscribe } from "@/server/services/alerts";
import { actionActor } from "@/server/services/actor";
import { checkedAction, formDataArg, idArg } from "@/lib/http/action-args";
import { z } from "zod";

export const subscribeAction = checkedAction(
  "subscribe",
  z.tuple([idArg, formDataArg]),
  () => undefined,
  async (slug: string, formData: FormData): Promise<void> => {
    const back = `/crossings/${slug}`;
    const result = await subscribe({ ...Object.fromEntries(formData), slug }, await actionActor(`subscribe ${slug}`));
    switch (result.kind) {
      case "signed-out":
      case "forbidden":
        redirect(`/signin?callbackUrl=${encodeURIComponent(`${back}#alerts`)}`);
      case "not-found":
        redirect("/");
      case "invalid":
        redirect(`${back}?alert=${encodeURIComponent(Object.values(result.fields)[0] ?? "invalid")}#alerts`);
      default:
        redirect(`${back}?alert=${result.kind}#alerts`);
    }
  },
);

export const unsubscribeOwnAction = checkedAction(
  "unsubscribe",
  z.tuple([formDataArg]),
  () => undefined,
  async (formData: FormData): Promise<void> => {
    const result = await unsubscribe({ subscriptionId: String(formData.get("subscriptionId") ?? "") }, await actionActor("unsubscribe"));
    if (result.kind === "signed-out") redirect("/signin?callbackUrl=/account");
    redirect(safeReturnPath(formData.get("returnTo"), "/account"));
  },
);
