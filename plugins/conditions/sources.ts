import type { DataSourceDefinition } from "../../core/direction/types.js";

export const conditionsSources: DataSourceDefinition[] = [
  {
    id: "self-examination-school",
    title: "Отчёт о самообследовании школы (приказ № 1324, приложение 2)",
    kind: "import",
    importKind: "SELF_EXAMINATION",
    elements: [
      "staff.teachers",
      "staff.higherPedagogical",
      "staff.withCategory",
      "facilities.students",
      "facilities.computersPerStudent",
      "facilities.broadbandStudents",
    ],
    mapping: {
      "staff.teachers": "1.24",
      "staff.higherPedagogical": "1.26",
      "staff.withCategory": "1.29",
      "facilities.students": "1.1",
      "facilities.computersPerStudent": "2.1",
      "facilities.broadbandStudents": "2.5",
    },
    appliesTo: ["SCHOOL"],
  },
  {
    id: "self-examination-preschool",
    title: "Отчёт о самообследовании ДОО (приказ № 1324, приложение 1)",
    kind: "import",
    importKind: "SELF_EXAMINATION",
    elements: ["staff.teachers", "staff.higherPedagogical", "staff.withCategory"],
    mapping: { "staff.teachers": "1.7", "staff.higherPedagogical": "1.7.2", "staff.withCategory": "1.8" },
    appliesTo: ["PRESCHOOL"],
  },
  {
    id: "staff-report",
    title: "Кадровый отчёт на 1 сентября (шаблон мониторинга)",
    kind: "import",
    importKind: "MONITORING_TEMPLATE",
    elements: [
      "staff.teachers",
      "staff.higherPedagogical",
      "staff.withCategory",
      "staff.teacherPositions",
      "staff.vacantPositions",
      "staff.under35",
    ],
  },
  {
    id: "inspection-acts",
    title: "Акты проверок надзорных органов по безопасности и питанию",
    kind: "manual",
    elements: ["facilities.safetyRemarks", "facilities.cateringRemarks"],
  },
];
