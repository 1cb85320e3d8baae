// Hand-built works for the unit tests: a histogram and a mark scale become works.
import type { Work } from "./works.js";

export function worksFromHistogram(args: {
  histogram: readonly number[];
  boundaries: readonly [number, number, number];
  grade?: number;
  subject?: string;
  className?: string;
}): Work[] {
  const [b3, b4, b5] = args.boundaries;
  const maxScore = args.histogram.length - 1;
  return args.histogram.flatMap((count, score) =>
    Array.from({ length: count }, () => ({
      grade: args.grade ?? 5,
      subject: args.subject ?? "Математика",
      className: args.className ?? "5А",
      maxScore,
      primaryScore: score,
      mark: score >= b5 ? 5 : score >= b4 ? 4 : score >= b3 ? 3 : 2,
      journalMark: null,
    })),
  );
}

export const work = (mark: number, journalMark: number | null, className = "5А"): Work => ({
  grade: 5,
  subject: "Математика",
  className,
  maxScore: 20,
  primaryScore: null,
  mark,
  journalMark,
});
