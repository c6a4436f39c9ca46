import Link from "next/link";
import type { ActiveNotice } from "@/server/read/crossing-page";
import { ownEntry } from "@/lib/i18n/catalog";
import { dataText } from "@/lib/i18n/data-text";
import { zoneLabel } from "@/lib/format/time";
import { getI18n } from "@/server/i18n";
import { ActionForm } from "@/app/moderation/action-form";
import { noticesInPageOrder } from "@/lib/status/notices";

/** Closure notices in force or planned, with moderators' tools; shown to readers only when there are any. */
export async function Notices({
  slug,
  notices,
  moderator,
  posted,
  home,
  now,
}: {
  slug: string;
  notices: ActiveNotice[];
  moderator: boolean;
  /** Back from posting one (`?notice=posted`). */
  posted: boolean;
  /** The crossing's zone (its first side's): notices are read in it. */
  home: string;
  now: Date;
}) {
  if (!notices.length && !moderator) return null;
  const { locale, t, f } = await getI18n();
  const c = t.crossing;
  return (
    <section id="notices" className="card" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{c.notices.title}</h2>
      {posted ? (
        <p className="notice-ok" role="status">
          {c.notices.posted}
        </p>
      ) : null}
      {notices.length === 0 ? <p className="muted">{c.notices.none}</p> : null}
      <ul>
        {noticesInPageOrder(notices, now).map((notice) => (
          <li key={notice.id} data-testid="notice" data-upcoming={notice.startsAt > now ? "true" : undefined}>
            {notice.startsAt > now ? `${c.notices.planned} ` : null}
            <strong>{ownEntry(c.notices.effects, notice.effect) ?? notice.effect}</strong> {c.notices.from} {f.dayTime(notice.startsAt, home, now)}{" "}
            {notice.endsAt ? c.notices.until(f.dayTime(notice.endsAt, home, now)) : c.notices.untilFurther} ({zoneLabel(home, now, locale)})
            {notice.modes?.length ? c.notices.forModes(notice.modes.map((mode) => ownEntry(t.modesInline, mode) ?? mode).join(t.listSeparator)) : ""}:{" "}
            {dataText(notice.text, locale)}{" "}
            <span className="cite">
              {c.notices.source} {notice.sourceUrl ? <a href={notice.sourceUrl}>{notice.sourceTitle}</a> : notice.sourceTitle}
            </span>
            {moderator ? (
              <ActionForm
                id={`withdraw-${notice.id}`}
                action={`/api/moderation/notices/${notice.id}/withdraw`}
                label={c.notices.withdraw}
                returnTo={`/crossings/${slug}#notices`}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {moderator ? (
        <p className="small">
          {c.notices.moderators} <Link href={`/moderation/notices?crossing=${slug}`}>{c.notices.postNotice}</Link> ·{" "}
          <Link href={`/crossings/${slug}/edit`}>{c.notices.editBaseline}</Link> · <Link href={`/crossings/${slug}/history`}>{c.notices.history}</Link>
        </p>
      ) : null}
    </section>
  );
}
