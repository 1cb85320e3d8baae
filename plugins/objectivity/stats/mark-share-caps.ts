// Mark-share limits per class (a region's practice, methodology §5): share of «4» at most a cap,
// share of «5» at most a subject cap, share of «2» at least a subject floor. The operator sets the
// limits. A class of 25 is a small sample: a share over the limit is a breach only when it is over
// it by more than chance (a one-sided binomial test against the limit; the caller corrects for the
// number of classes). The defaults are calibrated on realistic mark shares (plugin README,
// docs/objectivity.md); the published example (40 % «4», 8 % «5») is for the operator to set.
import { binomialUpperTail } from "./probability.js";
import { groupReliability, type Reliability } from "./reliability.js";
import { percent, type Work } from "./works.js";

export interface MarkShareLimits {
  /** Highest share of «4», %. @default 60 */
  max4: number;
  /** Highest share of «5», %. @default 50 */
  max5: number;
  /** Lowest share of «2», %. @default 0 (no floor) */
  min2: number;
}

export const DEFAULT_MARK_SHARE_LIMITS: MarkShareLimits = { max4: 60, max5: 50, min2: 0 };

export interface ClassMarkShares {
  className: string;
  sampleSize: number;
  reliability: Reliability;
  share2: number;
  share4: number;
  share5: number;
  /** The limits the class's shares are past, e.g. «доля „5“ 20 % > 8 %», with the one-sided
   *  p-value of being past it by chance (uncorrected). Empty when none, or when not analysed. */
  breaches: { mark: 2 | 4 | 5; share: number; limit: number; pValue: number }[];
}

export function classMarkShares(works: readonly Work[], limits: MarkShareLimits = DEFAULT_MARK_SHARE_LIMITS): ClassMarkShares[] {
  const classes = new Map<string, Work[]>();
  for (const w of works) if (w.mark !== null) classes.set(w.className, [...(classes.get(w.className) ?? []), w]);
  return [...classes.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "ru"))
    .map(([className, list]) => {
      const n = list.length;
      const count = (mark: number) => list.filter((w) => w.mark === mark).length;
      const share = (mark: number) => percent(count(mark), n);
      const reliability = groupReliability(n);
      const [share2, share4, share5] = [share(2), share(4), share(5)];
      const breaches: ClassMarkShares["breaches"] = [];
      if (reliability !== "notAnalysed") {
        const above = (mark: 4 | 5, limit: number) => binomialUpperTail(count(mark), n, limit / 100);
        // Below a floor: P(X ≤ k) = 1 − P(X ≥ k + 1).
        const below = (limit: number) => 1 - binomialUpperTail(count(2) + 1, n, limit / 100);
        if (share4 > limits.max4) breaches.push({ mark: 4, share: share4, limit: limits.max4, pValue: above(4, limits.max4) });
        if (share5 > limits.max5) breaches.push({ mark: 5, share: share5, limit: limits.max5, pValue: above(5, limits.max5) });
        if (share2 < limits.min2) breaches.push({ mark: 2, share: share2, limit: limits.min2, pValue: below(limits.min2) });
      }
      return { className, sampleSize: n, reliability, share2, share4, share5, breaches };
    });
}
