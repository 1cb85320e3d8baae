// Share of «2» dynamics (methodology §5, D3.2): current minus previous year; a rise of 10
// percentage points or more is negative dynamics. On a class-sized group a rise of 10 п.п. is often
// chance, so the signal also asks whether the rise is more than chance. Students of one class share
// a teacher and a day: their marks are not independent draws, and a test that treats them so sees
// the ordinary difference between two cohorts as significant. The test is therefore a two-proportion
// z-test whose variance carries the design effect of classes, 1 + (m − 1)·ρ (m — mean class size).
import { normalUpperTail } from "./probability.js";
import { groupReliability, type Reliability } from "./reliability.js";
import { percent, type Work } from "./works.js";

export const SHARE2_RISE_THRESHOLD = 10;

/** Intra-class correlation of a «2» among the works of one class (an assumption; plugin README). */
export const CLASS_ICC = 0.05;

export interface YearShare2 {
  year: number;
  sampleSize: number;
  marks2: number;
  share2: number;
  /** Classes the works come from (for the design effect). */
  classes: number;
}

export interface Share2Dynamics {
  years: YearShare2[];
  /** Last year minus the year before, п.п.; null with fewer than two years. */
  delta: number | null;
  sampleSize: number;
  reliability: Reliability;
  /** One-sided p-value of the rise (z-test with the design effect of classes), before correction;
   *  1 when not analysed. */
  pValue: number;
  /** The rise reaches the threshold on an analysable sample (the test is applied by the caller). */
  isOverThreshold: boolean;
}

export function share2Of(year: number, works: readonly Work[]): YearShare2 {
  const marked = works.filter((w) => w.mark !== null);
  const marks2 = marked.filter((w) => w.mark === 2).length;
  const classes = new Set(marked.map((w) => w.className)).size;
  return { year, sampleSize: marked.length, marks2, share2: percent(marks2, marked.length), classes };
}

const designEffect = (y: YearShare2) => 1 + (y.sampleSize / Math.max(1, y.classes) - 1) * CLASS_ICC;

/** One-sided p-value that the share of «2» rose from `before` to `last` by more than chance. */
export function share2RisePValue(before: YearShare2, last: YearShare2): number {
  const pooled = (before.marks2 + last.marks2) / (before.sampleSize + last.sampleSize);
  if (pooled <= 0 || pooled >= 1) return 1;
  const variance = pooled * (1 - pooled) * (designEffect(last) / last.sampleSize + designEffect(before) / before.sampleSize);
  return normalUpperTail((last.marks2 / last.sampleSize - before.marks2 / before.sampleSize) / Math.sqrt(variance));
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
  const pValue = isAnalysed ? share2RisePValue(before, last) : 1;
  return { years: sorted, delta, sampleSize, reliability, pValue, isOverThreshold: isAnalysed && delta >= SHARE2_RISE_THRESHOLD - 1e-9 };
}
