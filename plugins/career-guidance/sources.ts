import type { DataSourceDefinition } from "../../core/direction/types.js";

export const careerGuidanceSources: DataSourceDefinition[] = [
  {
    id: "career-self-examination",
    title: "Отчёт о самообследовании школы (приказ № 1324, приложение 2)",
    kind: "import",
    importKind: "SELF_EXAMINATION",
    elements: ["additionalEd.students", "career.profileStudents"],
    mapping: { "additionalEd.students": "1.1", "career.profileStudents": "1.21" },
    appliesTo: ["SCHOOL"],
  },
  {
    id: "additional-ed-navigator",
    title: "Охват дополнительным образованием по данным регионального навигатора (шаблон мониторинга)",
    kind: "import",
    importKind: "MONITORING_TEMPLATE",
    elements: ["additionalEd.students", "additionalEd.covered"],
  },
  {
    id: "career-monitoring",
    title: "Мониторинг профориентации и дальнейшего пути выпускников (шаблон мониторинга)",
    kind: "import",
    importKind: "MONITORING_TEMPLATE",
    elements: [
      "career.grades6to11",
      "career.profMinimumCovered",
      "career.profileStudents",
      "career.preProfileStudents",
      "career.graduates",
      "career.graduatesPlaced",
      "career.networkPrograms",
    ],
  },
  {
    id: "association-journals",
    title: "Журналы учёта работы объединений УДО",
    kind: "manual",
    elements: ["additionalEd.enrolledAtStart", "additionalEd.retainedAtEnd"],
  },
];
