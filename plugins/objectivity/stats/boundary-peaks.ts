// Boundary peaks (methodology §5): does the primary-score histogram pile up at the lowest score of
// a mark? The expectation is a beta-binomial distribution fitted to the same histogram without
// the scores around every boundary; the count at the boundary is compared with it by an exact
// binomial tail. The tests over the boundaries of one distribution are combined conservatively.
import { binomialUpperTail, fitBetaBinomial } from "./probability.js";
import { distributionReliability, type Reliability } from "./reliability.js";
import type { Work } from "./works.js";

/** Scores relative to a boundary that are tested (the boundary itself). */
export const TESTED_OFFSETS: readonly number[] = [0];
/** Scores relative to a boundary left out of the fit: the tested ones. Leaving out the two scores
 *  below as well (what a push empties) was tried: on 20-point scales it leaves too few scores to
 *  fit, and it lowered detection of half-strength pushing from 75 % to 66 % (docs/objectivity.md). */
export const EXCLUDED_OFFSETS: readonly number[] = [0];

export interface BoundaryTest {
  mark: number;
  /** Lowest primary score with this mark. */
  boundary: number;
  observed: number;
  expected: number;
  /** One-sided P(count ≥ observed) under the fitted expectation. */
  pValue: number;
}

export interface BoundaryPeakResult {
  sampleSize: number;
  reliability: Reliability;
  maxScore: number;
  /** Works per primary score 0…maxScore. */
  histogram: number[];
  /** Fitted smooth expectation per score (same scale). */
  expected: number[];
  boundaries: BoundaryTest[];
  /** Distribution-level p-value: the smaller of the summed test and the Bonferroni-corrected
   *  smallest boundary test, doubled for having looked at both. 1 when not analysed. */
  pValue: number;
}

/** Lowest score with each mark 3…5, kept only where the scale is consistent (every work of the
 *  mark below scored less): a boundary is read from the works, the scale is not imported. */
export function markBoundaries(works: readonly Work[]): Map<number, number> {
  const lowest = new Map<number, number>();
  const highest = new Map<number, number>();
  for (const w of works) {
    if (w.mark === null || w.primaryScore === null) continue;
    lowest.set(w.mark, Math.min(lowest.get(w.mark) ?? Number.POSITIVE_INFINITY, w.primaryScore));
    highest.set(w.mark, Math.max(highest.get(w.mark) ?? Number.NEGATIVE_INFINITY, w.primaryScore));
  }
  const boundaries = new Map<number, number>();
  for (const mark of [3, 4, 5]) {
    const low = lowest.get(mark);
    const below = highest.get(mark - 1);
    if (low !== undefined && low > 0 && (below === undefined || below < low)) boundaries.set(mark, low);
  }
  return boundaries;
}

/** Pearson dispersion of the fit over the scores it was fitted to, at least 1: scores with an
 *  expectation below 1 are pooled so that sparse tails do not inflate it. */
export function overdispersion(histogram: readonly number[], fitted: readonly number[], excluded: ReadonlySet<number>): number {
  const n = histogram.reduce((a, b) => a + b, 0);
  let chi2 = 0;
  let cells = 0;
  let pooledO = 0;
  let pooledE = 0;
  histogram.forEach((o, s) => {
    if (excluded.has(s)) return;
    pooledO += o;
    pooledE += n * (fitted[s] ?? 0);
    if (pooledE >= 1) {
      chi2 += (pooledO - pooledE) ** 2 / pooledE;
      cells++;
      pooledO = 0;
      pooledE = 0;
    }
  });
  if (pooledE > 0) chi2 += (pooledO - pooledE) ** 2 / Math.max(pooledE, 1);
  return cells > 3 ? Math.max(1, chi2 / (cells - 3)) : 1;
}

export function boundaryPeakTest(works: readonly Work[]): BoundaryPeakResult {
  const scored = works.filter((w) => w.primaryScore !== null && w.mark !== null);
  const maxScore = Math.max(0, ...scored.map((w) => Math.max(w.maxScore, w.primaryScore ?? 0)));
  const histogram = new Array<number>(maxScore + 1).fill(0);
  for (const w of scored) histogram[w.primaryScore as number] = (histogram[w.primaryScore as number] ?? 0) + 1;
  const n = scored.length;
  const reliability = distributionReliability(n);
  const boundaryScores = markBoundaries(scored);
  if (reliability === "notAnalysed" || boundaryScores.size === 0) {
    return { sampleSize: n, reliability, maxScore, histogram, expected: histogram.map(() => 0), boundaries: [], pValue: 1 };
  }
  const inScale = (s: number) => s >= 0 && s <= maxScore;
  const excluded = new Set<number>();
  for (const b of boundaryScores.values()) for (const o of EXCLUDED_OFFSETS) if (inScale(b + o)) excluded.add(b + o);
  const fitted = fitBetaBinomial(histogram, excluded);
  const dispersion = overdispersion(histogram, fitted, excluded);
  // The boundaries are read from the works, so each tested score holds at least the one work that
  // located it: that work is not counted (conditioning on the boundary having been seen). And by
  // quasi-likelihood, a histogram the smooth curve fits worse than chance allows counts for less.
  const tail = (observed: number, probability: number, located: number) =>
    binomialUpperTail(Math.ceil((observed - located) / dispersion), Math.round((n - located) / dispersion), probability);
  const tests: BoundaryTest[] = [];
  let observedSum = 0;
  let probabilitySum = 0;
  const counted = new Set<number>();
  for (const [mark, boundary] of boundaryScores) {
    const scores = TESTED_OFFSETS.map((o) => boundary + o).filter(inScale);
    const observed = scores.reduce((sum, s) => sum + (histogram[s] ?? 0), 0);
    const probability = scores.reduce((sum, s) => sum + (fitted[s] ?? 0), 0);
    tests.push({ mark, boundary, observed, expected: n * probability, pValue: tail(observed, probability, 1) });
    for (const s of scores) {
      if (counted.has(s)) continue;
      counted.add(s);
      observedSum += histogram[s] ?? 0;
      probabilitySum += fitted[s] ?? 0;
    }
  }
  const summed = tail(observedSum, Math.min(1, probabilitySum), tests.length);
  const smallest = Math.min(...tests.map((t) => t.pValue)) * tests.length;
  return {
    sampleSize: n,
    reliability,
    maxScore,
    histogram,
    expected: fitted.map((p) => n * p),
    boundaries: tests,
    pValue: Math.min(1, 2 * Math.min(summed, smallest)),
  };
}
