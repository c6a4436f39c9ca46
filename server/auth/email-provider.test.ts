/**
 * Auth.js's own `POST /api/auth/signin/nodemailer`, as an attacker calls it (a CSRF token from
 * /api/auth/csrf, then a form), run through @auth/core's `Auth` — what next-auth's route
 * handlers call (next-auth itself does not load outside Next.js: it imports `next/server`
 * without an extension) — with the app's email provider, the app's sign-in callback and the
 * drizzle adapter on a test database: the address rule and the link limits hold there, not
 * only in the app's form. (@auth/core is the version next-auth and the adapter pin.)
 */
import { Auth, type AuthConfig } from "@auth/core";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Before lib/env is read: one proxy in front, so X-Forwarded-For names the client.
vi.hoisted(() => {
  process.env.TRUST_PROXY_HOPS = "1";
});

import { accounts, sessions, signInRequests, users, verificationTokens } from "@/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-support/databases";
import { isRefusedSignInEmail } from "@/lib/auth/email-identifier";
import { emailProvider, gateVerificationRequest } from "@/server/auth/email-provider";
import { sendSignInLink } from "@/server/auth/mail";

const ORIGIN = "http://localhost:3000";
const limits = { perRecipient: 5, perAddress: 8 };

describe.each(testDatabaseKinds)("Auth.js's own sign-in endpoint on %s", (kind) => {
  let database: TestDatabase;
  let config: AuthConfig;
  let logged: string[];
  const refusals: unknown[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    config = {
      // next-auth's default, and the app's (app/api/auth/[...nextauth]).
      basePath: "/api/auth",
      secret: "s".repeat(40),
      trustHost: true,
      adapter: DrizzleAdapter(database.db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens }),
      session: { strategy: "database" },
      // The sending is the app's: with no SMTP_URL, the one log line.
      providers: [emailProvider({ smtpUrl: undefined, from: "Crossings <no-reply@crossings.test>", send: (mail) => sendSignInLink(mail, undefined, "x") })],
      pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
      callbacks: { signIn: (params) => gateVerificationRequest(params, async () => new Headers(currentHeaders), { db: database.db, limits }) },
      logger: { error: (error) => void refusals.push(error), warn: () => {}, debug: () => {} },
    };
  });
  afterAll(async () => {
    await database?.close();
  });

  let currentHeaders: Record<string, string> = {};
  beforeEach(async () => {
    await database.db.delete(signInRequests).where(sql`true`);
    await database.db.delete(verificationTokens).where(sql`true`);
    refusals.length = 0;
    logged = [];
    currentHeaders = { "x-forwarded-for": "203.0.113.7" };
  });

  /** GET /api/auth/csrf, then the form POST with its token and cookie; Auth.js's answer. */
  async function post(email: string, forwardedFor = "203.0.113.7"): Promise<Response> {
    currentHeaders = { "x-forwarded-for": forwardedFor };
    const csrf = await Auth(new Request(`${ORIGIN}/api/auth/csrf`), config);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const log = vi.spyOn(console, "log").mockImplementation((line: unknown) => void logged.push(String(line)));
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      return await Auth(
        new Request(`${ORIGIN}/api/auth/signin/nodemailer`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": forwardedFor },
          body: new URLSearchParams({ csrfToken, email, callbackUrl: "/" }),
        }),
        config,
      );
    } finally {
      log.mockRestore();
      stdout.mockRestore();
    }
  }

  const tokens = async () => (await database.db.select({ identifier: verificationTokens.identifier }).from(verificationTokens)).map((row) => row.identifier);

  it("sends one link to one valid address, lower-cased, as exactly one log line", async () => {
    const response = await post("Ada@Example.ORG");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/api/auth/verify-request?provider=nodemailer&type=email`);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^Sign-in link for ada@example\.org: http:\/\/localhost:3000\/api\/auth\/callback\/nodemailer\?\S+$/);
    expect(await tokens()).toEqual(["ada@example.org"]);
  });

  it.each([
    ["a comma list of 50", Array.from({ length: 50 }, (_, i) => `victim${i}@example.org`).join(",")],
    ["a comma list of 2", "victim@example.org,eve@evil.example"],
    ["a newline forging a second log line", "victim@example.org\nSign-in link for eve@evil.example: http://evil.example/x"],
    ["a display name", "Victim <victim@example.org>"],
    ["a quoted local part", '"eve@evil.example"@example.org'],
    ["nothing", ""],
  ])("refuses %s: no link, no token, the error page", async (_label, email) => {
    const response = await post(email);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/signin?error=Configuration`);
    expect(logged).toEqual([]);
    expect(await tokens()).toEqual([]);
    expect(await database.db.$count(signInRequests)).toBe(0);
    expect(refusals.some(isRefusedSignInEmail)).toBe(true);
  });

  it("refuses the sixth link to one recipient within the hour, from any address", async () => {
    for (let i = 0; i < 5; i++) {
      const response = await post("ada@example.org", `198.51.100.${i + 1}`);
      expect(response.headers.get("location")).toContain("/api/auth/verify-request");
    }
    const sixth = await post("ADA@example.org", "198.51.100.99");
    expect(sixth.status).toBe(302);
    expect(sixth.headers.get("location")).toBe(`${ORIGIN}/signin?error=TooManyLinks&retry=60`);
    expect(logged, "five links written, no sixth").toHaveLength(5);
    expect(await tokens()).toHaveLength(5);
  });

  it("refuses a ninth link from one client address, whatever the recipients", async () => {
    for (let i = 0; i < 8; i++) expect((await post(`victim${i}@example.org`, "203.0.113.50")).headers.get("location")).toContain("/api/auth/verify-request");
    const ninth = await post("victim8@example.org", "203.0.113.50");
    expect(ninth.headers.get("location")).toBe(`${ORIGIN}/signin?error=TooManyLinks&retry=60`);
    expect(logged.some((line) => line.includes("victim8@"))).toBe(false);
    // From another address, that recipient still gets a link.
    expect((await post("victim8@example.org", "203.0.113.51")).headers.get("location")).toContain("/api/auth/verify-request");
    expect(logged.filter((line) => line.startsWith("Sign-in link for victim8@example.org: "))).toHaveLength(1);
  });
});
