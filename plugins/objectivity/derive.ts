// Objectivity signals from per-student ВПР rows (methodology §5): marks against journal marks, and
// peaks of the primary-score distribution at mark boundaries.

import type { ElementValue } from "../../core/direction/types.js";
import type { VprStudentRecord } from "../achievement/formats/vpr-records.js";

/** Lowest primary score seen with each mark: the boundaries of this distribution. */
function boundaries(works: readonly VprStudentRecord[]): number[] {
  const lowest = new Map<number, number>();
  for (const w of works) {
    if (w.mark === null || w.primaryScore === null || w.mark <= 2) continue;
    lowest.set(w.mark, Math.min(lowest.get(w.mark) ?? Number.POSITIVE_INFINITY, w.primaryScore));
  }
  return [...lowest.values()];
}

/** A peak: the count at a boundary (or one above) is at least 1,5 times the mean of the two scores below. */
function hasBoundaryPeak(works: readonly VprStudentRecord[]): boolean {
  const counts = new Map<number, number>();
  for (const w of works) if (w.primaryScore !== null) counts.set(w.primaryScore, (counts.get(w.primaryScore) ?? 0) + 1);
  const at = (score: number) => counts.get(score) ?? 0;
  return boundaries(works).some((b) => {
    const below = (at(b - 1) + at(b - 2)) / 2;
    return [b, b + 1].some((s) => at(s) >= 3 && at(s) >= 1.5 * Math.max(below, 1));
  });
}

export function deriveObjectivity(records: readonly VprStudentRecord[]): Record<string, ElementValue | null> {
  const works = records.filter((r) => r.mark !== null);
  const withJournal = works.filter((r) => r.journalMark !== null);
  const groups = new Map<string, VprStudentRecord[]>();
  for (const w of works) {
    const key = `${w.subject}|${w.grade}`;
    const group = groups.get(key);
    if (group) group.push(w);
    else groups.set(key, [w]);
  }
  const peaks = [...groups.values()].filter((g) => g.length >= 20 && hasBoundaryPeak(g));
  const largest = Math.max(0, ...[...groups.values()].map((g) => g.length));
  return {
    "objectivity.vprWithJournalMark": withJournal.length,
    "objectivity.vprConfirmedMarks": withJournal.filter((r) => r.mark === r.journalMark).length,
    "objectivity.vprGaps2": withJournal.filter((r) => Math.abs((r.mark ?? 0) - (r.journalMark ?? 0)) >= 2).length,
    "objectivity.vprPeakSample": peaks.length ? Math.max(...peaks.map((g) => g.length)) : largest,
    "objectivity.vprBoundaryPeak": peaks.length > 0,
  };
}
