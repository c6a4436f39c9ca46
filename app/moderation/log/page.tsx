import type { Metadata } from "next";
import { listAuditLog, NOT_POSTED } from "@/db/queries/moderation";
import { requireModerator } from "@/server/auth/guards";
import { getI18n } from "@/server/i18n";
import type { Messages } from "@/lib/i18n/messages";
import { ActionForm, ModerationNav, Outcome } from "@/app/moderation/action-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.moderation.log.title };
}
export const dynamic = "force-dynamic";

/** A snapshot's keys and values are the data's own (field names, ids), shown as stored. */
function summary(snapshot: Record<string, unknown> | null, words: Messages["moderation"]["log"], separator: string): string {
  if (!snapshot) return "—";
  if ("baseline" in snapshot) return words.baselineDocument;
  if (Array.isArray(snapshot.reports)) return words.reports(snapshot.reports.length);
  // Before a notice was posted (its creation's entry): not a date of 1970.
  if (snapshot.withdrawnAt === NOT_POSTED) return words.notPosted;
  return Object.entries(snapshot)
    .map(([key, value]) => `${key}: ${value === null ? words.none : String(value)}`)
    .join(separator);
}

export default async function AuditLogPage({ searchParams }: PageProps<"/moderation/log">) {
  await requireModerator("/moderation/log");
  const params = await searchParams;
  const entries = await listAuditLog(200);
  const { t, f } = await getI18n();
  const l = t.moderation.log;
  return (
    <>
      <h1>{l.title}</h1>
      <ModerationNav />
      <Outcome done={params.done} error={params.error} />
      {/* On a phone each entry is a card of its own (app/globals.css, .stack-table): no sideways scroll. */}
      <table className="stack-table">
        <thead>
          <tr>
            <th scope="col">{l.when}</th>
            <th scope="col">{l.who}</th>
            <th scope="col">{l.what}</th>
            <th scope="col">{l.why}</th>
            <th scope="col">{l.beforeAfter}</th>
            <th scope="col">{l.revert}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ action, actorEmail }) => (
            <tr key={action.id} data-testid="audit-entry">
              <td data-label={l.when}>{f.dayTime(action.createdAt, "UTC")}</td>
              <td data-label={l.who}>{actorEmail ?? "—"}</td>
              <td data-label={l.what}>
                {action.action}{" "}
                <span className="muted small">
                  ({action.targetType} {action.targetId.slice(0, 8)})
                </span>
              </td>
              <td data-label={l.why}>{action.reason}</td>
              <td className="small" data-label={l.beforeAfter}>
                {summary(action.before, l, t.listSeparator)} → {summary(action.after, l, t.listSeparator)}
              </td>
              <td className="stack-actions">
                {action.revertedAt ? (
                  <span className="muted">{l.reverted}</span>
                ) : action.action.startsWith("revert.") ? null : (
                  <ActionForm id={`revert-${action.id}`} action={`/api/moderation/actions/${action.id}/revert`} label={t.moderation.action.revert} returnTo="/moderation/log" />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
