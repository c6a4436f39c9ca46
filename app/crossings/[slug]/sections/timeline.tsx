import type { CrossingBaseline } from "@/lib/baseline/schema";
import { ownEntry } from "@/lib/i18n/catalog";
import { getI18n } from "@/server/i18n";
import type { CrossingPage } from "@/server/read/crossing-page";
import { ReportTimeline } from "@/app/_components/report-timeline";
import { Outcome } from "@/app/moderation/action-form";

/** Recent reports, a page at a time, with the word after a flag or a "still accurate?" answer;
 * for a moderator, the word after one of the moderation forms on the reports. */
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
  timeline: CrossingPage["timeline"];
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
  const moderation = timeline.moderation;
  // Back to this page of the timeline, at the timeline (the API adds `?done=` or `?error=`).
  const returnTo = `/crossings/${slug}${timeline.before ? `?before=${encodeURIComponent(timeline.before)}` : ""}#timeline`;
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
      {moderation ? <Outcome done={moderation.done ?? undefined} error={moderation.error ?? undefined} /> : null}
      <ReportTimeline
        slug={slug}
        baseline={baseline}
        reports={timeline.reports}
        nextCursor={timeline.nextCursor}
        now={now}
        signedIn={signedIn}
        moderateReturnTo={moderation ? returnTo : null}
      />
    </section>
  );
}
