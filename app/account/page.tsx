import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { listTokens } from "@/db/queries/tokens";
import { listSubscriptions } from "@/db/queries/alerts";
import { StopAlertForm } from "@/app/_components/stop-alert";
import { currentUser } from "@/lib/auth/session";
import { formatDayTime } from "@/lib/format/time";
import { revokeTokenAction } from "@/app/account/actions";
import { TokenForm } from "@/app/account/token-form";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=/account");
  const params = await searchParams;
  const [tokens, alerts] = await Promise.all([listTokens(user.id), listSubscriptions(user.id)]);
  return (
    <>
      <h1>Account</h1>
      <p>
        Signed in as {user.email} ({user.role}). <Link href="/reports/mine">My reports</Link>
      </p>
      <h2>Alerts</h2>
      {alerts.length === 0 ? <p className="muted">No alerts. Set one on a crossing&rsquo;s page.</p> : null}
      <ul>
        {alerts.map((alert) => (
          <li key={alert.id}>
            <Link href={`/crossings/${alert.crossingSlug}#alerts`}>{alert.crossingName}</Link>:{" "}
            {alert.kind === "state" ? "when it opens or closes" : `when the wait is under ${alert.waitBelow} min`}
            <StopAlertForm subscriptionId={alert.id} returnTo="/account" />
          </li>
        ))}
      </ul>
      <h2>Personal API tokens</h2>
      <p className="muted">
        For apps and chat bots that post reports for you: send <code>Authorization: Bearer cr_…</code> to{" "}
        <code>POST /api/v1/crossings/{"{slug}"}/reports</code> (see the <Link href="/api-docs">API</Link>). Same rules and limits as the form.
        Only a hash is kept: a lost token cannot be shown again, revoke it and make a new one.
      </p>
      {params.revoked ? <p className="notice-ok" role="status">The token was revoked: it no longer works.</p> : null}
      <TokenForm />
      <ul className="timeline">
        {tokens.map((token) => (
          <li key={token.id} data-testid="token">
            <strong>{token.name}</strong> <code>{token.prefix}…</code>{" "}
            <span className="meta">
              created {formatDayTime(token.createdAt, "UTC")} UTC
              {token.lastUsedAt ? `, last used ${formatDayTime(token.lastUsedAt, "UTC")} UTC` : ", never used"}
              {token.revokedAt ? " · revoked" : ""}
            </span>
            {token.revokedAt ? null : (
              <form action={revokeTokenAction}>
                <input type="hidden" name="tokenId" value={token.id} />
                <button type="submit" className="button secondary">
                  Revoke
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
