// D5.2–D5.4 elements from per-student ВПР rows: the counts behind the shares, and the boundary-peak
// and journal signals of signals.ts with the sentence that names each raised one. Only this
// organization's rows of this cycle are at hand here, so the signals D5 reads are the ones that
// need nothing else (references and earlier years are added by the objectivitySignals query).

import type { ElementValue } from "../../core/direction/types.js";
import type { VprStudentRecord } from "../achievement/formats/vpr-records.js";
import { worksOf } from "./records.js";
import { objectivitySignals, type Signal } from "./signals.js";

const raisedText = (signals: readonly Signal[]) => signals.map((s) => s.explanation.replace(/\.$/, "")).join("; ");

export function deriveObjectivity(records: readonly VprStudentRecord[]): Record<string, ElementValue | null> {
  const works = worksOf(records).filter((w) => w.mark !== null);
  const withJournal = works.filter((w) => w.journalMark !== null);
  const signals = objectivitySignals({ year: 0, works });
  const peaks = signals.filter((s) => s.kind === "BOUNDARY_PEAK");
  const raisedPeaks = peaks.filter((s) => s.isRaised);
  const raisedJournal = signals.filter((s) => (s.kind === "JOURNAL_LOWERED" || s.kind === "JOURNAL_GAPS2") && s.isRaised);
  const analysedPeaks = peaks.filter((s) => s.reliability !== "notAnalysed");
  const sample = (list: readonly Signal[]) => Math.max(0, ...list.map((s) => s.sampleSize));
  return {
    "objectivity.vprWithJournalMark": withJournal.length,
    "objectivity.vprConfirmedMarks": withJournal.filter((w) => w.mark === w.journalMark).length,
    "objectivity.vprGaps2": withJournal.filter((w) => Math.abs((w.mark ?? 0) - (w.journalMark ?? 0)) >= 2).length,
    "objectivity.vprPeakSample": raisedPeaks.length ? sample(raisedPeaks) : analysedPeaks.length ? sample(analysedPeaks) : sample(peaks),
    "objectivity.vprBoundaryPeak": raisedPeaks.length > 0,
    "objectivity.vprPeakSignals": raisedPeaks.length ? raisedText(raisedPeaks) : null,
    "objectivity.vprJournalSignals": raisedJournal.length ? raisedText(raisedJournal) : null,
  };
}
