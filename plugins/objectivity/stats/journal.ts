// Marks against journal marks (ФИС ОКО «Сравнение отметок с отметками по журналу»): «понизили» —
// the ВПР mark is below the journal mark, «подтвердили» — equal, «повысили» — above.
import { binomialUpperTail } from "./probability.js";
import { groupReliability, type Reliability } from "./reliability.js";
import { percent, type Work } from "./works.js";

/** Share of «понизили» a school with objective journal marks stays below (proposal, §5 README). */
export const LOWERED_THRESHOLD = 30;
/** Share of gaps of two marks or more a school with objective journal marks stays below. */
export const GAPS2_THRESHOLD = 2;

export interface JournalShares {
  sampleSize: number;
  lowered: number;
  confirmed: number;
  raised: number;
  gaps2: number;
  loweredShare: number;
  confirmedShare: number;
  raisedShare: number;
  gaps2Share: number;
}

export interface JournalComparison extends JournalShares {
  reliability: Reliability;
  /** P(«понизили» ≥ observed) if the true share were the threshold. */
  loweredPValue: number;
  /** P(gaps ≥ observed) if the true share were the threshold. */
  gaps2PValue: number;
}

export function journalShares(works: readonly Work[]): JournalShares {
  const paired = works.filter((w) => w.mark !== null && w.journalMark !== null) as (Work & { mark: number; journalMark: number })[];
  const lowered = paired.filter((w) => w.mark < w.journalMark).length;
  const raised = paired.filter((w) => w.mark > w.journalMark).length;
  const gaps2 = paired.filter((w) => Math.abs(w.mark - w.journalMark) >= 2).length;
  const n = paired.length;
  return {
    sampleSize: n,
    lowered,
    confirmed: n - lowered - raised,
    raised,
    gaps2,
    loweredShare: percent(lowered, n),
    confirmedShare: percent(n - lowered - raised, n),
    raisedShare: percent(raised, n),
    gaps2Share: percent(gaps2, n),
  };
}

export function compareWithJournal(works: readonly Work[]): JournalComparison {
  const shares = journalShares(works);
  const reliability = groupReliability(shares.sampleSize);
  const analysed = reliability !== "notAnalysed";
  return {
    ...shares,
    reliability,
    loweredPValue: analysed ? binomialUpperTail(shares.lowered, shares.sampleSize, LOWERED_THRESHOLD / 100) : 1,
    gaps2PValue: analysed ? binomialUpperTail(shares.gaps2, shares.sampleSize, GAPS2_THRESHOLD / 100) : 1,
  };
}
