import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { listTokens } from "@/db/queries/tokens";
import { listSubscriptions } from "@/db/queries/alerts";
import { listCrossingRecords } from "@/db/queries/crossings";
import { StopAlertForm } from "@/app/_components/stop-alert";
import { currentUser } from "@/server/auth/session";
import { getI18n } from "@/server/i18n";
import { localName } from "@/lib/i18n/reasons";
import { revokeTokenAction } from "@/app/account/actions";
import { TokenForm } from "@/app/account/token-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.pages.account.title };
}

export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=/account");
  const params = await searchParams;
  const { t, f, locale } = await getI18n();
  const a = t.pages.account;
  const [tokens, alerts] = await Promise.all([listTokens(user.id), listSubscriptions(user.id)]);
  // Alerts carry the English name; a Russian reader gets the crossing's Russian name where it has one.
  const names = locale === "en" || alerts.length === 0 ? null : new Map((await listCrossingRecords()).map((record) => [record.slug, record.baseline.name]));
  const crossingName = (slug: string, english: string) => {
    const name = names?.get(slug);
    return name ? localName(name, locale) : english;
  };
  return (
    <>
      <h1>{a.title}</h1>
      <p>
        {a.signedInAs(user.email ?? "", a.roles[user.role])} <Link href="/reports/mine">{t.frame.myReports}</Link>
      </p>
      <h2>{a.alerts}</h2>
      {alerts.length === 0 ? <p className="muted">{a.noAlerts}</p> : null}
      <ul>
        {alerts.map((alert) => (
          <li key={alert.id}>
            <Link href={`/crossings/${alert.crossingSlug}#alerts`}>{crossingName(alert.crossingSlug, alert.crossingName)}</Link>:{" "}
            {alert.kind === "state" ? a.onState : a.onWait(alert.waitBelow!)}
            <StopAlertForm subscriptionId={alert.id} returnTo="/account" />
          </li>
        ))}
      </ul>
      <h2>{a.tokens}</h2>
      <p className="muted">
        {a.tokensHelpBefore}
        <code>Authorization: Bearer cr_…</code>
        {a.tokensHelpTo}
        <code>POST /api/v1/crossings/{"{slug}"}/reports</code>
        {a.tokensHelpSee}
        <Link href="/api-docs">{a.tokensHelpApi}</Link>
        {a.tokensHelpAfter}
      </p>
      {params.revoked ? (
        <p className="notice-ok" role="status">
          {a.revoked}
        </p>
      ) : null}
      <TokenForm text={a.tokenForm} />
      <ul className="timeline">
        {tokens.map((token) => (
          <li key={token.id} data-testid="token">
            <strong>{token.name}</strong> <code>{token.prefix}…</code>{" "}
            <span className="meta">
              {a.created(f.dayTime(token.createdAt, "UTC"))}
              {token.lastUsedAt ? a.lastUsed(f.dayTime(token.lastUsedAt, "UTC")) : a.neverUsed}
              {token.revokedAt ? a.revokedMark : ""}
            </span>
            {token.revokedAt ? null : (
              <form action={revokeTokenAction}>
                <input type="hidden" name="tokenId" value={token.id} />
                <button type="submit" className="button secondary">
                  {a.revoke}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
