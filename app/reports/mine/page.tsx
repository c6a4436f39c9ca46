import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { listCrossingRecords } from "@/db/queries/crossings";
import { listOwnReports } from "@/db/queries/reports";
import { currentUser } from "@/lib/auth/session";
import { directionLabels } from "@/lib/reports/form-options";
import { formatDayTime, zoneLabel } from "@/lib/format/time";
import { modeLabels } from "@/lib/format/labels";
import type { TravelMode } from "@/lib/baseline/schema";
import { StateBadge } from "@/app/_components/state-badge";
import { withdrawReportAction } from "@/app/reports/actions";

export const metadata: Metadata = { title: "My reports" };
export const dynamic = "force-dynamic";

export default async function MyReportsPage({ searchParams }: PageProps<"/reports/mine">) {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=/reports/mine");
  const params = await searchParams;
  const [reports, crossings] = await Promise.all([listOwnReports(user.id), listCrossingRecords()]);
  const byId = new Map(crossings.map((crossing) => [crossing.id, crossing]));
  const now = new Date();
  return (
    <>
      <h1>My reports</h1>
      <p className="muted">Signed in as {user.email}. You can edit a report for 24 hours after sending it, and withdraw it at any time.</p>
      {params.edited ? <p className="notice-ok" role="status">Your report was updated; the earlier version is kept.</p> : null}
      {params.withdrawn ? <p className="notice-ok" role="status">Your report was withdrawn: it no longer shows or counts.</p> : null}
      {reports.length === 0 ? (
        <p>You have not sent any reports yet. Find your crossing on the <Link href="/">list</Link>.</p>
      ) : (
        <ol className="timeline">
          {reports.map((report) => {
            const crossing = byId.get(report.crossingId);
            if (!crossing) return null;
            const zone = crossing.baseline.sides[0].timeZone;
            const editable = !report.withdrawn && now < report.editableUntil;
            return (
              <li key={report.id} data-testid="own-report">
                <StateBadge state={report.seen} />{" "}
                <Link href={`/crossings/${crossing.slug}#report-${report.id}`}>{crossing.baseline.name.en}</Link>{" "}
                <span className="meta">
                  {formatDayTime(report.observedAt, zone)} {zoneLabel(zone, report.observedAt)}
                  {report.withdrawn ? " · withdrawn" : report.hidden ? " · hidden by a moderator" : ""}
                  {report.edited ? " · edited" : ""}
                </span>
                <p className="meta">
                  {directionLabels(crossing.baseline)[report.direction]} · {modeLabels[report.mode as TravelMode] ?? report.mode}
                  {report.waitMinutes !== null ? ` · waited ${report.waitMinutes} min` : ""}
                </p>
                {report.notes ? <p className="notes">{report.notes}</p> : null}
                {!report.withdrawn ? (
                  <div className="feedback">
                    {editable ? <Link href={`/reports/${report.id}/edit`}>Edit</Link> : <span className="muted">No longer editable</span>}
                    <form action={withdrawReportAction}>
                      <input type="hidden" name="reportId" value={report.id} />
                      <button type="submit">Withdraw</button>
                    </form>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
