import type { DataSourceDefinition } from "../../core/direction/types.js";

export const managementSources: DataSourceDefinition[] = [
  {
    id: "supervision-acts",
    title: "Акты проверок и предписания надзорных органов, итоги рассмотрения жалоб",
    kind: "manual",
    elements: ["management.inspectionsOutcome"],
  },
  {
    id: "management-documents",
    title: "Устав, программа развития, локальные акты и протоколы коллегиальных органов, документы ВСОКО",
    kind: "manual",
    elements: [
      "management.developmentProgram",
      "management.collegialBodies",
      "management.vsokoRegulation",
      "management.vsokoPlan",
      "management.vsokoAnalysis",
      "management.vsokoDecisions",
    ],
  },
  {
    id: "reporting-journal",
    title: "Журнал учёта отчётности управления образования",
    kind: "import",
    importKind: "MONITORING_TEMPLATE",
    elements: ["management.reportsLate"],
  },
  {
    id: "municipal-assignment-report",
    title: "Отчёт о выполнении муниципального задания",
    kind: "import",
    importKind: "MONITORING_TEMPLATE",
    elements: ["finance.mzCompletion"],
  },
  {
    id: "fhd-report",
    title: "План ФХД и отчёт о его исполнении (ф. 0503737)",
    kind: "import",
    importKind: "MONITORING_TEMPLATE",
    elements: ["finance.institutionType", "finance.extraBudgetIncome", "finance.budgetFunds"],
  },
  {
    id: "website-check",
    title: "Проверка официального сайта по чек-листу",
    kind: "manual",
    elements: ["website.itemsChecked", "website.itemsComplete"],
  },
];
