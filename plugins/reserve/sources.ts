import type { DataSourceDefinition } from "../../core/direction/types.js";

export const reserveSources: DataSourceDefinition[] = [
  {
    id: "reserve-order",
    title: "Приказ управления образования о составе муниципального резерва управленческих кадров",
    kind: "manual",
    elements: ["reserve.reservists"],
  },
  {
    id: "reserve-report",
    title: "Отчёт организации о работе с резервом: обучение, стажировки, индивидуальные планы развития",
    kind: "manual",
    elements: ["reserve.reservistsTrained", "reserve.reservistsWithPlan"],
  },
  {
    id: "appointment-orders",
    title: "Приказы о назначении на должности руководителей и заместителей за 3 года",
    kind: "manual",
    elements: ["reserve.appointedFromReserve"],
  },
  {
    id: "reserve-monitoring-template",
    title: "Шаблон мониторинга (.xlsx), заполненный организацией",
    kind: "import",
    importKind: "MONITORING_TEMPLATE",
    elements: ["reserve.reservists", "reserve.reservistsTrained", "reserve.reservistsWithPlan", "reserve.appointedFromReserve"],
  },
];
