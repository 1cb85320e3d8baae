// ВПР-like task layouts and mark scales for the synthetic schools: maxima and boundaries close to
// the published ВПР scales of recent years (the exact year does not matter for the validation).
export interface VprScale {
  grade: number;
  subject: string;
  /** Max points per task. */
  tasks: number[];
  /** Lowest primary score of marks 3, 4, 5. */
  boundaries: [number, number, number];
  /** Ability shift that brings the mark shares near published ВПР shares («2» 10–20 %, «5» 8–16 %). */
  ease: number;
}

export const SCALES: readonly VprScale[] = [
  { grade: 4, subject: "Русский язык", tasks: [4, 3, 3, 3, 2, 2, 2, 2, 3, 2, 2, 2, 2, 3, 3], boundaries: [14, 24, 33], ease: 1.1 },
  { grade: 4, subject: "Математика", tasks: [1, 1, 2, 1, 1, 1, 1, 2, 2, 1, 2, 2], boundaries: [6, 10, 14], ease: 0.3 },
  { grade: 5, subject: "Русский язык", tasks: [9, 3, 3, 3, 4, 2, 3, 2, 2, 2, 2, 3, 3, 2, 2], boundaries: [18, 29, 38], ease: 1.1 },
  { grade: 5, subject: "Математика", tasks: [1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 2, 2, 2, 2], boundaries: [5, 10, 15], ease: 0.5 },
  { grade: 6, subject: "Русский язык", tasks: [9, 3, 3, 3, 4, 3, 2, 3, 2, 3, 3, 2, 2, 2, 3, 2, 2], boundaries: [25, 35, 44], ease: 1.6 },
  { grade: 6, subject: "Математика", tasks: [1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2], boundaries: [6, 10, 14], ease: 0.5 },
];

export const markOf = (scale: VprScale, score: number): number => {
  const [b3, b4, b5] = scale.boundaries;
  return score >= b5 ? 5 : score >= b4 ? 4 : score >= b3 ? 3 : 2;
};
