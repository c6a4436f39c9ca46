import { describe, expect, it } from "vitest";
import { feedNotFound, feedResponse } from "@/lib/feeds/response";
import type { AtomFeed } from "@/lib/feeds/atom";

const feed: AtomFeed = {
  id: "tag:crossings,2026:feed/country/kg",
  title: "Kyrgyzstan border crossings — Crossings",
  updated: new Date("2026-07-15T06:00:00Z"),
  links: [],
  authors: [{ name: "Crossings contributors" }],
  entries: [],
};

describe("feed responses", () => {
  it("are Atom, publicly cacheable for a minute, with an ETag", async () => {
    const response = feedResponse(feed, new Request("http://localhost/feeds/countries/kg.atom"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(await response.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  });

  it("answer a matching If-None-Match with 304 and no body", async () => {
    const etag = feedResponse(feed, new Request("http://localhost/x")).headers.get("etag")!;
    const again = feedResponse(feed, new Request("http://localhost/x", { headers: { "If-None-Match": `W/"other", ${etag}` } }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const changed = feedResponse({ ...feed, title: "Other" }, new Request("http://localhost/x", { headers: { "If-None-Match": etag } }));
    expect(changed.status).toBe(200);
  });

  it("a missing feed is a plain 404", () => {
    expect(feedNotFound().status).toBe(404);
  });
});
