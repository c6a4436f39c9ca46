import { describe, expect, it } from "vitest";
import { checkSignInEmail, isRefusedSignInEmail, MAX_EMAIL_LENGTH, signInEmailOrThrow } from "@/lib/auth/email-identifier";

describe("the sign-in address rule", () => {
  it("keeps one ordinary address, normalized, trimmed and lower-cased", () => {
    expect(checkSignInEmail("  Ada.Lovelace+border@Example.ORG ")).toEqual({ ok: true, email: "ada.lovelace+border@example.org" });
    expect(checkSignInEmail("o'brien@example.org")).toEqual({ ok: true, email: "o'brien@example.org" });
    // NFKC first: fullwidth letters and a fullwidth @ become the ASCII ones.
    expect(checkSignInEmail("ａｄａ＠example.org")).toEqual({ ok: true, email: "ada@example.org" });
  });

  it.each([
    ["a comma list", "ada@example.org,bob@example.org"],
    ["a list of 10", Array.from({ length: 10 }, (_, i) => `victim${i}@example.org`).join(", ")],
    ["a fullwidth comma (NFKC makes it a comma)", "ada@example.org，bob@example.org"],
    ["a semicolon list", "ada@example.org;bob@example.org"],
    ["a newline forging a second log line", "ada@example.org\nSign-in link for eve@example.org: http://evil.example/x"],
    ["a carriage return", "ada@example.org\rbob@example.org"],
    ["a line separator", "ada@example.org\u2028x"],
    ["an inner space", "ada @example.org"],
    ["a tab", "ada@exam\tple.org"],
    ["a display name", "Ada <ada@example.org>"],
    ["angle brackets", "<ada@example.org>"],
    ["a quoted local part", '"eve@evil.example"@example.org'],
    ["a comment", "ada(x)@example.org"],
    ["a group", "friends:ada@example.org;"],
    ["a NUL", "ada\u0000@example.org"],
    ["a right-to-left override", "ada\u202e@example.org"],
    ["a zero-width space", "ada\u200b@example.org"],
    ["a backslash", "ada\\@example.org"],
    ["two @", "ada@bob@example.org"],
    ["no @", "example.org"],
    ["no domain dot", "ada@localhost"],
    ["empty", ""],
    ["only spaces", "   "],
  ])("refuses %s", (_label, raw) => {
    expect(checkSignInEmail(raw)).toEqual({ ok: false, problem: "invalid" });
  });

  it("refuses what is not a string", () => {
    for (const raw of [undefined, null, 42, ["ada@example.org"], { email: "ada@example.org" }]) expect(checkSignInEmail(raw)).toEqual({ ok: false, problem: "invalid" });
  });

  it("allows 254 characters and no more, counted after normalization", () => {
    const at254 = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(60)}.${"d".repeat(60)}.org`;
    expect(at254).toHaveLength(MAX_EMAIL_LENGTH);
    expect(checkSignInEmail(at254)).toEqual({ ok: true, email: at254 });
    expect(checkSignInEmail(`a${at254}`)).toEqual({ ok: false, problem: "too-long" });
    expect(checkSignInEmail(`  ${at254}  `)).toEqual({ ok: true, email: at254 });
    expect(checkSignInEmail("x".repeat(1_000_000))).toEqual({ ok: false, problem: "too-long" });
    // The attack's list of 50 recipients: refused for its length before anything else.
    expect(checkSignInEmail(Array.from({ length: 50 }, (_, i) => `victim${i}@example.org`).join(",")).ok).toBe(false);
  });

  it("throws a marked error for Auth.js, which the auth logger recognizes", () => {
    expect(signInEmailOrThrow("ADA@example.org")).toBe("ada@example.org");
    let thrown: unknown;
    try {
      signInEmailOrThrow("a@example.org,b@example.org");
    } catch (error) {
      thrown = error;
    }
    expect(isRefusedSignInEmail(thrown)).toBe(true);
    expect((thrown as { signInRefusal: string }).signInRefusal).toBe("invalid");
    expect(isRefusedSignInEmail(new Error("other"))).toBe(false);
    expect(() => signInEmailOrThrow(undefined)).toThrow(/Refused sign-in address/);
  });
});
