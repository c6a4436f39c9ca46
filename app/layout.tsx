import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { currentUser } from "@/server/auth/session";
import { signOutAction } from "@/app/signin/actions";
import { getI18n } from "@/server/i18n";
import { LanguageSwitcher } from "@/app/_components/language-switcher";
import { OfflineSupport } from "@/app/_components/offline-support";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    title: { default: t.frame.siteTitle, template: "%s — Crossings" },
    description: t.frame.siteDescription,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#17324d" };

/** The reading pages must render even when accounts cannot be looked up (no database yet
 * at build time, or a database outage): then the header just offers to sign in. */
async function signedInUser() {
  try {
    return await currentUser();
  } catch (error) {
    unstable_rethrow(error); // Next.js's own signals (dynamic rendering) must pass through
    return null;
  }
}

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  const user = await signedInUser();
  const { locale, t } = await getI18n();
  const m = t.frame;
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {m.skipLink}
        </a>
        <header className="site-header">
          <div className="wrap">
            <Link href="/" className="brand">
              Crossings
            </Link>
            <span className="tagline">{m.tagline}</span>
            <nav className="account" aria-label={m.accountNav}>
              {user ? (
                <>
                  <Link href="/reports/mine">{m.myReports}</Link>
                  <Link href="/account">{m.account}</Link>
                  {user.role !== "traveller" ? <Link href="/moderation">{m.moderation}</Link> : null}
                  <form action={signOutAction}>
                    <button type="submit" className="link-button">
                      {m.signOut}
                    </button>
                  </form>
                </>
              ) : (
                <Link href="/signin">{m.signIn}</Link>
              )}
            </nav>
            <LanguageSwitcher current={locale} label={m.language} />
          </div>
        </header>
        <main id="main" className="wrap">
          <OfflineSupport userId={user?.id ?? null} text={t.reportForm.offline} lang={locale} />
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{m.footerNote}</p>
            <p>
              <Link href="/api-docs">{m.api}</Link> · <Link href="/map">{m.map}</Link> · <Link href="/data">{m.openData}</Link> · <Link href="/feeds">{m.feeds}</Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
