/**
 * The moderation API's inputs (zod), shared by the route handler and the pages' forms.
 */
import { z } from "zod";
import { travelMode } from "@/lib/baseline/schema";
import { flagReasons } from "@/lib/moderation/rules";

export const reasonSchema = z
  .string({ error: "Give a reason." })
  .trim()
  .min(3, "Give a reason (at least 3 characters).")
  .max(500, "Keep the reason under 500 characters.");

const uuid = z.uuid("Not a valid id.");

/** What each path segment pattern means. */
export type ModerationRoute =
  | { kind: "report"; id: string; action: "hide" | "restore" | "verify" | "dismiss-flags" }
  | { kind: "user"; id: string; action: "ban" | "unban" | "hide-reports" | "role" }
  | { kind: "revert-action"; id: number }
  | { kind: "create-notice" }
  | { kind: "withdraw-notice"; id: string }
  | { kind: "baseline"; slug: string }
  | { kind: "revert-revision"; id: number };

export function parseModerationPath(path: string[]): ModerationRoute | null {
  const [area, id, action, ...rest] = path;
  if (rest.length) return null;
  if (area === "reports" && uuid.safeParse(id).success && (action === "hide" || action === "restore" || action === "verify" || action === "dismiss-flags"))
    return { kind: "report", id: id!, action };
  if (area === "users" && id && /^[\w-]{1,64}$/.test(id) && (action === "ban" || action === "unban" || action === "hide-reports" || action === "role"))
    return { kind: "user", id, action };
  if (area === "actions" && id && /^\d{1,9}$/.test(id) && action === "revert") return { kind: "revert-action", id: Number(id) };
  if (area === "notices" && id === undefined) return { kind: "create-notice" };
  if (area === "notices" && uuid.safeParse(id).success && action === "withdraw") return { kind: "withdraw-notice", id: id! };
  if (area === "crossings" && id && /^[a-z0-9-]{1,80}$/.test(id) && action === "baseline") return { kind: "baseline", slug: id };
  if (area === "revisions" && id && /^\d{1,9}$/.test(id) && action === "revert") return { kind: "revert-revision", id: Number(id) };
  return null;
}

export const reasonBody = z.object({ reason: reasonSchema });
export const banBody = z.object({ reason: reasonSchema, hideReports: z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("")]).optional() });
export const roleBody = z.object({ reason: reasonSchema, role: z.enum(["traveller", "moderator"], { error: "role must be traveller or moderator" }) });
export const flagBody = z.object({ reason: z.enum(flagReasons, { error: "Pick why you flag it." }) });

const instant = z.iso.datetime({ offset: true, error: "Use an ISO 8601 time with a zone." }).transform((value) => new Date(value));
export const noticeBody = z
  .object({
    crossing: z.string().regex(/^[a-z0-9-]{1,80}$/, "Pick a crossing."),
    startsAt: instant,
    endsAt: z.union([instant, z.literal("").transform(() => null), z.null()]).default(null),
    /** None chosen means all traffic. */
    modes: z
      .array(travelMode)
      .nullable()
      .default(null)
      .transform((modes) => (modes && modes.length ? modes : null)),
    effect: z.enum(["closed", "open", "restricted"], { error: "Say whether it closes, opens or restricts the crossing." }),
    text: z.string().trim().min(5, "Say what the notice is (at least 5 characters).").max(1000, "Keep it under 1,000 characters."),
    sourceTitle: z.string().trim().min(3, "Name the source.").max(200),
    sourceUrl: z.union([z.url("Give a full URL (https://…)."), z.literal("").transform(() => null)]).nullable().default(null),
  })
  .refine((notice) => !notice.endsAt || notice.endsAt > notice.startsAt, { message: "The end must be after the start.", path: ["endsAt"] });
