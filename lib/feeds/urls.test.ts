import { describe, expect, it } from "vitest";
import { countryFeedPath, crossingFeedPath, feedAlternatesFor, feedIds, feedLinkFor, parseCountryFeedFile, parseCrossingFeedFile, siteOrigin } from "@/lib/feeds/urls";

describe("feed URLs", () => {
  it("accept only slug.atom and code.atom for an ISO 3166-1 alpha-2 code", () => {
    expect(parseCrossingFeedFile("korday-ak-zhol.atom")).toBe("korday-ak-zhol");
    for (const bad of ["korday-ak-zhol", "Korday.atom", "../x.atom", "a.atom.atom", "x.rss", ".atom", "x%2F.atom"]) expect(parseCrossingFeedFile(bad)).toBeNull();
    expect(parseCountryFeedFile("kg.atom")).toBe("KG");
    // Any ISO code parses (whether it has a crossing is countryFeedNow's question: a 404 if not).
    expect(parseCountryFeedFile("tm.atom")).toBe("TM");
    expect(parseCountryFeedFile("us.atom")).toBe("US");
    for (const bad of ["KG.atom", "xk.atom", "zz.atom", "eu.atom", "kg", "kgz.atom", "kg.atom "]) expect(parseCountryFeedFile(bad)).toBeNull();
    expect(crossingFeedPath("irkeshtam")).toBe("/feeds/crossings/irkeshtam.atom");
    expect(countryFeedPath("CN")).toBe("/feeds/countries/cn.atom");
  });

  it("give stable tag ids", () => {
    expect(feedIds.state("irkeshtam", new Date("2026-07-15T06:00:00Z"))).toBe("tag:crossings,2026:state/irkeshtam/2026-07-15T06:00:00.000Z");
    expect(feedIds.report("abc")).toBe("tag:crossings,2026:report/abc");
  });

  it("feedLinkFor gives the alternate link a crossing's page carries", () => {
    expect(feedLinkFor("irkeshtam", "Irkeshtam")).toEqual({
      rel: "alternate",
      type: "application/atom+xml",
      href: "/feeds/crossings/irkeshtam.atom",
      title: "Irkeshtam: reports, notices and state changes (Atom)",
    });
    expect(feedAlternatesFor("irkeshtam")).toEqual({ types: { "application/atom+xml": [{ url: "/feeds/crossings/irkeshtam.atom", title: expect.any(String) }] } });
  });

  it("the origin is AUTH_URL's, else the Host asked for, else the request URL's", () => {
    const requestUrl = "http://0.0.0.0:3000/feeds/countries/kg.atom";
    expect(siteOrigin({ requestUrl, host: "localhost:3100", authUrl: "https://crossings.example.org/base" })).toBe("https://crossings.example.org");
    expect(siteOrigin({ requestUrl, host: "localhost:3100" })).toBe("http://localhost:3100");
    expect(siteOrigin({ requestUrl, host: "[::1]:3000" })).toBe("http://[::1]:3000");
    expect(siteOrigin({ requestUrl, host: 'evil.org"><x' })).toBe("http://0.0.0.0:3000");
    expect(siteOrigin({ requestUrl, host: "evil.org/path" })).toBe("http://0.0.0.0:3000");
    expect(siteOrigin({ requestUrl, host: null })).toBe("http://0.0.0.0:3000");
  });
});
