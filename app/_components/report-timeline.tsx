import Link from "next/link";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import type { PublicReport } from "@/db/queries/reports";
import { FEEDBACK_WINDOW_MS } from "@/db/queries/reports";
import { directionLabels } from "@/lib/reports/form-options";
import { tagLabels, type ReportTag } from "@/lib/reports/report-input";
import { formatDayTime, zoneLabel } from "@/lib/format/time";
import { formatAgo } from "@/lib/status/headline";
import { modeLabels } from "@/lib/format/labels";
import type { TravelMode } from "@/lib/baseline/schema";
import { StateBadge } from "@/app/_components/state-badge";
import { feedbackAction } from "@/app/reports/actions";
import { flagReasonLabels, flagReasons } from "@/lib/moderation/rules";

/** Reports, newest observed first, with "still accurate?" for signed-in readers. */
export function ReportTimeline({
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
  const zone = baseline.sides[0].timeZone;
  const directions = directionLabels(baseline);
  const feedback = feedbackAction.bind(null, slug);
  if (!reports.length) return <p className="muted">No reports yet. Crossed recently? Your report helps the next traveller.</p>;
  return (
    <>
      <ol className="timeline">
        {reports.map((report) => (
          <li key={report.id} id={`report-${report.id}`} data-testid="report">
            <StateBadge state={report.seen} /> <strong>{formatAgo(now.getTime() - report.observedAt.getTime())}</strong>{" "}
            <span className="meta">
              {formatDayTime(report.observedAt, zone)} {zoneLabel(zone, report.observedAt)}
              {report.verified ? " · verified by a moderator" : ""}
              {report.edited ? " · edited" : ""}
              {report.mine ? " · your report" : ""}
            </span>
            <p className="meta">
              {directions[report.direction]} · {modeLabels[report.mode as TravelMode] ?? report.mode}
              {report.waitMinutes !== null ? ` · waited ${report.waitMinutes} min` : ""}
              {report.tags.length ? ` · ${report.tags.map((tag) => tagLabels[tag as ReportTag] ?? tag).join(", ")}` : ""}
            </p>
            {report.notes ? <p className="notes">{report.notes}</p> : null}
            <div className="feedback">
              <span className="muted">
                {report.confirmations} still accurate · {report.disputes} not accurate
              </span>
              {signedIn && !report.mine && now.getTime() - report.observedAt.getTime() <= FEEDBACK_WINDOW_MS ? (
                <form action={feedback}>
                  <input type="hidden" name="reportId" value={report.id} />
                  <span>Still accurate? </span>
                  <button type="submit" name="kind" value="confirm">
                    Yes
                  </button>{" "}
                  <button type="submit" name="kind" value="dispute">
                    No
                  </button>
                </form>
              ) : null}
              {signedIn && !report.mine ? (
                <details className="flag">
                  <summary>Flag</summary>
                  <form method="post" action={`/api/v1/reports/${report.id}/flags`}>
                    <input type="hidden" name="returnTo" value={`/crossings/${slug}`} />
                    <label htmlFor={`flag-${report.id}`}>Why?</label>{" "}
                    <select id={`flag-${report.id}`} name="reason" defaultValue="spam">
                      {flagReasons.map((reason) => (
                        <option key={reason} value={reason}>
                          {flagReasonLabels[reason]}
                        </option>
                      ))}
                    </select>{" "}
                    <button type="submit">Flag report</button>
                  </form>
                </details>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {nextCursor ? (
        <p className="pager">
          <Link href={`/crossings/${slug}?before=${encodeURIComponent(nextCursor)}#timeline`}>Older reports</Link>
        </p>
      ) : null}
    </>
  );
}
