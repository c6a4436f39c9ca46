import { getI18n } from "@/server/i18n";
import { observedHoursInWords, type ObservedHours } from "@/lib/history/observed-hours";
import { weekdayNames } from "@/lib/history/wait-profile";

/**
 * Beside "hours not published": what travellers found (lib/history/observed-hours.ts), marked
 * as observed, never as published, and never used by the status engine. Moderators get the
 * one-click adoption: a plain form (no JavaScript) to the moderation API, which checks the
 * role and works the hours out again from the reports; it sends them to the history.
 */
export async function ObservedHoursNote({ slug, side, observed, moderator }: { slug: string; side: 0 | 1; observed: ObservedHours | null; moderator: boolean }) {
  const { locale, t, f } = await getI18n();
  const c = t.crossing.hours;
  return (
    <div className="observed-hours" data-testid={`observed-hours-${side}`}>
      <p>{c.notPublished}</p>
      {observed ? (
        <>
          <p>
            <strong>{c.observed(observedHoursInWords(observed, weekdayNames(locale, "short")), observed.reports, f.asOf(observed.since.toISOString().slice(0, 10)))}</strong>{" "}
            <span className="small muted">{c.observedNote}</span>
          </p>
          {moderator ? (
            <form method="post" action={`/api/moderation/crossings/${slug}/observed-hours`} className="action-form">
              <input type="hidden" name="returnTo" value={`/crossings/${slug}/history`} />
              <input type="hidden" name="side" value={String(side)} />
              <button type="submit" className="button secondary">
                {c.adopt}
              </button>
              <span className="small muted"> {c.adoptNote}</span>
            </form>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
