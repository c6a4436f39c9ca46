import Link from "next/link";
import { getI18n } from "@/server/i18n";
import { apiMessageText } from "@/app/moderation/api-messages";

/** A moderation action as a plain form (works without JavaScript): a reason, then the button.
 * It posts to the moderation API, which checks the role and redirects back here. */
export async function ActionForm({
  action,
  label,
  returnTo,
  children,
  id,
}: {
  action: string;
  /** The button's words, already in the reader's language. */
  label: string;
  returnTo: string;
  children?: React.ReactNode;
  id: string;
}) {
  const { t } = await getI18n();
  return (
    <form method="post" action={action} className="action-form">
      <input type="hidden" name="returnTo" value={returnTo} />
      {children}
      <label htmlFor={id} className="visually-hidden">
        {t.moderation.action.reasonFor(label)}
      </label>
      <input id={id} name="reason" required minLength={3} maxLength={500} placeholder={t.moderation.action.reasonTo(label)} />
      <button type="submit" className="button secondary">
        {label}
      </button>
    </form>
  );
}

export async function Outcome({ done, error }: { done?: string | string[]; error?: string | string[] }) {
  const { t, locale } = await getI18n();
  if (typeof error === "string")
    return (
      <p className="notice-error" role="alert">
        {apiMessageText(error, locale)}
      </p>
    );
  if (typeof done === "string")
    return (
      <p className="notice-ok" role="status">
        {t.moderation.action.done(done)}
      </p>
    );
  return null;
}

export async function ModerationNav() {
  const { t } = await getI18n();
  const nav = t.moderation.nav;
  return (
    <nav aria-label={nav.label} className="pager">
      <Link href="/moderation">{nav.queue}</Link>
      <Link href="/moderation/log">{nav.log}</Link>
      <Link href="/moderation/users">{nav.users}</Link>
      <Link href="/moderation/notices">{nav.notices}</Link>
    </nav>
  );
}
