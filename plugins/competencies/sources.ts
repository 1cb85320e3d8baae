import type { DataSourceDefinition } from "../../core/direction/types.js";

export const competenciesSources: DataSourceDefinition[] = [
  {
    id: "head-documents",
    title: "Документы руководителя: дипломы, удостоверения о ПК, приказ об аттестации, подтверждения представления опыта",
    kind: "manual",
    elements: ["head.managementTrainingYear", "head.managementDiploma", "head.experienceLevel", "head.attestation"],
  },
  {
    // Self-examination indicator 1.33 (preschool 1.12) counts five years, this direction three: the
    // numbers come from the training report in the monitoring template, not from the self-examination file.
    id: "training-report",
    title: "Отчёт о повышении квалификации работников за 3 года",
    kind: "import",
    importKind: "MONITORING_TEMPLATE",
    elements: ["training.staffTotal", "training.staffTrained3y"],
  },
];
