import Link from "next/link";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import type { TimelineReport } from "@/server/read/crossing-page";
import { feedbackOpen } from "@/lib/reports/rules";
import { directionLabels } from "@/lib/reports/form-options";
import { zoneLabel } from "@/lib/format/time";
import { getI18n } from "@/server/i18n";
import { ownEntry } from "@/lib/i18n/catalog";
import { StateBadge } from "@/app/_components/state-badge";
import { feedbackAction } from "@/app/reports/actions";
import { flagReasons } from "@/lib/moderation/rules";
import { ActionForm } from "@/app/moderation/action-form";

/** Reports, newest observed first, with "still accurate?" for signed-in readers. For moderators
 * (`moderateReturnTo` set), hidden reports too, marked, and on each report the queue's own forms —
 * a reason, then hide, restore or verify — folded in a `<details>`, posting to the moderation API,
 * which sends the moderator back to `moderateReturnTo`. Nobody else's page has any of it. */
export async function ReportTimeline({
  slug,
  baseline,
  reports,
  nextCursor,
  now,
  signedIn,
  moderateReturnTo = null,
}: {
  slug: string;
  baseline: CrossingBaseline;
  reports: TimelineReport[];
  nextCursor: string | null;
  now: Date;
  signedIn: boolean;
  /** Moderators only: where the moderation forms come back to (the timeline's anchor). */
  moderateReturnTo?: string | null;
}) {
  const { locale, t, f } = await getI18n();
  const m = t.crossing.timeline;
  const a = t.moderation.action;
  const zone = baseline.sides[0].timeZone;
  const directions = directionLabels(baseline, locale);
  const feedback = feedbackAction.bind(null, slug);
  if (!reports.length) return <p className="muted">{m.none}</p>;
  return (
    <>
      <ol className="timeline">
        {reports.map((report) => {
          const hidden = "hidden" in report && report.hidden;
          return (
            <li key={report.id} id={`report-${report.id}`} data-testid="report" data-hidden={hidden ? "true" : undefined}>
              <StateBadge state={report.seen} locale={locale} /> <strong>{f.ago(now.getTime() - report.observedAt.getTime())}</strong>{" "}
              <span className="meta">
                {f.dayTime(report.observedAt, zone, now)} {zoneLabel(zone, report.observedAt, locale)}
                {report.verified ? m.verified : ""}
                {report.edited ? m.edited : ""}
                {report.mine ? m.yours : ""}
              </span>
              <p className="meta">
                {directions[report.direction]} · {ownEntry(t.modes, report.mode) ?? report.mode}
                {report.waitMinutes !== null ? m.waited(report.waitMinutes) : ""}
                {report.tags.length ? ` · ${report.tags.map((tag) => ownEntry(t.reportTags, tag) ?? tag).join(t.listSeparator)}` : ""}
              </p>
              {hidden && "reviewState" in report ? (
                <p className="meta">
                  <strong>{m.hidden[report.reviewState]}</strong>
                </p>
              ) : null}
              {report.notes ? <p className="notes">{report.notes}</p> : null}
              <div className="feedback">
                <span className="muted">{m.votes(report.confirmations, report.disputes)}</span>
                {signedIn && !hidden && !report.mine && feedbackOpen(report.observedAt, now) ? (
                  <form action={feedback}>
                    <input type="hidden" name="reportId" value={report.id} />
                    <span>{m.stillAccurate}</span>
                    <button type="submit" name="kind" value="confirm">
                      {m.yes}
                    </button>{" "}
                    <button type="submit" name="kind" value="dispute">
                      {m.no}
                    </button>
                  </form>
                ) : null}
                {signedIn && !hidden && !report.mine ? (
                  <details className="flag">
                    <summary>{m.flag}</summary>
                    <form method="post" action={`/api/v1/reports/${report.id}/flags`}>
                      <input type="hidden" name="returnTo" value={`/crossings/${slug}`} />
                      <label htmlFor={`flag-${report.id}`}>{m.why}</label>{" "}
                      <select id={`flag-${report.id}`} name="reason" defaultValue="spam">
                        {flagReasons.map((reason) => (
                          <option key={reason} value={reason}>
                            {m.flagReasons[reason]}
                          </option>
                        ))}
                      </select>{" "}
                      <button type="submit">{m.flagReport}</button>
                    </form>
                  </details>
                ) : null}
                {moderateReturnTo ? (
                  <details className="flag" data-testid="moderate">
                    <summary>{m.moderate}</summary>
                    <div className="actions">
                      {hidden ? (
                        <ActionForm id={`restore-${report.id}`} action={`/api/moderation/reports/${report.id}/restore`} label={a.restore} returnTo={moderateReturnTo} />
                      ) : (
                        <ActionForm id={`hide-${report.id}`} action={`/api/moderation/reports/${report.id}/hide`} label={a.hide} returnTo={moderateReturnTo} />
                      )}
                      {report.verified ? null : (
                        <ActionForm id={`verify-${report.id}`} action={`/api/moderation/reports/${report.id}/verify`} label={a.verify} returnTo={moderateReturnTo} />
                      )}
                    </div>
                  </details>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      {nextCursor ? (
        <p className="pager">
          <Link href={`/crossings/${slug}?before=${encodeURIComponent(nextCursor)}#timeline`}>{m.older}</Link>
        </p>
      ) : null}
    </>
  );
}
