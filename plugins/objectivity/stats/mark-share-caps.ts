// Mark-share limits per class (a region's practice, methodology §5): share of «4» at most a cap,
// share of «5» at most a subject cap, share of «2» at least a subject floor. The operator sets the
// limits; the defaults are the published example (40 % and 8 %, no floor).
import { groupReliability, type Reliability } from "./reliability.js";
import { percent, type Work } from "./works.js";

export interface MarkShareLimits {
  /** Highest share of «4», %. @default 40 */
  max4: number;
  /** Highest share of «5», %. @default 8 */
  max5: number;
  /** Lowest share of «2», %. @default 0 (no floor) */
  min2: number;
}

export const DEFAULT_MARK_SHARE_LIMITS: MarkShareLimits = { max4: 40, max5: 8, min2: 0 };

export interface ClassMarkShares {
  className: string;
  sampleSize: number;
  reliability: Reliability;
  share2: number;
  share4: number;
  share5: number;
  /** The limits broken, e.g. «доля „5“ 20 % > 8 %». Empty when none, or when not analysed. */
  breaches: { mark: 2 | 4 | 5; share: number; limit: number }[];
}

export function classMarkShares(works: readonly Work[], limits: MarkShareLimits = DEFAULT_MARK_SHARE_LIMITS): ClassMarkShares[] {
  const classes = new Map<string, Work[]>();
  for (const w of works) if (w.mark !== null) classes.set(w.className, [...(classes.get(w.className) ?? []), w]);
  return [...classes.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "ru"))
    .map(([className, list]) => {
      const n = list.length;
      const share = (mark: number) => percent(list.filter((w) => w.mark === mark).length, n);
      const reliability = groupReliability(n);
      const [share2, share4, share5] = [share(2), share(4), share(5)];
      const breaches: ClassMarkShares["breaches"] = [];
      if (reliability !== "notAnalysed") {
        if (share4 > limits.max4) breaches.push({ mark: 4, share: share4, limit: limits.max4 });
        if (share5 > limits.max5) breaches.push({ mark: 5, share: share5, limit: limits.max5 });
        if (share2 < limits.min2) breaches.push({ mark: 2, share: share2, limit: limits.min2 });
      }
      return { className, sampleSize: n, reliability, share2, share4, share5, breaches };
    });
}
