import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getCrossingById } from "@/db/queries/crossings";
import { getReportById } from "@/db/queries/reports";
import { canEdit } from "@/lib/reports/rules";
import { currentUser } from "@/server/auth/session";
import { getI18n } from "@/server/i18n";
import { localName } from "@/lib/i18n/reasons";
import { localDateTimeValue, reportFormOptions } from "@/lib/reports/form-options";
import { editReportAction } from "@/app/reports/actions";
import { ReportForm } from "@/app/_components/report-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.pages.editReport.title };
}

export default async function EditReportPage({ params }: PageProps<"/reports/[id]/edit">) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/reports/${id}/edit`)}`);
  const report = await getReportById(id);
  // Someone else's report is "not found" too: nothing about it is revealed.
  if (!report || report.authorId !== user.id) notFound();
  const crossing = await getCrossingById(report.crossingId);
  if (!crossing) notFound();
  const { t, locale } = await getI18n();
  const now = new Date();
  const editable = canEdit(report, now);
  const zone = crossing.baseline.sides[0].timeZone;
  return (
    <>
      <h1>{t.pages.editReport.heading}</h1>
      <p>
        <Link href={`/crossings/${crossing.slug}`}>{localName(crossing.baseline.name, locale)}</Link> · <Link href="/reports/mine">{t.frame.myReports}</Link>
      </p>
      {editable ? (
        <ReportForm
          action={editReportAction.bind(null, report.id)}
          idempotencyKey={crypto.randomUUID()}
          submitLabel={t.reportForm.form.save}
          {...reportFormOptions(crossing.baseline, now, locale)}
          defaults={{
            direction: report.direction,
            observedAt: localDateTimeValue(report.observedAt, zone),
            seen: report.seen,
            mode: report.mode,
            waitMinutes: report.waitMinutes === null ? "" : String(report.waitMinutes),
            tags: report.tags,
            notes: report.notes ?? "",
          }}
        />
      ) : (
        <p>{t.pages.editReport.tooLate}</p>
      )}
    </>
  );
}
