/**
 * Atom 1.0 (RFC 4287) documents, built from plain objects.
 *
 * Two layers: a tiny XML serializer (`xmlElement` → `serializeXml`) that escapes every text
 * node and attribute value and drops the characters XML 1.0 forbids, and `atomFeed`, which
 * turns a feed object into that element tree. User text (report notes, notice texts) only
 * ever reaches the output through the serializer: nothing is concatenated into markup.
 */
import { stripControlCharacters } from "@/lib/text/free-text";

export type XmlChild = XmlElement | string;

export interface XmlElement {
  name: string;
  attributes: Record<string, string | undefined>;
  children: XmlChild[];
}

/** Element and attribute names are ours (never user data), but checked all the same. */
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*(:[A-Za-z_][A-Za-z0-9_.-]*)?$/;

export function xmlElement(name: string, attributes: Record<string, string | undefined> = {}, children: XmlChild[] = []): XmlElement {
  if (!XML_NAME.test(name)) throw new Error(`Not an XML name: ${JSON.stringify(name)}`);
  for (const key of Object.keys(attributes)) if (!XML_NAME.test(key)) throw new Error(`Not an XML attribute name: ${JSON.stringify(key)}`);
  return { name, attributes, children };
}

/**
 * XML 1.0 allows tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and the
 * supplementary planes (as surrogate pairs in JavaScript). Everything else — the other C0
 * control characters, lone surrogates, U+FFFE and U+FFFF — cannot appear in a document
 * even as a character reference, so it is removed.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripForbiddenXmlChars(value: string): string {
  return value.replace(FORBIDDEN, "");
}

/**
 * What XML allows but free text may not hold (lib/text/free-text.ts): DEL, the C1 controls and
 * the direction overrides (U+202E shows a title reversed in a feed reader). New text cannot
 * hold them; text stored before that rule may, so the feeds drop them too.
 */
function stripFeedText(value: string, options: { keepCarriageReturns?: boolean } = {}): string {
  return stripControlCharacters(stripForbiddenXmlChars(value), options);
}

/** Text content: `&`, `<` and `>` (so `]]>` can never appear), quotes for good measure.
 * Line ends become "\n": an XML parser would turn a bare CR into LF anyway. */
export function escapeXmlText(value: string): string {
  return stripFeedText(value.replace(/\r\n?/g, "\n")).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** Attribute values: as text, and tab / newline / CR as character references, which
 * attribute-value normalization would otherwise turn into spaces. */
export function escapeXmlAttribute(value: string): string {
  return stripFeedText(value, { keepCarriageReturns: true })
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

function serializeElement(element: XmlElement, out: string[], depth: number): void {
  const indent = "  ".repeat(depth);
  out.push(`${indent}<${element.name}`);
  for (const [key, value] of Object.entries(element.attributes)) {
    if (value !== undefined) out.push(` ${key}="${escapeXmlAttribute(value)}"`);
  }
  if (!element.children.length) {
    out.push("/>\n");
    return;
  }
  // Elements holding text keep it on one line, untouched (whitespace is content there).
  if (element.children.every((child) => typeof child === "string")) {
    out.push(`>${(element.children as string[]).map(escapeXmlText).join("")}</${element.name}>\n`);
    return;
  }
  out.push(">\n");
  for (const child of element.children) {
    if (typeof child === "string") out.push(`${indent}  ${escapeXmlText(child)}\n`);
    else serializeElement(child, out, depth + 1);
  }
  out.push(`${indent}</${element.name}>\n`);
}

export function serializeXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  serializeElement(root, out, 0);
  return out.join("");
}

// ---------------------------------------------------------------------------------------
// Atom

export const ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";
export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

export interface AtomLink {
  href: string;
  rel?: "alternate" | "self" | "related" | "via" | "enclosure";
  type?: string;
  title?: string;
}

export interface AtomPerson {
  name: string;
  uri?: string;
}

export interface AtomEntry {
  /** A permanent IRI: never changes, whatever the host the feed is read on. */
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  links: AtomLink[];
  /** Plain text (type="text"): shown as-is, never interpreted as markup by readers. */
  summary?: string;
  content?: string;
  authors?: AtomPerson[];
  categories?: { term: string; label?: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: Date;
  links: AtomLink[];
  authors: AtomPerson[];
  rights?: string;
  generator?: string;
  entries: AtomEntry[];
}

/** RFC 3339 date-time, as Atom wants: always UTC, "2026-07-15T06:00:00Z". */
export function atomDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error("Invalid date in an Atom document");
  return date.toISOString().replace(/\.000Z$/, "Z");
}

const text = (name: string, value: string, attributes: Record<string, string | undefined> = {}) => xmlElement(name, attributes, [value]);
const link = (value: AtomLink) => xmlElement("link", { rel: value.rel, type: value.type, href: value.href, title: value.title });
const person = (name: "author", value: AtomPerson) => xmlElement(name, {}, [text("name", value.name), ...(value.uri ? [text("uri", value.uri)] : [])]);

function entryElement(entry: AtomEntry): XmlElement {
  return xmlElement("entry", {}, [
    text("id", entry.id),
    text("title", entry.title, { type: "text" }),
    text("updated", atomDate(entry.updated)),
    ...(entry.published ? [text("published", atomDate(entry.published))] : []),
    ...(entry.authors ?? []).map((author) => person("author", author)),
    ...entry.links.map(link),
    ...(entry.categories ?? []).map((category) => xmlElement("category", { term: category.term, label: category.label })),
    ...(entry.summary ? [text("summary", entry.summary, { type: "text" })] : []),
    ...(entry.content ? [text("content", entry.content, { type: "text" })] : []),
  ]);
}

export function atomFeedElement(feed: AtomFeed): XmlElement {
  return xmlElement("feed", { xmlns: ATOM_NAMESPACE, "xml:lang": "en" }, [
    text("id", feed.id),
    text("title", feed.title, { type: "text" }),
    ...(feed.subtitle ? [text("subtitle", feed.subtitle, { type: "text" })] : []),
    text("updated", atomDate(feed.updated)),
    ...feed.links.map(link),
    ...feed.authors.map((author) => person("author", author)),
    ...(feed.rights ? [text("rights", feed.rights, { type: "text" })] : []),
    ...(feed.generator ? [text("generator", feed.generator)] : []),
    ...feed.entries.map(entryElement),
  ]);
}

/** The document, ready to send as `application/atom+xml`. */
export function atomFeed(feed: AtomFeed): string {
  return serializeXml(atomFeedElement(feed));
}
