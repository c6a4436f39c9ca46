import type { Metadata } from "next";
import { listAuditLog } from "@/db/queries/moderation";
import { requireModerator } from "@/lib/auth/guards";
import { formatDayTime } from "@/lib/format/time";
import { ActionForm, ModerationNav, Outcome } from "@/app/moderation/action-form";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

function summary(snapshot: Record<string, unknown> | null): string {
  if (!snapshot) return "—";
  if ("baseline" in snapshot) return "baseline document";
  if (Array.isArray(snapshot.reports)) return `${snapshot.reports.length} reports`;
  return Object.entries(snapshot)
    .map(([key, value]) => `${key}: ${value === null ? "none" : String(value)}`)
    .join(", ");
}

export default async function AuditLogPage({ searchParams }: PageProps<"/moderation/log">) {
  await requireModerator("/moderation/log");
  const params = await searchParams;
  const entries = await listAuditLog(200);
  return (
    <>
      <h1>Audit log</h1>
      <ModerationNav />
      <Outcome done={params.done} error={params.error} />
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Why</th>
              <th scope="col">Before → after</th>
              <th scope="col">Revert</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ action, actorEmail }) => (
              <tr key={action.id} data-testid="audit-entry">
                <td>{formatDayTime(action.createdAt, "UTC")}</td>
                <td>{actorEmail ?? "—"}</td>
                <td>
                  {action.action} <span className="muted small">({action.targetType} {action.targetId.slice(0, 8)})</span>
                </td>
                <td>{action.reason}</td>
                <td className="small">
                  {summary(action.before)} → {summary(action.after)}
                </td>
                <td>
                  {action.revertedAt ? (
                    <span className="muted">reverted</span>
                  ) : action.action.startsWith("revert.") ? null : (
                    <ActionForm id={`revert-${action.id}`} action={`/api/moderation/actions/${action.id}/revert`} label="Revert" returnTo="/moderation/log" />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
