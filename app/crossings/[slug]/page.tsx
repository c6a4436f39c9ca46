import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { crossingPage } from "@/server/read/crossing-page";
import { crossingPageMetadata } from "@/server/read/crossing-metadata";
import { ArrivalPlanner } from "@/app/_components/arrival-planner";
import { ReaderTimeEnhancer } from "@/app/_components/reader-time";
import { Header } from "./sections/header";
import { Notices } from "./sections/notices";
import { Conflicts, EarlierSources } from "./sections/conflicts";
import { ReportSection } from "./sections/report";
import { AlertsSection } from "./sections/alerts";
import { Waits } from "./sections/waits";
import { Timeline } from "./sections/timeline";
import { Hours } from "./sections/hours";
import { Rules } from "./sections/rules";
import { Sources } from "./sections/sources";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/crossings/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  return crossingPageMetadata(slug);
}

/** One crossing: everything is read in one call (server/read/crossing-page.ts); the sections only draw it. */
export default async function CrossingPage({ params, searchParams }: PageProps<"/crossings/[slug]">) {
  const { slug } = await params;
  const page = await crossingPage(slug, await searchParams);
  if (!page) notFound();
  const { baseline } = page.record;
  const { now, viewer, moderator, outcomes, sourceNumbers: numbers } = page;
  const readerZone = page.readerZone.zone;
  return (
    <article>
      <Header baseline={baseline} stateNow={page.stateNow} numbers={numbers} readerZone={readerZone} />
      <Notices slug={slug} notices={page.notices} moderator={moderator} posted={outcomes.noticePosted} home={baseline.sides[0].timeZone} now={now} />
      <ArrivalPlanner
        baseline={baseline}
        planner={page.planner}
        planned={page.planned?.status ?? null}
        plannedChange={page.planned?.change ?? null}
        nextOpen={page.planned?.nextOpen ?? null}
        numbers={numbers}
        readerZone={readerZone}
        now={now}
      />
      <Conflicts baseline={baseline} standings={page.standings} numbers={numbers} />
      <ReportSection slug={slug} baseline={baseline} viewer={viewer} answeredKey={page.answeredKey} reported={outcomes.reported} held={outcomes.held} now={now} />
      <AlertsSection slug={slug} baseline={baseline} viewer={viewer} alerts={page.alerts} outcome={outcomes.alert} />
      <Waits baseline={baseline} profiles={page.waits} />
      <Timeline slug={slug} baseline={baseline} timeline={page.timeline} now={now} signedIn={viewer !== null} flag={outcomes.flag} feedback={outcomes.feedback} />
      <Hours
        slug={slug}
        baseline={baseline}
        observed={page.observed}
        standings={page.standings}
        notices={page.stateNow.notices}
        numbers={numbers}
        moderator={moderator}
        readerZone={readerZone}
        now={now}
      />
      <Rules baseline={baseline} numbers={numbers} />
      <EarlierSources baseline={baseline} standings={page.standings} numbers={numbers} />
      <Sources sources={page.sources} />
      <ReaderTimeEnhancer serverZone={readerZone} explicit={page.readerZone.explicit} />
    </article>
  );
}
