import type { Metadata } from "next";
import Link from "next/link";
import { listQueue, listRecentlyHidden, listUnconfirmed, UNCONFIRMED_LISTED_DAYS } from "@/db/queries/moderation";
import { directionLabels } from "@/lib/reports/form-options";
import { listCrossingRecords } from "@/db/queries/crossings";
import { requireModerator } from "@/server/auth/guards";
import { getI18n } from "@/server/i18n";
import { ownEntry } from "@/lib/i18n/catalog";
import { localName } from "@/lib/i18n/reasons";
import { StateBadge } from "@/app/_components/state-badge";
import { ActionForm, ModerationNav, Outcome } from "@/app/moderation/action-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.moderation.queue.title };
}
export const dynamic = "force-dynamic";

type Seen = "open" | "closed" | "restricted";

export default async function ModerationQueuePage({ searchParams }: PageProps<"/moderation">) {
  await requireModerator("/moderation");
  const params = await searchParams;
  const now = new Date();
  const { locale, t, f } = await getI18n();
  const q = t.moderation.queue;
  const a = t.moderation.action;
  const [queue, unconfirmed, hidden, records] = await Promise.all([
    listQueue(now),
    listUnconfirmed(now),
    listRecentlyHidden(now),
    // The queue carries the English names; other languages look the crossing's own up, and the
    // new travellers' reports name their direction by the crossing's countries and posts.
    listCrossingRecords(),
  ]);
  const baselines = new Map(records.map((record) => [record.slug, record.baseline]));
  const crossingName = (slug: string, english: string) => {
    const baseline = baselines.get(slug);
    return baseline ? localName(baseline.name, locale) : english;
  };
  const directionWords = (slug: string, direction: "a-b" | "b-a") => {
    const baseline = baselines.get(slug);
    return baseline ? directionLabels(baseline, locale)[direction] : direction;
  };
  const seenWord = (seen: string) => ownEntry(t.seen, seen) ?? seen;
  const flagWord = (reason: string) => ownEntry(q.flagReasons, reason) ?? reason;
  return (
    <>
      <h1>{q.title}</h1>
      <ModerationNav />
      <Outcome done={params.done} error={params.error} />
      <p className="muted">{q.intro}</p>
      {queue.length === 0 ? <p>{q.empty}</p> : null}
      <ol className="timeline">
        {queue.map((item) => (
          <li key={item.id} data-testid="queue-item" id={`queue-${item.id}`}>
            <StateBadge state={item.seen as Seen} locale={locale} />{" "}
            <Link href={`/crossings/${item.crossingSlug}#report-${item.id}`}>{crossingName(item.crossingSlug, item.crossingName)}</Link>{" "}
            <span className="meta">
              {q.observedAt(f.ago(now.getTime() - item.observedAt.getTime()), f.dayTime(item.observedAt, "UTC"))} ·{" "}
              {item.reviewState === "held" ? q.held : item.hidden ? q.hiddenByFlags : q.flagged}
              {item.verified ? q.verified : ""}
            </span>
            {item.notes ? <p className="notes">{item.notes}</p> : null}
            <p className="meta">{q.flags(item.flags.map((flag) => `${flagWord(flag.reason)} (${f.number(flag.weight)})`).join(t.listSeparator) || q.none)}</p>
            <p className="meta">
              {q.reporter(
                item.author.reports,
                item.author.hidden,
                item.author.accountAgeDays,
                item.author.banned,
                item.nearby.length ? item.nearby.map((other) => `${seenWord(other.seen)}${other.hidden ? q.otherHidden : ""}`).join(t.listSeparator) : q.none,
              )}
            </p>
            <div className="actions">
              <ActionForm id={`hide-${item.id}`} action={`/api/moderation/reports/${item.id}/hide`} label={a.hide} returnTo="/moderation" />
              <ActionForm id={`restore-${item.id}`} action={`/api/moderation/reports/${item.id}/restore`} label={a.restore} returnTo="/moderation" />
              <ActionForm id={`verify-${item.id}`} action={`/api/moderation/reports/${item.id}/verify`} label={a.verify} returnTo="/moderation" />
              <ActionForm id={`dismiss-${item.id}`} action={`/api/moderation/reports/${item.id}/dismiss-flags`} label={a.dismissFlags} returnTo="/moderation" />
              {item.author.id ? (
                <>
                  <ActionForm id={`hideall-${item.id}`} action={`/api/moderation/users/${item.author.id}/hide-reports`} label={a.hideAll} returnTo="/moderation" />
                  <ActionForm id={`ban-${item.id}`} action={`/api/moderation/users/${item.author.id}/ban`} label={a.banReporter} returnTo="/moderation">
                    <label>
                      <input type="checkbox" name="hideReports" /> {a.andHideReports}
                    </label>
                  </ActionForm>
                </>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      <h2>{q.unconfirmedTitle}</h2>
      <p className="muted">{q.unconfirmedIntro(UNCONFIRMED_LISTED_DAYS)}</p>
      {unconfirmed.length === 0 ? <p className="muted">{q.unconfirmedNone}</p> : null}
      <ol className="timeline">
        {unconfirmed.map((item) => (
          <li key={item.id} data-testid="unconfirmed-item">
            <StateBadge state={item.seen as Seen} locale={locale} />{" "}
            <Link href={`/crossings/${item.crossingSlug}#report-${item.id}`}>{crossingName(item.crossingSlug, item.crossingName)}</Link>{" "}
            <span className="meta">
              {directionWords(item.crossingSlug, item.direction)} ·{" "}
              {q.unconfirmedMeta(f.ago(now.getTime() - item.observedAt.getTime()), ownEntry(t.travellingBy, item.mode) ?? item.mode, item.waitMinutes, item.accountAgeDays)}
            </span>
            {item.notes ? <p className="notes">{item.notes}</p> : null}
            <div className="actions">
              <ActionForm id={`verify-new-${item.id}`} action={`/api/moderation/reports/${item.id}/verify`} label={a.verify} returnTo="/moderation" />
              <ActionForm id={`hide-new-${item.id}`} action={`/api/moderation/reports/${item.id}/hide`} label={a.hide} returnTo="/moderation" />
            </div>
          </li>
        ))}
      </ol>
      <h2>{q.hiddenTitle}</h2>
      {hidden.length === 0 ? <p className="muted">{q.hiddenNone}</p> : null}
      <ol className="timeline">
        {hidden.map((item) => (
          <li key={item.id} data-testid="hidden-item">
            <StateBadge state={item.seen as Seen} locale={locale} /> <Link href={`/crossings/${item.crossingSlug}`}>{crossingName(item.crossingSlug, item.crossingName)}</Link>{" "}
            <span className="meta">{q.observed(f.ago(now.getTime() - item.observedAt.getTime()))}</span>
            {item.notes ? <p className="notes">{item.notes}</p> : null}
            <ActionForm id={`restore-hidden-${item.id}`} action={`/api/moderation/reports/${item.id}/restore`} label={a.restore} returnTo="/moderation" />
          </li>
        ))}
      </ol>
    </>
  );
}
