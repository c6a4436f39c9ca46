import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { signOutAction } from "@/app/signin/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Crossings — Central Asia border status", template: "%s — Crossings" },
  description:
    "Is the border open? Community reports and published hours for the land borders of Kyrgyzstan, Kazakhstan, Uzbekistan, Tajikistan, China and Russia.",
};

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
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap">
            <Link href="/" className="brand">
              Crossings
            </Link>
            <span className="tagline">Central Asia land borders</span>
            <nav className="account" aria-label="Account">
              {user ? (
                <>
                  <Link href="/reports/mine">My reports</Link>
                  <Link href="/account">Account</Link>
                  {user.role !== "traveller" ? <Link href="/moderation">Moderation</Link> : null}
                  <form action={signOutAction}>
                    <button type="submit" className="link-button">
                      Sign out
                    </button>
                  </form>
                </>
              ) : (
                <Link href="/signin">Sign in</Link>
              )}
            </nav>
          </div>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              Published hours and rules come from the sources named on each page, with their dates. Always check
              locally before you travel: borders change quickly.
            </p>
            <p>
              <Link href="/api-docs">API</Link> · <Link href="/map">Map</Link> · <Link href="/data">Open data</Link> · <Link href="/feeds">Feeds</Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
