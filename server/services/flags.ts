import "server-only";
/** A reader with some standing flags a report (the timeline's form, or JSON). */
import { z } from "zod";
import { flagReport } from "@/db/queries/moderation";
import { env } from "@/lib/env";
import { flagBody } from "@/lib/moderation/requests";
import { writeService } from "@/server/services/service";

export const flag = writeService({
  name: "flag",
  access: "signed-in",
  limit: { kind: "flag", perAccount: () => env.FLAGS_PER_HOUR_PER_USER, perAddress: () => env.FLAGS_PER_HOUR_PER_IP },
  parse: flagBody.extend({ reportId: z.string().max(200) }),
  async run({ reportId, reason }, { user, db, now }) {
    if (!z.uuid().safeParse(reportId).success) return { result: { kind: "not-found" as const } };
    // Moderators are never new accounts to the rules: they may flag from their first day.
    const minimumAgeMs = user.role === "traveller" ? env.FLAG_MIN_ACCOUNT_AGE_HOURS * 3600_000 : 0;
    const result = await flagReport(user.id, reportId, reason, now, minimumAgeMs, db);
    // Too new to flag: the same refusal (403 account_too_new) as every new-account rule.
    if (result.kind === "too-new") return { result: { kind: "too-new" as const, minAgeHours: env.FLAG_MIN_ACCOUNT_AGE_HOURS } };
    if (result.kind !== "flagged") return { result };
    // Only a flag that was stored changes anything shown: a refused one (unknown report, one's
    // own, a second flag, too new an account) must not drop every cached page, or any account
    // posting made-up ids would empty the caches twice a second. Enough flags hide the report
    // pending review, which may change its crossing's state.
    return { result, effects: { all: true, ...(result.hidden ? { alerts: "any" as const } : {}) } };
  },
});
