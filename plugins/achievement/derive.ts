// Organization-level ВПР and ГИА figures derived from the imported source rows.
import type { ElementValue } from "../../core/direction/types.js";
import type { GiaResultRecord } from "./formats/gia-results.js";
import type { VprStudentRecord } from "./formats/vpr-records.js";

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Mean share of points earned on tasks of the given levels, over students who wrote the work. */
function meanTaskPercent(records: readonly VprStudentRecord[], levels: readonly string[]): number | null {
  const shares: number[] = [];
  for (const r of records) {
    const tasks = r.tasks.filter((t) => t.level !== null && levels.includes(t.level));
    const max = tasks.reduce((s, t) => s + t.maxPoints, 0);
    if (max > 0 && r.mark !== null) shares.push((tasks.reduce((s, t) => s + (t.score ?? 0), 0) / max) * 100);
  }
  return shares.length ? round1(shares.reduce((s, x) => s + x, 0) / shares.length) : null;
}

export function deriveVpr(records: readonly VprStudentRecord[]): Record<string, ElementValue | null> {
  const works = records.filter((r) => r.mark !== null && r.grade >= 4 && r.grade <= 8);
  return {
    "vpr.participants": works.length,
    "vpr.marks2": works.filter((r) => r.mark === 2).length,
    "vpr.basicTasksPercent": meanTaskPercent(works, ["Б"]),
    "vpr.advancedTasksPercent": meanTaskPercent(works, ["П", "В"]),
  };
}

const isCore = (subject: string) => /^русский/i.test(subject) || /^математика/i.test(subject);

export function deriveGia(rows: readonly GiaResultRecord[]): Record<string, ElementValue | null> {
  const oge = rows.filter((r) => r.exam === "ОГЭ" && isCore(r.subject));
  const ege = rows.filter((r) => r.exam === "ЕГЭ");
  const sum = (list: readonly GiaResultRecord[], pick: (r: GiaResultRecord) => number | null) =>
    list.reduce((s, r) => s + (pick(r) ?? 0), 0);
  return {
    "gia9.ogeResults": oge.length ? sum(oge, (r) => r.participants) : null,
    "gia9.ogeMarks2": oge.length ? sum(oge, (r) => r.marks2) : null,
    "gia11.egeResults": sum(ege, (r) => r.participants),
    "gia11.ege81to100": sum(ege, (r) => r.high81to100),
    "gia11.ege100": sum(ege, (r) => r.score100),
  };
}
