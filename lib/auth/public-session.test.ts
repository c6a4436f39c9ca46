import { describe, expect, it } from "vitest";
import { publicSession } from "@/lib/auth/public-session";

describe("publicSession", () => {
  it("keeps who is signed in and until when, and drops the token, the ids and the ban flag", () => {
    const body = {
      sessionToken: "0f3c-secret",
      userId: "u1",
      expires: "2027-01-04T10:00:00.000Z",
      user: { id: "u1", name: null, email: "ada@example.org", role: "moderator", banned: false, emailVerified: "2026-12-01T00:00:00.000Z" },
    };
    const trimmed = publicSession(body);
    expect(trimmed).toEqual({ user: { name: null, email: "ada@example.org", role: "moderator" }, expires: "2027-01-04T10:00:00.000Z" });
    expect(JSON.stringify(trimmed)).not.toMatch(/secret|u1|banned|sessionToken/);
  });

  it("answers null for no session, as Auth.js does", () => {
    expect(publicSession(null)).toBeNull();
    expect(publicSession({})).toBeNull();
  });
});
