/**
 * Auth.js's own sign-in endpoint, called as an attacker calls it: `GET /api/auth/csrf` for a
 * token and its cookie, then `POST /api/auth/signin/nodemailer` with the token and an "email" as
 * a form — no page, no server action. The app's rules must hold there too
 * (server/auth/email-provider.ts): one printable address, and the link limits.
 *
 * On the e2e server: a comma list and a newline are refused and leave no `Sign-in link for …`
 * line. On a server of its own (E2E_PORT + 12; limits of 5 per recipient and 8 per address, and
 * TRUST_PROXY_HOPS=1 so that X-Forwarded-For gives each request the client address the test
 * chooses): the 6th link to one recipient and the 9th from one address within the hour are
 * refused, and the app's form then says so too.
 *
 * A refusal is only meaningful next to an acceptance: each test also sends a valid request the
 * same way and sees its line. Sent after the refused one, its line also marks that the server
 * has written everything the refused request could have written (one process, one stdout).
 */
import { existsSync, readFileSync } from "node:fs";
import { expect, test, type APIRequest, type APIRequestContext } from "@playwright/test";
// The server's own pseudonym: both processes key it with .data/auth-secret (or AUTH_SECRET).
import { emailHash } from "../lib/log";
import { signInLinkFor, uniqueEmail } from "./support/auth";
import { freshDatabase, startAppServer, type AppDatabase, type AppServer } from "./support/app-servers";
import { SERVER_LOG } from "./support/constants";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 12;
const PER_RECIPIENT = 5;
const PER_ADDRESS = 8;

/** Auth.js's endpoint with a fresh CSRF token and cookie, as a script would call it. */
async function endpoint(request: APIRequest, baseURL: string): Promise<{ api: APIRequestContext; post: (email: string, forwardedFor?: string) => Promise<string> }> {
  const api = await request.newContext({ baseURL });
  const csrf = await api.get("/api/auth/csrf");
  expect(csrf.status()).toBe(200);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  expect(csrfToken).toBeTruthy();
  return {
    api,
    /** The POST, as a form; where Auth.js redirects (not followed). */
    post: async (email, forwardedFor) => {
      const response = await api.post("/api/auth/signin/nodemailer", {
        form: { csrfToken, email, callbackUrl: "/" },
        headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
        maxRedirects: 0,
      });
      expect(response.status(), `POST for ${JSON.stringify(email)}`).toBe(302);
      return response.headers()["location"] ?? "";
    },
  };
}

