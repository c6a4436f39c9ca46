/**
 * The bounded heap behind the reports a status names, against the plain answer (sort all,
 * take the first k), for any weights, ties and arrival order (fast-check).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeFirst, TopK } from "@/lib/status/top-k";

// Few distinct weights, so ties (decided by the tie-break) are common.
const weightsArb = fc.array(fc.constantFrom(0.1, 0.25, 0.5, 1, 1.5, 2.75, 3), { maxLength: 300 });
const byId = (ids: number[]) => (a: number, b: number) => ids[a]! - ids[b]!;
const plain = (positions: number[], weights: Float64Array, tie: (a: number, b: number) => number, k: number) =>
  [...positions].sort((a, b) => weights[b]! - weights[a]! || tie(a, b)).slice(0, k);

describe("TopK", () => {
  it("keeps the k heaviest, heaviest first, equal weights by the tie-break, whatever the order they arrive in", () => {
    fc.assert(
      fc.property(weightsArb, fc.integer({ min: 0, max: 60 }), fc.integer(), (list, k, seed) => {
        const weights = Float64Array.from(list);
        // Ids a permutation of the positions (distinct, as report ids are), not in arrival order.
        const ids = list.map((_, i) => (i * 7919 + seed) % 1_000_003);
        const tie = byId(ids);
        const top = new TopK(k).reset(weights, tie);
        for (let p = 0; p < list.length; p++) top.offer(p);
        expect(top.drain()).toEqual(
          plain(
            list.map((_, p) => p),
            weights,
            tie,
            k,
          ),
        );
      }),
    );
  });

  it("starts empty again after reset and after drain", () => {
    const weights = Float64Array.from([1, 2, 3]);
    const top = new TopK(2).reset(weights, (a, b) => a - b);
    [0, 1, 2].forEach((p) => top.offer(p));
    expect(top.drain()).toEqual([2, 1]);
    expect(top.drain()).toEqual([]);
    top.reset(weights, (a, b) => a - b).offer(0);
    expect(top.drain()).toEqual([0]);
  });
});

describe("mergeFirst", () => {
  it("gives the first k of the union of lists each already in order", () => {
    fc.assert(
      fc.property(weightsArb, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 80 }), (list, parts, k) => {
        const weights = Float64Array.from(list);
        const tie = (a: number, b: number) => a - b;
        const positions = list.map((_, p) => p);
        const lists = Array.from({ length: parts }, (_, l) =>
          plain(
            positions.filter((p) => p % parts === l),
            weights,
            tie,
            list.length,
          ),
        );
        expect(mergeFirst(lists, k, weights, tie)).toEqual(plain(positions, weights, tie, k));
      }),
    );
  });
});
