/** A small, valid baseline to build test cases from (tests only). */
import { crossingBaselineSchema, type CrossingBaseline, type CrossingBaselineInput } from "@/lib/baseline/schema";

const ref = [{ source: "test-source", asOf: "2026" }];

export function testBaseline(overrides: Partial<CrossingBaselineInput> & { hours?: [string, string] } = {}): CrossingBaseline {
  const { hours = ["24/7", "24/7"], ...rest } = overrides;
  return crossingBaselineSchema.parse({
    slug: "test-crossing",
    name: { en: "Test crossing" },
    sides: [
      {
        country: "KG",
        postName: { value: { en: "Kyrgyz post" }, sources: ref },
        timeZone: "Asia/Bishkek",
        location: { value: { lat: 40, lon: 73 }, sources: ref },
        hours: { value: hours[0], sources: ref },
      },
      {
        country: "CN",
        postName: { value: { en: "Chinese post" }, sources: ref },
        timeZone: "Asia/Shanghai",
        location: { value: { lat: 40.1, lon: 73.1 }, sources: ref },
        hours: { value: hours[1], sources: ref },
      },
    ],
    operation: { value: "operating", sources: ref },
    traffic: { value: { modes: ["car"], who: "everyone" }, sources: ref },
    ...rest,
  });
}
