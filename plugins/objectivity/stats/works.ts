// The unit of every signal: the works of one grade and subject (optionally one class) of one
// organization in one year, reduced to what the statistics need.
export interface Work {
  grade: number;
  subject: string;
  className: string;
  /** Sum of the task maxima of the variant: the top of the primary-score scale. */
  maxScore: number;
  primaryScore: number | null;
  mark: number | null;
  journalMark: number | null;
}

export interface WorkGroup {
  grade: number;
  subject: string;
  works: Work[];
}

/** Groups works by grade and subject, in a stable order (grade, then subject). */
export function byGradeAndSubject(works: readonly Work[]): WorkGroup[] {
  const groups = new Map<string, WorkGroup>();
  for (const w of works) {
    const key = `${w.grade}|${w.subject}`;
    const group = groups.get(key) ?? { grade: w.grade, subject: w.subject, works: [] };
    groups.set(key, group);
    group.works.push(w);
  }
  return [...groups.values()].sort((a, b) => a.grade - b.grade || a.subject.localeCompare(b.subject, "ru"));
}

export const percent = (part: number, whole: number): number => (whole > 0 ? (100 * part) / whole : 0);
