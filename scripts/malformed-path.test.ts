import { describe, expect, it } from "vitest";
import { hasMalformedPath } from "./malformed-path.mjs";

describe("hasMalformedPath", () => {
  it("finds paths that are not valid percent-encoded UTF-8 (Next.js answers those 500)", () => {
    for (const url of ["/crossings/%ED%A0%80", "/api/v1/crossings/%C0%AE/status", "/%", "/a%zz", "/api/v1/reports/%E0%A4%A/flags"]) expect(hasMalformedPath(url), url).toBe(true);
  });
  it("passes every real path, and leaves the query string to the app", () => {
    for (const url of ["/", "/crossings/irkeshtam", "/api/v1/crossings/kyzyl-art/status?at=%zz", "/crossings/%D0%BA", "/crossings/%00", undefined]) expect(hasMalformedPath(url), String(url)).toBe(false);
  });
});
