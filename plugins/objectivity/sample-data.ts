// Plausible synthetic values for the demo municipality, schools only: about one school in ten
// (more often weaker ones) shows objectivity problems — it is on the list, its ВПР marks disagree
// with the journal and its score distribution peaks at mark boundaries.
import type { ElementValue, SampleDataContext } from "../../core/direction/types.js";

const between = (random: () => number, min: number, max: number) => min + random() * (max - min);

export function objectivitySampleData(ctx: SampleDataContext): Record<string, ElementValue | null> {
  if (ctx.kind !== "SCHOOL") return {};
  const { random, quality: q } = ctx;
  const hasProblems = random() < 0.04 + 0.12 * (1 - q);
  const works = Math.round(ctx.contingent * between(random, 1.4, 1.8));
  const withJournal = Math.round(works * between(random, 0.9, 0.99));
  const confirmedShare = hasProblems ? between(random, 0.38, 0.6) : between(random, 0.6 + 0.1 * q, 0.72 + 0.14 * q);
  const gapsShare = hasProblems ? between(random, 0.025, 0.08) : between(random, 0, 0.012 + 0.015 * (1 - q));
  const isListed = hasProblems && random() < 0.8;
  const wasListed = isListed && random() < 0.5;
  return {
    "objectivity.listedCurrent": isListed,
    "objectivity.listedPrevious1": wasListed || (!hasProblems && random() < 0.02),
    "objectivity.listedPrevious2": wasListed && random() < 0.5,
    "objectivity.vprWithJournalMark": withJournal,
    "objectivity.vprConfirmedMarks": Math.round(withJournal * confirmedShare),
    "objectivity.vprGaps2": Math.round(withJournal * gapsShare),
    // The largest class-and-subject distribution: roughly one parallel of the school.
    "objectivity.vprPeakSample": Math.round(ctx.contingent * between(random, 0.09, 0.13)),
    "objectivity.vprBoundaryPeak": hasProblems ? random() < 0.8 : random() < 0.04,
    "objectivity.vprObservers": random() < (hasProblems ? 0.5 : 0.75 + 0.25 * q),
    "objectivity.vprRecheck": random() < (hasProblems ? 0.3 : 0.5 + 0.4 * q),
  };
}
