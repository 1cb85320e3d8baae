import { describe, expect, it } from "vitest";
import { boundaryPeakTest, markBoundaries } from "./boundary-peaks.js";
import { compareWithJournal } from "./journal.js";
import { classMarkShares } from "./mark-share-caps.js";
import { betaBinomial } from "./probability.js";
import { distributionReliability, groupReliability } from "./reliability.js";
import { share2Dynamics } from "./share2-dynamics.js";
import { work, worksFromHistogram } from "./test-works.js";

const smooth = (n: number, max = 20) => betaBinomial(max, 5, 4).map((p) => Math.round(p * n));
const scale: [number, number, number] = [5, 10, 15];

describe("sample-size rules", () => {
  it("distributions: ≥ 50 informative, 20–49 approximate, < 20 not analysed", () => {
    expect([50, 49, 20, 19].map(distributionReliability)).toEqual(["informative", "approximate", "approximate", "notAnalysed"]);
  });
  it("groups: at least 10 works", () => {
    expect([10, 9].map(groupReliability)).toEqual(["approximate", "notAnalysed"]);
  });
});

describe("marks against the journal", () => {
  it("counts понизили / подтвердили / повысили and gaps of two marks", () => {
    const works = [work(3, 4), work(3, 5), work(4, 4), work(4, 4), work(5, 4), work(2, null)];
    const j = compareWithJournal(works);
    expect(j).toMatchObject({ sampleSize: 5, lowered: 2, confirmed: 2, raised: 1, gaps2: 1, loweredShare: 40, gaps2Share: 20 });
    expect(j.reliability).toBe("notAnalysed");
    expect(j.loweredPValue).toBe(1);
  });
  it("tests the share of «понизили» against the threshold", () => {
    const objective = [...Array(50)].map((_, i) => work(4, i < 8 ? 5 : 4));
    const inflated = [...Array(50)].map((_, i) => work(4, i < 30 ? 5 : 4));
    expect(compareWithJournal(objective).loweredPValue).toBeGreaterThan(0.5);
    expect(compareWithJournal(inflated).loweredPValue).toBeLessThan(0.001);
  });
});

describe("boundary peaks", () => {
  it("reads the boundaries from the works, only where the scale is consistent", () => {
    const works = worksFromHistogram({ histogram: smooth(200), boundaries: scale });
    expect([...markBoundaries(works).entries()]).toEqual([
      [3, 5],
      [4, 10],
      [5, 15],
    ]);
    const broken = [...works, { ...(works[0] as (typeof works)[number]), primaryScore: 12, mark: 3 }];
    expect(markBoundaries(broken).has(4)).toBe(false);
  });

  it("finds no peak in a smooth distribution and a peak where works were pushed over a boundary", () => {
    const clean = smooth(120);
    const pushed = [...clean];
    pushed[10] = (pushed[10] as number) + (pushed[9] as number) + (pushed[8] as number) - 2;
    pushed[9] = 1;
    pushed[8] = 1;
    const none = boundaryPeakTest(worksFromHistogram({ histogram: clean, boundaries: scale }));
    const peak = boundaryPeakTest(worksFromHistogram({ histogram: pushed, boundaries: scale }));
    expect(none.reliability).toBe("informative");
    expect(none.pValue).toBeGreaterThan(0.2);
    expect(peak.pValue).toBeLessThan(0.001);
    const at4 = peak.boundaries.find((b) => b.mark === 4);
    expect(at4?.observed).toBe(pushed[10]);
    expect(at4?.expected).toBeGreaterThan(5);
    expect(at4?.expected).toBeLessThan(at4?.observed as number);
  });

  it("does not analyse fewer than 20 works", () => {
    const r = boundaryPeakTest(worksFromHistogram({ histogram: [0, 0, 0, 0, 0, 19], boundaries: [5, 6, 7] }));
    expect(r).toMatchObject({ sampleSize: 19, reliability: "notAnalysed", pValue: 1, boundaries: [] });
  });
});

describe("share of «2» dynamics", () => {
  it("+10 п.п. on analysable samples is over the threshold, tested with the design effect of classes", () => {
    const d = share2Dynamics([
      { year: 2024, sampleSize: 60, marks2: 6, share2: 10, classes: 2 },
      { year: 2025, sampleSize: 60, marks2: 18, share2: 30, classes: 2 },
    ]);
    expect(d.delta).toBe(20);
    expect(d.isOverThreshold).toBe(true);
    // Pooled share 0,2; design effect 1 + (30 − 1)·0,05 = 2,45 per year; z = 0,2 / √(0,16·2,45·2/60) = 1,750.
    expect(d.pValue).toBeCloseTo(0.0401, 3);
    // The same counts as 60 independent works each (one work per «class»): z = 2,739.
    const independent = share2Dynamics([
      { year: 2024, sampleSize: 60, marks2: 6, share2: 10, classes: 60 },
      { year: 2025, sampleSize: 60, marks2: 18, share2: 30, classes: 60 },
    ]);
    expect(independent.pValue).toBeCloseTo(0.00308, 4);
    const small = share2Dynamics([
      { year: 2024, sampleSize: 9, marks2: 0, share2: 0, classes: 1 },
      { year: 2025, sampleSize: 60, marks2: 30, share2: 50, classes: 2 },
    ]);
    expect(small).toMatchObject({ reliability: "notAnalysed", isOverThreshold: false });
    expect(share2Dynamics([{ year: 2025, sampleSize: 60, marks2: 6, share2: 10, classes: 2 }]).delta).toBeNull();
  });
});

describe("mark-share limits per class", () => {
  it("names each limit broken with the chance of it, and analyses classes of 10 or more only", () => {
    const big = [...Array(10)].map((_, i) => work(i < 5 ? 4 : i < 7 ? 5 : 3, null, "5А"));
    const small = [...Array(9)].map(() => work(5, null, "5Б"));
    const [a, b] = classMarkShares([...big, ...small], { max4: 40, max5: 8, min2: 0 });
    expect(a).toMatchObject({ className: "5А", share4: 50, share5: 20 });
    // P(X ≥ 5 | 10, 0,4) and P(X ≥ 2 | 10, 0,08): a class of ten is past both limits, by chance quite possibly.
    expect(a?.breaches).toEqual([
      { mark: 4, share: 50, limit: 40, pValue: expect.closeTo(0.3669, 4) },
      { mark: 5, share: 20, limit: 8, pValue: expect.closeTo(0.1879, 4) },
    ]);
    expect(classMarkShares(big)[0]?.breaches).toEqual([]); // the calibrated defaults: «4» ≤ 60 %, «5» ≤ 50 %
    expect(b).toMatchObject({ className: "5Б", reliability: "notAnalysed", breaches: [] });
    // No «2» in ten works against a floor of 5 %: P(X ≤ 0 | 10, 0,05) = 0,95¹⁰.
    expect(classMarkShares(big, { max4: 60, max5: 30, min2: 5 })[0]?.breaches).toEqual([
      { mark: 2, share: 0, limit: 5, pValue: expect.closeTo(0.5987, 4) },
    ]);
  });
});
