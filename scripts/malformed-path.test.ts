import { describe, expect, it } from "vitest";
import { hasMalformedPath, MAX_URL_BYTES, urlTooLong } from "./malformed-path.mjs";

describe("hasMalformedPath", () => {
  it("finds paths that are not valid percent-encoded UTF-8 (Next.js answers those 500)", () => {
    for (const url of ["/crossings/%ED%A0%80", "/api/v1/crossings/%C0%AE/status", "/%", "/a%zz", "/api/v1/reports/%E0%A4%A/flags"]) expect(hasMalformedPath(url), url).toBe(true);
  });
  it("passes every real path, and leaves the query string to the app", () => {
    for (const url of ["/", "/crossings/irkeshtam", "/api/v1/crossings/kyzyl-art/status?at=%zz", "/crossings/%D0%BA", "/crossings/%00", undefined]) expect(hasMalformedPath(url), String(url)).toBe(false);
  });
});

describe("urlTooLong", () => {
  it("refuses a URL past the limit, counting bytes, and takes every real one", () => {
    expect(urlTooLong(`/api/v1/crossings/irkeshtam/status?lang=${"a".repeat(MAX_URL_BYTES)}`)).toBe(true);
    expect(urlTooLong(`/?q=${"д".repeat(MAX_URL_BYTES / 2)}`)).toBe(true);
    expect(urlTooLong(`/?q=${"a".repeat(MAX_URL_BYTES - 4)}`)).toBe(false);
    for (const url of ["/", "/crossings/irkeshtam?at=2026-12-01T14%3A05&mode=car&tz=Asia%2FBishkek", undefined]) expect(urlTooLong(url), String(url)).toBe(false);
  });
});
