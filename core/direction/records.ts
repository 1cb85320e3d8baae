// Source rows the core's format readers keep, as plugins see them in `derive`.

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

/** One organization × exam × subject row of ГИА results. */
export interface GiaResultRecord {
  exam: "ОГЭ" | "ЕГЭ";
  subject: string;
  participants: number;
  /** ОГЭ: number of marks «2». */
  marks2: number | null;
  /** ЕГЭ: results of 81–100 points. */
  high81to100: number | null;
  /** ЕГЭ: results of 100 points. */
  score100: number | null;
  averageScore: number | null;
}

export interface ImportRecords {
  VPR_RESULTS: VprStudentRecord;
  GIA_RESULTS: GiaResultRecord;
}
