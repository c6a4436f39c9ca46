/** Browser contexts signed in as each kind of user, through the real email-link sign-in. */
import { expect, type Browser, type BrowserContext, type BrowserContextOptions } from "@playwright/test";
import { signIn, uniqueEmail } from "./auth";

/** ADMIN_EMAILS in playwright.config.ts. */
export const ADMIN_EMAIL = "admin@e2e.test";

export async function signedIn(browser: Browser, email: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  // A landing address of its own: the admin signs in from several tests at once, and each
  // must open the link it asked for (a link works once).
  const marker = `signin${crypto.randomUUID().replaceAll("-", "")}`;
  await signIn(page, email, `/?${marker}`, undefined, marker);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.close();
  return context;
}

/** Finds an account's id on the accounts page (as an admin or moderator). */
export async function userId(staff: BrowserContext, email: string): Promise<string> {
  const page = await staff.newPage();
  await page.goto("/moderation/users");
  const action = await page.locator(`[data-email="${email}"] form`).first().getAttribute("action");
  await page.close();
  const id = /\/api\/moderation\/users\/([^/]+)\//.exec(action ?? "")?.[1];
  if (!id) throw new Error(`No account for ${email}`);
  return id;
}

export async function adminContext(browser: Browser): Promise<BrowserContext> {
  return signedIn(browser, ADMIN_EMAIL);
}

export async function moderatorContext(browser: Browser, admin: BrowserContext): Promise<{ context: BrowserContext; email: string }> {
  const email = uniqueEmail("moderator");
  const context = await signedIn(browser, email);
  const id = await userId(admin, email);
  const response = await admin.request.post(`/api/moderation/users/${id}/role`, { data: { role: "moderator", reason: "Trusted volunteer" } });
  expect(response.status()).toBe(200);
  return { context, email };
}

export async function bannedContext(browser: Browser, admin: BrowserContext): Promise<BrowserContext> {
  const email = uniqueEmail("banned");
  const context = await signedIn(browser, email);
  const id = await userId(admin, email);
  const response = await admin.request.post(`/api/moderation/users/${id}/ban`, { data: { reason: "Spam", hideReports: true } });
  expect(response.status()).toBe(200);
  return context;
}
