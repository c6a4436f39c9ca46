import type { PublicReport } from "@/db/queries/reports";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import { ownEntry } from "@/lib/i18n/catalog";
import { getI18n } from "@/server/i18n";
import { ReportTimeline } from "@/app/_components/report-timeline";

/** Recent reports, a page at a time, with the word after a flag or a "still accurate?" answer. */
export async function Timeline({
  slug,
  baseline,
  timeline,
  now,
  signedIn,
  flag,
  feedback,
}: {
  slug: string;
  baseline: CrossingBaseline;
  timeline: { reports: PublicReport[]; nextCursor: string | null };
  now: Date;
  signedIn: boolean;
  /** Back from flagging (`?flag=…`) or answering (`?feedback=…`) a report. */
  flag: string | null;
  feedback: string | null;
}) {
  const { t } = await getI18n();
  const c = t.crossing;
  // Words for the outcomes sent back in the query string: own keys only (`?flag=__proto__`).
  const flagOutcome = ownEntry(c.timeline.flagOutcomes, flag);
  return (
    <section id="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{c.timeline.title}</h2>
      {flagOutcome ? (
        <p className={flag === "flagged" ? "notice-ok" : "notice-error"} role="status">
          {flagOutcome}
        </p>
      ) : null}
      {feedback !== null ? (
        <p className={feedback === "ok" ? "notice-ok" : "notice-error"} role="status">
          {ownEntry(c.timeline.feedback, feedback) ?? c.timeline.feedback.gone}
        </p>
      ) : null}
      <ReportTimeline slug={slug} baseline={baseline} reports={timeline.reports} nextCursor={timeline.nextCursor} now={now} signedIn={signedIn} />
    </section>
  );
}
