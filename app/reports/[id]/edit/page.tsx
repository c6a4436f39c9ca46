import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getCrossingById } from "@/db/queries/crossings";
import { EDIT_WINDOW_MS, getReportById } from "@/db/queries/reports";
import { currentUser } from "@/lib/auth/session";
import { localDateTimeValue, reportFormOptions } from "@/lib/reports/form-options";
import { editReportAction } from "@/app/reports/actions";
import { ReportForm } from "@/app/_components/report-form";

export const metadata: Metadata = { title: "Edit report" };
export const dynamic = "force-dynamic";

export default async function EditReportPage({ params }: PageProps<"/reports/[id]/edit">) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/reports/${id}/edit`)}`);
  const report = await getReportById(id);
  // Someone else's report is "not found" too: nothing about it is revealed.
  if (!report || report.authorId !== user.id) notFound();
  const crossing = await getCrossingById(report.crossingId);
  if (!crossing) notFound();
  const now = new Date();
  const editable = !report.withdrawnAt && now.getTime() - report.submittedAt.getTime() <= EDIT_WINDOW_MS;
  const zone = crossing.baseline.sides[0].timeZone;
  return (
    <>
      <h1>Edit your report</h1>
      <p>
        <Link href={`/crossings/${crossing.slug}`}>{crossing.baseline.name.en}</Link> · <Link href="/reports/mine">My reports</Link>
      </p>
      {editable ? (
        <ReportForm
          action={editReportAction.bind(null, report.id)}
          idempotencyKey={crypto.randomUUID()}
          submitLabel="Save changes"
          {...reportFormOptions(crossing.baseline, now)}
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
        <p>This report can no longer be edited (24 hours after sending, or once withdrawn).</p>
      )}
    </>
  );
}
