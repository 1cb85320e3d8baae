// What the operator makes public for a cycle: per organization the level, the total (with the
// place), the direction percentages, the head's name, and the analytical report as a document.
export interface PublicationChoice {
  showLevel: boolean;
  showTotal: boolean;
  showDirections: boolean;
  showLeaderName: boolean;
  showAnalyticalReport: boolean;
}

export const CHOICE_NAMES: Record<keyof PublicationChoice, string> = {
  showLevel: "уровень эффективности",
  showTotal: "итоговый процент и место",
  showDirections: "проценты по направлениям",
  showLeaderName: "ФИО руководителя",
  showAnalyticalReport: "аналитическая справка",
};

export const choiceOf = (row: PublicationChoice): PublicationChoice => ({
  showLevel: row.showLevel,
  showTotal: row.showTotal,
  showDirections: row.showDirections,
  showLeaderName: row.showLeaderName,
  showAnalyticalReport: row.showAnalyticalReport,
});

/** What a cycle published without a choice (setCycleStatus(PUBLISHED) straight) makes public: the
 *  results and the analytical report, but not the heads' names — a person's evaluation under their
 *  name is published only when the operator chooses so. */
export const DEFAULT_CHOICE: PublicationChoice = {
  showLevel: true,
  showTotal: true,
  showDirections: true,
  showLeaderName: false,
  showAnalyticalReport: true,
};
