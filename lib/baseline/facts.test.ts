import { describe, expect, it } from "vitest";
import { citedSources, crossingLocation, listConflicts, listFacts } from "@/lib/baseline/facts";
import { describeFactValue, factLabel } from "@/lib/baseline/describe";
import { testBaseline } from "@/lib/baseline/test-fixtures";

const baseline = testBaseline({
  typicalWait: {
    value: { minMinutes: 30, maxMinutes: 60 },
    sources: [{ source: "directory", asOf: "2025" }],
    alternatives: [{ value: { minMinutes: 30, maxMinutes: 45 }, sources: [{ source: "blog", asOf: "2019-08" }] }],
  },
});

describe("baseline facts", () => {
  it("lists every sourced fact with its path", () => {
    const paths = listFacts(baseline).map((entry) => entry.path);
    expect(paths).toEqual(expect.arrayContaining(["sides.0.postName", "sides.0.location", "sides.0.hours", "sides.1.hours", "operation", "traffic", "typicalWait"]));
  });

  it("finds the facts on which sources disagree", () => {
    expect(listConflicts(baseline).map((entry) => entry.path)).toEqual(["typicalWait"]);
  });

  it("counts cited sources, most cited first", () => {
    expect(citedSources(baseline)).toEqual(["test-source", "directory", "blog"]);
  });

  it("puts the crossing between its two posts", () => {
    expect(crossingLocation(baseline)).toEqual({ lat: 40.05, lon: 73.05 });
  });

  it("describes facts in words", () => {
    expect(factLabel("sides.1.hours", baseline)).toBe("Hours at Chinese post (China)");
    expect(factLabel("typicalWait", baseline)).toBe("Typical wait");
    expect(describeFactValue("typicalWait", { minMinutes: 30, maxMinutes: 45 }, baseline)).toBe("30–45 min");
    expect(describeFactValue("traffic", { modes: ["car", "pedestrian"], who: "bilateral" }, baseline)).toBe("Citizens of the two countries only; car, on foot");
  });
});
