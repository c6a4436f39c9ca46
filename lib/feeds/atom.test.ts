import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { ATOM_NAMESPACE, atomFeed, escapeXmlAttribute, escapeXmlText, serializeXml, stripForbiddenXmlChars, xmlElement, type AtomFeed } from "@/lib/feeds/atom";
import { stripControlCharacters } from "@/lib/text/free-text";

/** What users may type into a report's notes or a notice: all of it must survive intact, but
 * for what XML cannot carry and what free text may not hold (text stored before that rule). */
const hostile = [
  "<script>alert('x')</script>",
  "Fish & chips &amp; &#60; &lt; &unknown;",
  "]]> <![CDATA[ not a section ]]>",
  `"double" and 'single' quotes, a > b < c`,
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;',
  "</content></entry></feed><feed>",
  "tab\there, new\nline",
  "Кыргызстан → Қазақстан · 中国 🚗 emoji",
  "bell\u0007 null\u0000 escape\u001b vt\u000b ff\u000c del\u007f nonchar\uffff lone\ud800 surrogate",
  "override \u202eesrever\u202c, isolate \u2067x\u2069, nel\u0085 c1\u009f, marks \u200e\u200f kept",
];
const expected = (value: string) => stripControlCharacters(stripForbiddenXmlChars(value));

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Decode numeric character references (&#10; in attributes) as any XML parser does.
  htmlEntities: true,
  isArray: (name) => ["entry", "link", "author", "category"].includes(name),
});

type Parsed = Record<string, unknown>;
const textOf = (node: unknown): string => (typeof node === "string" ? node : String((node as Parsed)["#text"] ?? ""));

function feedWith(text: string): AtomFeed {
  return {
    id: "tag:crossings,2026:feed/crossing/test",
    title: `Feed ${text}`,
    updated: new Date("2026-07-15T06:00:00Z"),
    links: [{ rel: "self", type: "application/atom+xml", href: `https://example.org/feeds/crossings/test.atom?q=${text}` }],
    authors: [{ name: "Crossings contributors" }],
    rights: "CC BY 4.0",
    entries: [
      {
        id: "tag:crossings,2026:report/00000000-0000-4000-8000-000000000001",
        title: text,
        updated: new Date("2026-07-15T05:00:00Z"),
        published: new Date("2026-07-15T04:30:00Z"),
        links: [{ rel: "alternate", type: "text/html", href: "https://example.org/crossings/test#report-1", title: text }],
        content: text,
      },
    ],
  };
}

describe("the XML serializer", () => {
  it("escapes the five special characters in text and attributes", () => {
    expect(escapeXmlText(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    expect(escapeXmlAttribute(`"'<>&\t\n`)).toBe("&quot;&apos;&lt;&gt;&amp;&#9;&#10;");
    expect(escapeXmlText("]]>")).not.toContain("]]>");
  });

  it("drops the characters XML 1.0 forbids, keeps tab, newline and every real character", () => {
    expect(stripForbiddenXmlChars("a\u0000b\u0008c\u000bd\u001fe\tf\ng\rh\ufffe\uffffi")).toBe("abcde\tf\ng\rhi");
    expect(stripForbiddenXmlChars("\ud83d\ude97 x\ud83d y\ude97")).toBe("\ud83d\ude97 x y");
  });

  it("drops DEL, C1 controls and direction overrides, which XML allows but free text may not hold", () => {
    expect(escapeXmlText("a\u007fb\u0085c\u202ed\u202ce\u2066f\u2069g \u200fh")).toBe("abcdefg \u200fh");
    expect(escapeXmlAttribute("a\u202eb\rc")).toBe("ab&#13;c");
    expect(escapeXmlText("a\rb")).toBe("a\nb");
  });

  it("refuses element and attribute names that are not XML names", () => {
    expect(() => xmlElement("bad name")).toThrow();
    expect(() => xmlElement("ok", { 'x="1" y': "2" })).toThrow();
  });

  it("normalizes line ends in text, as a parser would", () => {
    const parsed = parser.parse(serializeXml(xmlElement("p", {}, ["a\r\nb\rc"]))) as Parsed;
    expect(textOf(parsed.p)).toBe("a\nb\nc");
  });
});

describe("an Atom feed built from hostile text", () => {
  it.each(hostile)("parses back to the original text: %j", (text) => {
    const xml = atomFeed(feedWith(text));
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parser.parse(xml) as { feed: Parsed };
    const feed = parsed.feed;
    expect(feed["@xmlns"]).toBe(ATOM_NAMESPACE);
    expect(textOf(feed.title)).toBe(`Feed ${expected(text)}`);
    const [self] = feed.link as Parsed[];
    expect(self!["@href"]).toBe(`https://example.org/feeds/crossings/test.atom?q=${expected(text)}`);
    const [entry] = feed.entry as Parsed[];
    expect(textOf(entry!.title)).toBe(expected(text));
    expect(textOf(entry!.content)).toBe(expected(text));
    expect((entry!.link as Parsed[])[0]!["@title"]).toBe(expected(text));
    // Nothing the user wrote became markup: one feed, one entry, no script element.
    expect(Object.keys(parsed)).toEqual(["?xml", "feed"]);
    expect(feed.entry).toHaveLength(1);
    expect(JSON.stringify(parsed)).not.toContain('"script"');
  });

  it("has the elements RFC 4287 requires, with RFC 3339 dates", () => {
    const parsed = parser.parse(atomFeed(feedWith("Closed — Kyrgyzstan → Kazakhstan by car"))) as { feed: Parsed };
    const { feed } = parsed;
    expect(textOf(feed.id)).toBe("tag:crossings,2026:feed/crossing/test");
    expect(textOf(feed.title)).toContain("Closed");
    expect(textOf(feed.updated)).toBe("2026-07-15T06:00:00Z");
    expect((feed.author as Parsed[])[0]!.name).toBe("Crossings contributors");
    expect(textOf(feed.rights)).toBe("CC BY 4.0");
    expect((feed.link as Parsed[]).map((link) => link["@rel"])).toEqual(["self"]);
    const [entry] = feed.entry as Parsed[];
    expect(textOf(entry!.id)).toBe("tag:crossings,2026:report/00000000-0000-4000-8000-000000000001");
    expect(textOf(entry!.updated)).toBe("2026-07-15T05:00:00Z");
    expect(textOf(entry!.published)).toBe("2026-07-15T04:30:00Z");
    expect((entry!.link as Parsed[])[0]).toMatchObject({ "@rel": "alternate", "@href": "https://example.org/crossings/test#report-1" });
    expect(entry!.title).toMatchObject({ "@type": "text" });
  });

  it("omits optional elements rather than writing them empty", () => {
    const feed = feedWith("x");
    feed.rights = undefined;
    feed.entries[0]!.content = undefined;
    const xml = atomFeed(feed);
    expect(xml).not.toContain("<rights");
    expect(xml).not.toContain("<content");
  });
});
