import "server-only";
/** A reader's alert subscriptions: subscribe, stop one from the account page, or stop one with
 * the email's link (the link's secret token is the authorization: anyone holding it may). */
import { z } from "zod";
import { getCrossingRecord } from "@/db/queries/crossings";
import { crossingStateAt } from "@/db/queries/crossing-state";
import { subscribe as storeSubscription, unsubscribeByHash, unsubscribeOwn } from "@/db/queries/alerts";
import { observe } from "@/lib/alerts/decide";
import { unsubscribeHash, unsubscribeToken } from "@/server/alerts/dispatch";
import { writeService } from "@/server/services/service";

const alertSchema = z.discriminatedUnion("kind", [
  z.object({ slug: z.string().max(200), kind: z.literal("state") }),
  z.object({
    slug: z.string().max(200),
    kind: z.literal("wait"),
    // The messages are codes: the crossing page words them in the reader's language.
    waitBelow: z.coerce.number({ error: "wait" }).int("wait").min(5, "wait").max(4320, "wait"),
    direction: z.enum(["a-b", "b-a"], { error: "direction" }),
  }),
]);

export const subscribe = writeService({
  name: "subscribe",
  access: "signed-in",
  parse: alertSchema,
  async run(input, { user, db, now }) {
    const record = await getCrossingRecord(input.slug, db);
    if (!record) return { result: { kind: "not-found" as const } };
    // What the reader sees now is the baseline the alert compares later states with.
    const { status } = await crossingStateAt(record, now, { planner: false });
    const values = input.kind === "wait" ? { waitBelow: input.waitBelow, direction: input.direction } : { waitBelow: null, direction: null };
    const subscription = { kind: input.kind, ...values, lastSeen: null };
    const stored = await storeSubscription(
      { userId: user.id, crossingId: record.id, ...subscription, lastSeen: observe(subscription, status) },
      (id) => unsubscribeHash(unsubscribeToken(id)),
      db,
    );
    if ("error" in stored) return { result: { kind: "too-many" as const } };
    return { result: { kind: "subscribed" as const, id: stored.id }, effects: { user: user.id } };
  },
});

export const unsubscribe = writeService({
  name: "unsubscribe",
  access: "signed-in",
  parse: z.object({ subscriptionId: z.string().max(100) }),
  async run({ subscriptionId }, { user, db }) {
    const stopped = await unsubscribeOwn(user.id, subscriptionId, db);
    return stopped ? { result: { kind: "ok" as const }, effects: { user: user.id } } : { result: { kind: "not-found" as const } };
  },
});

export const unsubscribeWithLink = writeService({
  name: "unsubscribeWithLink",
  access: "anyone",
  parse: z.object({ token: z.string().regex(/^[\w-]{20,100}$/) }),
  async run({ token }, { db }) {
    const owner = await unsubscribeByHash(unsubscribeHash(token), db);
    return owner ? { result: { kind: "ok" as const }, effects: { user: owner } } : { result: { kind: "not-found" as const } };
  },
});
