// ФИС ОКО per-student rows, as the core keeps them, reduced to the works the statistics read.
import type { VprStudentRecord } from "../achievement/formats/vpr-records.js";
import type { Work } from "./stats/works.js";

export function worksOf(records: readonly VprStudentRecord[]): Work[] {
  return records.map((r) => ({
    grade: r.grade,
    subject: r.subject,
    className: r.className,
    maxScore: r.tasks.reduce((sum, t) => sum + t.maxPoints, 0),
    primaryScore: r.primaryScore,
    mark: r.mark,
    journalMark: r.journalMark,
  }));
}
