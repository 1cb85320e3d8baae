// The cycle workflow as data: which statuses follow which, which steps go back (and need a
// reason), what each step checks, and in which statuses each kind of work is open. The services
// enforce these; the API's `viewerCan` fields read the same tables, so the web client never
// restates them.
import type { CycleStatus } from "../generated/prisma/client.js";
import { OPEN_FOR_DATA } from "./open-for-data.js";

export const FORWARD: Readonly<Record<CycleStatus, CycleStatus | null>> = {
  DRAFT: "COLLECTING",
  COLLECTING: "REVIEW",
  REVIEW: "SCORED",
  SCORED: "PUBLISHED",
  PUBLISHED: "ARCHIVED",
  ARCHIVED: null,
};

/** Steps back reopen earlier work and need a written reason. */
export const BACK: Readonly<Record<CycleStatus, readonly CycleStatus[]>> = {
  DRAFT: [],
  COLLECTING: ["DRAFT"],
  REVIEW: ["COLLECTING"],
  SCORED: ["REVIEW", "COLLECTING"],
  PUBLISHED: ["SCORED"],
  ARCHIVED: [],
};

/** What the server checks before entering a status forward — told to the operator before they try. */
export const FORWARD_GUARDS: Readonly<Record<CycleStatus, string>> = {
  DRAFT: "",
  COLLECTING: "Организации начинают вносить данные; методика остаётся редактируемой до публикации.",
  REVIEW: "Эксперты проверяют направления; руководители исправляют только возвращённые значения.",
  SCORED:
    "Все направления всех организаций приняты экспертами; цикл пересчитывается, у каждой организации хватает данных, каждый нулевой балл прокомментирован экспертом.",
  PUBLISHED: "Результаты рассчитаны и полны, нулевые баллы прокомментированы; рейтинг становится общедоступным.",
  ARCHIVED: "Цикл закрывается: результаты остаются опубликованными, изменения невозможны.",
};

export interface CycleTransition {
  to: CycleStatus;
  isBack: boolean;
  /** Why the step may be refused (forward) or what going back reopens. */
  guard: string;
}

/** Every step the workflow allows from `status`: the step forward first, then the steps back. */
export function cycleTransitions(status: CycleStatus): CycleTransition[] {
  const forward = FORWARD[status];
  return [
    ...(forward ? [{ to: forward, isBack: false, guard: FORWARD_GUARDS[forward] }] : []),
    ...BACK[status].map((to) => ({ to, isBack: true, guard: "Возврат на прежний этап: требуется причина, она попадёт в журнал." })),
  ];
}

export { isOpenForData } from "./open-for-data.js";

/** The methodology is fixed once results are published. */
export const METHODOLOGY_STATUSES: readonly CycleStatus[] = ["DRAFT", "COLLECTING", "REVIEW", "SCORED"];
/** Scores are (re)computed as a preview in any status before publication. */
export const SCORABLE_STATUSES: readonly CycleStatus[] = METHODOLOGY_STATUSES;
/** Experts are assigned until the review is over. */
export const ASSIGNABLE_STATUSES: readonly CycleStatus[] = ["DRAFT", ...OPEN_FOR_DATA];