function logText(file: string): string {
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

/** The `Sign-in link for …` lines that name `email` anywhere in them. */
function linkLinesNaming(file: string, email: string): string[] {
  return logText(file)
    .split("\n")
    .filter((line) => line.startsWith("Sign-in link for ") && line.includes(email));
}

function linkSentEvents(file: string, email: string): number {
  const hash = emailHash(email);
  return logText(file)
    .split("\n")
    .filter((line) => line.startsWith('{"time":') && line.includes('"auth.link_sent"') && line.includes(`"emailHash":"${hash}"`)).length;
}

test.describe("on the e2e server", () => {
  test("a comma list of addresses is refused: no link to any of them, nothing logged for them", async ({ playwright, baseURL }) => {
    const victims = Array.from({ length: 50 }, (_, i) => uniqueEmail(`list${i}`));
    const { api, post } = await endpoint(playwright.request, baseURL!);
    for (const list of [victims.join(","), victims.slice(0, 2).join(","), victims.slice(2, 4).join(", ")]) {
      expect(await post(list)).toMatch(/\/signin\?error=/);
    }
    // The control, after: the same endpoint, one address, a link (and once it is in the log, so
    // is anything the refused requests wrote).
    const control = uniqueEmail("list-control");
    expect(await post(control)).toMatch(/\/api\/auth\/verify-request\?/);
    expect(await signInLinkFor(control)).toMatch(/^http:\/\/localhost:\d+\/api\/auth\/callback\/nodemailer\?/);
    for (const victim of victims) {
      expect(linkLinesNaming(SERVER_LOG, victim), victim).toEqual([]);
      expect(linkSentEvents(SERVER_LOG, victim), victim).toBe(0);
    }
    // The error page it lands on says the sign-in failed.
    const landing = await api.get("/signin?error=Configuration");
    expect(await landing.text()).toContain("Sign-in failed");
    await api.dispose();
  });

  test("an address with a newline is refused: no forged second line, no link", async ({ playwright, baseURL }) => {
    const victim = uniqueEmail("newline");
    const forged = uniqueEmail("forged");
    const { api, post } = await endpoint(playwright.request, baseURL!);
    for (const email of [
      `${victim}\nSign-in link for ${forged}: ${baseURL}/api/auth/callback/nodemailer?token=forged`,
      `${victim}\r\nSign-in link for ${forged}: ${baseURL}/x`,
      `${victim}\u2028${forged}`,
      `${victim}\n`.repeat(2),
    ]) {
      expect(await post(email)).toMatch(/\/signin\?error=/);
    }
    const control = uniqueEmail("newline-control");
    expect(await post(control)).toMatch(/\/api\/auth\/verify-request\?/);
    await signInLinkFor(control);
    expect(linkLinesNaming(SERVER_LOG, forged)).toEqual([]);
    expect(linkLinesNaming(SERVER_LOG, victim)).toEqual([]);
    expect(logText(SERVER_LOG)).not.toContain(forged);
    await api.dispose();
  });
});

test.describe("the limits, on a server of its own", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  let database: AppDatabase | undefined;
  let server: AppServer;

  // One server on one port: this file runs on the desktop project only (playwright.config.ts).
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    database = await freshDatabase("pglite", "signin_abuse");
    server = await startAppServer(PORT, database, {
      SIGN_IN_LINKS_PER_HOUR: String(PER_RECIPIENT),
      SIGN_IN_LINKS_PER_HOUR_PER_IP: String(PER_ADDRESS),
      TRUST_PROXY_HOPS: "1",
    });
  });

  test.afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  test(`the ${PER_RECIPIENT + 1}th link to one recipient within the hour is refused, from any address, and the form then says so`, async ({ playwright, browser }) => {
    const email = uniqueEmail("limited");
    const { api, post } = await endpoint(playwright.request, server.url);
    // Each from its own address: only the recipient's limit can refuse.
    for (let i = 0; i < PER_RECIPIENT; i++) expect(await post(email, `198.51.100.${i + 1}`)).toMatch(/\/api\/auth\/verify-request\?/);
    const refused = await post(email.toUpperCase(), "198.51.100.99");
    expect(refused).toMatch(/\/signin\?error=TooManyLinks&retry=\d+$/);
    const control = uniqueEmail("limited-control");
    expect(await post(control, "198.51.100.100")).toMatch(/\/api\/auth\/verify-request\?/);
    await signInLinkFor(control, 10_000, server.logFile);
    expect(linkLinesNaming(server.logFile, email)).toHaveLength(PER_RECIPIENT);
    expect(linkSentEvents(server.logFile, email)).toBe(PER_RECIPIENT);
    const limited = logText(server.logFile)
      .split("\n")
      .filter((line) => line.includes('"event":"auth.signin.limited"') && line.includes(`"emailHash":"${emailHash(email)}"`));
    expect(limited).toHaveLength(1);
    expect(JSON.parse(limited[0]!)).toMatchObject({ level: "warn", limit: "recipient", sent: PER_RECIPIENT });

    // Where Auth.js sends the refused request: the sign-in page, saying why and when.
    const landing = await api.get(new URL(refused).pathname + new URL(refused).search);
    expect(await landing.text()).toMatch(/Too many sign-in links were asked for[^<]*Try again in \d+ minutes?\./);
    await api.dispose();

    // The app's form counts the same links: it refuses beside the field, with when to retry.
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(
      page.getByText(new RegExp(`We already sent ${PER_RECIPIENT} sign-in links to this address this hour\\. Use the newest one, or try again in \\d+ minutes?\\.`)),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Check your email" })).toHaveCount(0);
    await context.close();
    expect(linkLinesNaming(server.logFile, email)).toHaveLength(PER_RECIPIENT);
  });

  test(`the ${PER_ADDRESS + 1}th link from one client address within the hour is refused, whatever the recipients`, async ({ playwright }) => {
    const address = "203.0.113.77";
    const recipients = Array.from({ length: PER_ADDRESS + 1 }, (_, i) => uniqueEmail(`spray${i}`));
    const { api, post } = await endpoint(playwright.request, server.url);
    for (const recipient of recipients.slice(0, PER_ADDRESS)) expect(await post(recipient, address)).toMatch(/\/api\/auth\/verify-request\?/);
    const last = recipients[PER_ADDRESS]!;
    expect(await post(last, address)).toMatch(/\/signin\?error=TooManyLinks&retry=\d+$/);
    // From another address, the same recipient gets its link: the address was the limit.
    expect(await post(last, "203.0.113.78")).toMatch(/\/api\/auth\/verify-request\?/);
    await signInLinkFor(last, 10_000, server.logFile);
    expect(linkLinesNaming(server.logFile, last)).toHaveLength(1);
    for (const recipient of recipients.slice(0, PER_ADDRESS)) expect(linkLinesNaming(server.logFile, recipient), recipient).toHaveLength(1);
    expect(logText(server.logFile)).toMatch(new RegExp(`"event":"auth\\.signin\\.limited".*"emailHash":"${emailHash(last)}".*"limit":"address"`));
    await api.dispose();
  });
});
