import { describe, expect, it } from "vitest";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { COUNTRY_FEED_LIMIT, CROSSING_FEED_LIMIT, countryFeed, crossingEntries, crossingFeed, reportTitle, type FeedCrossing } from "@/lib/feeds/build";
import type { KnownNotice } from "@/lib/feeds/state-changes";
import { notice, report } from "@/lib/status/test-helpers";

const now = new Date("2026-07-15T06:00:00Z");
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000);
const context = { origin: "https://crossings.example.org", now };

type FeedReport = FeedCrossing["reports"][number];
const feedReport = (hours: number, overrides: Partial<FeedReport> = {}): FeedReport => ({
  ...report({ observedAt: hoursAgo(hours) }),
  submittedAt: hoursAgo(hours),
  tags: [],
  notes: null,
  ...overrides,
});

function crossing(
  slug: string,
  reports: FeedReport[],
  notices: KnownNotice[] = [],
  countries: ["KG" | "KZ" | "CN" | "RU", "KG" | "KZ" | "CN" | "RU"] = ["KG", "CN"],
): FeedCrossing {
  const base = testBaseline({ slug, name: { en: `Crossing ${slug}` } });
  base.sides[0].country = countries[0];
  base.sides[1].country = countries[1];
  return { slug, baseline: base, updatedAt: hoursAgo(24 * 100), reports, notices };
}

describe("report entries", () => {
  it("are titled by what was seen, which way, how and the wait", () => {
    const base = testBaseline();
    expect(reportTitle(base, feedReport(1, { seen: "closed", waitMinutes: 40 }))).toBe("Closed — Kyrgyzstan → China by car, waited 40 min");
    expect(reportTitle(base, feedReport(1, { direction: "b-a", mode: "pedestrian", waitMinutes: 90 }))).toBe("Open — China → Kyrgyzstan on foot, waited 1 h 30 min");
    expect(reportTitle(base, feedReport(1, { seen: "restricted", mode: "truck" }))).toBe("Restricted — Kyrgyzstan → China by truck");
  });

  it("carry the observed time in the side's zone, tags and notes, and link to the report", () => {
    const r = feedReport(3, { observedAt: hoursAgo(3.5), tags: ["lunch-break", "fee-paid"], notes: "Queue <long>", verified: true });
    const [entry] = crossingEntries(crossing("x", [r]), context).filter((e) => e.id.includes(":report/"));
    expect(entry!.content).toBe(
      [
        "Open, observed Wed 15 Jul, 08:30 Bishkek (UTC+6).",
        "Direction: Kyrgyzstan → China (Kyrgyz post → Chinese post).",
        "Travelling by car.",
        "Tags: Lunch break, Fee paid.",
        "Verified by a moderator.",
        "",
        "Queue <long>",
      ].join("\n"),
    );
    expect(entry!.updated).toEqual(hoursAgo(3));
    expect(entry!.published).toEqual(hoursAgo(3.5));
    expect(entry!.links[0]!.href).toBe(`https://crossings.example.org/crossings/x#report-${r.id}`);
  });

  it("leave out hidden reports and those submitted over 30 days ago", () => {
    const entries = crossingEntries(crossing("x", [feedReport(24 * 31), feedReport(2, { hidden: true })]), context);
    expect(entries).toEqual([]);
  });
});

describe("notice entries", () => {
  it("give the dates in the crossing's zone, the traffic and the source; a bad source URL is not linked", () => {
    const n: KnownNotice = { ...notice({ startsAt: hoursAgo(2), endsAt: null, text: "Closed\nfor snow", sourceUrl: "javascript:alert(1)" }), createdAt: hoursAgo(3) };
    const entries = crossingEntries(crossing("x", [], [n]), context);
    const entry = entries.find((e) => e.id === `tag:crossings,2026:notice/${n.id}`)!;
    expect(entry.title).toBe("Notice: Closed for snow");
    expect(entry.content).toContain("Closed from Wed 15 Jul, 10:00 Bishkek (UTC+6) until further notice; applies to all traffic.");
    expect(entry.links.map((link) => link.rel)).toEqual(["alternate"]);
    expect(entries.map((e) => e.title)).toContain("Now closed — notice");
  });
});

describe("feed limits and order", () => {
  // Every 3 hours, alternating two travellers saying closed (two voices, against the open
  // schedule) and one saying open: every such turn changes the state.
  const many = Array.from({ length: 80 }, (_, i) =>
    i % 2 ? [feedReport(1 + i * 3, { seen: "open" })] : [feedReport(1 + i * 3, { seen: "closed" }), feedReport(1.1 + i * 3, { seen: "closed" })],
  ).flat();

  it("a crossing's feed is newest first and at most 50 entries, with the state changes a full replay gives", () => {
    const one = crossing("x", many);
    const feed = crossingFeed(one, context);
    expect(feed.entries).toHaveLength(CROSSING_FEED_LIMIT);
    expect(feed.entries).toEqual(crossingEntries(one, context).slice(0, CROSSING_FEED_LIMIT));
    const times = feed.entries.map((entry) => entry.updated.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(feed.entries.filter((entry) => entry.id.includes(":state/")).length).toBeGreaterThanOrEqual(15);
    expect(feed.updated).toEqual(hoursAgo(1));
    expect(feed.links).toEqual([
      { rel: "self", type: "application/atom+xml", href: "https://crossings.example.org/feeds/crossings/x.atom" },
      { rel: "alternate", type: "text/html", href: "https://crossings.example.org/crossings/x" },
    ]);
  });

  it("with nothing new, a feed is empty and dated by the crossing's last change", () => {
    const feed = crossingFeed(crossing("quiet", []), context);
    expect(feed.entries).toEqual([]);
    expect(feed.updated).toEqual(hoursAgo(24 * 100));
  });

  it("a country's feed takes its crossings only, names them, and stops at 100", () => {
    const feed = countryFeed("KG", [crossing("a", many), crossing("b", many.slice(0, 5)), crossing("c", many, [], ["KZ", "RU"])], context);
    expect(feed.entries).toHaveLength(COUNTRY_FEED_LIMIT);
    expect(feed.entries.every((entry) => /^Crossing [ab]: /.test(entry.title))).toBe(true);
    expect(feed.entries.some((entry) => entry.title.startsWith("Crossing b: "))).toBe(true);
    expect(feed.id).toBe("tag:crossings,2026:feed/country/kg");
    expect(feed.title).toBe("Kyrgyzstan border crossings — Crossings");
  });
});
