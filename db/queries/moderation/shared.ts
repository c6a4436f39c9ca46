import "server-only";
/** What every moderation action shares: its audit-log row and one transaction. (The service
 * that calls it, server/services/moderation.ts, drops the cached views after it commits.) */
import { type Db } from "@/db/client";
import { moderationActions } from "@/db/schema";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Snapshot = Record<string, unknown>;

export async function audit(
  tx: Tx,
  entry: {
    actorId: string;
    action: string;
    targetType: "report" | "user" | "notice" | "crossing";
    targetId: string;
    reason: string;
    before: Snapshot | null;
    after: Snapshot | null;
    revertsActionId?: number;
  },
): Promise<number> {
  const [row] = await tx.insert(moderationActions).values(entry).returning({ id: moderationActions.id });
  return row!.id;
}

export const reportState = (row: { hidden: boolean; verified: boolean; reviewState: string }): Snapshot => ({
  hidden: row.hidden,
  verified: row.verified,
  reviewState: row.reviewState,
});

/** What every moderation action answers. */
export type ActionResult = { kind: "ok"; actionId: number } | { kind: "not-found" } | { kind: "invalid"; message: string };
