import Link from "next/link";
import type { SessionUser } from "@/server/auth/session";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import { reportFormOptions } from "@/lib/reports/form-options";
import { localName } from "@/lib/i18n/reasons";
import { getI18n } from "@/server/i18n";
import { submitReportAction } from "@/app/reports/actions";
import { ReportForm } from "@/app/_components/report-form";

/** "Crossed recently?": the report form for a signed-in viewer (it works without JavaScript),
 * else a link to sign in; and the word after a report was stored or held for review. */
export async function ReportSection({
  slug,
  baseline,
  viewer,
  answeredKey,
  reported,
  held,
  now,
}: {
  slug: string;
  baseline: CrossingBaseline;
  viewer: SessionUser | null;
  answeredKey: string | undefined;
  /** How the state now treats the report just stored (server/read/crossing-page.ts), or null. */
  reported: "counted" | "pending" | "stored" | null;
  held: boolean;
  now: Date;
}) {
  const { locale, t } = await getI18n();
  const c = t.crossing;
  return (
    <section id="report" aria-labelledby="report-heading" className="card">
      <h2 id="report-heading">{c.report.title}</h2>
      {reported ? (
        <p className="notice-ok" role="status">
          {reported === "counted" ? c.report.thanks : reported === "pending" ? c.report.thanksPending : c.report.thanksStored}
        </p>
      ) : null}
      {held ? (
        <p className="notice-ok" role="status">
          {c.report.held}
        </p>
      ) : null}
      {viewer ? (
        <ReportForm
          action={submitReportAction.bind(null, slug)}
          // A fresh key for every form drawn: a double click or a resend stores one report.
          idempotencyKey={crypto.randomUUID()}
          submitLabel={t.reportForm.form.send}
          offline={{ slug, crossing: localName(baseline.name, locale), timeZone: baseline.sides[0].timeZone, userId: viewer.id }}
          answered={answeredKey}
          {...reportFormOptions(baseline, now, locale)}
        />
      ) : (
        <p>
          {c.report.crossedRecently}{" "}
          <Link className="button" href={`/signin?callbackUrl=${encodeURIComponent(`/crossings/${slug}#report`)}`}>
            {c.report.signInToReport}
          </Link>
        </p>
      )}
    </section>
  );
}
