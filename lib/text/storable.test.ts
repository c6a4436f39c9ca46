import { describe, expect, it } from "vitest";
import { hasNul, NUL_MESSAGE } from "./storable";

describe("hasNul (the moderation API's check of a whole body)", () => {
  it("finds a NUL in a string, a nested value or a key", () => {
    expect(hasNul("a\u0000b")).toBe(true);
    expect(hasNul({ sides: [{ notes: ["ok", "x\u0000"] }] })).toBe(true);
    expect(hasNul({ "k\u0000": 1 })).toBe(true);
  });
  it("finds an unpaired surrogate, which PostgreSQL's jsonb refuses", () => {
    expect(hasNul("a \ud800")).toBe(true);
    expect(hasNul("\udc00 b")).toBe(true);
    expect(hasNul({ notes: ["\ud83d"] })).toBe(true);
  });
  it("finds what free text may not hold either: other controls, DEL, C1, direction overrides", () => {
    expect(hasNul({ reason: "ok\u0007" })).toBe(true);
    expect(hasNul({ baseline: { sides: [{ notes: "\u202eevil" }] } })).toBe(true);
    expect(hasNul({ text: "a\u007f", sourceTitle: "b" })).toBe(true);
    expect(hasNul({ text: "a\u0085" })).toBe(true);
    expect(hasNul({ text: "\u2066x\u2069" })).toBe(true);
  });
  it("passes everything else, CRLF from a textarea included", () => {
    expect(hasNul("Кыргызстан 😀 \ud83d\ude00")).toBe(false);
    expect(hasNul({ reason: "first line\r\nsecond\tline\n" })).toBe(false);
    expect(hasNul({ a: [1, null, true, "x"] })).toBe(false);
    expect(hasNul(undefined)).toBe(false);
  });
  it("says what is refused", () => {
    expect(NUL_MESSAGE).toMatch(/^Text cannot contain control characters .*U\+202A–U\+202E.*unpaired surrogates\.$/);
  });
});
