import Link from "next/link";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import type { PublicReport } from "@/db/queries/reports";
import { feedbackOpen } from "@/lib/reports/rules";
import { directionLabels } from "@/lib/reports/form-options";
import { zoneLabel } from "@/lib/format/time";
import { getI18n } from "@/server/i18n";
import { ownEntry } from "@/lib/i18n/catalog";
import { StateBadge } from "@/app/_components/state-badge";
import { feedbackAction } from "@/app/reports/actions";
import { flagReasons } from "@/lib/moderation/rules";

/** Reports, newest observed first, with "still accurate?" for signed-in readers. */
export async function ReportTimeline({
  slug,
  baseline,
  reports,
  nextCursor,
  now,
  signedIn,
}: {
  slug: string;
  baseline: CrossingBaseline;
  reports: PublicReport[];
  nextCursor: string | null;
  now: Date;
  signedIn: boolean;
}) {
  const { locale, t, f } = await getI18n();
  const m = t.crossing.timeline;
  const zone = baseline.sides[0].timeZone;
  const directions = directionLabels(baseline, locale);
  const feedback = feedbackAction.bind(null, slug);
  if (!reports.length) return <p className="muted">{m.none}</p>;
  return (
    <>
      <ol className="timeline">
        {reports.map((report) => (
          <li key={report.id} id={`report-${report.id}`} data-testid="report">
            <StateBadge state={report.seen} locale={locale} /> <strong>{f.ago(now.getTime() - report.observedAt.getTime())}</strong>{" "}
            <span className="meta">
              {f.dayTime(report.observedAt, zone, now)} {zoneLabel(zone, report.observedAt)}
              {report.verified ? m.verified : ""}
              {report.edited ? m.edited : ""}
              {report.mine ? m.yours : ""}
            </span>
            <p className="meta">
              {directions[report.direction]} · {ownEntry(t.modes, report.mode) ?? report.mode}
              {report.waitMinutes !== null ? m.waited(report.waitMinutes) : ""}
              {report.tags.length ? ` · ${report.tags.map((tag) => ownEntry(t.reportTags, tag) ?? tag).join(t.listSeparator)}` : ""}
            </p>
            {report.notes ? <p className="notes">{report.notes}</p> : null}
            <div className="feedback">
              <span className="muted">{m.votes(report.confirmations, report.disputes)}</span>
              {signedIn && !report.mine && feedbackOpen(report.observedAt, now) ? (
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
              {signedIn && !report.mine ? (
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
            </div>
          </li>
        ))}
      </ol>
      {nextCursor ? (
        <p className="pager">
          <Link href={`/crossings/${slug}?before=${encodeURIComponent(nextCursor)}#timeline`}>{m.older}</Link>
        </p>
      ) : null}
    </>
  );
}
