/** The 503 page the production server sends while the database is away. */
import { describe, expect, it } from "vitest";
import { RETRY_AFTER_SECONDS, unavailablePage } from "./unavailable-page";

describe("unavailablePage", () => {
  it("speaks the reader's language, English for anything else", () => {
    expect(unavailablePage("ru", "/")).toContain('<html lang="ru">');
    expect(unavailablePage("ru", "/")).toContain("Crossings ненадолго недоступен");
    expect(unavailablePage("en", "/")).toContain("Crossings is briefly unavailable");
    expect(unavailablePage("de", "/")).toContain('<html lang="en">');
    expect(unavailablePage("en", "/")).toContain("<style>");
    expect(unavailablePage("en", "/", "abc+/=")).toContain('<style nonce="abc+/=">');
  });

  it("links back to the page asked for, escaped", () => {
    expect(unavailablePage("en", '/crossings/x?a=1&b="<script>')).toContain('href="/crossings/x?a=1&amp;b=&quot;&lt;script&gt;"');
  });

  it("tells clients to retry within seconds", () => {
    expect(RETRY_AFTER_SECONDS).toBeGreaterThan(0);
    expect(RETRY_AFTER_SECONDS).toBeLessThanOrEqual(30);
  });
});
