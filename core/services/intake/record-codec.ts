// Compact storage of imported source rows. A ВПР file repeats the same task layout on every row:
// it is stored once per organization and the rows as arrays, about six times smaller than plain
// JSON objects — what makes a 100 000-row commit cheap to write.
import type { VprStudentRecord } from "../../direction/records.js";
import type { ImportKind } from "../../direction/types.js";

interface VprGroup {
  subject: string;
  grade: number;
  tasks: { name: string; maxPoints: number; level: VprStudentRecord["tasks"][number]["level"] }[];
  rows: [string, string, string, (number | null)[], number | null, number | null, number | null][];
}

function encodeVpr(records: readonly VprStudentRecord[]): string {
  const groups = new Map<string, VprGroup>();
  for (const r of records) {
    const layout = r.tasks.map((t) => ({ name: t.name, maxPoints: t.maxPoints, level: t.level }));
    const key = `${r.subject}|${r.grade}|${JSON.stringify(layout)}`;
    const group = groups.get(key) ?? { subject: r.subject, grade: r.grade, tasks: layout, rows: [] };
    groups.set(key, group);
    group.rows.push([r.className, r.variant, r.studentCode, r.tasks.map((t) => t.score), r.primaryScore, r.mark, r.journalMark]);
  }
  return JSON.stringify({ v: 1, groups: [...groups.values()] });
}

function decodeVpr(text: string): VprStudentRecord[] {
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
}

export function encodeRecords(kind: ImportKind, records: readonly unknown[]): string {
  return kind === "VPR_RESULTS" ? encodeVpr(records as VprStudentRecord[]) : JSON.stringify(records);
}

export function decodeRecords(kind: ImportKind, text: string): unknown[] {
  return kind === "VPR_RESULTS" ? decodeVpr(text) : (JSON.parse(text) as unknown[]);
}
