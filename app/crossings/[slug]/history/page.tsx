import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCrossingRecord } from "@/db/queries/crossings";
import { listBaselineRevisions } from "@/db/queries/moderation";
import { requireModerator } from "@/server/auth/guards";
import { diffBaselines } from "@/lib/moderation/baseline-diff";
import { getI18n } from "@/server/i18n";
import { localName } from "@/lib/i18n/reasons";
import { ActionForm, Outcome } from "@/app/moderation/action-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.moderation.history.metaTitle };
}
export const dynamic = "force-dynamic";

export default async function HistoryPage({ params, searchParams }: PageProps<"/crossings/[slug]/history">) {
  const { slug } = await params;
  await requireModerator(`/crossings/${slug}/history`);
  const query = await searchParams;
  const record = await getCrossingRecord(slug);
  if (!record) notFound();
  const revisions = await listBaselineRevisions(record.id);
  const { locale, t, f } = await getI18n();
  const h = t.moderation.history;
  return (
    <>
      <h1>{h.title(localName(record.baseline.name, locale))}</h1>
      <p>
        <Link href={`/crossings/${slug}`}>{h.back}</Link> · <Link href={`/crossings/${slug}/edit`}>{h.edit}</Link>
      </p>
      {typeof query.saved === "string" ? (
        <p className="notice-ok" role="status">
          {h.saved(query.saved)}
          {typeof query.warnings === "string" ? h.warns(query.warnings) : ""}
        </p>
      ) : null}
      <Outcome done={query.done} error={query.error} />
      {revisions.length === 0 ? <p>{h.none}</p> : null}
      <ol className="timeline">
        {revisions.map(({ revision, authorEmail }) => (
          <li key={revision.id} data-testid="revision">
            <strong>{h.revision(revision.id)}</strong>{" "}
            <span className="meta">
              {h.by(f.dayTime(revision.createdAt, "UTC"), authorEmail ?? "—")}
              {revision.revertsRevisionId ? h.reverts(revision.revertsRevisionId) : ""}
            </span>
            <p className="meta">
              {h.why} {revision.reason} · {h.source} {revision.sourceUrl ? <a href={revision.sourceUrl}>{revision.sourceTitle}</a> : revision.sourceTitle}
            </p>
            <ul>
              {diffBaselines(revision.before, revision.after, locale).map((change) => (
                <li key={change.path}>
                  <strong>{change.label}:</strong> <del>{change.before ?? "—"}</del> → <ins>{change.after ?? "—"}</ins>
                </li>
              ))}
            </ul>
            <ActionForm
              id={`revert-rev-${revision.id}`}
              action={`/api/moderation/revisions/${revision.id}/revert`}
              label={t.moderation.action.revert}
              returnTo={`/crossings/${slug}/history`}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
