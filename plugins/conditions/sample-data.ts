// Plausible synthetic values for the demo municipality: better organizations (higher `quality`)
// have more certified and younger teachers, fewer vacancies and remarks, better equipped schools.
import type { ElementValue, SampleDataContext } from "../../core/direction/types.js";

const between = (random: () => number, min: number, max: number) => min + random() * (max - min);
const share = (random: () => number, total: number, min: number, max: number) =>
  Math.min(total, Math.round(total * between(random, Math.max(0, min), Math.min(1, max))));
const halves = (n: number) => Math.round(n * 2) / 2;

/** Pupils per teacher: a kindergarten group has two educators, an УДО teacher leads several groups. */
const PUPILS_PER_TEACHER = { SCHOOL: 15, PRESCHOOL: 9, ADDITIONAL: 28 } as const;

export function conditionsSampleData(ctx: SampleDataContext): Record<string, ElementValue | null> {
  const { random, quality: q } = ctx;
  const teachers = Math.max(6, Math.round((ctx.contingent / PUPILS_PER_TEACHER[ctx.kind]) * between(random, 0.9, 1.1)));
  const positions = halves(teachers * between(random, 1.1, 1.35));
  const vacant = random() < 0.65 - 0.55 * q ? halves(positions * between(random, 0.01, 0.08 - 0.05 * q)) : 0;
  const values: Record<string, ElementValue | null> = {
    "staff.teachers": teachers,
    "staff.withCategory": share(random, teachers, 0.15 + 0.45 * q, 0.3 + 0.5 * q),
    "staff.higherPedagogical": share(random, teachers, 0.5 + 0.3 * q, 0.65 + 0.33 * q),
    "staff.teacherPositions": positions,
    "staff.vacantPositions": vacant,
    "staff.under35": share(random, teachers, 0.08 + 0.12 * q, 0.16 + 0.18 * q),
    "facilities.safetyRemarks": random() < 0.4 - 0.35 * q ? 1 + Math.floor(random() * 3) : 0,
    "facilities.cateringRemarks": random() < 0.3 - 0.25 * q ? 1 + Math.floor(random() * 2) : 0,
  };
  if (ctx.kind !== "SCHOOL") return values;
  const students = ctx.contingent;
  return {
    ...values,
    "facilities.students": students,
    "facilities.computersPerStudent": Math.round(between(random, 0.08 + 0.12 * q, 0.14 + 0.16 * q) * 100) / 100,
    "facilities.broadbandStudents": random() < 0.35 + 0.6 * q ? students : share(random, students, 0.6, 0.98),
  };
}
