/**
 * Moderation: flags, the review queue, report and account actions, notices and baseline
 * revisions, each in its own module. Every action runs in one transaction with its audit-log row (who, what, when,
 * why, before, after), and every logged action can be reverted from the log.
 * Callers check the actor's role first (server/auth/session.ts); these functions trust it.
 */
export type { ActionResult } from "@/db/queries/moderation/shared";
export * from "@/db/queries/moderation/flags";
export * from "@/db/queries/moderation/queue";
export * from "@/db/queries/moderation/reports";
export * from "@/db/queries/moderation/users";
export * from "@/db/queries/moderation/notices";
export * from "@/db/queries/moderation/baseline";
export * from "@/db/queries/moderation/log";
