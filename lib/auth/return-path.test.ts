import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";

describe("safe return paths", () => {
  it.each([
    ["/crossings/korday-ak-zhol#report", "/crossings/korday-ak-zhol#report"],
    ["/reports/mine?edited=1", "/reports/mine?edited=1"],
    ["//evil.example/path", "/"],
    ["/\\evil.example", "/"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["/\t/evil.example", "/"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["", "/"],
    [undefined, "/"],
    [["/a"], "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
