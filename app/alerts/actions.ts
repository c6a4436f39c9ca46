"use server";
/** Alert subscriptions: each action checks the session itself and validates with zod. */
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCrossingRecord } from "@/db/queries/crossings";
import { crossingStateAt } from "@/db/queries/crossing-state";
import { subscribe, unsubscribeOwn } from "@/db/queries/alerts";
import { currentUser, safeReturnPath } from "@/server/auth/session";
import { observe } from "@/lib/alerts/decide";
import { unsubscribeHash, unsubscribeToken } from "@/server/alerts/dispatch";
import { logDenied } from "@/lib/log";
import { checkedAction, formDataArg, idArg } from "@/lib/http/action-args";

const alertSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("state") }),
  z.object({
    kind: z.literal("wait"),
    // The messages are codes: the crossing page words them in the reader's language.
    waitBelow: z.coerce.number({ error: "wait" }).int("wait").min(5, "wait").max(4320, "wait"),
    direction: z.enum(["a-b", "b-a"], { error: "direction" }),
  }),
]);

export const subscribeAction = checkedAction(
  "subscribe",
  z.tuple([idArg, formDataArg]),
  () => undefined,
  async (slug: string, formData: FormData): Promise<void> => {
    const back = `/crossings/${slug}`;
    const user = await currentUser();
    if (!user) {
      logDenied({ route: `action:subscribe ${slug}`, status: 401, reason: "signed-out" });
      redirect(`/signin?callbackUrl=${encodeURIComponent(`${back}#alerts`)}`);
    }
    const record = await getCrossingRecord(slug);
    if (!record) redirect("/");
    const parsed = alertSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) redirect(`${back}?alert=${encodeURIComponent(parsed.error.issues[0]!.message)}#alerts`);
    const { status } = await crossingStateAt(record, new Date(), { planner: false });
    const values = parsed.data.kind === "wait" ? { waitBelow: parsed.data.waitBelow, direction: parsed.data.direction } : { waitBelow: null, direction: null };
    const subscription = { kind: parsed.data.kind, ...values, lastSeen: null };
    const result = await subscribe({ userId: user.id, crossingId: record.id, ...subscription, lastSeen: observe(subscription, status) }, (id) =>
      unsubscribeHash(unsubscribeToken(id)),
    );
    redirect(`${back}?alert=${"error" in result ? "too-many" : "subscribed"}#alerts`);
  },
);

export const unsubscribeOwnAction = checkedAction(
  "unsubscribe",
  z.tuple([formDataArg]),
  () => undefined,
  async (formData: FormData): Promise<void> => {
    const user = await currentUser();
    if (!user) {
      logDenied({ route: "action:unsubscribe", status: 401, reason: "signed-out" });
      redirect("/signin?callbackUrl=/account");
    }
    await unsubscribeOwn(user.id, String(formData.get("subscriptionId") ?? ""));
    redirect(safeReturnPath(formData.get("returnTo"), "/account"));
  },
);
