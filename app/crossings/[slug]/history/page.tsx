import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCrossingRecord } from "@/db/queries/crossings";
import { listBaselineRevisions } from "@/db/queries/moderation";
import { requireModerator } from "@/lib/auth/guards";
import { diffBaselines } from "@/lib/moderation/baseline-diff";
import { formatDayTime } from "@/lib/format/time";
import { ActionForm, Outcome } from "@/app/moderation/action-form";

export const metadata: Metadata = { title: "Baseline history" };
export const dynamic = "force-dynamic";

export default async function HistoryPage({ params, searchParams }: PageProps<"/crossings/[slug]/history">) {
  const { slug } = await params;
  await requireModerator(`/crossings/${slug}/history`);
  const query = await searchParams;
  const record = await getCrossingRecord(slug);
  if (!record) notFound();
  const revisions = await listBaselineRevisions(record.id);
  return (
    <>
      <h1>Baseline history: {record.baseline.name.en}</h1>
      <p>
        <Link href={`/crossings/${slug}`}>Back to the crossing</Link> · <Link href={`/crossings/${slug}/edit`}>Edit</Link>
      </p>
      {typeof query.saved === "string" ? (
        <p className="notice-ok" role="status">
          Saved as revision {query.saved}.{typeof query.warnings === "string" ? ` The opening_hours parser warns: ${query.warnings}` : ""}
        </p>
      ) : null}
      <Outcome done={query.done} error={query.error} />
      {revisions.length === 0 ? <p>No revisions yet: the baseline is the seed data.</p> : null}
      <ol className="timeline">
        {revisions.map(({ revision, authorEmail }) => (
          <li key={revision.id} data-testid="revision">
            <strong>Revision {revision.id}</strong>{" "}
            <span className="meta">
              {formatDayTime(revision.createdAt, "UTC")} UTC by {authorEmail ?? "—"}
              {revision.revertsRevisionId ? ` · reverts revision ${revision.revertsRevisionId}` : ""}
            </span>
            <p className="meta">
              Why: {revision.reason} · Source: {revision.sourceUrl ? <a href={revision.sourceUrl}>{revision.sourceTitle}</a> : revision.sourceTitle}
            </p>
            <ul>
              {diffBaselines(revision.before, revision.after).map((change) => (
                <li key={change.path}>
                  <strong>{change.label}:</strong> <del>{change.before ?? "—"}</del> → <ins>{change.after ?? "—"}</ins>
                </li>
              ))}
            </ul>
            <ActionForm id={`revert-rev-${revision.id}`} action={`/api/moderation/revisions/${revision.id}/revert`} label="Revert" returnTo={`/crossings/${slug}/history`} />
          </li>
        ))}
      </ol>
    </>
  );
}
