import type { DataSourceDefinition } from "../../core/direction/types.js";

export const inclusiveSources: DataSourceDefinition[] = [
  {
    id: "ovz-monitoring",
    title: "Шаблон мониторинга: обучающиеся с ОВЗ и условия их обучения",
    kind: "import",
    importKind: "MONITORING_TEMPLATE",
    elements: [
      "ovz.students",
      "ovz.studentsAdapted",
      "ovz.adaptedPrograms",
      "ovz.psychologist",
      "ovz.speechTherapist",
      "ovz.defectologist",
      "ovz.tutor",
      "ovz.socialPedagogue",
      "ovz.accessibilityStatus",
      "ovz.consiliumRegulation",
      "ovz.consiliumMeetings",
      "ovz.homeEducationNeeded",
      "ovz.homeEducationProvided",
    ],
  },
  {
    id: "ovz-self-examination-preschool",
    title: "Отчёт о самообследовании ДОО (приказ № 1324, прил. 1)",
    kind: "import",
    importKind: "SELF_EXAMINATION",
    elements: ["ovz.speechTherapist", "ovz.defectologist", "ovz.psychologist"],
    mapping: { "ovz.speechTherapist": "1.15.3", "ovz.defectologist": "1.15.5", "ovz.psychologist": "1.15.6" },
    appliesTo: ["PRESCHOOL"],
  },
  {
    id: "ovz-documents",
    title: "Документы ОО: паспорт доступности, положение и протоколы ППк, приказы об обучении на дому",
    kind: "manual",
    elements: [
      "ovz.accessibilityStatus",
      "ovz.consiliumRegulation",
      "ovz.consiliumMeetings",
      "ovz.homeEducationNeeded",
      "ovz.homeEducationProvided",
    ],
  },
];
