// One student's ВПР work as the ФИС ОКО format keeps it, and its compact storage: a file repeats
// the same task layout on every row, so it is stored once per work and the rows as arrays, about
// six times smaller than plain JSON objects — what makes a 100 000-row commit cheap to write.
import type { RecordCodec } from "../../../core/direction/import/format.js";

export type TaskLevel = "Б" | "П" | "В";

/** One student's ВПР work from ФИС ОКО «Индивидуальные результаты». */
export interface VprStudentRecord {
  subject: string;
  grade: number;
  className: string;
  variant: string;
  studentCode: string;
  /** Per task: max points, level and the score (null when not done or missing). */
  tasks: { name: string; maxPoints: number; level: TaskLevel | null; score: number | null }[];
  primaryScore: number | null;
  mark: number | null;
  journalMark: number | null;
}

interface VprGroup {
  subject: string;
  grade: number;
  tasks: { name: string; maxPoints: number; level: TaskLevel | null }[];
  rows: [string, string, string, (number | null)[], number | null, number | null, number | null][];
}

export const vprCodec: RecordCodec<VprStudentRecord> = {
  encode(records) {
    const groups = new Map<string, VprGroup>();
    for (const r of records) {
      const layout = r.tasks.map((t) => ({ name: t.name, maxPoints: t.maxPoints, level: t.level }));
      const key = `${r.subject}|${r.grade}|${JSON.stringify(layout)}`;
      const group = groups.get(key) ?? { subject: r.subject, grade: r.grade, tasks: layout, rows: [] };
      groups.set(key, group);
      group.rows.push([r.className, r.variant, r.studentCode, r.tasks.map((t) => t.score), r.primaryScore, r.mark, r.journalMark]);
    }
    return JSON.stringify({ v: 1, groups: [...groups.values()] });
  },
  decode(text) {
    const { groups } = JSON.parse(text) as { groups: VprGroup[] };
    return groups.flatMap((g) =>
      g.rows.map(([className, variant, studentCode, scores, primaryScore, mark, journalMark]) => ({
        subject: g.subject,
        grade: g.grade,
        className,
        variant,
        studentCode,
        tasks: g.tasks.map((t, i) => ({ ...t, score: scores[i] ?? null })),
        primaryScore,
        mark,
        journalMark,
      })),
    );
  },
};
