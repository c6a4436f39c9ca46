/** The baseline schema's free text (lib/text/free-text.ts), whichever way a baseline arrives: the seed, the editor, the moderation API. */
import { describe, expect, it } from "vitest";
import { crossingBaselineSchema, sourceSchema } from "@/lib/baseline/schema";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { messagesFor } from "@/lib/i18n/messages";

const control = messagesFor("en").freeText.controlCharacter;
const ref = [{ source: "test-source", asOf: "2026" }];

function issuesOf(input: unknown) {
  const result = crossingBaselineSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

describe("the baseline schema's text", () => {
  it("refuses a note with a right-to-left override (U+202E), naming it", () => {
    const baseline = testBaseline();
    baseline.sides[0].notes = "Open \u202eyadsruht\u202c only";
    expect(issuesOf(baseline)).toEqual([{ path: "sides.0.notes", message: control("U+202E") }]);
  });

  it("refuses control characters in names, details, source notes and hours", () => {
    const cases: [object, string, string][] = [
      [{ name: { en: "Test\u0007 crossing" } }, "name.en", "U+0007"],
      [{ entryFee: { value: { required: true, detail: "10\u0085USD" }, sources: ref } }, "entryFee.value.detail", "U+0085"],
      [{ roadNotes: { value: "Gravel\u2066 road", sources: ref } }, "roadNotes.value", "U+2066"],
      [{ operation: { value: "operating", sources: [{ ...ref[0], note: "said\u007f so" }] } }, "operation.sources.0.note", "U+007F"],
      [{ searchNames: { names: ["Kordai\u202d"], towns: [[], []] } }, "searchNames.names.0", "U+202D"],
    ];
    for (const [override, path, label] of cases) expect(issuesOf({ ...testBaseline(), ...override }), path).toEqual([{ path, message: control(label) }]);
    // Inside an opening_hours comment, which the hours' own parser takes.
    const hours = testBaseline();
    hours.sides[0].hours.value = 'Mo-Fr 09:00-18:00 "\u202eclosed"';
    expect(issuesOf(hours)).toEqual([{ path: "sides.0.hours.value", message: control("U+202E") }]);
  });

  it("takes tabs, line breaks and any script; CRLF as \\n", () => {
    const baseline = testBaseline({ name: { en: "Khorgos", ru: "Хоргос 霍尔果斯 🚗" } });
    baseline.sides[1].notes = "Line one\r\nline\ttwo";
    const parsed = crossingBaselineSchema.parse(baseline);
    expect(parsed.name.ru).toBe("Хоргос 霍尔果斯 🚗");
    expect(parsed.sides[1].notes).toBe("Line one\nline\ttwo");
  });

  it("refuses them in a source's title and publisher", () => {
    const source = { key: "x", title: "A page", publisher: "Someone", kind: "document", standing: "official", url: null, seedFile: null, asOf: "2026" };
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, publisher: "Some\u202eone" }).error?.issues[0]?.message).toBe(control("U+202E"));
    expect(sourceSchema.safeParse({ ...source, url: "https://example.org/\u0007" }).error?.issues[0]?.message).toBe(control("U+0007"));
  });
});

describe("the season's range (the fuzz's counterexample, seed -1754809469)", () => {
  const withRange = (range: string | null) => ({
    ...testBaseline(),
    season: { value: { range, outside: "closed" as const, description: "Closed in winter by snow" }, sources: ref },
  });

  it("is checked as opening_hours like the hours: a value the timeline cannot parse is refused, naming the field", () => {
    for (const range of ["!62xqnu", "", "   ", "May-Nov; Mo 25:00-26:00"]) {
      const issues = issuesOf(withRange(range));
      expect([...new Set(issues.map((issue) => issue.path))], JSON.stringify(range)).toEqual(["season.value.range"]);
    }
  });

  it("takes months, dates and all year", () => {
    for (const range of ["May-Nov", "May 20-Sep 30", "Apr 15-Oct 31", null]) expect(issuesOf(withRange(range)), String(range)).toEqual([]);
  });
});
