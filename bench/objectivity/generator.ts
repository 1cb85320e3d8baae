// A deterministic generator of per-student ВПР results for synthetic schools, with optional planted
// manipulation: scores pushed over the mark boundaries, journal marks inflated, or both. Students
// answer task by task (a partial-credit logistic model on a latent ability), so the primary-score
// histogram has the lumps and skews of real distributions rather than a fitted curve's shape.
import { seededRandom } from "../../core/domain/random.js";
import type { VprStudentRecord } from "../../plugins/achievement/formats/vpr-records.js";
import { markOf, SCALES, type VprScale } from "./scales.js";

export type Manipulation = "none" | "push" | "journal" | "both";

export interface SchoolOptions {
  seed: number;
  manipulation?: Manipulation;
  /** Students per grade and subject; @default random: 1–4 classes of 15–30 */
  studentsPerGrade?: number;
  /** Grades to generate. @default [4, 5, 6] */
  grades?: readonly number[];
  /** Share of works within two points below a boundary pushed onto it. @default 0.8 */
  pushShare?: number;
  /** Share of works whose journal mark is raised by one. @default 0.5 */
  inflateShare?: number;
  /** The year manipulated: the current one, or the previous one only (then the current year's
   *  objective results show a rise of «2» against the inflated year). @default "current" */
  manipulatedYear?: "current" | "previous";
}

export interface SyntheticSchool {
  manipulation: Manipulation;
  /** Current year's works, then the previous year's (same school, new students). */
  years: { year: number; records: VprStudentRecord[] }[];
}

const normal = (random: () => number) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

function classSizes(random: () => number, total: number | undefined): number[] {
  if (total !== undefined) {
    const classes = Math.max(1, Math.round(total / 25));
    return Array.from({ length: classes }, (_, i) => Math.floor(total / classes) + (i < total % classes ? 1 : 0));
  }
  return Array.from({ length: 1 + Math.floor(random() * 4) }, () => 15 + Math.floor(random() * 16));
}

/** Sequential partial credit: each further point of a task is a little harder than the last. */
function answer(random: () => number, ability: number, difficulty: number, max: number): number {
  let score = 0;
  while (score < max && random() < logistic(1.3 * (ability - difficulty) - 0.35 * score)) score++;
  return score;
}

function pushOver(scale: VprScale, scores: number[], random: () => number, share: number): void {
  const total = scores.reduce((a, b) => a + b, 0);
  const target = scale.boundaries.find((b) => total >= b - 2 && total < b);
  if (target === undefined || random() >= share) return;
  for (let i = 0, need = target - total; need > 0; i = (i + 1) % scores.length) {
    if ((scores[i] as number) < (scale.tasks[i] as number)) {
      scores[i] = (scores[i] as number) + 1;
      need--;
    }
  }
}

/** Journal marks of an objective school: mostly the same, sometimes one higher, rarely one lower. */
function journalMark(random: () => number, mark: number, confirm: number, inflate: number): number {
  const r = random();
  let journal = mark;
  if (r > confirm) journal = r > confirm + (1 - confirm) * 0.72 ? mark - 1 : mark + 1;
  if (random() < 0.004) journal = mark + (random() < 0.5 ? 2 : -2);
  if (random() < inflate) journal = Math.max(journal, mark + (random() < 0.15 ? 2 : 1));
  return Math.min(5, Math.max(2, journal));
}

function yearOf(args: {
  random: () => number;
  options: SchoolOptions;
  year: number;
  level: number;
  isCurrent: boolean;
}): VprStudentRecord[] {
  const { random, options } = args;
  const isManipulated = args.isCurrent === ((options.manipulatedYear ?? "current") === "current");
  const manipulation = isManipulated ? (options.manipulation ?? "none") : "none";
  const confirm = 0.7 + 0.15 * random();
  const records: VprStudentRecord[] = [];
  for (const [index, scale] of SCALES.entries()) {
    if (!(options.grades ?? [4, 5, 6]).includes(scale.grade)) continue;
    // One federal test per grade, subject and year: the same tasks for every school.
    const test = seededRandom(1000 + index);
    const difficulties = scale.tasks.map((_, i) => -1.2 + (2.4 * i) / scale.tasks.length + 0.5 * normal(test));
    classSizes(random, options.studentsPerGrade).forEach((size, c) => {
      const classLevel = args.level + 0.2 * normal(random);
      for (let s = 0; s < size; s++) {
        const ability = scale.ease + classLevel + normal(random);
        const scores = scale.tasks.map((max, i) => answer(random, ability, difficulties[i] as number, max));
        if (manipulation === "push" || manipulation === "both") pushOver(scale, scores, random, options.pushShare ?? 0.8);
        const primary = scores.reduce((a, b) => a + b, 0);
        const mark = markOf(scale, primary);
        const inflate = manipulation === "journal" || manipulation === "both" ? (options.inflateShare ?? 0.5) : 0;
        records.push({
          subject: scale.subject,
          grade: scale.grade,
          className: `${scale.grade}${"АБВГ"[c]}`,
          variant: String(1 + (s % 2)),
          studentCode: `${args.year}-${scale.grade}-${c}-${s}`,
          tasks: scale.tasks.map((max, i) => ({ name: String(i + 1), maxPoints: max, level: null, score: scores[i] ?? 0 })),
          primaryScore: primary,
          mark,
          journalMark: journalMark(random, mark, confirm, inflate),
        });
      }
    });
  }
  return records;
}

export function generateSchool(options: SchoolOptions): SyntheticSchool {
  const random = seededRandom(options.seed);
  const level = 0.35 * normal(random);
  return {
    manipulation: options.manipulation ?? "none",
    years: [2025, 2024].map((year) => ({
      year,
      records: yearOf({ random, options, year, level: level + 0.1 * normal(random), isCurrent: year === 2025 }),
    })),
  };
}
