/**
 * Structured-but-hostile inputs for the fuzz spec: mostly valid-looking objects whose fields
 * are mutated (wrong types, huge or odd strings, NaN/Infinity, deep nesting, prototype keys,
 * bad dates), sent with right and wrong content types. Random noise alone rarely gets past the
 * first check; inputs that are almost right reach the code behind it.
 */
import fc from "fast-check";

/** Strings that have broken parsers, databases and URL handling somewhere. */
export const nastyStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff\ud800",
  "\u202eevil",
  "\ufeff",
  "%",
  "%00",
  "%zz",
  "%E0%A4%A",
  "../../../etc/passwd",
  "'; drop table reports; --",
  '" or 1=1 --',
  "<script>alert(1)</script>",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "1e309",
  "0x10",
  "9007199254740993",
  "-9007199254740993",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "😀".repeat(50),
  "Ω≈ç√∫˜µ≤≥÷",
  "Ⅸ",
  "Кыргызстан",
  "\r\n\r\n",
  "\t",
  "a".repeat(10_000),
];

/** Dates as text that are wrong in every way a parser can get wrong. */
export const nastyDates = [
  "2026-02-30T10:00:00Z",
  "2026-13-01T10:00:00Z",
  "2026-07-15T24:00:00Z",
  "2026-07-15T10:60:00Z",
  "2026-07-15T10:00:00+25:00",
  "2026-07-15T10:00:00+06:00:00",
  "2026-07-15T10:00",
  "2026-07-15",
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
  "275760-09-13T00:00:00Z",
  "+275760-09-13T00:00:00.000Z",
  "-000001-01-01T00:00:00Z",
  "1969-12-31T23:59:59.999999999Z",
  "2026-07-15T10:00:00.1234567890123Z",
  "Tue, 15 Jul 2026 10:00:00 GMT",
  "1752573600000",
  "now",
  "2026-07-15T10:00:00Z\u0000",
  "2026-07-15 10:00:00Z",
  "2026-07-15t10:00:00z",
];

const hostileKeys = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "", "\u0000", "a".repeat(1000));

/** Any string, weighted towards the ones that break things. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...nastyStrings) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(...nastyDates) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 200_000 }).map((length) => "x".repeat(length)) },
);

/** Numbers JSON cannot carry faithfully, and ones it can that are out of every range. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, 1e308, -1e308, 0.5, -1),
  fc.double(),
  fc.integer(),
);

/** Any JSON-ish value, nested (arrays and objects with prototype keys), of any wrong type. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.array(fc.tuple(fc.oneof(hostileKeys, fc.string({ maxLength: 8 })), tie("value")), { maxLength: 4 }).map((entries) => Object.fromEntries(entries)),
  ),
})).value;

/** Nesting far deeper than any real input (parsers that recurse fall over here). */
export const deepNesting = fc.integer({ min: 1_000, max: 50_000 }).map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`);

const OMIT = Symbol("omit");

/**
 * A record from per-field valid arbitraries where each field may instead be hostile or missing,
 * with sometimes an extra key (`__proto__`, `constructor`…) carrying a hostile value.
 */
export function mutatedRecord(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(fields).map(([key, valid]) =>
    fc.oneof({ weight: 14, arbitrary: valid }, { weight: 1, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.constant(OMIT) }).map((value) => [key, value] as const),
  );
  return fc
    .tuple(fc.tuple(...entries), fc.option(fc.tuple(hostileKeys, hostileValue), { freq: 8 }))
    .map(([pairs, extra]) => Object.fromEntries([...pairs.filter(([, value]) => value !== OMIT), ...(extra ? [extra] : [])]));
}

/** How a body is sent: JSON as it should be, broken JSON, a form, or something else entirely. */
export type Encoded = { contentType: string | null; body: string | FormData | URLSearchParams | null };

/** Encodes a record in one of many right and wrong ways (NaN and Infinity reach the server as raw text). */
export function hostileBody(record: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Encoded> {
  const contentTypes = fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "APPLICATION/JSON",
    "application/json; charset=utf-7",
    "application/json-patch+json",
    "text/plain",
    "application/xml",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "",
    "\u0000",
  );
  return fc.oneof(
    { weight: 12, arbitrary: record.map((value): Encoded => ({ contentType: "application/json", body: JSON.stringify(value) })) },
    {
      weight: 2,
      arbitrary: fc.tuple(record, contentTypes).map(([value, contentType]): Encoded => ({ contentType, body: JSON.stringify(value) })),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(record, fc.constantFrom("NaN", "Infinity", "-Infinity", "1e999", "undefined", "{", '"', ",", "]"), fc.nat()).map(([value, junk, at]): Encoded => {
        const text = JSON.stringify(value);
        const cut = at % (text.length + 1);
        return { contentType: "application/json", body: `${text.slice(0, cut)}${junk}${text.slice(cut)}` };
      }),
    },
    { weight: 1, arbitrary: deepNesting.map((body): Encoded => ({ contentType: "application/json", body })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Encoded>({ contentType: "application/json", body: "" }, { contentType: "application/json", body: null }, { contentType: null, body: "{}" }),
    },
    { weight: 2, arbitrary: record.map((value): Encoded => ({ contentType: null, body: toForm(value, FormData) })) },
    { weight: 2, arbitrary: record.map((value): Encoded => ({ contentType: null, body: toForm(value, URLSearchParams) })) },
  );
}

/** A form from a record: arrays become repeated fields, anything else its String(). */
export function toForm<F extends FormData | URLSearchParams>(value: Record<string, unknown>, Form: new () => F): F {
  const form = new Form();
  for (const [key, field] of Object.entries(value)) {
    for (const item of Array.isArray(field) ? field : [field]) form.append(key, typeof item === "object" && item !== null ? JSON.stringify(item) : String(item));
  }
  return form;
}

/** Query parameters: a valid value, a hostile one, repeated, or absent. */
export function hostileParam(valid: fc.Arbitrary<string>): fc.Arbitrary<string[]> {
  return fc.oneof(
    { weight: 4, arbitrary: valid.map((value) => [value]) },
    { weight: 3, arbitrary: hostileString.map((value) => [value]) },
    { weight: 1, arbitrary: fc.array(fc.oneof(valid, hostileString), { minLength: 2, maxLength: 3 }) },
    { weight: 2, arbitrary: fc.constant<string[]>([]) },
  );
}

export function queryString(params: Record<string, string[]>): string {
  const search = new URLSearchParams();
  for (const [key, values] of Object.entries(params)) for (const value of values) search.append(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** encodeURIComponent, which throws on a lone surrogate: those go as U+FFFD (raw bad escapes are sent below). */
export function encodeSegment(value: string): string {
  return encodeURIComponent(value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"));
}

/** A path segment: mostly a real one, else hostile text, encoded as a client would (or raw escapes). */
export function hostileSegment(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: valid.map(encodeSegment) },
    { weight: 3, arbitrary: hostileString.map(encodeSegment) },
    { weight: 1, arbitrary: fc.constantFrom("%00", "%", "%zz", "%C0%AE", "%2e%2e", "..", ".", "%2F", "%ED%A0%80", "a%00b") },
  );
}
