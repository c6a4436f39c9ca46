/**
 * Signing in as a new user would: ask for a link, then open the link the server wrote to its
 * log (`Sign-in link for <email>: <url>`, the contract when no mail server is configured).
 */
import { readFileSync, existsSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { SERVER_LOG } from "./constants";

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@e2e.test`;
}

/** The newest sign-in link for `email` in the log; with `containing`, the newest whose link holds
 * that text (one account signing in from several tests at once gets each its own link). */
export async function signInLinkFor(email: string, timeoutMs = 10_000, logFile = SERVER_LOG, containing = ""): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const pattern = new RegExp(`^Sign-in link for ${email.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: (\\S+)$`, "m");
  while (Date.now() < deadline) {
    if (existsSync(logFile)) {
      const lines = readFileSync(logFile, "utf8")
        .split("\n")
        .filter((line) => pattern.test(line) && line.includes(containing));
      const last = lines.at(-1);
      if (last) return pattern.exec(last)![1]!;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No sign-in link for ${email} in ${logFile}`);
}

/** Signs in through the real email-link flow and lands on `returnTo` (`logFile`: the server's log). */
export async function signIn(page: Page, email: string, returnTo: string, logFile = SERVER_LOG, linkContaining = ""): Promise<void> {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await signInLinkFor(email, 10_000, logFile, linkContaining));
}
