import type { Metadata } from "next";
import Link from "next/link";
import { listQueue, listRecentlyHidden } from "@/db/queries/moderation";
import { requireModerator } from "@/lib/auth/guards";
import { formatAgo } from "@/lib/status/headline";
import { formatDayTime } from "@/lib/format/time";
import { flagReasonLabels, type FlagReason } from "@/lib/moderation/rules";
import { StateBadge } from "@/app/_components/state-badge";
import { ActionForm, ModerationNav, Outcome } from "@/app/moderation/action-form";

export const metadata: Metadata = { title: "Moderation queue" };
export const dynamic = "force-dynamic";

export default async function ModerationQueuePage({ searchParams }: PageProps<"/moderation">) {
  await requireModerator("/moderation");
  const params = await searchParams;
  const now = new Date();
  const [queue, hidden] = await Promise.all([listQueue(now), listRecentlyHidden(now)]);
  return (
    <>
      <h1>Moderation queue</h1>
      <ModerationNav />
      <Outcome done={params.done} error={params.error} />
      <p className="muted">Flagged and held reports, oldest first. Every action needs a reason and is logged; any can be reverted from the audit log.</p>
      {queue.length === 0 ? <p>Nothing waiting. Thank you.</p> : null}
      <ol className="timeline">
        {queue.map((item) => (
          <li key={item.id} data-testid="queue-item" id={`queue-${item.id}`}>
            <StateBadge state={item.seen as "open"} /> <Link href={`/crossings/${item.crossingSlug}#report-${item.id}`}>{item.crossingName}</Link>{" "}
            <span className="meta">
              observed {formatAgo(now.getTime() - item.observedAt.getTime())} ({formatDayTime(item.observedAt, "UTC")} UTC) ·{" "}
              {item.reviewState === "held" ? "held: new account with a link" : item.hidden ? "hidden by flags" : "flagged"}
              {item.verified ? " · verified" : ""}
            </span>
            {item.notes ? <p className="notes">{item.notes}</p> : null}
            <p className="meta">
              Flags: {item.flags.map((flag) => `${flagReasonLabels[flag.reason as FlagReason] ?? flag.reason} (${flag.weight})`).join(", ") || "none"}
            </p>
            <p className="meta">
              Reporter: {item.author.reports} reports, {item.author.hidden} hidden, account {item.author.accountAgeDays ?? "?"} days old
              {item.author.banned ? ", banned" : ""}. Others there ±3 h:{" "}
              {item.nearby.length ? item.nearby.map((other) => `${other.seen}${other.hidden ? " (hidden)" : ""}`).join(", ") : "none"}
            </p>
            <div className="actions">
              <ActionForm id={`hide-${item.id}`} action={`/api/moderation/reports/${item.id}/hide`} label="Hide" returnTo="/moderation" />
              <ActionForm id={`restore-${item.id}`} action={`/api/moderation/reports/${item.id}/restore`} label="Restore" returnTo="/moderation" />
              <ActionForm id={`verify-${item.id}`} action={`/api/moderation/reports/${item.id}/verify`} label="Verify" returnTo="/moderation" />
              <ActionForm id={`dismiss-${item.id}`} action={`/api/moderation/reports/${item.id}/dismiss-flags`} label="Dismiss flags" returnTo="/moderation" />
              {item.author.id ? (
                <>
                  <ActionForm id={`hideall-${item.id}`} action={`/api/moderation/users/${item.author.id}/hide-reports`} label="Hide all their reports" returnTo="/moderation" />
                  <ActionForm id={`ban-${item.id}`} action={`/api/moderation/users/${item.author.id}/ban`} label="Ban reporter" returnTo="/moderation">
                    <label>
                      <input type="checkbox" name="hideReports" /> and hide their reports
                    </label>
                  </ActionForm>
                </>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      <h2>Hidden in the last week</h2>
      {hidden.length === 0 ? <p className="muted">None.</p> : null}
      <ol className="timeline">
        {hidden.map((item) => (
          <li key={item.id} data-testid="hidden-item">
            <StateBadge state={item.seen as "open"} /> <Link href={`/crossings/${item.crossingSlug}`}>{item.crossingName}</Link>{" "}
            <span className="meta">observed {formatAgo(now.getTime() - item.observedAt.getTime())}</span>
            {item.notes ? <p className="notes">{item.notes}</p> : null}
            <ActionForm id={`restore-hidden-${item.id}`} action={`/api/moderation/reports/${item.id}/restore`} label="Restore" returnTo="/moderation" />
          </li>
        ))}
      </ol>
    </>
  );
}
