// Sample-size rules of methodology §5: a distribution of primary scores is read from 50 works
// (informative), roughly from 20 (approximate), not at all below 20; a group comparison (marks
// against the journal, mark shares of a class) needs at least 10 works.

export type Reliability = "informative" | "approximate" | "notAnalysed";

export const INFORMATIVE_SAMPLE = 50;
export const DISTRIBUTION_MIN_SAMPLE = 20;
export const GROUP_MIN_SAMPLE = 10;

/** For the score distribution (boundary peaks). */
export function distributionReliability(sampleSize: number): Reliability {
  if (sampleSize >= INFORMATIVE_SAMPLE) return "informative";
  return sampleSize >= DISTRIBUTION_MIN_SAMPLE ? "approximate" : "notAnalysed";
}

/** For group shares (journal comparison, «2» dynamics, mark shares of a class). */
export function groupReliability(sampleSize: number): Reliability {
  if (sampleSize >= INFORMATIVE_SAMPLE) return "informative";
  return sampleSize >= GROUP_MIN_SAMPLE ? "approximate" : "notAnalysed";
}

export const RELIABILITY_LABELS: Record<Reliability, string> = {
  informative: "вывод информативен",
  approximate: "вывод приблизительный",
  notAnalysed: "не анализируется",
};
