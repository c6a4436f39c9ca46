import { describe, expect, it } from "vitest";
import { webUrl } from "./web-url";
import { noticeBodyFor } from "@/lib/moderation/requests";

describe("links rendered for readers are http(s) only", () => {
  it("refuses script and data URLs that z.url() alone would accept", () => {
    for (const url of ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd"]) {
      expect(webUrl().safeParse(url).success, url).toBe(false);
    }
    for (const url of ["https://example.org/a?b=<c>", "http://example.org"]) expect(webUrl().safeParse(url).success, url).toBe(true);
  });

  it("applies to a notice's source link", () => {
    const notice = { crossing: "irkeshtam", startsAt: "2026-01-01T00:00:00Z", endsAt: "", modes: [], effect: "closed", text: "Closed for repairs", sourceTitle: "Border service" };
    expect(noticeBodyFor("en").safeParse({ ...notice, sourceUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(noticeBodyFor("en").safeParse({ ...notice, sourceUrl: "https://example.org" }).success).toBe(true);
  });
});
