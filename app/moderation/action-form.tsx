import Link from "next/link";

/** A moderation action as a plain form (works without JavaScript): a reason, then the button.
 * It posts to the moderation API, which checks the role and redirects back here. */
export function ActionForm({
  action,
  label,
  returnTo,
  children,
  id,
}: {
  action: string;
  label: string;
  returnTo: string;
  children?: React.ReactNode;
  id: string;
}) {
  return (
    <form method="post" action={action} className="action-form">
      <input type="hidden" name="returnTo" value={returnTo} />
      {children}
      <label htmlFor={id} className="visually-hidden">
        Reason for “{label}”
      </label>
      <input id={id} name="reason" required minLength={3} maxLength={500} placeholder={`Reason to ${label.toLowerCase()}`} />
      <button type="submit" className="button secondary">
        {label}
      </button>
    </form>
  );
}

export function Outcome({ done, error }: { done?: string | string[]; error?: string | string[] }) {
  if (typeof error === "string") return <p className="notice-error" role="alert">{error}</p>;
  if (typeof done === "string") return <p className="notice-ok" role="status">Done (logged as action {done}).</p>;
  return null;
}

export function ModerationNav() {
  return (
    <nav aria-label="Moderation" className="pager">
      <Link href="/moderation">Queue</Link>
      <Link href="/moderation/log">Audit log</Link>
      <Link href="/moderation/users">Accounts</Link>
      <Link href="/moderation/notices">Notices</Link>
    </nav>
  );
}
