/** The median of recent waits: counted for many whole minutes, selected otherwise — the same
 * answer either way (fast-check against a sort). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { medianInPlace } from "@/lib/status/wait-estimate";

function sortedMedian(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

describe("medianInPlace", () => {
  it("equals the sorted median for whole minutes in range, for any count (both paths)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 72 * 60 }), { minLength: 1, maxLength: 400 }), (values) => {
        expect(medianInPlace(Float64Array.from(values))).toBe(sortedMedian(values));
      }),
    );
  });

  it("equals it too when a value is fractional or out of range (the selection path)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 70, maxLength: 200 }), fc.constantFrom(12.5, 72 * 60 + 1, 100_000), fc.nat(), (values, odd, at) => {
        const withOdd = [...values];
        withOdd.splice(at % withOdd.length, 0, odd);
        expect(medianInPlace(Float64Array.from(withOdd))).toBe(sortedMedian(withOdd));
        // The counts were cleared: the next median is not disturbed by this one.
        expect(medianInPlace(Float64Array.from(values))).toBe(sortedMedian(values));
      }),
    );
  });
});
