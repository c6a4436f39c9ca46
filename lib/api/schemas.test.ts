/** The crossing API's response shapes, where they meet stored data written before a rule. */
import { describe, expect, it } from "vitest";
import { crossingDetailResponseSchema } from "@/lib/api/schemas";
import { crossingBaselineSchema } from "@/lib/baseline/schema";
import { testBaseline } from "@/lib/baseline/test-fixtures";

describe("a stored baseline in the crossing API", () => {
  it("is served without control characters or direction overrides stored before the rule, rather than failing", () => {
    const stored = testBaseline();
    // As a baseline saved before lib/text/free-text.ts would come back from the database.
    stored.sides[0].notes = "Open \u202eyadsruht\u202c only\u0007, line\r\nbreak";
    expect(crossingBaselineSchema.safeParse(stored).success).toBe(false);
    const source = { key: "test-source", title: "A page\u0085", publisher: "Someone", kind: "document", standing: "official", url: null, seedFile: null, asOf: "2026" };
    const { baseline, sources } = crossingDetailResponseSchema.shape.crossing.shape;
    const parsed = baseline.parse(stored);
    expect(parsed.sides[0].notes).toBe("Open yadsruht only, line\nbreak");
    expect(sources.parse([source])[0]!.title).toBe("A page");
  });
});
