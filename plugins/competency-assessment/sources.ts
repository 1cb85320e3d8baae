import type { DataSourceDefinition } from "../../core/direction/types.js";

export const competencyAssessmentSources: DataSourceDefinition[] = [
  {
    id: "head-diagnostics",
    title: "Протокол диагностики управленческих компетенций руководителей",
    kind: "manual",
    elements: ["headAssessment.diagnosticsScore", "headAssessment.diagnosticsMaxScore"],
  },
  {
    id: "head-self-assessment",
    title: "Анкета самооценки руководителя по профилю управленческих компетенций",
    kind: "manual",
    elements: ["headAssessment.selfAssessmentCompleted"],
  },
  {
    id: "head-deficits-report",
    title: "Аналитическая справка ЦРО по итогам диагностики профессиональных дефицитов",
    kind: "manual",
    elements: ["headAssessment.deficitsFound"],
  },
  {
    id: "head-assessment-monitoring-template",
    title: "Шаблон мониторинга (.xlsx), заполненный оператором",
    kind: "import",
    importKind: "MONITORING_TEMPLATE",
    elements: [
      "headAssessment.diagnosticsScore",
      "headAssessment.diagnosticsMaxScore",
      "headAssessment.selfAssessmentCompleted",
      "headAssessment.deficitsFound",
    ],
  },
];
