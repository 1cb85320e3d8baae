import { describe, expect, it } from "vitest";
import { betaBinomial, binomialUpperTail, fitBetaBinomial, holm, logGamma } from "./probability.js";

describe("probability helpers", () => {
  it("logGamma matches factorials", () => {
    expect(logGamma(1)).toBeCloseTo(0, 10);
    expect(logGamma(6)).toBeCloseTo(Math.log(120), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10);
  });

  it("binomial upper tail is exact on small cases", () => {
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
    expect(binomialUpperTail(10, 10, 0.5)).toBeCloseTo(1 / 1024, 12);
    // P(X ≥ 2), n = 3, p = 0.5: (3 + 1) / 8
    expect(binomialUpperTail(2, 3, 0.5)).toBeCloseTo(0.5, 12);
  });

  it("beta-binomial sums to one and is uniform for a = b = 1", () => {
    const p = betaBinomial(20, 2.5, 4);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    for (const v of betaBinomial(9, 1, 1)) expect(v).toBeCloseTo(0.1, 10);
  });

  it("the fit recovers a known distribution without the excluded points", () => {
    const truth = betaBinomial(30, 6, 4);
    const counts = truth.map((p) => Math.round(p * 10_000));
    counts[18] = (counts[18] as number) * 3; // a planted peak, excluded from the fit
    const fitted = fitBetaBinomial(counts, new Set([16, 17, 18, 19]));
    for (let s = 0; s <= 30; s++) expect(fitted[s]).toBeCloseTo(truth[s] as number, 2);
  });

  it("Holm adjusts in step-down order and keeps monotonicity", () => {
    expect(holm([0.01, 0.04, 0.03])).toEqual([0.03, 0.06, 0.06]);
    expect(holm([0.5])).toEqual([0.5]);
  });
});
