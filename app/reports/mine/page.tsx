import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { listCrossingRecords } from "@/db/queries/crossings";
import { listOwnReports } from "@/db/queries/reports";
import { currentUser } from "@/server/auth/session";
import { directionLabels } from "@/lib/reports/form-options";
import { zoneLabel } from "@/lib/format/time";
import { getI18n } from "@/server/i18n";
import { ownEntry } from "@/lib/i18n/catalog";
import { localName } from "@/lib/i18n/reasons";
import { StateBadge } from "@/app/_components/state-badge";
import { withdrawReportAction } from "@/app/reports/actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.pages.myReports.title };
}

export default async function MyReportsPage({ searchParams }: PageProps<"/reports/mine">) {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=/reports/mine");
  const params = await searchParams;
  const { t, f, locale } = await getI18n();
  const m = t.pages.myReports;
  const [reports, crossings] = await Promise.all([listOwnReports(user.id), listCrossingRecords()]);
  const byId = new Map(crossings.map((crossing) => [crossing.id, crossing]));
  const now = new Date();
  return (
    <>
      <h1>{m.title}</h1>
      <p className="muted">{m.intro(user.email ?? "")}</p>
      {params.edited ? (
        <p className="notice-ok" role="status">
          {m.edited}
        </p>
      ) : null}
      {params.withdrawn ? (
        <p className="notice-ok" role="status">
          {m.withdrawn}
        </p>
      ) : null}
      {reports.length === 0 ? (
        <p>
          {m.emptyBefore}
          <Link href="/">{m.emptyLink}</Link>
          {m.emptyAfter}
        </p>
      ) : (
        <ol className="timeline">
          {reports.map((report) => {
            const crossing = byId.get(report.crossingId);
            if (!crossing) return null;
            const zone = crossing.baseline.sides[0].timeZone;
            const editable = !report.withdrawn && now < report.editableUntil;
            return (
              <li key={report.id} data-testid="own-report">
                <StateBadge state={report.seen} locale={locale} /> <Link href={`/crossings/${crossing.slug}#report-${report.id}`}>{localName(crossing.baseline.name, locale)}</Link>{" "}
                <span className="meta">
                  {f.dayTime(report.observedAt, zone, now)} {zoneLabel(zone, report.observedAt, locale)}
                  {report.withdrawn ? m.withdrawnMark : report.hidden ? m.hiddenMark : ""}
                  {report.edited ? m.editedMark : ""}
                </span>
                <p className="meta">
                  {directionLabels(crossing.baseline, locale)[report.direction]} · {ownEntry(t.modes, report.mode) ?? report.mode}
                  {report.waitMinutes !== null ? m.waited(report.waitMinutes) : ""}
                </p>
                {report.notes ? <p className="notes">{report.notes}</p> : null}
                {!report.withdrawn ? (
                  <div className="feedback">
                    {editable ? <Link href={`/reports/${report.id}/edit`}>{m.edit}</Link> : <span className="muted">{m.notEditable}</span>}
                    <form action={withdrawReportAction}>
                      <input type="hidden" name="reportId" value={report.id} />
                      <button type="submit">{m.withdraw}</button>
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
