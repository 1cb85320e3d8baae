import { describe, expect, test } from "vitest";
import { rankStability } from "./rank-stability.js";
import { histogram, summarize } from "./stats.js";

describe("summarize and histogram", () => {
  test("quartiles by linear interpolation", () => {
    // sorted 10 20 30 40: median (20+30)/2 = 25; q1 at position 0,75 → 17,5; q3 at 2,25 → 32,5
    expect(summarize([40, 10, 30, 20])).toEqual({ count: 4, mean: 25, median: 25, q1: 17.5, q3: 32.5, min: 10, max: 40 });
    expect(summarize([])).toEqual({ count: 0, mean: null, median: null, q1: null, q3: null, min: null, max: null });
  });
  test("ten buckets, 100 in the last", () => {
    const h = histogram([0, 9.9, 10, 55, 100]);
    expect(h.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(h[9]).toEqual({ from: 90, to: 100, count: 1 });
  });
});

describe("rankStability", () => {
  const org = (organizationId: number, rank: number, a: number, b: number) => ({
    organizationId,
    rank,
    percents: new Map([
      ["A", a],
      ["B", b],
    ]),
  });
  const weights = new Map([
    ["A", 1],
    ["B", 1],
  ]);
  test("a clear leader keeps its rank; near-equal totals swap under ±20 % weights", () => {
    // 1: 100/100 always first. 2 and 3: 80/40 vs 40/79 (60 vs 59,5): a small tilt of the weights swaps them.
    const result = rankStability({ organizations: [org(1, 1, 100, 100), org(2, 2, 80, 40), org(3, 3, 40, 79)], weights, seed: 7 });
    expect(result.draws).toBe(500);
    const [first, second, third] = result.intervals;
    expect(first).toMatchObject({ organizationId: 1, low: 1, high: 1 });
    expect(second).toMatchObject({ organizationId: 2, low: 2, high: 3 });
    expect(third).toMatchObject({ organizationId: 3, low: 2, high: 3 });
  });
  test("the same seed gives the same answer", () => {
    const input = { organizations: [org(1, 1, 70, 30), org(2, 2, 30, 69)], weights, seed: 42 };
    expect(rankStability(input)).toEqual(rankStability(input));
  });
});
