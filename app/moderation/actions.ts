"use server";
/** Moderation server actions for the forms that need errors beside their fields (notices and
 * baseline edits). Each checks the role itself; the moderation API does the same for scripts. */
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { after } from "next/server";
import { dispatchAlerts } from "@/lib/alerts/dispatch";
import { originFromHeaders } from "@/lib/api/origin";
import { getCrossingRecord } from "@/db/queries/crossings";
import { createNotice, reviseBaseline } from "@/db/queries/moderation";
import { currentUser } from "@/lib/auth/session";
import { noticeBody } from "@/lib/moderation/requests";
import { parseBaselineEdit, type BaselineEditErrors } from "@/lib/moderation/baseline-edit";
import { localInputToInstant } from "@/lib/schedule/zoned-time";

export interface FormState {
  errors: Record<string, string>;
  message?: string;
  values?: Record<string, string | string[]>;
  warnings?: string[];
}

function echo(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    const all = formData.getAll(key).map(String);
    values[key] = key === "modes" || key === "traffic.modes" ? all : all[0]!;
  }
  return values;
}

async function moderator() {
  const user = await currentUser();
  return user && (user.role === "moderator" || user.role === "admin") ? user : null;
}

export async function postNoticeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await moderator();
  if (!user) return { errors: {}, message: "Only moderators can post notices." };
  const slug = String(formData.get("crossing") ?? "");
  const crossing = await getCrossingRecord(slug);
  if (!crossing) return { errors: { crossing: "Pick a crossing." }, values: echo(formData) };
  const zone = crossing.baseline.sides[0].timeZone;
  const toIso = (name: string) => {
    const value = String(formData.get(name) ?? "");
    const instant = value ? localInputToInstant(value, zone) : null;
    return instant ? instant.toISOString() : value;
  };
  const modes = formData.getAll("modes").map(String);
  const parsed = noticeBody.safeParse({
    crossing: slug,
    startsAt: toIso("startsAt"),
    endsAt: toIso("endsAt"),
    modes,
    effect: formData.get("effect") || undefined,
    text: formData.get("text") ?? "",
    sourceTitle: formData.get("sourceTitle") ?? "",
    sourceUrl: formData.get("sourceUrl") ?? "",
  });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.path[0] === "startsAt" ? "Give the date and time it starts." : issue.message;
    return { errors, values: echo(formData), message: "Please correct the fields marked below." };
  }
  const { crossing: _slug, ...values } = parsed.data;
  void _slug;
  await createNotice(user.id, { ...values, crossingId: crossing.id }, `Notice: ${values.text.slice(0, 80)}`);
  const origin = originFromHeaders(await headers());
  after(() => dispatchAlerts(crossing.id, origin).catch((error) => console.error("Alerts failed:", error)));
  redirect(`/crossings/${slug}?notice=posted#notices`);
}

export async function editBaselineAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await moderator();
  if (!user) return { errors: {}, message: "Only moderators can edit the baseline." };
  const crossing = await getCrossingRecord(slug);
  if (!crossing) return { errors: {}, message: "There is no such crossing." };
  const parsed = parseBaselineEdit(crossing.baseline, formData);
  if (!parsed.ok) return { errors: parsed.errors as BaselineEditErrors, values: echo(formData), warnings: parsed.warnings, message: "Nothing was changed: please correct the fields marked below." };
  const result = await reviseBaseline(user.id, crossing.id, parsed.baseline, parsed.meta);
  if (result.kind !== "ok") return { errors: {}, message: result.kind === "invalid" ? result.message : "That crossing no longer exists.", values: echo(formData) };
  const warned = parsed.warnings.length ? `&warnings=${encodeURIComponent(parsed.warnings.join(" | "))}` : "";
  redirect(`/crossings/${slug}/history?saved=${result.revisionId}${warned}`);
}
