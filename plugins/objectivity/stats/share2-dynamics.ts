// Share of «2» dynamics (methodology §5, D3.2): current minus previous year; a rise of 10
// percentage points or more is negative dynamics. On a class-sized group a rise of 10 п.п. is often
// chance, so the signal also asks Fisher's exact test whether the rise is more than chance.
import { hypergeometricUpperTail } from "./probability.js";
import { groupReliability, type Reliability } from "./reliability.js";
import { percent, type Work } from "./works.js";

export const SHARE2_RISE_THRESHOLD = 10;

export interface YearShare2 {
  year: number;
  sampleSize: number;
  marks2: number;
  share2: number;
}

export interface Share2Dynamics {
  years: YearShare2[];
  /** Last year minus the year before, п.п.; null with fewer than two years. */
  delta: number | null;
  sampleSize: number;
  reliability: Reliability;
  /** One-sided p-value of the rise (Fisher's exact test), before correction; 1 when not analysed. */
  pValue: number;
  /** The rise reaches the threshold on an analysable sample (the test is applied by the caller). */
  isOverThreshold: boolean;
}

export function share2Of(year: number, works: readonly Work[]): YearShare2 {
  const marked = works.filter((w) => w.mark !== null);
  const marks2 = marked.filter((w) => w.mark === 2).length;
  return { year, sampleSize: marked.length, marks2, share2: percent(marks2, marked.length) };
}

/** `years` in any order; the two latest with works are compared. */
export function share2Dynamics(years: readonly YearShare2[]): Share2Dynamics {
  const sorted = years.filter((y) => y.sampleSize > 0).sort((a, b) => a.year - b.year);
  const last = sorted.at(-1);
  const before = sorted.at(-2);
  if (!last || !before) {
    return { years: sorted, delta: null, sampleSize: last?.sampleSize ?? 0, reliability: "notAnalysed", pValue: 1, isOverThreshold: false };
  }
  const sampleSize = Math.min(last.sampleSize, before.sampleSize);
  const reliability = groupReliability(sampleSize);
  const delta = last.share2 - before.share2;
  const isAnalysed = reliability !== "notAnalysed";
  const pValue = isAnalysed
    ? hypergeometricUpperTail(last.marks2, last.sampleSize + before.sampleSize, last.marks2 + before.marks2, last.sampleSize)
    : 1;
  return { years: sorted, delta, sampleSize, reliability, pValue, isOverThreshold: isAnalysed && delta >= SHARE2_RISE_THRESHOLD - 1e-9 };
}
