import { describe, expect, it } from "vitest";
import { hasNul } from "./storable";

describe("hasNul", () => {
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
  it("passes everything else", () => {
    expect(hasNul("Кыргызстан 😀 \ud83d\ude00")).toBe(false);
    expect(hasNul({ a: [1, null, true, "x"] })).toBe(false);
    expect(hasNul(undefined)).toBe(false);
  });
});
