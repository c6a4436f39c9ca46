import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Before lib/env is read: one proxy in front, so X-Forwarded-For names the client.
vi.hoisted(() => {
  process.env.TRUST_PROXY_HOPS = "1";
});

import { createTestDatabase, type TestDatabase } from "@/db/test-support/databases";
import { emailHash } from "@/lib/log";
import { limitedPath, minutesUntil, signInLinkStatus, signInRequester, takeSignInLink } from "@/server/auth/signin-limits";

describe("sign-in link limits for a request", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
  });
  afterAll(async () => {
    await database?.close();
  });

  it("counts the checked address by its hash and the client by its address's hash, never in the clear", () => {
    const who = signInRequester("ada@example.org", new Headers({ "x-forwarded-for": "203.0.113.7" }));
    expect(who.identifierHash).toBe(emailHash("ada@example.org"));
    expect(who.addressHash).toMatch(/^[\w-]{43}$/);
    expect(who.addressHash).not.toContain("203");
    expect(signInRequester("ada@example.org", new Headers({ "x-forwarded-for": "203.0.113.8" })).addressHash).not.toBe(who.addressHash);
  });

  it("says in whole minutes, at least one, when to retry, and where Auth.js sends a refusal", () => {
    const now = new Date("2026-07-15T06:00:00Z");
    expect(minutesUntil(new Date(now.getTime() + 59 * 60_000 + 1), now)).toBe(60);
    expect(minutesUntil(new Date(now.getTime() + 1000), now)).toBe(1);
    expect(minutesUntil(new Date(now.getTime() - 1000), now)).toBe(1);
    expect(limitedPath({ allowed: false, limit: "recipient", sent: 5, retryAt: new Date(now.getTime() + 23 * 60_000) }, now)).toBe("/signin?error=TooManyLinks&retry=23");
  });

  it("writes auth.signin.limited, with the address's hash only, when it refuses", async () => {
    const headers = new Headers({ "x-forwarded-for": "198.51.100.1" });
    const now = new Date("2026-07-15T06:00:00Z");
    const limits = { perRecipient: 2, perAddress: 10 };
    const lines: string[] = [];
    const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    try {
      expect((await takeSignInLink("bob@example.org", headers, now, { db: database.db, limits })).allowed).toBe(true);
      expect((await takeSignInLink("bob@example.org", headers, now, { db: database.db, limits })).allowed).toBe(true);
      expect(lines).toEqual([]);
      expect(await takeSignInLink("bob@example.org", headers, new Date(now.getTime() + 60_000), { db: database.db, limits })).toMatchObject({
        allowed: false,
        limit: "recipient",
        sent: 2,
      });
      expect(await signInLinkStatus("bob@example.org", headers, new Date(now.getTime() + 60_000), { db: database.db, limits })).toMatchObject({ allowed: false });
    } finally {
      write.mockRestore();
    }
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(JSON.parse(line)).toMatchObject({
        level: "warn",
        event: "auth.signin.limited",
        emailHash: emailHash("bob@example.org"),
        limit: "recipient",
        sent: 2,
        retryAfterSeconds: 59 * 60,
      });
      expect(line).not.toContain("bob@");
    }
  });
});
